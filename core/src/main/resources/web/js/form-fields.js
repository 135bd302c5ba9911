// Labelled form fields that say what is missing: each field has its label, a hint and an error line
// tied to it (aria-describedby), is marked aria-invalid when refused, and takes the server's reason
// for a field it names (ApiError.fields, e.g. "valueForBuyer" or "nextMeeting.start").

import { h } from './dom.js';

/**
 * Builds the fields described by specs ({ name, label, hint, type, options, required, missing, value }),
 * their ids `${prefix}-${name}` (dots as dashes). Answers the elements and what a form does with them.
 */
export function fieldSet(prefix, specs) {
  const inputs = {};
  const errors = {};
  const elements = {};
  for (const spec of specs) {
    const id = `${prefix}-${spec.name.replaceAll('.', '-')}`;
    const input = control(spec, id);
    inputs[spec.name] = input;
    errors[spec.name] = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
    elements[spec.name] = h('div', { class: `field field-${spec.name.replaceAll('.', '-')}` },
      h('label', { for: id }, spec.label), input,
      spec.hint ? h('p', { class: 'help', id: `${id}-hint` }, spec.hint) : null, errors[spec.name]);
  }
  return { elements, inputs, values, check, showError, markServerFields };

  /** Every field's value, trimmed; empty ones as ''. */
  function values() {
    return Object.fromEntries(specs.map(spec => [spec.name, inputs[spec.name].value.trim()]));
  }

  /** Marks each required field left empty; answers the specs missing (none: the form may be sent). */
  function check() {
    const given = values();
    const missing = specs.filter(spec => spec.required && !given[spec.name]);
    for (const spec of specs) showError(spec.name, missing.includes(spec) ? spec.missing : null);
    if (missing.length) inputs[missing[0].name].focus();
    return missing;
  }

  function showError(name, message) {
    const input = inputs[name];
    const hint = specs.find(spec => spec.name === name)?.hint ? `${input.id}-hint` : '';
    errors[name].textContent = message ?? '';
    errors[name].hidden = !message;
    if (message) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', `${input.id}-error ${hint}`.trim());
    } else {
      input.removeAttribute('aria-invalid');
      if (hint) input.setAttribute('aria-describedby', hint); else input.removeAttribute('aria-describedby');
    }
  }

  /** The fields the server refused, marked as the form marks its own; answers [label, message] pairs. */
  function markServerFields(error) {
    const problems = Object.entries(error.body?.fields ?? {})
      .map(([name, message]) => [specs.find(spec => spec.name === name), String(message)])
      .filter(([spec]) => spec);
    for (const [spec, message] of problems) showError(spec.name, message);
    return problems.map(([spec, message]) => [spec.label, message]);
  }
}

function control(spec, id) {
  const props = { id, name: spec.name, required: spec.required || null, 'aria-describedby': spec.hint ? `${id}-hint` : null };
  let input;
  if (spec.type === 'textarea') {
    input = h('textarea', props);
  } else if (spec.type === 'select') {
    input = h('select', props, spec.options.map(([value, text]) => h('option', { value }, text)));
  } else {
    input = h('input', { ...props, type: spec.type, min: spec.type === 'number' ? '1' : null, max: spec.type === 'number' ? '1440' : null });
  }
  if (spec.value !== undefined && spec.value !== null) input.value = spec.value;
  return input;
}

/** A datetime-local value ("2026-06-30T15:00") read in the browser's time zone, as the instant the API takes. */
export function instant(localDateTime) {
  return localDateTime ? new Date(localDateTime).toISOString() : null;
}

/** Now, to the minute, as a datetime-local value in the browser's time zone. */
export function localNow() {
  return localDateTime(new Date().toISOString());
}

/** An instant the API gives ("2026-06-30T13:00:00Z") as a datetime-local value in the browser's time zone, to the minute. */
export function localDateTime(isoInstant) {
  const at = new Date(isoInstant);
  at.setSeconds(0, 0);
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** The reason a save was refused, as one sentence for the error region: the fields the server named, else its message. */
export function refusal(problems, error) {
  const detail = problems.map(([label, message]) => `${label.toLowerCase()} — ${message}`).join('; ');
  return `Not saved: ${detail || error.message}`;
}
