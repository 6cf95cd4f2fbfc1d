/**
 * The report as an HTML page: a section per part (scorecards, matrix,
 * timeline, floor), each chart's SVG beside a table of its numbers. The
 * command line writes it as a self-contained page with no script at all; the
 * editor's webview adds the filter form and the one script its links and
 * buttons need, under a strict Content-Security-Policy. Every name and quote
 * is escaped here; the SVG is the charting library's, whose text it escapes.
 */
import { cspMeta, escapeHtml } from '../webview/page';
import type { ChartTable, ReportChart } from './charts';
import type { ReportData, ReportFilter } from './model';

/** What the webview adds to the page. */
export interface WebviewParts {
  nonce: string;
  /** The webview's `cspSource`. */
  cspSource: string;
  filter: ReportFilter;
  /** Whose tags the form offers beyond everyone's: `@agreed` (the agreed set) and the annotators named in the tags. */
  authors: string[];
}

/** The sections of the report, in order. */
const SECTIONS = ['Speaker scorecards', 'Claims matrix', 'Timeline', 'Who spoke how much'];

/** The report page. Without `webview`, a page with no script, to open in any browser or send by mail. */
export function reportPage(data: ReportData, charts: readonly ReportChart[], svgs: ReadonlyMap<string, string>, options: { filterText: string; webview?: WebviewParts; generated?: string }): string {
  const w = options.webview;
  const head = [
    '<meta charset="utf-8" />',
    ...(w ? [cspMeta({ 'style-src': [`'nonce-${w.nonce}'`], 'script-src': [`'nonce-${w.nonce}'`], 'img-src': [w.cspSource] })] : []),
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    '<title>Corpus report</title>',
    `<style${w ? ` nonce="${w.nonce}"` : ''}>${STYLE}</style>`,
  ];
  const summary = `${count(data.documents.length, 'document')}, ${count(data.claims.length, 'claim')}, ${count(data.speakers.length, 'speaker')}.`;
  const body = [
    '<main>',
    '<h1>Corpus report</h1>',
    `<p class="summary">${escapeHtml(summary)}${options.filterText ? ` Filter: ${escapeHtml(options.filterText)}.` : ''}${options.generated ? ` Made ${escapeHtml(options.generated)}.` : ''}</p>`,
    ...(w ? [filterForm(data, w)] : []),
    ...SECTIONS.flatMap((section) => {
      const inSection = charts.filter((c) => c.section === section);
      return inSection.length ? [`<section><h2>${escapeHtml(section)}</h2>`, ...inSection.map((c) => figure(c, svgs.get(c.id), !!w)), '</section>'] : [];
    }),
    '</main>',
    ...(w ? [`<script nonce="${w.nonce}">${SCRIPT}</script>`] : []),
  ];
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n${head.join('\n')}\n</head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

function figure(chart: ReportChart, svg: string | undefined, webview: boolean): string {
  const id = escapeHtml(chart.id);
  return [
    `<figure id="chart-${id}" aria-labelledby="title-${id}">`,
    `<h3 id="title-${id}">${escapeHtml(chart.title)}</h3>`,
    `<p class="description">${escapeHtml(chart.description)}${chart.note ? ` ${escapeHtml(chart.note)}` : ''}</p>`,
    svg ? `<div class="chart">${svg}</div>` : chart.spec ? '' : '<p class="empty">No claims to show.</p>',
    ...(webview ? [`<p class="save"><button type="button" data-save="svg" data-chart="${id}"${svg ? '' : ' disabled=""'}>Save as SVG…</button> <button type="button" data-save="csv" data-chart="${id}">Save numbers as CSV…</button></p>`] : []),
    table(chart.table, chart.title, chart.table.rows.length <= OPEN_TABLE_ROWS, webview),
    '</figure>',
  ].join('\n');
}

/** Tables this short are shown open; longer ones are a click away. */
const OPEN_TABLE_ROWS = 12;

/** The most rows a table shows in the page; the chart's CSV has them all. */
export const MAX_TABLE_ROWS = 1000;

function table(t: ChartTable, title: string, open: boolean, webview: boolean): string {
  const numeric = t.rows[0]?.map((v) => typeof v === 'number') ?? [];
  const rows = t.rows.slice(0, MAX_TABLE_ROWS).map((row, i) => {
    const link = t.links[i];
    const cells = row.map((v, j) => {
      const text = escapeHtml(String(v));
      // The first number of a row with claims links to them, as its mark does.
      const linked = link && j === numeric.indexOf(true) ? `<a href="#${escapeHtml(link)}">${text}</a>` : text;
      return j === 0 ? `<th scope="row">${linked}</th>` : `<td${numeric[j] ? ' class="n"' : ''}>${linked}</td>`;
    });
    return `<tr${link ? ` id="${escapeHtml(link)}"` : ''}>${cells.join('')}</tr>`;
  });
  return [
    `<details${open ? ' open=""' : ''}><summary>Table: ${escapeHtml(title)} (${count(t.rows.length, 'row')})</summary>`,
    `<table><caption>${escapeHtml(title)}</caption>`,
    `<thead><tr>${t.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody></table>`,
    ...(t.rows.length > MAX_TABLE_ROWS ? [`<p class="description">The first ${MAX_TABLE_ROWS} of ${t.rows.length} rows; ${webview ? 'Save numbers as CSV' : 'the command line’s --charts option'} gives them all.</p>`] : []),
    '</details>',
  ].join('\n');
}

function filterForm(data: ReportData, w: WebviewParts): string {
  const f = w.filter;
  const options = (values: readonly string[], chosen: readonly string[] | undefined, label: (v: string) => string = (v) => v) =>
    values.map((v) => `<option value="${escapeHtml(v)}"${chosen?.includes(v) ? ' selected=""' : ''}>${escapeHtml(label(v))}</option>`).join('');
  const c = data.choices;
  const categoryLabel = new Map(data.categories.map((x) => [x.id, x.label]));
  const size = (n: number) => Math.min(6, Math.max(2, n));
  return [
    '<form id="filter" aria-label="Filter the report">',
    `<label>From <input type="date" name="from" value="${escapeHtml(f.from ?? '')}" /></label>`,
    `<label>To <input type="date" name="to" value="${escapeHtml(f.to ?? '')}" /></label>`,
    `<label>Speakers <select name="speakers" multiple="" size="${size(c.speakers.length)}">${options(c.speakers, f.speakers)}</select></label>`,
    `<label>Categories <select name="categories" multiple="" size="${size(c.categories.length)}">${options(c.categories, f.categories, (id) => categoryLabel.get(id) ?? id)}</select></label>`,
    `<label>Verdicts <select name="verdicts" multiple="" size="${size(c.verdicts.length + 1)}">${options([...c.verdicts, ''], f.verdicts, (v) => v || 'No verdict')}</select></label>`,
    `<label>Whose tags <select name="author"><option value="">Everyone’s (shared)</option>${options(w.authors, f.author !== undefined ? [f.author] : [], (a) => (a === '@agreed' ? 'The agreed set' : a))}</select></label>`,
    '<button type="submit">Apply</button> <button type="button" id="clear">Clear</button>',
    '</form>',
  ].join('\n');
}

/** Theme colours in the editor (VS Code's CSS variables), plain colours elsewhere. */
const STYLE = `
body { font-family: var(--vscode-font-family, system-ui, sans-serif); color: var(--vscode-foreground, #222); background: var(--vscode-editor-background, #fff); margin: 0 1.5em 2em; }
main { max-width: 70em; }
h1 { font-size: 1.6em; } h2 { font-size: 1.3em; margin-top: 2em; border-bottom: 1px solid var(--vscode-panel-border, #ccc); } h3 { font-size: 1.05em; margin-bottom: .2em; }
figure { margin: 1em 0 2em; } .description, .summary { color: var(--vscode-descriptionForeground, #555); }
.chart { overflow-x: auto; } .chart svg text { fill: var(--vscode-foreground, #222); }
.chart svg .role-axis-grid path, .chart svg .role-axis-grid line { stroke: var(--vscode-editorWidget-border, #ddd); }
.chart svg .role-axis-domain line, .chart svg .role-axis-tick line { stroke: var(--vscode-descriptionForeground, #888); }
.chart svg a { cursor: pointer; }
.chart svg a:focus path, .chart svg a:hover path { stroke: var(--vscode-focusBorder, #0078d4); stroke-width: 2px; }
table { border-collapse: collapse; margin: .5em 0; } th, td { text-align: left; padding: .15em .6em; border-bottom: 1px solid var(--vscode-editorWidget-border, #ddd); } td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr:target { background: var(--vscode-editor-findMatchHighlightBackground, #ffef9f); }
a { color: var(--vscode-textLink-foreground, #0060c0); }
form { display: flex; flex-wrap: wrap; gap: .8em; align-items: flex-end; padding: .6em 0; } form label { display: flex; flex-direction: column; gap: .2em; }
input, select, button { font: inherit; color: var(--vscode-input-foreground, inherit); background: var(--vscode-input-background, inherit); border: 1px solid var(--vscode-input-border, #aaa); }
button { color: var(--vscode-button-foreground, inherit); background: var(--vscode-button-background, inherit); padding: .2em .8em; cursor: pointer; }
`;

/** The webview's only script: a click on a mark or a number lists its claims; buttons save and filter. Every decision is the extension's. */
const SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (e) => {
  const a = e.target.closest && e.target.closest('a');
  const href = a && (a.getAttribute('href') || a.getAttribute('xlink:href'));
  if (href && href.startsWith('#m-')) { e.preventDefault(); vscode.postMessage({ type: 'select', link: href.slice(1) }); return; }
  const b = e.target.closest && e.target.closest('button[data-save]');
  if (b) vscode.postMessage({ type: 'save', chart: b.dataset.chart, as: b.dataset.save });
});
const form = document.getElementById('filter');
const values = (name) => Array.from(form.elements[name].selectedOptions, (o) => o.value);
form.addEventListener('submit', (e) => {
  e.preventDefault();
  vscode.postMessage({ type: 'filter', filter: { from: form.elements.from.value, to: form.elements.to.value, speakers: values('speakers'), categories: values('categories'), verdicts: values('verdicts'), author: form.elements.author.value } });
});
document.getElementById('clear').addEventListener('click', () => vscode.postMessage({ type: 'filter', filter: {} }));
`;
