// Apache ECharts, served from Needle's own jar (WebJar), loaded the first time a chart is drawn
// so that the plan and deal pages stay light on a phone. Charts render as SVG.

// the WebJar's version in pom.xml
const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.min.js';
const drawn = new Set();
let loading = null;

export const COLORS = {
  ink: '#1d2433', muted: '#5b6475', line: '#dde2ea', accent: '#2563eb', good: '#15803d', warn: '#b45309',
  bad: '#b42318', violet: '#7c3aed', slate: '#94a3b8', teal: '#0d9488',
};

function echartsLoaded() {
  if (window.echarts) return Promise.resolve(window.echarts);
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = ECHARTS;
    script.onload = () => resolve(window.echarts);
    script.onerror = () => {
      loading = null;
      reject(new Error(`The chart library could not be loaded from ${ECHARTS}.`));
    };
    document.head.append(script);
  });
  return loading;
}

/**
 * Draws option into element. When ECharts reports the chart finished rendering, the element
 * gets data-rendered="true" (the browser tests wait for it).
 */
export async function draw(element, option) {
  const echarts = await echartsLoaded();
  const chart = echarts.init(element, null, { renderer: 'svg' });
  chart.on('finished', () => { element.dataset.rendered = 'true'; });
  chart.setOption({
    textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif', color: COLORS.ink },
    animationDuration: 400,
    ...option,
  });
  const observer = new ResizeObserver(() => chart.resize());
  observer.observe(element);
  drawn.add({ chart, observer });
  return chart;
}

/** ECharts renders tooltip text as HTML: names from the data (reps, stages) go through this first. */
export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, character => `&#${character.charCodeAt(0)};`);
}

/** Frees the charts of the page being left. */
export function disposeAll() {
  for (const { chart, observer } of drawn) {
    observer.disconnect();
    chart.dispose();
  }
  drawn.clear();
}
