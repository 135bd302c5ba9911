// The signed-in token. Kept for this tab only (sessionStorage) unless the person asks to stay
// signed in on this device (localStorage).

const KEY = 'needle.token';

export function token() {
  return sessionStorage.getItem(KEY) ?? localStorage.getItem(KEY);
}

export function signIn(value, remember) {
  signOut();
  (remember ? localStorage : sessionStorage).setItem(KEY, value);
}

export function signOut() {
  sessionStorage.removeItem(KEY);
  localStorage.removeItem(KEY);
}
