/**
 * Draws the report's charts as static SVG with Vega-Lite and Vega's headless
 * SVG renderer (`renderer: 'none'`): no browser, no canvas, so it runs on the
 * command line, in the Node extension host and in the web worker of VS Code
 * for the Web. It is the heavy part of the report, loaded as a chunk
 * (./chunk.ts) the first time a report is drawn.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ReportChart } from './charts';

/**
 * The libraries, imported when first drawn: they are ES modules, which the
 * bundle inlines and the unit tests load as such (Node cannot require them).
 */
const libraries = async () => ({ vega: await import('vega'), vegaLite: await import('vega-lite') });

/** Each chart's SVG by its id; charts with nothing to draw have none. */
export async function renderCharts(charts: readonly ReportChart[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const chart of charts) {
    if (!chart.spec) continue;
    out.set(chart.id, await renderSvg({ ...chart.spec, title: chart.title, description: chart.description } as TopLevelSpec));
  }
  return out;
}

/** The only addresses a mark links to are the report's own `#m-…` anchors; anything else links nowhere. */
const loader = {
  sanitize: (uri: string) => Promise.resolve({ href: /^#m-[a-z-]+-\d+$/.test(uri) ? uri : '#' }),
};

/** One specification drawn to SVG text. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const { vega, vegaLite } = await libraries();
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none', loader: loader as never });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
