// The daily writes on a deal page: log an activity, and record a meeting's outcome with the next
// meeting booked. Like the next-action editor, both refuse to save a touch of the deal that does not
// say what the buyer got from it and the buyer's next step, and show the server's reason when it
// refuses too (it checks the same and more: a next meeting must be in the future by its clock).
// A meeting booked in Needle (the next meeting booked last time) gets its outcome recorded on it, so
// the deal shows one activity per meeting, not the booking beside a second record of it.

import { post } from '../api.js';
import { h } from '../dom.js';
import * as notices from '../notices.js';
import { activities as activitiesPath, meetings as meetingsPath } from '../routes.js';
import { fieldSet, instant, localDateTime, localNow, refusal } from '../form-fields.js';
import { moment } from '../format.js';

const VALUE_FOR_BUYER = {
  name: 'valueForBuyer', label: 'Value for the buyer', type: 'textarea', required: true,
  hint: 'What the buyer got from it. Without it, it is an empty touch.',
  missing: 'Say what the buyer got from this — a touch without value for the buyer is an empty touch.',
};
const BUYER_NEXT_STEP = {
  name: 'buyerNextStep', label: 'Buyer\'s next step', type: 'text', required: true,
  hint: 'What the buyer will do as a result.', missing: 'Say which step the buyer takes next.',
};
const DIRECTIONS = [['OUTBOUND', 'Outbound — we reached the buyer'], ['INBOUND', 'Inbound — the buyer reached us'],
  ['INTERNAL', 'Internal — no buyer present']];

/** "Log activity": types from the catalogue (GET /api/activity-types). onSaved gets the stored activity. */
export function logActivityForm(deal, types, onSaved) {
  const fields = fieldSet('la', [
    { name: 'type', label: 'Type', type: 'select', required: true, options: types.map(type => [type.name, type.name]),
      value: types.some(type => type.name === 'Call') ? 'Call' : types[0]?.name, missing: 'Pick the kind of activity.' },
    { name: 'start', label: 'When', type: 'datetime-local', required: true, value: localNow(), hint: 'When it started, your time.',
      missing: 'Say when it happened.' },
    { name: 'durationMinutes', label: 'Minutes', type: 'number', hint: 'Empty: the type\'s usual length.' },
    { name: 'direction', label: 'Direction', type: 'select', options: DIRECTIONS, value: 'OUTBOUND' },
    { name: 'subject', label: 'Subject', type: 'text' },
    { name: 'outcome', label: 'Outcome', type: 'text', hint: 'What came of it, e.g. "Connected" or "Left a voicemail".' },
    VALUE_FOR_BUYER, BUYER_NEXT_STEP,
  ]);
  const { elements: field } = fields;
  return form('log-activity', 'Log activity', fields, [
    h('div', { class: 'form-row' }, field.type, field.start),
    h('div', { class: 'form-row' }, field.durationMinutes, field.direction),
    field.subject, field.outcome, field.valueForBuyer, field.buyerNextStep,
  ], values => ({
    type: values.type, start: instant(values.start), durationMinutes: minutes(values.durationMinutes), dealId: deal.id,
    direction: values.direction || null, subject: values.subject || null, outcome: values.outcome || null,
    valueForBuyer: values.valueForBuyer, buyerNextStep: values.buyerNextStep,
  }), body => post(activitiesPath(), body), 'Activity logged.', onSaved);
}

/** How long after its start a booked meeting still waits for its outcome on the form: a week. */
const RECENT_MS = 7 * 24 * 3600_000;
const NOT_BOOKED = '';

/**
 * The meetings booked on the deal whose outcome is still to record: meetings with the buyer without an
 * outcome or value for the buyer, upcoming or started in the last week (by the server's clock), earliest first.
 */
export function bookedMeetings(deal) {
  const asOf = new Date(deal.asOf).getTime();
  return deal.activities
    .filter(item => item.meeting && !item.outcome && !item.valueForBuyer)
    .filter(item => item.upcoming || new Date(item.start).getTime() >= asOf - RECENT_MS)
    .sort((one, other) => new Date(one.start) - new Date(other.start));
}

/**
 * "Record meeting outcome": which meeting (when some are booked), the meeting held, what came of it, and
 * the next meeting booked. The booked meeting that has started most recently is chosen to begin with.
 */
export function meetingOutcomeForm(deal, onSaved) {
  const booked = bookedMeetings(deal);
  const asOf = new Date(deal.asOf).getTime();
  const started = booked.filter(item => new Date(item.start).getTime() <= asOf).at(-1);
  const which = booked.length === 0 ? [] : [{
    name: 'meeting', label: 'Which meeting', type: 'select', value: started ? String(started.id) : NOT_BOOKED,
    options: [...booked.map(item => [String(item.id), `${moment(item.start)} — ${item.subject || item.type}`]),
      [NOT_BOOKED, 'A meeting not booked in Needle']],
    hint: 'A booked meeting gets its outcome; the next meeting below is booked as a new one.',
  }];
  const fields = fieldSet('mo', [
    ...which,
    { name: 'start', label: 'Meeting held', type: 'datetime-local', required: true, value: localNow(),
      hint: 'When the meeting started, your time.', missing: 'Say when the meeting was held.' },
    { name: 'durationMinutes', label: 'Minutes', type: 'number', value: '60' },
    { name: 'outcome', label: 'Outcome', type: 'textarea', required: true, hint: 'What came out of the meeting.',
      missing: 'Say what came out of the meeting.' },
    VALUE_FOR_BUYER, BUYER_NEXT_STEP,
    { name: 'nextMeeting.start', label: 'Next meeting', type: 'datetime-local', required: true,
      hint: 'Never leave a meeting without the next one booked.', missing: 'Book the next meeting: when does it start?' },
    { name: 'nextMeeting.durationMinutes', label: 'Next meeting minutes', type: 'number', value: '60' },
    { name: 'nextMeeting.subject', label: 'Next meeting subject', type: 'text' },
  ]);
  const { elements: field, inputs } = fields;
  const fillIn = () => {
    const chosen = booked.find(item => String(item.id) === inputs.meeting.value);
    if (!chosen) return;
    inputs.start.value = localDateTime(chosen.start);
    inputs.durationMinutes.value = String(chosen.durationMinutes);
  };
  if (booked.length) {
    inputs.meeting.addEventListener('change', fillIn);
    fillIn();
  }
  return form('meeting-outcome', 'Record meeting outcome', fields, [
    booked.length ? field.meeting : null,
    h('div', { class: 'form-row' }, field.start, field.durationMinutes),
    field.outcome, field.valueForBuyer, field.buyerNextStep,
    h('div', { class: 'form-row' }, field['nextMeeting.start'], field['nextMeeting.durationMinutes']),
    field['nextMeeting.subject'],
  ], values => ({
    ...(values.meeting ? { meeting: values.meeting } : {}),
    start: instant(values.start), durationMinutes: minutes(values.durationMinutes), outcome: values.outcome,
    valueForBuyer: values.valueForBuyer, buyerNextStep: values.buyerNextStep,
    nextMeeting: {
      start: instant(values['nextMeeting.start']), durationMinutes: minutes(values['nextMeeting.durationMinutes']),
      subject: values['nextMeeting.subject'] || null,
    },
  }), body => post(meetingsPath(deal.id), body), 'Meeting recorded, next meeting booked.', onSaved);
}

/** A form that checks its own required fields, then sends, and shows what the server refused inline. */
function form(id, title, fields, layout, body, send, saved, onSaved) {
  const save = h('button', { type: 'submit', class: 'button primary', id: `save-${id}` }, title);
  const cancel = h('button', { type: 'button', class: 'button', id: `cancel-${id}`, onClick: () => element.remove() }, 'Cancel');
  const element = h('form', { class: 'write-form', id: `${id}-form`, novalidate: true, onSubmit: submit },
    h('h3', {}, title), layout, h('div', { class: 'form-actions' }, save, cancel));
  return element;

  async function submit(event) {
    event.preventDefault();
    const missing = fields.check();
    if (missing.length) {
      notices.showError(`Not saved: ${missing.map(spec => spec.label.toLowerCase()).join(', ')} missing.`);
      return;
    }
    save.disabled = true;
    try {
      const answer = await send(body(fields.values()));
      notices.showStatus(saved);
      onSaved(answer);
    } catch (error) {
      if (error.status === 422 || error.status === 400) notices.showError(refusal(fields.markServerFields(error), error));
      else notices.report(error);
    } finally {
      save.disabled = false;
    }
  }
}

function minutes(text) {
  return text ? Number(text) : null;
}
