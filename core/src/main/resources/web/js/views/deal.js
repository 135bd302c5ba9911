// One deal: its facts and flags, the open next action (complete it, or edit it), and the editor
// that insists on value for the buyer.

import { get } from '../api.js';
import { h, replace } from '../dom.js';
import { money, day } from '../format.js';
import * as notices from '../notices.js';
import { flagChips, FLAG_LABELS } from './flags.js';
import { nextActionEditor, completeButton } from './next-action.js';
import { deals as dealsPath, plan as planPath } from '../routes.js';

export async function renderDeal(view, me, id) {
  const deal = await load(id);
  if (!deal) {
    replace(view, h('section', { class: 'panel empty', id: 'deal-unavailable' },
      h('h1', {}, 'Deal not available'),
      h('p', {}, 'This deal is closed, does not exist, or is not one of the deals you may see.'),
      h('p', {}, h('a', { href: '#/deals' }, '← Back to the deals'))));
    notices.showError(`Deal ${id} is not among the open deals you may see.`);
    return;
  }
  show(view, deal);
}

/** How far ahead the owner's plan is read to find the deal's next action: two working weeks. */
const LOOK_AHEAD_DAYS = 10;

/**
 * The deal as the API offers it (it has no single-deal endpoint): its line among the open deals the
 * caller may see (GET /api/deals, filtered by the server) and its next action as the owner's plan
 * for the next two working weeks schedules it (every next action is planned on its due day, or today
 * when overdue). One due later still is known to exist (no NO_NEXT_ACTION flag) but not shown.
 */
async function load(id) {
  const { deals } = await get(dealsPath());
  const deal = deals.find(candidate => String(candidate.id) === String(id));
  if (!deal) return null;
  const { plans } = deal.owner?.id ? await get(planPath(deal.owner.id, null, LOOK_AHEAD_DAYS)) : { plans: [] };
  const tasks = plans.flatMap(plan => [...plan.blocks.flatMap(block => block.tasks), ...plan.carriedOver.map(item => item.task)]);
  const planned = tasks.find(task => task.deal && String(task.deal.id) === String(id) && task.due);
  return {
    ...deal,
    account: planned?.account ?? tasks.find(task => task.deal && String(task.deal.id) === String(id))?.account,
    contact: planned?.contact,
    hasNextAction: !deal.flags.includes('NO_NEXT_ACTION'),
    nextAction: planned
      ? { what: planned.action, due: planned.due, valueForBuyer: planned.valueForBuyer, buyerNextStep: planned.buyerNextStep }
      : null,
  };
}

function show(view, deal) {
  const editorSlot = h('div', { id: 'editor-slot' });
  const reload = saved => refresh(view, deal.id, saved);
  replace(view,
    h('p', {}, h('a', { href: '#/deals' }, '← Deals')),
    h('div', { class: 'page-head' },
      h('div', {},
        h('h1', { id: 'deal-name' }, deal.name),
        h('p', {}, [deal.account, deal.owner?.name ? `owned by ${deal.owner.name}` : null].filter(Boolean).join(' · '))),
      flagChips(deal.flags, deal.reasons)),
    h('dl', { class: 'deal-facts' },
      fact('Stage', deal.stage),
      fact('Amount', money(deal.amount, deal.currency ?? 'USD')),
      fact('Created', day(deal.createdAt)),
      fact('Flags', String(deal.flags.length))),
    reasons(deal),
    h('section', { class: `panel current-action${deal.hasNextAction ? '' : ' missing'}`, id: 'current-next-action' },
      h('h2', {}, 'Next action'),
      current(deal, editorSlot, reload),
      editorSlot));
  if (!deal.hasNextAction) openEditor(deal, null, editorSlot, reload);
}

function current(deal, editorSlot, reload) {
  if (!deal.hasNextAction) {
    return h('p', { class: 'empty' }, 'No next action: nobody knows the very next step. Set one below.');
  }
  const action = deal.nextAction;
  return h('div', {},
    action
      ? [h('p', { class: 'task-title', id: 'next-action-what' }, action.what),
        h('dl', { class: 'buyer' },
          h('dt', {}, 'Due'), h('dd', { id: 'next-action-due' }, day(action.due)),
          h('dt', {}, 'Buyer gets'), h('dd', { id: 'next-action-value' }, action.valueForBuyer || '— (an empty touch)'),
          h('dt', {}, 'Buyer then'), h('dd', { id: 'next-action-buyer-step' }, action.buyerNextStep || '—'))]
      : h('p', { class: 'empty', id: 'next-action-later' }, 'The open next action is due more than two weeks from now.'),
    h('div', { class: 'form-actions' },
      completeButton(deal.id, () => reload(null)),
      h('button', { type: 'button', class: 'button', id: 'edit-next-action', onClick: () => openEditor(deal, action, editorSlot, reload) },
        action ? 'Edit or reschedule' : 'Reschedule or replace')));
}

function openEditor(deal, action, slot, reload) {
  replace(slot,
    h('h3', {}, action ? 'Edit the next action' : 'Set the next action'),
    nextActionEditor(deal.id, action, reload));
  slot.querySelector('input, textarea')?.focus();
}

/** After a save or completion: the deal's flags as the server now sees them, and the action just saved. */
async function refresh(view, id, saved) {
  const status = document.getElementById('status').textContent;
  const deal = await load(id);
  if (!deal) return;
  show(view, saved ? { ...deal, hasNextAction: true, nextAction: saved } : deal);
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
