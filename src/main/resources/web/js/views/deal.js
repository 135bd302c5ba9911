// One deal: its facts and flags, the open next action (complete it, or edit it), and the editor
// that insists on value for the buyer.

import { get } from '../api.js';
import { h, replace } from '../dom.js';
import { money, day } from '../format.js';
import * as notices from '../notices.js';
import { flagChips, FLAG_LABELS } from './flags.js';
import { nextActionEditor, completeButton } from './next-action.js';
import { deal as dealPath } from '../routes.js';

export async function renderDeal(view, me, id) {
  let deal;
  try {
    deal = await get(dealPath(id));
  } catch (error) {
    if (!error.forbiddenOrMissing) throw error;
    replace(view, h('section', { class: 'panel empty', id: 'deal-unavailable' },
      h('h1', {}, 'Deal not available'),
      h('p', {}, 'This deal does not exist or is not one of yours.'),
      h('p', {}, h('a', { href: '#/deals' }, '← Back to my deals'))));
    notices.showError(`Deal ${id}: ${error.message}`);
    return;
  }
  show(view, deal);
}

function show(view, deal) {
  const editorSlot = h('div', { id: 'editor-slot' });
  const action = deal.nextAction;
  replace(view,
    h('p', {}, h('a', { href: '#/deals' }, '← My deals')),
    h('div', { class: 'page-head' },
      h('div', {},
        h('h1', { id: 'deal-name' }, deal.name),
        h('p', {}, [deal.account, deal.owner?.name ? `owned by ${deal.owner.name}` : null].filter(Boolean).join(' · '))),
      flagChips(deal.flags, deal.reasons)),
    h('dl', { class: 'deal-facts' },
      fact('Stage', deal.stage),
      fact('Amount', money(deal.amount, deal.currency ?? 'USD')),
      fact('Expected close', day(deal.expectedClose)),
      fact('Created', day(deal.createdAt))),
    reasons(deal),
    h('div', { class: 'grid two' },
      h('section', { class: `panel current-action${action ? '' : ' missing'}`, id: 'current-next-action' },
        h('h2', {}, 'Next action'),
        action ? current(deal, action, editorSlot) : h('p', { class: 'empty' }, 'No next action: nobody knows the very next step. Set one below.'),
        editorSlot),
      h('aside', { class: 'panel' },
        h('h2', {}, 'Recent activity'),
        history(deal.activities ?? []))));
  if (!action) openEditor(deal, null, editorSlot);
}

function current(deal, action, editorSlot) {
  return h('div', {},
    h('p', { class: 'task-title', id: 'next-action-what' }, action.what),
    h('dl', { class: 'buyer' },
      h('dt', {}, 'Due'), h('dd', { id: 'next-action-due' }, day(action.due)),
      h('dt', {}, 'Buyer gets'), h('dd', { id: 'next-action-value' }, action.valueForBuyer || '— (empty touch)'),
      h('dt', {}, 'Buyer then'), h('dd', { id: 'next-action-buyer-step' }, action.buyerNextStep || '—')),
    h('div', { class: 'form-actions' },
      completeButton(deal.id, () => openEditor(deal, null, editorSlot)),
      h('button', { type: 'button', class: 'button', id: 'edit-next-action', onClick: () => openEditor(deal, action, editorSlot) },
        'Edit or reschedule')));
}

function openEditor(deal, action, slot) {
  replace(slot,
    h('h3', {}, action ? 'Edit the next action' : 'Set the next action'),
    nextActionEditor(deal.id, action, () => refresh(deal.id)));
  slot.querySelector('input, textarea')?.focus();
}

async function refresh(id) {
  const view = document.getElementById('view');
  const status = document.getElementById('status').textContent;
  show(view, await get(dealPath(id)));
  if (status) notices.showStatus(status);
}

function fact(label, value) {
  return h('div', {}, h('dt', {}, label), h('dd', {}, value ?? '—'));
}

function reasons(deal) {
  const entries = Object.entries(deal.reasons ?? {});
  if (entries.length === 0) return null;
  return h('ul', { class: 'reasons' }, entries.map(([flag, reason]) => h('li', {}, `${FLAG_LABELS[flag] ?? flag}: ${reason}`)));
}

function history(activities) {
  if (activities.length === 0) return h('p', { class: 'empty' }, 'No activity recorded.');
  return h('ul', { class: 'history' }, activities.slice(0, 12).map(activity =>
    h('li', {}, h('strong', {}, activity.type), ' ', h('span', { class: 'sub' }, day(activity.at ?? activity.start)),
      activity.subject ? h('div', { class: 'sub' }, activity.subject) : null)));
}
