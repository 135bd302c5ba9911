// The daily writes on a deal page: log an activity, and record a meeting's outcome with the next
// meeting booked. Like the next-action editor, both refuse to save a touch of the deal that does not
// say what the buyer got from it and the buyer's next step, and show the server's reason when it
// refuses too (it checks the same and more: a next meeting must be in the future by its clock).

import { post } from '../api.js';
import { h } from '../dom.js';
import * as notices from '../notices.js';
import { activities as activitiesPath, meetings as meetingsPath } from '../routes.js';
import { fieldSet, instant, localNow, refusal } from '../form-fields.js';

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

/** "Record meeting outcome": the meeting held, what came of it, and the next meeting booked. */
export function meetingOutcomeForm(deal, onSaved) {
  const fields = fieldSet('mo', [
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
  const { elements: field } = fields;
  return form('meeting-outcome', 'Record meeting outcome', fields, [
    h('div', { class: 'form-row' }, field.start, field.durationMinutes),
    field.outcome, field.valueForBuyer, field.buyerNextStep,
    h('div', { class: 'form-row' }, field['nextMeeting.start'], field['nextMeeting.durationMinutes']),
    field['nextMeeting.subject'],
  ], values => ({
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
