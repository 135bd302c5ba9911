// The dashboard's shell: hash routes to views, and who is signed in. Each route renders into a
// page of its own inside <main>, so a slow answer for a page already left cannot overwrite the next.

import { get } from './api.js';
import * as session from './session.js';
import * as notices from './notices.js';
import { h, replace } from './dom.js';
import { renderSignIn } from './views/signin.js';
import { renderDay } from './views/day.js';
import { renderDeals } from './views/deals.js';
import { renderDeal } from './views/deal.js';
import { renderTeam } from './views/team.js';
import { renderCoaching } from './views/coaching.js';
import { disposeAll } from './charts.js';

const routes = [
  { path: /^#\/day(?:\/(\d{4}-\d{2}-\d{2}))?$/, nav: 'day', render: (view, me, [date]) => renderDay(view, me, date) },
  { path: /^#\/deals$/, nav: 'deals', render: (view, me) => renderDeals(view, me) },
  { path: /^#\/deals\/(\d+)$/, nav: 'deals', render: (view, me, [id]) => renderDeal(view, me, id) },
  { path: /^#\/team$/, nav: 'team', managers: true, render: (view, me) => renderTeam(view, me) },
  { path: /^#\/coaching(?:\/(\d+))?$/, nav: 'coaching', render: (view, me, [repId]) => renderCoaching(view, me, repId) },
];

let me = null;
let renderCount = 0;

function isManager(person) {
  return person?.role === 'manager' || person?.role === 'admin';
}

function signOut(message) {
  session.signOut();
  me = null;
  showSignedIn(null);
  if (location.hash !== '#/signin') location.hash = '#/signin';
  else route();
  if (message) notices.showError(message);
}

async function route() {
  const count = ++renderCount;
  const view = document.getElementById('view');
  notices.clear();
  disposeAll();
  if (!session.token()) {
    showSignedIn(null);
    return renderSignIn(view, onSignedIn);
  }
  try {
    me ??= await get('/api/me');
  } catch (error) {
    return notices.report(error);
  }
  if (count !== renderCount) return;
  showSignedIn(me);
  const match = routes.map(candidate => ({ candidate, groups: candidate.path.exec(location.hash) }))
    .find(found => found.groups);
  if (!match) {
    location.replace('#/day');
    return;
  }
  markCurrent(match.candidate.nav);
  if (match.candidate.managers && !isManager(me)) {
    replace(view, h('section', { class: 'panel empty' },
      h('h1', {}, 'Team'),
      h('p', {}, 'The team view is for managers. You are signed in as a rep.')));
    notices.showError('Only managers and admins can open the team view.');
    return;
  }
  view.setAttribute('aria-busy', 'true');
  const page = h('div', { class: 'page' }, h('p', { class: 'loading' }, 'Loading…'));
  replace(view, page);
  try {
    await match.candidate.render(page, me, match.groups.slice(1));
  } catch (error) {
    if (count === renderCount) notices.report(error);
  } finally {
    if (count === renderCount) view.setAttribute('aria-busy', 'false');
  }
}

/** After signing in, open the page the person asked for (a shared deal link), else their day. */
function onSignedIn(person) {
  me = person;
  const target = routes.some(candidate => candidate.path.test(location.hash)) ? location.hash : '#/day';
  if (location.hash === target) route();
  else location.hash = target;
}

function showSignedIn(person) {
  document.getElementById('nav').hidden = !person;
  document.getElementById('who').hidden = !person;
  document.getElementById('nav-team').hidden = !isManager(person);
  if (!person) return;
  document.querySelector('#nav a[data-view="deals"]').textContent = person.role === 'rep' ? 'My deals' : 'Deals';
  document.getElementById('who-name').textContent = person.name ?? person.email ?? 'Signed in';
  document.getElementById('who-role').textContent = person.role ?? '';
}

function markCurrent(nav) {
  for (const link of document.querySelectorAll('#nav a')) {
    if (link.dataset.view === nav) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

document.getElementById('sign-out').addEventListener('click', () => signOut());
window.addEventListener('hashchange', route);
window.addEventListener('needle:unauthorized', () => signOut('Your token was not accepted. Sign in again.'));
route();
