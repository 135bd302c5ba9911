// Team (managers and admins): who is busy rather than productive, what an hour of each activity
// type brings, the funnel, and the forecast's P10/P50/P90 fan beside the stage-weighted figure.

import { get } from '../api.js';
import { h, replace } from '../dom.js';
import { compactMoney, money, number, percent, day, words } from '../format.js';
import { draw, escapeHtml, COLORS } from '../charts.js';
import * as routes from '../routes.js';

export async function renderTeam(view, me) {
  const panels = {
    quadrant: panel('quadrant', 'Busy vs productive',
      'Each rep\'s activities per day and results per hour, against the team\'s median (1×). ' +
      'Busy is not productive: the red dots are reps doing much more than the team for fewer results.'),
    value: panel('value', 'Value per hour by activity type',
      'What one hour of each activity type brought this team, learned from its own history.'),
    funnel: panel('funnel', 'Funnel', 'Deals that entered each stage, and how many moved on.'),
    forecast: panel('forecast', 'Forecast', 'Won so far and the range the period is likely to end in (P10–P90), ' +
      'beside the stage-weighted figure a CRM shows.'),
  };
  replace(view,
    h('div', { class: 'page-head' },
      h('div', {}, h('h1', {}, 'Team'), h('p', { id: 'team-scope' }, me.role === 'admin' ? 'Every team' : me.rep?.team ? `Team ${me.rep.team}` : 'Your team'))),
    h('div', { class: 'kpis', id: 'team-kpis' }),
    h('div', { class: 'grid charts' }, Object.values(panels).map(item => item.node)));
  const [report, value, forecast] = await Promise.allSettled([get(routes.report()), get(routes.value()), get(routes.forecast())]);
  await Promise.all([
    settle(panels.quadrant, report, answer => drawQuadrant(panels.quadrant.chart, answer)),
    settle(panels.funnel, report, answer => drawFunnel(panels.funnel.chart, answer.funnel)),
    settle(panels.value, value, answer => drawValue(panels.value, answer)),
    settle(panels.forecast, forecast, answer => drawForecast(panels.forecast, answer)),
  ]);
  if (report.status === 'fulfilled') fillKpis(document.getElementById('team-kpis'), report.value, forecast.value);
}

function panel(name, title, help) {
  const chart = h('div', { class: 'chart', id: `chart-${name}`, role: 'img', 'aria-label': title });
  const note = h('p', { class: 'legend-note' });
  const node = h('section', { class: 'panel chart-panel', 'aria-labelledby': `title-${name}` },
    h('h2', { id: `title-${name}` }, title), h('p', { class: 'help' }, help), chart, note);
  return { node, chart, note };
}

/** One failed endpoint leaves a message in its own panel; the other charts still draw. */
async function settle(target, outcome, drawWith) {
  if (outcome.status === 'rejected') {
    replace(target.chart, h('p', { class: 'field-error', role: 'alert' }, outcome.reason.message));
    target.chart.classList.add('failed');
    return;
  }
  await drawWith(outcome.value);
}

const QUADRANTS = {
  BUSY_NOT_PRODUCTIVE: { label: 'Busy, not productive', color: COLORS.bad },
  BUSY_AND_PRODUCTIVE: { label: 'Busy and productive', color: COLORS.good },
  PRODUCTIVE: { label: 'Productive', color: COLORS.accent },
  NOT_PRODUCTIVE: { label: 'Not productive', color: COLORS.warn },
  UNKNOWN: { label: 'Too little activity', color: COLORS.slate },
};

function drawQuadrant(element, report) {
  const reps = report.reps.filter(rep => rep.comparedWithPeers?.activitiesPerDayVsMedian != null
    && rep.comparedWithPeers?.resultsPerHourVsMedian != null);
  const series = Object.entries(QUADRANTS).map(([quadrant, look]) => ({
    name: look.label, type: 'scatter', symbolSize: 13, itemStyle: { color: look.color, opacity: .85 },
    data: reps.filter(rep => rep.quadrant === quadrant).map(rep => ({
      name: rep.name,
      value: [rep.comparedWithPeers.activitiesPerDayVsMedian, rep.comparedWithPeers.resultsPerHourVsMedian],
    })),
    label: { show: quadrant === 'BUSY_NOT_PRODUCTIVE', position: 'right', formatter: point => point.name, fontSize: 11 },
  })).filter(item => item.data.length > 0);
  const median = { silent: true, symbol: 'none', lineStyle: { color: COLORS.slate, type: 'dashed' }, label: { show: false } };
  series[0] && (series[0].markLine = { ...median, data: [{ xAxis: 1 }, { yAxis: 1 }] });
  return draw(element, {
    grid: { left: 64, right: 28, top: 40, bottom: 52 },
    legend: { top: 0, type: 'scroll' },
    tooltip: { formatter: point => `${escapeHtml(point.name)}<br>${number(point.value[0], 2)}× activities/day · ${number(point.value[1], 2)}× results/hour` },
    xAxis: { name: 'Activities per day vs median', nameLocation: 'middle', nameGap: 28, scale: true, axisLabel: { formatter: '{value}×' } },
    yAxis: { name: 'Results per hour vs median', nameLocation: 'middle', nameGap: 46, scale: true, axisLabel: { formatter: '{value}×' } },
    series,
  });
}

const METRICS = {
  wonRevenuePerHour: { label: 'Won revenue per hour', format: value => (Math.abs(value) < 1000 ? money(value) : compactMoney(value)) },
  opportunitiesPerHour: { label: 'Opportunities created per hour', format: value => number(value, 3) },
  advancesPerHour: { label: 'Stage advances per hour', format: value => number(value, 3) },
};

const CLASS_COLORS = { HIGH: COLORS.teal, LOW: COLORS.slate, LIMIT: COLORS.warn };

function drawValue(target, answer) {
  const select = h('select', { id: 'value-metric', 'aria-label': 'Measure' },
    Object.entries(METRICS).map(([key, metric]) => h('option', { value: key }, metric.label)));
  target.node.querySelector('.help').after(select);
  let chart;
  select.addEventListener('change', () => chart?.setOption(option(select.value), { replaceMerge: ['series', 'yAxis'] }));
  const unmeasured = answer.types.filter(type => type.wonRevenuePerHour == null).map(type => type.type);
  const disagree = (answer.disagreements ?? []).map(type =>
    `${type.type} (classed ${type.valueClass}, ${type.learnedClass === 'HIGH' ? 'measured effect above zero' : 'no measured effect'})`);
  target.note.textContent = 'Teal: classed high-value; grey: low-value; amber: to be limited.' +
    (unmeasured.length ? ` Not measurable (never linked to an account or deal): ${unmeasured.join(', ')}.` : '') +
    (disagree.length ? ` The catalogue and this team's data disagree on: ${disagree.join('; ')}.` : '');
  return draw(target.chart, option('wonRevenuePerHour')).then(drawn => { chart = drawn; });

  function option(key) {
    const metric = METRICS[key];
    const types = answer.types.filter(type => type[key] != null).sort((one, other) => one[key] - other[key]);
    return {
      grid: { left: 12, right: 64, top: 10, bottom: 20, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: metric.format },
      xAxis: { type: 'value', axisLabel: { formatter: metric.format } },
      yAxis: { type: 'category', data: types.map(type => type.type), axisLabel: { width: 120, overflow: 'truncate' } },
      series: [{
        type: 'bar', name: metric.label, barMaxWidth: 18,
        data: types.map(type => ({ value: type[key], itemStyle: { color: CLASS_COLORS[type.valueClass] ?? COLORS.accent } })),
        label: { show: true, position: 'right', formatter: point => metric.format(point.value), fontSize: 11 },
      }],
    };
  }
}

function drawFunnel(element, funnel) {
  const steps = (funnel?.overall?.steps ?? []).filter(step => step.entered > 0);
  return draw(element, {
    tooltip: { formatter: point => `${escapeHtml(point.name)}: ${number(point.value)} deals entered` +
      (point.data.conversion != null ? `<br>${percent(point.data.conversion)} moved on` : '') },
    series: [{
      type: 'funnel', sort: 'none', left: '6%', width: '88%', top: 10, bottom: 10, gap: 2, minSize: '38%',
      label: { position: 'inside', color: '#fff', fontSize: 12,
        formatter: point => `${point.name}  ${number(point.value)}` + (point.data.conversion != null ? ` · ${percent(point.data.conversion)} on` : '') },
      itemStyle: { borderColor: '#fff', borderWidth: 1 },
      color: ['#1f3a5f', '#1e4976', '#1d5a8c', '#1f6a9a', '#1d7a99', '#15808f', '#0f766e', '#15803d'],
      data: steps.map(step => ({ name: step.stage, value: step.entered, conversion: step.conversion })),
    }],
  });
}

/**
 * The fan: at the as-of day the won amount is known; at the period's end it lies between P10 and
 * P90 (P50 the middle). Past periods of the backtest, when the API sends them, show the same band
 * beside what was actually won.
 */
function drawForecast(target, forecast) {
  const asOf = forecast.asOf.slice(0, 10);
  const points = [
    ...(forecast.backtest?.periods ?? []).map(period => ({
      date: period.periodEnd ?? period.end, p10: period.p10, p50: period.p50, p90: period.p90, actual: period.actual })),
    { date: asOf, p10: forecast.wonSoFar, p50: forecast.wonSoFar, p90: forecast.wonSoFar, actual: forecast.wonSoFar },
    { date: forecast.periodEnd, p10: forecast.p10, p50: forecast.p50, p90: forecast.p90, actual: null },
  ];
  target.note.textContent = `${day(forecast.periodStart)} – ${day(forecast.periodEnd)}: P10 ${money(forecast.p10)}, ` +
    `P50 ${money(forecast.p50)}, P90 ${money(forecast.p90)}; stage-weighted ${money(forecast.stageWeighted)}.`;
  const at = field => points.map(point => [point.date, point[field]]);
  const edge = (name, field) => ({
    name, type: 'line', data: at(field), symbol: 'none', lineStyle: { color: '#93b4f5', width: 1, type: 'dashed' },
    endLabel: { show: true, formatter: `${name} ${compactMoney(forecast[field])}`, color: COLORS.muted, fontSize: 11 },
  });
  return draw(target.chart, {
    grid: { left: 8, right: 108, top: 40, bottom: 24, containLabel: true },
    legend: { top: 0, data: ['P10–P90', 'P50', 'Won', 'Stage-weighted'] },
    tooltip: { trigger: 'axis', valueFormatter: value => money(value) },
    xAxis: { type: 'time', axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', axisLabel: { formatter: value => compactMoney(value) } },
    series: [
      { name: 'band-floor', type: 'line', stack: 'band', data: at('p10'), symbol: 'none', lineStyle: { opacity: 0 },
        tooltip: { show: false }, silent: true },
      {
        name: 'P10–P90', type: 'line', stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, silent: true,
        itemStyle: { color: 'rgba(37, 99, 235, .35)' }, areaStyle: { color: 'rgba(37, 99, 235, .18)' },
        data: points.map(point => [point.date, point.p90 - point.p10]), tooltip: { show: false },
      },
      edge('P90', 'p90'),
      edge('P10', 'p10'),
      { name: 'P50', type: 'line', data: at('p50'), symbol: 'circle', symbolSize: 6, lineStyle: { color: COLORS.accent, width: 2 },
        itemStyle: { color: COLORS.accent },
        endLabel: { show: true, formatter: `P50 ${compactMoney(forecast.p50)}`, color: COLORS.accent, fontWeight: 'bold' } },
      { name: 'Won', type: 'line', data: at('actual').filter(point => point[1] != null), symbol: 'circle', symbolSize: 7,
        lineStyle: { color: COLORS.good, width: 2 }, itemStyle: { color: COLORS.good } },
      { name: 'Stage-weighted', type: 'scatter', data: [[forecast.periodEnd, forecast.stageWeighted]], symbol: 'diamond',
        symbolSize: 12, itemStyle: { color: COLORS.warn } },
    ],
  });
}

function fillKpis(container, report, forecast) {
  const team = report.teams?.length === 1 ? report.teams[0] : null;
  const busy = report.reps.filter(rep => rep.quadrant === 'BUSY_NOT_PRODUCTIVE').length;
  replace(container,
    kpi('Reps', String(report.reps.length), team ? `team ${team.team}` : `${report.teams?.length ?? 0} teams`),
    kpi('Busy, not productive', String(busy), 'reps'),
    team ? kpi('High-value share', percent(team.highValueShare), `${percent(team.highValueShareLearned)} by what the data shows`) : null,
    kpi('Won revenue', compactMoney(report.reps.reduce((sum, rep) => sum + (Number(rep.results?.wonRevenue ?? rep.wonRevenue) || 0), 0)),
      `${day(report.period?.from)} – ${day(report.period?.to)}` + (report.periodNote ? ` (${report.periodNote})` : '')),
    forecast ? kpi('Forecast P50', compactMoney(forecast.p50), `stage-weighted ${compactMoney(forecast.stageWeighted)}`) : null);
}

function kpi(label, value, note) {
  return h('div', { class: 'kpi' }, h('div', { class: 'label' }, label), h('div', { class: 'value' }, value), h('div', { class: 'note' }, note));
}
