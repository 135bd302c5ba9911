// Every call to Needle's JSON API goes through here: the token as a Bearer header, and any
// non-2xx answer turned into an ApiError that carries the server's own message.

import { token } from './session.js';

export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }

  get unauthorized() { return this.status === 401; }
  get forbiddenOrMissing() { return this.status === 403 || this.status === 404; }
}

export async function get(path) {
  return call('GET', path);
}

export async function post(path, body) {
  return call('POST', path, body);
}

export async function put(path, body) {
  return call('PUT', path, body);
}

export async function del(path) {
  return call('DELETE', path);
}

/** Saves what path answers (an .ics plan, say) as a file: a plain link could not send the token. */
export async function download(path, filename) {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${token()}` } });
  if (!response.ok) {
    const text = await response.text();
    throw new ApiError(response.status, messageOf(response, parse(text), text), parse(text));
  }
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function call(method, path, body) {
  const headers = { Accept: 'application/json' };
  const bearer = token();
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (cause) {
    throw new ApiError(0, 'Needle cannot be reached. Check that `needle serve` is running.', null);
  }
  const text = await response.text();
  const data = parse(text);
  if (!response.ok) throw new ApiError(response.status, messageOf(response, data, text), data);
  return data;
}

function parse(text) {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The server's explanation, whichever field it put it in, else the status line. */
function messageOf(response, data, text) {
  if (data && typeof data === 'object') {
    const message = data.message ?? data.error ?? data.detail ?? data.title;
    if (message) return typeof message === 'string' ? message : JSON.stringify(message);
  }
  if (text && text.length < 300 && !text.trimStart().startsWith('<')) return text;
  return `${response.status} ${response.statusText || 'request failed'}`;
}
