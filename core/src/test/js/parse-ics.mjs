// Parses an iCalendar file with ical.js, an independent RFC 5545 implementation, and prints its
// events as JSON: [{"uid","start","end","summary"}] with start and end as UTC instants.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const calendar = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], 'utf8')));
for (const zone of calendar.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(new ICAL.Timezone(zone));
}
const events = calendar.getAllSubcomponents('vevent').map((component) => {
  const event = new ICAL.Event(component);
  if (!component.getFirstPropertyValue('dtstamp')) throw new Error(`${event.uid}: no DTSTAMP`);
  const zone = event.startDate.zone && event.startDate.zone.tzid;
  return {
    uid: event.uid,
    zone,
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    summary: event.summary,
  };
});
process.stdout.write(JSON.stringify(events));
