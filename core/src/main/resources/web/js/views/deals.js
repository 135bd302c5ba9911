// My deals: every open deal with its hygiene flags, the worst first, filterable by flag.

import { get } from '../api.js';
import { h, replace } from '../dom.js';
import { money, compactMoney, day } from '../format.js';
import { flagChips, FLAG_LABELS } from './flags.js';
import { deals as dealsPath } from '../routes.js';

export async function renderDeals(view, me) {
  const answer = await get(dealsPath());
  const deals = [...answer.deals].sort((one, other) =>
    other.flags.length - one.flags.length || (Number(other.amount) || 0) - (Number(one.amount) || 0));
  const selected = new Set();
  const body = h('tbody');
  // the next action where the API sends it; otherwise, for managers, whose deal it is
  const columns = deals.some(deal => 'nextAction' in deal) ? 'action' : me.role === 'rep' ? 'created' : 'owner';
  const table = h('table', { class: 'cards', id: 'deals' },
    h('thead', {}, h('tr', {},
      h('th', {}, 'Deal'), h('th', {}, 'Stage'), h('th', { class: 'amount' }, 'Amount'),
      h('th', {}, COLUMN_TITLES[columns]), h('th', {}, 'Flags'))),
    body);
  const counter = h('span', { class: 'sub', id: 'deal-count' });
  const filters = h('div', { class: 'filters', role: 'group', 'aria-label': 'Show only deals flagged' },
    h('span', { class: 'sub' }, 'Show only:'),
    Object.entries(FLAG_LABELS).map(([flag, label]) => {
      const count = answer.dealsFlagged?.[flag] ?? deals.filter(deal => deal.flags.includes(flag)).length;
      const chip = h('button', { type: 'button', class: 'chip', 'aria-pressed': 'false', dataset: { flag } }, `${label} (${count})`);
      chip.addEventListener('click', () => {
        if (selected.has(flag)) selected.delete(flag); else selected.add(flag);
        chip.setAttribute('aria-pressed', String(selected.has(flag)));
        fill();
      });
      return chip;
    }));
  replace(view,
    h('div', { class: 'page-head' },
      h('div', {},
        h('h1', {}, me.role === 'rep' ? 'My deals' : 'Deals'),
        h('p', {}, `${answer.openDeals ?? deals.length} open deals worth ${compactMoney(answer.openPipeline)}`))),
    h('div', { class: 'kpis' }, kpis(answer)),
    h('section', { class: 'panel' }, filters, counter, table));
  fill();

  function fill() {
    const shown = deals.filter(deal => selected.size === 0 || deal.flags.some(flag => selected.has(flag)));
    counter.textContent = `${shown.length} shown`;
    replace(body, shown.length ? shown.map(deal => row(deal, columns)) : h('tr', {}, h('td', { colspan: 5, class: 'empty' }, 'No deal matches.')));
  }
}

function detail(deal, columns) {
  if (columns === 'owner') return deal.owner?.name ?? '—';
  if (columns === 'created') return day(deal.createdAt);
  const action = deal.nextAction;
  return action
    ? [h('div', {}, action.what), h('div', { class: 'sub' }, `due ${day(action.due)}`)]
    : h('span', { class: 'sub' }, 'none');
}

function kpis(answer) {
  const affected = answer.pipelineAffected ?? {};
  const flagged = answer.dealsFlagged ?? {};
  return ['NO_NEXT_ACTION', 'OVERDUE_NEXT_ACTION', 'NO_BUYER_VALUE', 'STALLED'].map(flag =>
    h('div', { class: 'kpi' },
      h('div', { class: 'label' }, FLAG_LABELS[flag]),
      h('div', { class: 'value' }, String(flagged[flag] ?? 0)),
      h('div', { class: 'note' }, `${compactMoney(affected[flag] ?? 0)} of pipeline`)));
}

const COLUMN_TITLES = { action: 'Next action', created: 'Created', owner: 'Owner' };

function row(deal, columns) {
  return h('tr', { dataset: { dealId: deal.id } },
    h('td', { 'data-label': 'Deal' },
      h('a', { class: 'deal-name', href: `#/deals/${deal.id}` }, deal.name),
      deal.account ? h('div', { class: 'sub' }, deal.account) : null),
    h('td', { 'data-label': 'Stage' }, deal.stage),
    h('td', { class: 'amount', 'data-label': 'Amount' }, money(deal.amount, deal.currency ?? 'USD')),
    h('td', { 'data-label': COLUMN_TITLES[columns] }, detail(deal, columns)),
    h('td', { 'data-label': 'Flags' }, flagChips(deal.flags, deal.reasons)));
}
