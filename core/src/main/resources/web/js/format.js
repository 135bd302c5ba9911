// Numbers, money, dates and times as a sales team reads them.

const LOCALE = undefined; // the browser's

export function money(amount, currency = 'USD') {
  if (amount === null || amount === undefined || Number.isNaN(Number(amount))) return '—';
  try {
    return new Intl.NumberFormat(LOCALE, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${number(amount)} ${currency}`;
  }
}

export function compactMoney(amount, currency = 'USD') {
  if (amount === null || amount === undefined) return '—';
  return new Intl.NumberFormat(LOCALE, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(amount);
}

export function number(value, digits = 0) {
  if (value === null || value === undefined || Number.isNaN(Number(value))) return '—';
  return new Intl.NumberFormat(LOCALE, { maximumFractionDigits: digits }).format(value);
}

export function percent(share) {
  if (share === null || share === undefined) return '—';
  return `${Math.round(share * 100)}%`;
}

/** "09:30" from an ISO date-time with offset, read in the offset it carries (the rep's zone). */
export function clock(isoOffsetDateTime) {
  const match = /T(\d{2}:\d{2})/.exec(isoOffsetDateTime ?? '');
  return match ? match[1] : '';
}

/** "Tue 1 Dec 2026" for an ISO date (yyyy-mm-dd), without shifting it through a time zone. */
export function day(isoDate) {
  if (!isoDate) return '—';
  const [year, month, date] = isoDate.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date)).toLocaleDateString(LOCALE,
    { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function isoDate(date) {
  return date.toISOString().slice(0, 10);
}

export function addDays(isoDay, days) {
  const [year, month, date] = isoDay.split('-').map(Number);
  return isoDate(new Date(Date.UTC(year, month - 1, date + days)));
}

export function today() {
  const now = new Date();
  return isoDate(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

/** FLAG_NAMES as words: NO_BUYER_VALUE → "No buyer value". */
export function words(constant) {
  if (!constant) return '';
  const text = constant.toLowerCase().replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Jun 30, 2026, 3:00 PM" for an instant, in the browser's time zone (the one its forms are filled in). */
export function moment(isoInstant) {
  if (!isoInstant) return '—';
  return new Date(isoInstant).toLocaleString(LOCALE, { dateStyle: 'medium', timeStyle: 'short' });
}
