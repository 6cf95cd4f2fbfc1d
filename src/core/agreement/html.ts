/**
 * The agreement report as a page for a webview: a table of every measure per
 * category, the confusion matrix drawn as an SVG picture (cells shaded by
 * count), and the places where the first two annotators differ. Transcripts,
 * codebooks and sidecars are untrusted: every piece of their text goes
 * through `escapeHtml`, the page has no script and no inline style, and its
 * Content-Security-Policy allows only the nonce'd style sheet.
 */
import { cspMeta, escapeHtml } from '../webview/page';
import { showInvisible } from '../text/visible';
import { leftOutWhy } from './annotators';
import { NO_CATEGORY, type AgreementReport, type Measures } from './report';

/** One difference listed in the report. */
export interface ReportDifference {
  document: string;
  quote: string;
  kind: string;
  /** The category ids each annotator gave, in the report's annotator order (`undefined`: no tag). */
  categories: Array<string | undefined>;
}

export interface ReportPage {
  report: AgreementReport;
  /** A category id's label (the codebook's); the id itself when unknown. */
  label?: (id: string) => string;
  differences?: readonly ReportDifference[];
  /** A random value for the Content-Security-Policy. */
  nonce: string;
}

const MEASURES: Array<[keyof Measures, string, string]> = [
  ['percentAgreement', 'Percent agreement', 'Share of pairs of values that agree; not corrected for chance.'],
  ['cohenKappa', "Cohen's κ", 'Two annotators, corrected for chance with each one\'s own distribution (mean over pairs for more).'],
  ['fleissKappa', "Fleiss' κ", 'Any number of annotators; units every annotator coded.'],
  ['krippendorffAlpha', "Krippendorff's α", 'Any number of annotators; missing values allowed.'],
  ['unitizedAlpha', "Krippendorff's αu", 'Spans on the characters of the text: where units begin and end, and their category.'],
  ['gamma', "Mathet's γ", 'Spans that may overlap, by their best alignment; chance by random continua.'],
];

function number(value: number | null | undefined): string {
  return value === null || value === undefined ? '<span class="none" title="Not defined for these data">–</span>' : escapeHtml(value.toFixed(3));
}

/** The page's HTML. */
export function reportHtml(page: ReportPage): string {
  const { report, nonce } = page;
  const label = (id: string) => (id === NO_CATEGORY ? 'no tag' : page.label?.(id) ?? id);
  const out: string[] = [];
  out.push(
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    cspMeta({ 'img-src': ['data:'], 'style-src': [`'nonce-${escapeHtml(nonce)}'`], 'script-src': [`'nonce-${escapeHtml(nonce)}'`] }),
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Agreement report</title><style nonce="${escapeHtml(nonce)}">${STYLE}</style></head><body>`,
  );
  out.push('<h1>Agreement report</h1>');
  out.push(
    `<p class="summary">Annotators: ${report.annotators.map((a) => `<strong>${escapeHtml(showInvisible(a.name))}</strong>`).join(', ')}. `,
    `Transcripts: ${report.documents} (${report.complete} coded by every annotator). Unit: ${escapeHtml(report.unit)}. `,
    `Compared: ${report.on === 'verdict' ? 'verdicts, on the scale false … true' : 'categories'}; Krippendorff's α: ${escapeHtml(report.level)}.</p>`,
  );
  out.push('<h2>Measures</h2><table class="measures"><thead><tr><th scope="col">Measure</th><th scope="col">Overall</th><th scope="col">Units</th>');
  for (const c of report.categories) out.push(`<th scope="col" class="category">${escapeHtml(label(c))}</th>`);
  out.push('</tr></thead><tbody>');
  for (const [key, name, help] of MEASURES) {
    const m = report.measures[key];
    if (!m) continue;
    const shown = key === 'krippendorffAlpha' ? `${name} (${report.level})` : name;
    out.push(`<tr><th scope="row" title="${escapeHtml(help)}">${escapeHtml(shown)}</th><td>${number(m.overall)}</td><td>${m.units}</td>`);
    for (const c of report.categories) out.push(`<td>${number(m.byCategory[c])}</td>`);
    out.push('</tr>');
  }
  out.push('</tbody></table>');
  if (report.confusion) out.push(confusionSvg(report.confusion.between, report.confusion.labels.map(label), report.confusion.counts));
  if (page.differences?.length) {
    const [a, b] = report.annotators;
    out.push(`<h2>Differences</h2><table class="differences"><thead><tr><th scope="col">Transcript</th><th scope="col">Words</th><th scope="col">How</th><th scope="col">${escapeHtml(showInvisible(a?.name ?? ''))}</th><th scope="col">${escapeHtml(showInvisible(b?.name ?? ''))}</th></tr></thead><tbody>`);
    for (const d of page.differences) {
      out.push(`<tr><td>${escapeHtml(showInvisible(d.document))}</td><td class="quote">${escapeHtml(d.quote)}</td><td>${escapeHtml(d.kind)}</td>`);
      out.push(`<td>${d.categories[0] === undefined ? '<span class="none">no tag</span>' : escapeHtml(label(d.categories[0]))}</td>`);
      out.push(`<td>${d.categories[1] === undefined ? '<span class="none">no tag</span>' : escapeHtml(label(d.categories[1]))}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  if (report.leftOut.length) {
    out.push(`<h2 id="left-out">Tags left out</h2><p>${report.leftOut.length} tag${report.leftOut.length === 1 ? ' was' : 's were'} not compared.</p>`);
    out.push('<table class="left-out"><thead><tr><th scope="col">Transcript</th><th scope="col">Words</th><th scope="col">Category</th><th scope="col">Annotator</th><th scope="col">Why</th></tr></thead><tbody>');
    for (const t of report.leftOut) {
      out.push(`<tr><td>${escapeHtml(t.document)}</td><td class="quote">${escapeHtml(t.quote)}</td><td>${escapeHtml(label(t.category))}</td>`);
      out.push(`<td>${t.annotator === undefined ? '<span class="none">none</span>' : escapeHtml(t.annotator)}</td><td>${escapeHtml(leftOutWhy(t))}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  out.push('</body></html>');
  return out.join('');
}

/** The confusion matrix as an SVG picture: one square per pair of values, shaded by its count, the count written in it. */
function confusionSvg(between: [string, string], labels: string[], counts: number[][]): string {
  const cell = 44;
  const left = Math.min(220, 16 + 7 * Math.max(4, ...labels.map((l) => Math.min(l.length, 30))));
  const top = left;
  const size = labels.length * cell;
  const max = Math.max(1, ...counts.flat());
  const short = (l: string) => (l.length > 30 ? l.slice(0, 29) + '…' : l);
  const out: string[] = [];
  out.push(`<h2>Confusion matrix</h2><p>Rows: <strong>${escapeHtml(showInvisible(between[0]))}</strong>; columns: <strong>${escapeHtml(showInvisible(between[1]))}</strong>. Darker squares hold more units.</p>`);
  out.push(`<svg class="matrix" role="img" aria-label="Confusion matrix" width="${left + size + 8}" height="${top + size + 8}" viewBox="0 0 ${left + size + 8} ${top + size + 8}" xmlns="http://www.w3.org/2000/svg">`);
  labels.forEach((l, i) => {
    out.push(`<text class="label" x="${left - 6}" y="${top + i * cell + cell / 2 + 4}" text-anchor="end">${escapeHtml(short(l))}<title>${escapeHtml(l)}</title></text>`);
    out.push(`<text class="label" transform="translate(${left + i * cell + cell / 2 + 4} ${top - 6}) rotate(-60)">${escapeHtml(short(l))}<title>${escapeHtml(l)}</title></text>`);
  });
  counts.forEach((row, i) => row.forEach((n, j) => {
    const x = left + j * cell;
    const y = top + i * cell;
    const shade = n === 0 ? 0 : 0.15 + (0.85 * n) / max;
    out.push(`<rect class="${i === j ? 'cell same' : 'cell'}" x="${x}" y="${y}" width="${cell - 2}" height="${cell - 2}" fill-opacity="${shade.toFixed(3)}"><title>${escapeHtml(`${labels[i]} × ${labels[j]}: ${n}`)}</title></rect>`);
    out.push(`<text class="${shade > 0.6 ? 'count strong' : 'count'}" x="${x + cell / 2 - 1}" y="${y + cell / 2 + 4}" text-anchor="middle">${n}</text>`);
  }));
  out.push(`<rect class="frame" x="${left}" y="${top}" width="${size - 2}" height="${size - 2}" fill="none"/></svg>`);
  return out.join('');
}

const STYLE = `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1em 2em; }
table { border-collapse: collapse; margin: .5em 0 1.5em; }
th, td { border: 1px solid var(--vscode-panel-border, #8884); padding: .25em .6em; text-align: right; }
th[scope=row], td.quote, .differences td, .left-out td { text-align: left; }
td.quote { max-width: 40em; white-space: pre-wrap; }
.none { opacity: .6; }
.summary { opacity: .9; }
svg.matrix .cell { fill: var(--vscode-charts-blue, #3794ff); stroke: var(--vscode-panel-border, #8884); }
svg.matrix .cell.same { fill: var(--vscode-charts-green, #89d185); }
svg.matrix .frame { stroke: var(--vscode-foreground); stroke-opacity: .3; }
svg.matrix text { fill: var(--vscode-foreground); font-size: 12px; }
svg.matrix text.strong { fill: var(--vscode-editor-background, #fff); font-weight: bold; }
`;
