// Sign in by pasting a personal token (`needle demo` prints one per role).

import { get } from '../api.js';
import * as session from '../session.js';
import * as notices from '../notices.js';
import { h, replace } from '../dom.js';

export function renderSignIn(view, onSignedIn) {
  const input = h('input', {
    id: 'token', name: 'token', type: 'password', autocomplete: 'current-password', required: true,
    placeholder: 'ndl_…', spellcheck: 'false', 'aria-describedby': 'token-help',
  });
  const remember = h('input', { id: 'remember', type: 'checkbox' });
  const button = h('button', { type: 'submit', class: 'button primary', id: 'sign-in' }, 'Sign in');
  const form = h('form', { class: 'panel signin', novalidate: true, onSubmit: submit },
    h('h1', {}, 'Sign in to Needle'),
    h('p', { class: 'lead' }, 'See your day planned around the work that creates results, keep every deal\'s next action ' +
      'worth the buyer\'s time, and — for managers — where the team\'s hours really go.'),
    h('label', { for: 'token' }, 'Your access token'),
    input,
    h('p', { class: 'help', id: 'token-help' }, 'Ask your Needle admin for a token. Trying it out? ',
      h('code', {}, './needle demo'), ' prints one for a rep, a manager and an admin.'),
    h('label', { class: 'check' }, remember, ' Keep me signed in on this device'),
    button);
  replace(view, form);
  view.setAttribute('aria-busy', 'false');
  input.focus();

  async function submit(event) {
    event.preventDefault();
    const value = input.value.trim();
    if (!value) {
      notices.showError('Paste your access token to sign in.');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    button.disabled = true;
    session.signIn(value, remember.checked);
    try {
      const person = await get('/api/me');
      onSignedIn(person);
    } catch (error) {
      session.signOut();
      input.setAttribute('aria-invalid', 'true');
      notices.showError(error.unauthorized ? 'That token was not accepted. Check it and try again.' : error.message);
      button.disabled = false;
      input.select();
    }
  }
}
