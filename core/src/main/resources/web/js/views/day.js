// My day: the plan's blocks and the rep's meetings in time order, each next action with a
// "Done" button, and what was carried to the next working day.

import { get, download } from '../api.js';
import * as notices from '../notices.js';
import { h, replace } from '../dom.js';
import { clock, day, addDays, percent, words } from '../format.js';
import { completeButton } from './next-action.js';
import { subscribeButton, subscriptions } from './subscribe.js';
import { plan as planPath, planCalendar } from '../routes.js';

const CATEGORY_LABELS = {
  OPPORTUNITY_CREATION: 'Opportunity creation',
  DEAL_ADVANCEMENT: 'Deal next actions',
  PREPARATION: 'Preparation',
  ADMIN: 'Admin',
};

export async function renderDay(view, me, date) {
  if (!me.rep) {
    replace(view, h('section', { class: 'panel empty' },
      h('h1', {}, 'My day'),
      h('p', {}, 'Your sign-in is not linked to a sales rep, so Needle has no day to plan for you. ',
        h('a', { href: '#/deals' }, 'Open the deals'), ' or the ', h('a', { href: '#/team' }, 'team view'), '.')));
    return;
  }
  const plan = await get(planPath(me.rep.id, date));
  const feedPanel = h('section', { class: 'panel', id: 'feed-panel', 'aria-labelledby': 'feed-title' });
  replace(view,
    h('div', { class: 'page-head' },
      h('div', {},
        h('h1', {}, 'My day'),
        h('p', {}, `${day(plan.date)} · ${plan.timeZone} · high-value share of planned time `,
          h('strong', { id: 'high-value-share' }, percent(plan.highValueShare)))),
      h('div', { class: 'day-nav' },
        h('a', { class: 'button small', href: `#/day/${addDays(plan.date, -1)}`, 'aria-label': 'Previous day' }, '← Previous'),
        h('a', { class: 'button small', href: '#/day' }, 'Today'),
        h('a', { class: 'button small', href: `#/day/${addDays(plan.date, 1)}`, 'aria-label': 'Next day' }, 'Next →'),
        h('button', {
          type: 'button', class: 'button small', id: 'plan-ics',
          onClick: () => download(planCalendar(me.rep.id, plan.date), `plan-${plan.date}.ics`).catch(notices.report),
        }, 'Add to calendar (.ics)'),
        subscribeButton(feedPanel, me.rep))),
    h('div', { class: 'grid two' },
      h('section', { class: 'panel', 'aria-labelledby': 'plan-title' },
        h('h2', { id: 'plan-title' }, 'Plan'),
        timeline(plan)),
      h('aside', { class: 'stack' },
        h('section', { class: 'panel' },
          h('h2', {}, 'Why this order'),
          h('p', { class: 'help' }, 'Opportunity creation first, in the first free time; then every overdue and due next ' +
            'action; then preparation for tomorrow\'s meetings; admin last and capped.')),
        feedPanel,
        carried(plan))));
  subscriptions(feedPanel, me.rep).catch(notices.report);
}

function timeline(plan) {
  const slots = [
    ...plan.meetings.map(meeting => ({ start: meeting.start, node: meetingSlot(meeting) })),
    ...plan.blocks.map(block => ({ start: block.start, node: blockSlot(block) })),
  ].sort((one, other) => Date.parse(one.start) - Date.parse(other.start));
  // a day off (a public holiday, a day away, a weekday the rep does not work) says why; its work is carried on
  const dayOff = plan.dayOff ? h('p', { class: 'help', id: 'day-off' }, `Not a working day: ${plan.dayOff}.`) : null;
  if (slots.length === 0) return h('div', {}, dayOff, h('p', { class: 'empty' }, 'Nothing planned for this day.'));
  return h('div', {}, dayOff, h('ol', { class: 'timeline', id: 'plan' }, slots.map(slot => slot.node)));
}

function blockSlot(block) {
  return h('li', { class: 'slot block', dataset: { category: block.category } },
    h('div', { class: 'time' }, `${clock(block.start)}–${clock(block.end)}`),
    h('div', {},
      h('div', { class: 'what' }, h('span', { class: `category cat-${block.category}` }, CATEGORY_LABELS[block.category] ?? words(block.category))),
      h('p', { class: 'rule' }, block.rule),
      block.tasks.length ? h('ul', { class: 'tasks' }, block.tasks.map(task)) : null));
}

function meetingSlot(meeting) {
  return h('li', { class: 'slot meeting-slot' },
    h('div', { class: 'time' }, meeting.allDay ? 'All day' : `${clock(meeting.start)}–${clock(meeting.end)}`),
    h('div', { class: 'meeting' },
      h('span', { class: 'category cat-MEETING' }, 'Meeting'), ' ', meeting.summary ?? ''));
}

function task(item) {
  const where = [item.account, item.contact, item.due ? `due ${day(item.due)}` : null, `${item.minutes} min`].filter(Boolean);
  // prospecting and admin tasks (no deal yet) take one line each; deal work keeps its full card
  const node = h('li', { class: item.deal ? 'task' : 'task compact' },
    h('div', { class: 'task-head' },
      h('div', {},
        h('div', { class: 'task-title' }, item.action),
        h('div', { class: 'task-meta' },
          item.deal ? [h('a', { href: `#/deals/${item.deal.id}` }, item.deal.name), ' · '] : null,
          where.join(' · '))),
      isNextAction(item) ? completeButton(item.deal.id, () => markDone(node, item)) : null),
    buyer(item));
  return node;
}

/** A completed next action stays in view, crossed out, with the way to set the deal's next one. */
function markDone(node, item) {
  node.classList.add('done');
  node.append(h('p', { class: 'sub' }, h('a', { href: `#/deals/${item.deal.id}` }, `Set ${item.deal.name}'s next action →`)));
}

/** What the buyer gets and does next, where the task says. */
function buyer(item) {
  if (!item.valueForBuyer && !item.buyerNextStep) return null;
  return h('dl', { class: 'buyer' },
    item.valueForBuyer ? [h('dt', {}, 'Buyer gets'), h('dd', {}, item.valueForBuyer)] : null,
    item.buyerNextStep ? [h('dt', {}, 'Buyer then'), h('dd', {}, item.buyerNextStep)] : null);
}

/** A deal's existing next action (it has a due date); "define the next action" tasks have none yet. */
function isNextAction(item) {
  return item.deal && item.due;
}

function carried(plan) {
  return h('section', { class: 'panel' },
    h('h2', {}, `Carried over (${plan.carriedOver.length})`),
    plan.carriedOver.length === 0
      ? h('p', { class: 'empty' }, 'Everything fits in the day.')
      : h('ul', { class: 'history' }, plan.carriedOver.map(item =>
        h('li', {}, h('strong', {}, item.task.action), h('div', { class: 'sub' }, `to ${day(item.to)} — ${item.reason}`)))));
}
