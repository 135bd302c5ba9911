// Coaching: the few changes that would matter most for a rep, each a plain sentence with the numbers
// behind it and the expected effect with its 95% interval (the same points as `needle coach`). A rep
// sees their own; a manager or admin sees each rep's top point, picks a rep, and downloads the
// weekly team report (HTML or PDF, fetched with the token).

import { get, download } from '../api.js';
import * as notices from '../notices.js';
import { h, replace } from '../dom.js';
import { money, number, percent, day, words } from '../format.js';
import * as routes from '../routes.js';

export async function renderCoaching(view, me, repId) {
  const manager = me.role !== 'rep';
  const [coaching, visible] = await Promise.all([get(routes.coaching()), manager ? get(routes.reps()) : null]);
  const reps = coaching.reps;
  const selected = reps.find(rep => String(rep.id) === repId)
    ?? (manager ? reps.find(rep => rep.points.length > 0) : reps.find(rep => rep.id === me.rep?.id)) ?? reps[0];
  replace(view,
    h('div', { class: 'page-head' },
      h('div', {},
        h('h1', {}, 'Coaching'),
        h('p', { id: 'coaching-period' }, `${day(coaching.period.from)} – ${day(coaching.period.to)} · ` +
          'the changes that would matter most, measured against the team\'s top performers' +
          (coaching.periodNote ? ` · ${coaching.periodNote}` : ''))),
      manager ? repPicker(reps, selected) : null),
    h('div', { class: manager ? 'grid two' : '' },
      h('div', { class: 'stack' }, selected ? repCoaching(selected) : nothingRecorded()),
      manager ? h('aside', { class: 'stack' }, weeklyReport(me, visible.reps), teamTopPoints(reps, selected)) : null));
}

function repPicker(reps, selected) {
  return h('label', { class: 'picker' }, 'Rep',
    h('select', {
      id: 'coach-rep',
      onChange: event => { location.hash = `#/coaching/${event.target.value}`; },
    }, reps.map(rep => h('option', { value: rep.id, selected: rep === selected }, `${rep.name} · ${rep.team ?? 'no team'}`))));
}

function nothingRecorded() {
  return h('section', { class: 'panel empty', id: 'coaching' },
    h('p', {}, 'Nothing was recorded in this period, so there is nothing to coach on yet.'));
}

function repCoaching(rep) {
  const points = rep.points.length === 0
    ? h('p', { class: 'empty' }, rep.note ?? 'Nothing to change: no rule found a gap against the top performers.')
    : h('ol', { class: 'points', id: 'coaching-points' }, rep.points.map(point));
  return h('section', { class: 'panel', id: 'coaching', dataset: { repId: rep.id }, 'aria-labelledby': 'coaching-title' },
    h('div', { class: 'coach-head' },
      h('h2', { id: 'coaching-title' }, rep.name),
      h('span', { class: 'chip' }, rep.team ?? 'no team'),
      h('span', { class: `chip quadrant q-${rep.quadrant}` }, words(rep.quadrant))),
    rep.comparedWith
      ? h('p', { class: 'help' }, `Compared with ${rep.comparedWith.topPerformers.join(', ')}: the top quarter by results per hour ` +
        `of ${rep.comparedWith.peerCount} reps (${rep.comparedWith.peers}).`)
      : null,
    rep.note && rep.points.length > 0 ? h('p', { class: 'help' }, rep.note) : null,
    points,
    rep.morePoints > 0 ? h('p', { class: 'help' }, `${rep.morePoints} smaller point${rep.morePoints === 1 ? '' : 's'} not shown; `,
      h('code', {}, 'needle coach --all'), ' lists them.') : null);
}

function point(item) {
  return h('li', { class: `point${item.tooThin ? ' too-thin' : ''}`, dataset: { kind: item.kind } },
    h('p', { class: 'sentence' }, item.sentence),
    item.tooThin ? h('span', { class: 'chip flag' }, 'Too thin to judge') : null,
    effect(item),
    h('dl', { class: 'figures' }, Object.entries(item.figures).map(([name, value]) =>
      h('div', {}, h('dt', {}, words(snake(name))), h('dd', {}, figure(value, item.units[name]))))));
}

/** The expected change per week with its 95% interval; a point too thin to judge says what it could not show. */
function effect(item) {
  if (!item.effect) return null;
  const [low, high] = item.effect.ci95;
  const range = `95% interval ${signed(low)} to ${signed(high)}`;
  return h('p', { class: `effect${item.tooThin ? ' thin' : ''}` },
    item.tooThin ? 'No recommendation: the interval includes zero ' : 'Expected: ',
    h('strong', {}, `${signed(item.effect.value)} ${item.effect.measure}`), ` (${range})`);
}

function weeklyReport(me, visibleReps) {
  const teams = [...new Set(visibleReps.map(rep => rep.team).filter(Boolean))].sort();
  const preferred = teams.includes(me.rep?.team) ? me.rep.team : teams[0];
  const select = h('select', { id: 'weekly-team', 'aria-label': 'Team' },
    teams.map(team => h('option', { value: team, selected: team === preferred }, team)));
  const fetchAs = format => async event => {
    const button = event.currentTarget;
    button.disabled = true;
    try {
      await download(routes.weeklyReport(select.value, format), `weekly-report-${select.value}.${format}`);
      notices.showStatus(`The weekly report for ${select.value} is downloaded.`);
    } catch (error) {
      notices.report(error);
    } finally {
      button.disabled = false;
    }
  };
  return h('section', { class: 'panel', 'aria-labelledby': 'weekly-title' },
    h('h2', { id: 'weekly-title' }, 'Weekly report'),
    h('p', { class: 'help' }, 'This week for the team: time against results, value per hour, funnel, forecast, ' +
      'deal hygiene and each rep\'s coaching, as one page to read or send.'),
    teams.length > 1 ? select : null,
    h('div', { class: 'form-actions' },
      h('button', { type: 'button', class: 'button primary', id: 'weekly-html', onClick: fetchAs('html') }, 'Download HTML'),
      h('button', { type: 'button', class: 'button', id: 'weekly-pdf', onClick: fetchAs('pdf') }, 'PDF')));
}

/** Each rep's first point, so a manager sees where to start; a click opens that rep. */
function teamTopPoints(reps, selected) {
  const first = reps.filter(rep => rep.points.length > 0);
  return h('section', { class: 'panel', 'aria-labelledby': 'top-points-title' },
    h('h2', { id: 'top-points-title' }, 'Each rep\'s top point'),
    first.length === 0 ? h('p', { class: 'empty' }, 'No rep has a point to work on.')
      : h('ul', { class: 'top-points', id: 'top-points' }, first.map(rep =>
        h('li', { class: rep === selected ? 'current' : null, dataset: { repId: rep.id } },
          h('a', { href: `#/coaching/${rep.id}` }, rep.name),
          h('p', { class: `sub${rep.points[0].tooThin ? ' thin' : ''}` }, rep.points[0].sentence)))));
}

function figure(value, unit) {
  if (value === null || value === undefined) return '—';
  switch (unit) {
    case 'share': return percent(value);
    case 'amount': return money(value);
    case 'days': case 'deals': return `${number(value)} ${value === 1 ? unit.slice(0, -1) : unit}`;
    default: return `${number(value, 2)} ${unit}`;
  }
}

function signed(value) {
  if (value === null || value === undefined) return '—';
  return `${value > 0 ? '+' : ''}${number(value, 2)}`;
}

/** "topPerformersEmptyTouchShare" → "TOP_PERFORMERS_EMPTY_TOUCH_SHARE", for words(). */
function snake(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}
