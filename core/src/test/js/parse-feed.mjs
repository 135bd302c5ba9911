// Reads a subscribed calendar feed with ical.js, an independent RFC 5545 implementation, and prints
// what a calendar app goes by as JSON: the calendar's refresh properties and time zones, and each event
// with its UID, SEQUENCE, LAST-MODIFIED and content (start and end as UTC instants).
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const calendar = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], 'utf8')));
const zones = calendar.getAllSubcomponents('vtimezone').map((zone) => {
  const timezone = new ICAL.Timezone(zone);
  ICAL.TimezoneService.register(timezone);
  return timezone.tzid;
});
const refresh = calendar.getFirstProperty('refresh-interval');
const events = calendar.getAllSubcomponents('vevent').map((component) => {
  const event = new ICAL.Event(component);
  const modified = component.getFirstPropertyValue('last-modified');
  if (!component.getFirstPropertyValue('dtstamp')) throw new Error(`${event.uid}: no DTSTAMP`);
  return {
    uid: event.uid,
    sequence: event.sequence,
    lastModified: modified ? modified.toJSDate().toISOString() : null,
    zone: event.startDate.zone && event.startDate.zone.tzid,
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    summary: event.summary,
    description: event.description,
  };
});
process.stdout.write(JSON.stringify({
  refreshInterval: refresh ? refresh.getFirstValue().toString() : null,
  refreshValueType: refresh ? refresh.type : null,
  publishedTtl: calendar.getFirstPropertyValue('x-published-ttl'),
  name: calendar.getFirstPropertyValue('name'),
  timezones: zones,
  events,
}));
