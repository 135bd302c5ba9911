// The two live regions under the top bar: errors (role=alert) and confirmations (role=status).

const error = () => document.getElementById('error');
const status = () => document.getElementById('status');

export function showError(message) {
  status().hidden = true;
  error().textContent = message;
  error().hidden = false;
}

export function showStatus(message) {
  error().hidden = true;
  status().textContent = message;
  status().hidden = false;
}

export function clear() {
  error().hidden = true;
  error().textContent = '';
  status().hidden = true;
  status().textContent = '';
}

/** An API failure as a visible message; a refused token instead signs the person out (app.js listens). */
export function report(error) {
  if (error?.unauthorized) {
    window.dispatchEvent(new CustomEvent('needle:unauthorized'));
    return;
  }
  showError(error?.message || String(error));
}
