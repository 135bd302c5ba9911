// Hygiene flags as chips a rep understands at a glance.

import { h } from '../dom.js';

export const FLAG_LABELS = {
  NO_NEXT_ACTION: 'No next action',
  OVERDUE_NEXT_ACTION: 'Overdue next action',
  NO_BUYER_VALUE: 'No value for the buyer',
  NO_NEXT_MEETING: 'No next meeting',
  STALLED: 'Stalled',
  LOW_QUALITY: 'Low quality',
};

const SEVERE = new Set(['NO_NEXT_ACTION', 'OVERDUE_NEXT_ACTION', 'NO_BUYER_VALUE']);

export function flagChips(flags = [], reasons = {}) {
  if (flags.length === 0) return h('span', { class: 'chip ok' }, 'Healthy');
  return h('span', { class: 'chips' }, flags.map(flag =>
    h('span', { class: `chip flag${SEVERE.has(flag) ? ' severe' : ''}`, title: reasons?.[flag] ?? '', dataset: { flag } },
      FLAG_LABELS[flag] ?? flag)));
}
