// The next-action editor (seed 003): a next action is only worth the buyer's time when it says
// what, by when, what the buyer gets from it and what the buyer will do next. The form refuses
// to save without all four, and shows the server's reason when it refuses too.

import { post, put } from '../api.js';
import { h } from '../dom.js';
import * as notices from '../notices.js';
import { completeNextAction, nextAction } from '../routes.js';

const FIELDS = [
  { name: 'what', label: 'What you will do', hint: 'A concrete action, e.g. "Send the security review answers".', type: 'text',
    missing: 'Say what you will do.' },
  { name: 'due', label: 'Due', hint: 'The day it happens.', type: 'date', missing: 'Pick the day it is due.' },
  { name: 'valueForBuyer', label: 'Value for the buyer', hint: 'What the buyer gets from it. Without it, it is an empty touch.',
    type: 'textarea', missing: 'Say what the buyer gets from this — a next action without value for the buyer is an empty touch.' },
  { name: 'buyerNextStep', label: 'Buyer\'s next step', hint: 'What the buyer will do as a result.', type: 'text',
    missing: 'Say which step the buyer will take as a result.' },
];

/** The editor, pre-filled with the current action when there is one. onSaved gets the server's answer. */
export function nextActionEditor(dealId, current, onSaved) {
  const inputs = {};
  const errors = {};
  const fields = FIELDS.map(field => {
    const id = `na-${field.name}`;
    const input = field.type === 'textarea'
      ? h('textarea', { id, name: field.name, required: true, 'aria-describedby': `${id}-hint` })
      : h('input', { id, name: field.name, type: field.type, required: true, 'aria-describedby': `${id}-hint` });
    input.value = current?.[field.name] ?? '';
    inputs[field.name] = input;
    errors[field.name] = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
    return h('div', { class: `field field-${field.name}` },
      h('label', { for: id }, field.label), input,
      h('p', { class: 'help', id: `${id}-hint` }, field.hint), errors[field.name]);
  });
  const save = h('button', { type: 'submit', class: 'button primary', id: 'save-next-action' }, 'Save next action');
  const form = h('form', { class: 'next-action-form', id: 'next-action-form', novalidate: true, onSubmit: submit },
    h('div', { class: 'form-row' }, fields[0], fields[1]),
    fields[2], fields[3],
    h('div', { class: 'form-actions' }, save));
  return form;

  async function submit(event) {
    event.preventDefault();
    const values = Object.fromEntries(FIELDS.map(field => [field.name, inputs[field.name].value.trim()]));
    const missing = FIELDS.filter(field => !values[field.name]);
    for (const field of FIELDS) showFieldError(field, missing.includes(field) ? field.missing : null);
    if (missing.length) {
      notices.showError(`Not saved: ${missing.map(field => field.label.toLowerCase()).join(', ')} missing.`);
      inputs[missing[0].name].focus();
      return;
    }
    save.disabled = true;
    try {
      const saved = await put(nextAction(dealId), values);
      notices.showStatus('Next action saved.');
      onSaved(saved);
    } catch (error) {
      if (error.status === 422 || error.status === 400) {
        const problems = markServerFields(error);
        const detail = problems.map(([field, message]) => `${field.label.toLowerCase()} — ${message}`).join('; ');
        notices.showError(`Not saved: ${detail || error.message}`);
      } else {
        notices.report(error);
      }
    } finally {
      save.disabled = false;
    }
  }

  function showFieldError(field, message) {
    const input = inputs[field.name];
    errors[field.name].textContent = message ?? '';
    errors[field.name].hidden = !message;
    if (message) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', `${input.id}-error ${input.id}-hint`);
    } else {
      input.removeAttribute('aria-invalid');
      input.setAttribute('aria-describedby', `${input.id}-hint`);
    }
  }

  /** The fields the server refused (ApiError.fields), marked as the client marks its own; returns [field, message] pairs. */
  function markServerFields(error) {
    const problems = Object.entries(error.body?.fields ?? {})
      .map(([name, message]) => [FIELDS.find(candidate => candidate.name === name), String(message)])
      .filter(([field]) => field);
    for (const [field, message] of problems) showFieldError(field, message);
    return problems;
  }
}

/** "Done": completes a deal's open next action; the deal then needs a new one. */
export function completeButton(dealId, onDone) {
  const button = h('button', {
    type: 'button', class: 'button good small complete', dataset: { deal: dealId },
    onClick: async () => {
      button.disabled = true;
      try {
        await post(completeNextAction(dealId), {});
        button.textContent = 'Done ✓';
        notices.showStatus('Next action completed. Set the deal\'s next one.');
        onDone();
      } catch (error) {
        button.disabled = false;
        notices.report(error);
      }
    },
  }, 'Done');
  return button;
}
