// The day plan as a calendar to subscribe to: "Subscribe" makes a feed of the rep's plan and shows its
// address once (with a copy button and a webcal:// link that opens the calendar app); the panel lists
// the rep's live feeds, each with a button that revokes it. The address holds the feed's secret, so the
// server shows it only when the feed is made.

import { get, post, del } from '../api.js';
import * as notices from '../notices.js';
import { h, replace } from '../dom.js';
import { day } from '../format.js';
import { feeds as feedsPath, feed as feedPath } from '../routes.js';

export function subscribeButton(panel, rep) {
  const button = h('button', {
    type: 'button', class: 'button small primary', id: 'feed-subscribe',
    title: 'A calendar address your calendar app keeps up to date with this plan',
    onClick: async () => {
      button.disabled = true;
      try {
        const made = await post(feedsPath(), { rep: String(rep.id) });
        await subscriptions(panel, rep, made);
        panel.scrollIntoView({ block: 'nearest' });
        notices.showStatus('Calendar feed made. Add its address to your calendar app; Needle shows it only now.');
      } catch (error) {
        notices.report(error);
      } finally {
        button.disabled = false;
      }
    },
  }, 'Subscribe');
  return button;
}

/** The panel: the feed just made (its address, shown this once), then the rep's live feeds with Revoke. */
export async function subscriptions(panel, rep, made = null) {
  const live = (await get(feedsPath(rep.id))).feeds.filter(feed => !feed.revokedAt);
  replace(panel,
    h('h2', { id: 'feed-title' }, 'Calendar subscription'),
    made ? address(made) : h('p', { class: 'help' }, 'Subscribe to see this plan, the next working days, in Google Calendar, ' +
      'Outlook or Apple Calendar, kept up to date about every hour.'),
    live.length === 0
      ? h('p', { class: 'empty', id: 'feeds-none' }, 'No calendar subscribes to this plan.')
      : h('ul', { class: 'history', id: 'feeds' }, live.map(feed => h('li', { dataset: { feed: feed.id } },
        h('strong', {}, `Feed ${feed.id}`), ` · ${feed.days} working days · made ${day(feed.createdAt.slice(0, 10))}`,
        feed.createdBy ? ` by ${feed.createdBy}` : '', ' ',
        h('button', {
          type: 'button', class: 'button small feed-revoke', dataset: { feed: feed.id },
          onClick: () => revoke(panel, rep, feed).catch(notices.report),
        }, 'Revoke')))));
}

/** Where the browser reached Needle is where a calendar app on the same network reaches it too. */
function address(made) {
  const url = new URL(made.path, window.location.origin).href;
  const webcal = url.replace(/^https?:/, 'webcal:');
  const field = h('input', { type: 'text', id: 'feed-url', readonly: true, value: url, 'aria-label': 'Calendar feed address' });
  return h('div', { class: 'feed-made' },
    h('p', { class: 'help' }, 'Copy this address into your calendar app ("subscribe from URL"). Anyone with it can read ' +
      'this plan: keep it to yourself, and revoke the feed below if it gets out.'),
    field,
    h('div', { class: 'day-nav' },
      h('button', { type: 'button', class: 'button small', id: 'feed-copy', onClick: () => copy(field) }, 'Copy'),
      h('a', { class: 'button small', id: 'feed-webcal', href: webcal }, 'Open in calendar app')));
}

async function copy(field) {
  field.select();
  try {
    await navigator.clipboard.writeText(field.value);
  } catch {
    // without clipboard permission, the selected text is copied the older way
    document.execCommand('copy');
  }
  notices.showStatus('Feed address copied.');
}

async function revoke(panel, rep, feed) {
  await del(feedPath(feed.id));
  notices.showStatus(`Feed ${feed.id} revoked: calendars subscribed to it get nothing from now on.`);
  await subscriptions(panel, rep);
}
