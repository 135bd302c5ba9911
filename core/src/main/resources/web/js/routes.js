// Every API address the dashboard calls, in one place (shapes: docs/api.md, /openapi.json).

export const me = () => '/api/me';
/** Without a date the server plans today in the rep's time zone; more than one day answers {plans: [...]}. */
export const plan = (repId, date, days = 1) => {
  const query = [date ? `date=${date}` : null, days > 1 ? `days=${days}` : null].filter(Boolean).join('&');
  return `/api/reps/${encodeURIComponent(repId)}/plan${query ? `?${query}` : ''}`;
};
export const planCalendar = (repId, date) => `/api/reps/${encodeURIComponent(repId)}/plan.ics?date=${date}`;
export const deals = () => '/api/deals';
/** One deal: facts, flags, open next action, latest activities (Needle's id or the source system's). */
export const deal = dealId => `/api/deals/${encodeURIComponent(dealId)}`;
export const activities = () => '/api/activities';
export const activityTypes = () => '/api/activity-types';
export const meetings = dealId => `/api/deals/${encodeURIComponent(dealId)}/meetings`;
export const nextAction = dealId => `/api/deals/${encodeURIComponent(dealId)}/next-action`;
export const completeNextAction = dealId => `/api/deals/${encodeURIComponent(dealId)}/next-action/complete`;
export const report = () => '/api/report';
export const value = () => '/api/value';
export const forecast = () => '/api/forecast';
export const reps = () => '/api/reps';
/** Without a rep: every rep the caller may see. */
export const coaching = repId => `/api/coach${repId ? `?rep=${encodeURIComponent(repId)}` : ''}`;
/** format: '' (JSON), 'html' or 'pdf'; without a week the server reports the current one. */
export const weeklyReport = (team, format = '') => `/api/reports/weekly${format ? `.${format}` : ''}?team=${encodeURIComponent(team)}`;
/** Calendar feeds of a rep's plan: POST makes one (its URL shown once), GET lists them, DELETE /api/feeds/{id} revokes. */
export const feeds = repId => `/api/feeds${repId ? `?rep=${encodeURIComponent(repId)}` : ''}`;
export const feed = feedId => `/api/feeds/${encodeURIComponent(feedId)}`;
