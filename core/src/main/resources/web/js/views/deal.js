// One deal: its facts and flags, the open next action (complete it, or edit it) with the editor
// that insists on value for the buyer, and the deal's latest activities with the daily writes —
// log an activity, record a meeting's outcome with the next meeting booked.

import { get } from '../api.js';
import { h, replace } from '../dom.js';
import { money, day, moment, words } from '../format.js';
import * as notices from '../notices.js';
import { flagChips, FLAG_LABELS } from './flags.js';
import { nextActionEditor, completeButton } from './next-action.js';
import { logActivityForm, meetingOutcomeForm } from './activity-forms.js';
import { deal as dealPath, activityTypes } from '../routes.js';

export async function renderDeal(view, me, id) {
  const deal = await load(id);
  if (!deal) {
    replace(view, h('section', { class: 'panel empty', id: 'deal-unavailable' },
      h('h1', {}, 'Deal not available'),
      h('p', {}, 'This deal does not exist, or is not one of the deals you may see.'),
      h('p', {}, h('a', { href: '#/deals' }, '← Back to the deals'))));
    notices.showError(`Deal ${id} is not among the deals you may see.`);
    return;
  }
  show(view, deal);
}

/** The deal as GET /api/deals/{id} gives it; null when the server answers that the caller may not see it (404). */
async function load(id) {
  try {
    return await get(dealPath(id));
  } catch (error) {
    if (error.forbiddenOrMissing) return null;
    throw error;
  }
}

/** justSaved: the ids of activities just written, marked in the list so the rep sees where they went. */
function show(view, deal, justSaved = []) {
  const editorSlot = h('div', { id: 'editor-slot' });
  const reload = () => refresh(view, deal.id);
  const reloadWith = answer => refresh(view, deal.id, [answer?.id, answer?.meeting?.id, answer?.nextMeeting?.id].filter(Boolean));
  replace(view,
    h('p', {}, h('a', { href: '#/deals' }, '← Deals')),
    h('div', { class: 'page-head' },
      h('div', {},
        h('h1', { id: 'deal-name' }, deal.name),
        h('p', {}, [deal.account?.name, deal.owner?.name ? `owned by ${deal.owner.name}` : null].filter(Boolean).join(' · '))),
      flagChips(deal.flags, deal.reasons)),
    h('dl', { class: 'deal-facts' },
      fact('Stage', deal.stage),
      fact('Amount', money(deal.amount, deal.currency ?? 'USD')),
      fact('Created', day(deal.createdAt)),
      deal.open ? fact('Flags', String(deal.flags.length)) : fact('Closed', `${words(deal.outcome)} · ${day(deal.closedAt)}`)),
    reasons(deal),
    deal.open
      ? h('section', { class: `panel current-action${deal.nextAction ? '' : ' missing'}`, id: 'current-next-action' },
        h('h2', {}, 'Next action'),
        current(deal, editorSlot, reload),
        editorSlot)
      : h('p', { class: 'empty', id: 'deal-closed' }, 'This deal is closed: it takes no next steps.'),
    activitySection(deal, reloadWith, justSaved));
  if (deal.open && !deal.nextAction) openEditor(deal, null, editorSlot, reload);
}

function current(deal, editorSlot, reload) {
  const action = deal.nextAction;
  if (!action) return h('p', { class: 'empty' }, 'No next action: nobody knows the very next step. Set one below.');
  return h('div', {},
    h('p', { class: 'task-title', id: 'next-action-what' }, action.what),
    h('dl', { class: 'buyer' },
      h('dt', {}, 'Due'), h('dd', { id: 'next-action-due' }, day(action.due)),
      h('dt', {}, 'Buyer gets'), h('dd', { id: 'next-action-value' }, action.valueForBuyer || '— (an empty touch)'),
      h('dt', {}, 'Buyer then'), h('dd', { id: 'next-action-buyer-step' }, action.buyerNextStep || '—')),
    h('div', { class: 'form-actions' },
      completeButton(deal.id, reload),
      h('button', { type: 'button', class: 'button', id: 'edit-next-action', onClick: () => openEditor(deal, action, editorSlot, reload) },
        'Edit or reschedule')));
}

function openEditor(deal, action, slot, reload) {
  replace(slot,
    h('h3', {}, action ? 'Edit the next action' : 'Set the next action'),
    nextActionEditor(deal.id, action, reload));
  slot.querySelector('input, textarea')?.focus();
}

/** The latest activities on the deal, newest first, and (on an open deal) the two forms that add to them. */
function activitySection(deal, reload, justSaved) {
  const formSlot = h('div', { id: 'activity-form-slot' });
  const open = async which => {
    const form = which === 'meeting' ? meetingOutcomeForm(deal, reload)
      : logActivityForm(deal, (await get(activityTypes())).types, reload);
    replace(formSlot, form);
    form.querySelector('input, select, textarea')?.focus();
  };
  const shown = deal.activities.length;
  return h('section', { class: 'panel deal-activity', id: 'deal-activities' },
    h('h2', {}, 'Activity'),
    deal.open ? h('div', { class: 'form-actions' },
      h('button', { type: 'button', class: 'button', id: 'open-log-activity', onClick: () => open('activity').catch(notices.report) },
        'Log activity'),
      h('button', { type: 'button', class: 'button', id: 'open-meeting-outcome', onClick: () => open('meeting').catch(notices.report) },
        'Record meeting outcome')) : null,
    formSlot,
    shown === 0
      ? h('p', { class: 'empty', id: 'no-activity' }, 'Nothing logged on this deal yet.')
      : h('ul', { class: 'activity-list', id: 'activity-list' }, deal.activities.map(item => activity(item, justSaved.includes(item.id)))),
    deal.activityCount > shown ? h('p', { class: 'help' }, `The latest ${shown} of ${deal.activityCount}.`) : null);
}

function activity(item, justSaved) {
  return h('li', { class: `activity${item.upcoming ? ' upcoming' : ''}${justSaved ? ' just-saved' : ''}`, dataset: { activityId: item.id } },
    h('p', { class: 'task-title' },
      item.upcoming ? h('span', { class: 'chip booked' }, 'Booked') : null,
      `${item.type} · ${moment(item.start)} · ${item.durationMinutes} min`,
      item.rep?.name ? ` · ${item.rep.name}` : ''),
    item.subject || item.outcome ? h('p', { class: 'activity-what' }, [item.subject, item.outcome].filter(Boolean).join(' — ')) : null,
    item.valueForBuyer || item.buyerNextStep ? h('dl', { class: 'buyer' },
      h('dt', {}, 'Buyer got'), h('dd', { class: 'activity-value' }, item.valueForBuyer || '— (an empty touch)'),
      h('dt', {}, 'Buyer then'), h('dd', { class: 'activity-buyer-step' }, item.buyerNextStep || '—')) : null);
}

/** After a write: the deal as the server now sees it (flags, next action, activities), the confirmation kept. */
async function refresh(view, id, justSaved = []) {
  const status = document.getElementById('status').textContent;
  const deal = await load(id);
  if (!deal) return;
  show(view, deal, justSaved);
  const marked = document.querySelector('#activity-list li.just-saved');
  marked?.scrollIntoView({ block: 'nearest' });
  if (justSaved.length && !marked) notices.showStatus(`${status} It is older than the ${deal.activities.length} latest shown here.`);
  else if (status) notices.showStatus(status);
}

function fact(label, value) {
  return h('div', {}, h('dt', {}, label), h('dd', {}, value ?? '—'));
}

function reasons(deal) {
  const entries = Object.entries(deal.reasons ?? {});
  if (entries.length === 0) return null;
  return h('ul', { class: 'reasons' }, entries.map(([flag, reason]) => h('li', {}, `${FLAG_LABELS[flag] ?? flag}: ${reason}`)));
}
