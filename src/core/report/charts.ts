/**
 * The report's charts as Vega-Lite specifications, each with the table of its
 * numbers (shown beside it for screen readers, saved as CSV) and, for each
 * mark, the claims it stands for. Pure data: the specifications are drawn to
 * SVG by the report's chunk (./render.ts), which carries the charting library.
 */
import { showInvisible } from '../text/visible';
import type { ReportClaim, ReportData } from './model';

/** Which claims a mark stands for: every part given must match. */
export interface Selection {
  /** In words, for the Claims view's description: `Ana Costa · Misleading`. */
  label: string;
  categories?: string[];
  speakers?: string[];
  documents?: string[];
  verdicts?: string[];
  dates?: string[];
}

/** A table of a chart's numbers: a header and rows, and for each row the selection its claims make (when it has claims). */
export interface ChartTable {
  columns: string[];
  rows: Array<Array<string | number>>;
  /** The link of each row (`m-<chart>-<row>`), when its claims can be listed. */
  links: Array<string | undefined>;
}

/** One chart of the report. */
export interface ReportChart {
  /** A stable id: the file names of its SVG and CSV (`scorecard-verdicts`). */
  id: string;
  /** The section it belongs to: `Speaker scorecards`, `Claims matrix`, `Timeline`, `Who spoke how much`. */
  section: string;
  title: string;
  /** One sentence saying what it shows, for people and screen readers. */
  description: string;
  /** The Vega-Lite specification; empty when there is nothing to draw. */
  spec?: Record<string, unknown>;
  table: ChartTable;
  /** A note on what the chart leaves out (`the 40 documents with the most claims`). */
  note?: string;
}

/** The charts and the selection behind every link of their marks and tables. */
export interface ReportCharts {
  charts: ReportChart[];
  selections: Map<string, Selection>;
}

/** The most columns a matrix or bar chart draws; its table holds them all. */
export const MAX_DRAWN = 40;

/** Colours of the fact-check scale, from true (green) to false (red); others are grey. */
const VERDICT_COLORS = ['#2e7d32', '#7cb342', '#fbc02d', '#fb8c00', '#e64a19', '#c62828', '#9e9e9e'];

/** How a person, a document or a category is shown: invisible and reordering characters made visible. */
const shown = (name: string) => showInvisible(name);

/** Builds every chart of the report. */
export function reportCharts(data: ReportData): ReportCharts {
  const selections = new Map<string, Selection>();
  const categoryLabels = uniqueLabels(data.categories.map((c) => [c.id, c.label]));
  const documentLabels = uniqueLabels(data.documents.map((d) => [d.key, d.title, d.path]));
  const speakerNames = new Map<string, string>();
  const speakerName = (s: string) => {
    let name = speakerNames.get(s);
    if (name === undefined) speakerNames.set(s, (name = s ? shown(s) : 'No speaker'));
    return name;
  };
  const category = (id: string) => categoryLabels.get(id) ?? shown(id);
  const docTitle = (key: string) => documentLabels.get(key) ?? shown(key);
  const categoryScale = { domain: data.categories.map((c) => category(c.id)), range: data.categories.map((c) => c.color) };
  const categoryAt = new Map(data.categories.map((c, i) => [c.id, i]));
  const verdictScale = { domain: data.verdicts.map(shown), range: data.verdicts.map((_, i) => VERDICT_COLORS[Math.min(i, VERDICT_COLORS.length - 1)]!) };

  /** Registers the rows' selections under the chart's id and gives their links. */
  const linked = (chart: string, rows: Array<Selection | undefined>): Array<string | undefined> =>
    rows.map((s, i) => {
      if (!s) return undefined;
      const link = `m-${chart}-${i}`;
      selections.set(link, s);
      return link;
    });

  const charts: ReportChart[] = [];

  // 1. Speaker scorecards.
  {
    const rows = data.scorecards.flatMap((s) => s.byVerdict.map((v) => ({ s, v })));
    const links = linked('scorecard-verdicts', rows.map(({ s, v }) => ({ label: `${speakerName(s.speaker)} · ${v.verdict}`, speakers: [s.speaker], verdicts: [v.verdict] })));
    const values = rows.map(({ s, v }, i) => ({ speaker: speakerName(s.speaker), verdict: shown(v.verdict), count: v.count, share: v.share, link: `#${links[i]}`, says: `${speakerName(s.speaker)}: ${v.count} ${shown(v.verdict)} (${percent(v.share)})` }));
    charts.push({
      id: 'scorecard-verdicts',
      section: 'Speaker scorecards',
      title: 'Verdicts by speaker',
      description: 'For each speaker, the share of their checked claims given each verdict, in the order of the fact-check scale.',
      ...(values.length ? { spec: bar(values, { y: 'speaker', x: 'count', color: 'verdict', scale: verdictScale, normalize: true, order: data.verdicts.map(shown), axisTitle: 'Share of checked claims' }) } : {}),
      table: { columns: ['Speaker', 'Verdict', 'Claims', 'Share'], rows: rows.map(({ s, v }) => [speakerName(s.speaker), shown(v.verdict), v.count, percent(v.share)]), links },
    });
  }
  {
    const rows = data.scorecards.flatMap((s) => s.byCategory.map((c) => ({ s, c })));
    const links = linked('scorecard-categories', rows.map(({ s, c }) => ({ label: `${speakerName(s.speaker)} · ${category(c.category)}`, speakers: [s.speaker], categories: [c.category] })));
    const values = rows.map(({ s, c }, i) => ({ speaker: speakerName(s.speaker), category: category(c.category), count: c.count, link: `#${links[i]}`, says: `${speakerName(s.speaker)}: ${c.count} ${category(c.category)}` }));
    const totals = data.scorecards.map((s) => [speakerName(s.speaker), s.claims, s.claims - s.unchecked, s.unchecked] as Array<string | number>);
    charts.push({
      id: 'scorecard-categories',
      section: 'Speaker scorecards',
      title: 'Claims by speaker and category',
      description: 'For each speaker, how many of their claims were tagged in each category.',
      ...(values.length ? { spec: bar(values, { y: 'speaker', x: 'count', color: 'category', scale: categoryScale, order: categoryScale.domain, axisTitle: 'Claims' }) } : {}),
      table: { columns: ['Speaker', 'Category', 'Claims'], rows: rows.map(({ s, c }) => [speakerName(s.speaker), category(c.category), c.count]), links },
    });
    const checkedValues = data.scorecards.slice(0, MAX_DRAWN).flatMap((s) => [
      { speaker: speakerName(s.speaker), status: 'checked', count: s.claims - s.unchecked, says: `${speakerName(s.speaker)}: ${s.claims - s.unchecked} checked` },
      { speaker: speakerName(s.speaker), status: 'not checked', count: s.unchecked, says: `${speakerName(s.speaker)}: ${s.unchecked} not checked` },
    ]);
    charts.push({
      id: 'scorecard-totals',
      section: 'Speaker scorecards',
      title: 'Claims checked by speaker',
      description: 'For each speaker, their claims, how many have a verdict and how many are not checked yet.',
      ...(checkedValues.length ? { spec: bar(checkedValues, { y: 'speaker', x: 'count', color: 'status', colorTitle: 'Verdict', order: ['checked', 'not checked'], axisTitle: 'Claims' }) } : {}),
      table: { columns: ['Speaker', 'Claims', 'Checked', 'Not checked'], rows: totals, links: linked('scorecard-totals', data.scorecards.map((s) => ({ label: speakerName(s.speaker), speakers: [s.speaker] }))) },
    });
  }

  // 2. Claims matrix and co-occurrence.
  for (const [id, cells, columnName, columnLabel, select] of [
    ['matrix-speakers', data.bySpeaker, 'Speaker', speakerName, (v: string) => ({ speakers: [v] })],
    ['matrix-documents', data.byDocument, 'Document', docTitle, (v: string) => ({ documents: [v] })],
  ] as const) {
    const columnOrder = id === 'matrix-speakers' ? data.speakers : data.documents.map((d) => d.key);
    const columnAt = new Map(columnOrder.map((c, i) => [c, i]));
    const drawnColumns = topColumns(cells, MAX_DRAWN);
    const ordered = [...cells].sort((a, b) => (columnAt.get(a.column) ?? -1) - (columnAt.get(b.column) ?? -1) || (categoryAt.get(a.category) ?? -1) - (categoryAt.get(b.category) ?? -1));
    const links = linked(id, ordered.map((c) => ({ label: `${category(c.category)} · ${columnLabel(c.column)}`, categories: [c.category], ...select(c.column) })));
    const values = ordered
      .map((c, i) => ({ c, link: `#${links[i]}` }))
      .filter(({ c }) => drawnColumns.has(c.column))
      .map(({ c, link }) => ({ category: category(c.category), column: columnLabel(c.column), count: c.count, link, says: `${category(c.category)}, ${columnLabel(c.column)}: ${c.count}` }));
    charts.push({
      id,
      section: 'Claims matrix',
      title: `Categories by ${columnName.toLowerCase()}`,
      description: `How many claims of each category each ${columnName.toLowerCase()} holds; the larger the circle, the more claims.`,
      ...(values.length ? { spec: matrixSpec(values, categoryScale, columnName, columnOrder.filter((c) => drawnColumns.has(c)).map(columnLabel)) } : {}),
      table: { columns: ['Category', columnName, 'Claims'], rows: ordered.map((c) => [category(c.category), columnLabel(c.column), c.count]), links },
      ...(drawnColumns.size < new Set(cells.map((c) => c.column)).size ? { note: `The chart shows the ${MAX_DRAWN} ${columnName.toLowerCase()}s with the most claims; the table has them all.` } : {}),
    });
  }
  {
    const rows = data.cooccurrence;
    const links = linked('cooccurrence', rows.map((c) => ({ label: `${category(c.a)} with ${category(c.b)}`, categories: c.a === c.b ? [c.a] : [c.a, c.b] })));
    const values = rows.map((c, i) => ({ c, link: links[i] })).filter(({ c }) => c.sameTurn + c.overlapping > 0).map(({ c, link }) => ({ a: category(c.a), b: category(c.b), count: c.sameTurn, overlapping: c.overlapping, link: `#${link}`, says: `${category(c.a)} with ${category(c.b)}: ${c.sameTurn} in the same turn, ${c.overlapping} on overlapping words` }));
    charts.push({
      id: 'cooccurrence',
      section: 'Claims matrix',
      title: 'Categories tagged together',
      description: 'How often two categories were tagged in the same turn (the shade) and on overlapping words (in the table).',
      ...(values.length ? { spec: heatSpec(values, categoryScale.domain) } : {}),
      table: { columns: ['Category', 'With category', 'Same turn', 'Overlapping words'], rows: rows.map((c) => [category(c.a), category(c.b), c.sameTurn, c.overlapping]), links },
    });
  }

  // 3. Timeline: by date, or by month or year when there are too many dates to draw.
  const period = periodOf(data.timeline.map((p) => p.date));
  for (const [id, by, field] of [['timeline-categories', 'category', 'category'], ['timeline-speakers', 'speaker', 'speaker']] as const) {
    const merged = new Map<string, { period: string; dates: Set<string>; key: string; count: number }>();
    for (const p of data.timeline) {
      const key = by === 'category' ? p.category : p.speaker;
      const when = period.of(p.date);
      const k = `${when}\u0000${key}`;
      let hit = merged.get(k);
      if (!hit) merged.set(k, (hit = { period: when, dates: new Set(), key, count: 0 }));
      hit.count += p.count;
      hit.dates.add(p.date);
    }
    const rows = [...merged.values()];
    const label = by === 'category' ? category : speakerName;
    const links = linked(id, rows.map((r) => ({ label: `${r.period} · ${label(r.key)}`, dates: [...r.dates], ...(by === 'category' ? { categories: [r.key] } : { speakers: [r.key] }) })));
    const values = rows.map((r, i) => ({ date: period.start(r.period), [field]: label(r.key), count: r.count, link: `#${links[i]}`, says: `${r.period}, ${label(r.key)}: ${r.count}` }));
    charts.push({
      id,
      section: 'Timeline',
      title: `Claims by ${period.name} and ${by}`,
      description: `How many claims were made in each ${period.name} of the events, by ${by}.`,
      ...(values.length ? { spec: timelineSpec(values, field, period.timeUnit, by === 'category' ? categoryScale : undefined) } : {}),
      table: { columns: [capital(period.name), by === 'category' ? 'Category' : 'Speaker', 'Claims'], rows: rows.map((r) => [r.period, label(r.key), r.count]), links },
    });
  }

  // 4. Who spoke how much.
  const drawnDocuments = new Set(data.documents.slice(0, MAX_DRAWN).map((d) => d.key));
  const documentOrder = data.documents.filter((d) => drawnDocuments.has(d.key)).map((d) => docTitle(d.key));
  for (const [id, rows, whoName, whoLabel, select] of [
    ['floor-speakers', data.floorBySpeaker, 'Speaker', speakerName, (r: { document: string; who: string }) => ({ label: `${docTitle(r.document)} · ${speakerName(r.who)}`, documents: [r.document], speakers: [r.who] })],
    ['floor-roles', data.floorByRole, 'Role', (r: string) => r, () => undefined],
  ] as const) {
    const links = linked(id, rows.map((r) => select(r)));
    const values = rows.map((r, i) => ({ r, link: links[i] })).filter(({ r }) => drawnDocuments.has(r.document)).map(({ r, link }) => ({ document: docTitle(r.document), who: whoLabel(r.who), count: r.words, link: link ? `#${link}` : '', says: `${docTitle(r.document)}, ${whoLabel(r.who)}: ${r.words} words (${percent(r.share)})` }));
    const timed = rows.some((r) => r.seconds !== undefined);
    charts.push({
      id,
      section: 'Who spoke how much',
      title: `Share of words by ${whoName.toLowerCase()}`,
      description: `For each document, the share of its spoken words said by each ${whoName.toLowerCase()}${timed ? ', with the time spoken where the transcript has times' : ''}.`,
      ...(values.length ? { spec: bar(values, { y: 'document', x: 'count', color: 'who', colorTitle: whoName, normalize: true, yTitle: 'Document', yOrder: documentOrder, axisTitle: 'Share of words' }) } : {}),
      table: {
        columns: ['Document', whoName, 'Words', 'Share of words', ...(timed ? ['Seconds', 'Share of time'] : [])],
        rows: rows.map((r) => [docTitle(r.document), whoLabel(r.who), r.words, percent(r.share), ...(timed ? [r.seconds !== undefined ? Math.round(r.seconds) : '', r.timeShare !== undefined ? percent(r.timeShare) : ''] : [])]),
        links,
      },
      ...(drawnDocuments.size < data.documents.length ? { note: `The chart shows the first ${MAX_DRAWN} documents; the table has them all.` } : {}),
    });
  }
  {
    const rows = data.questions;
    const links = linked('questions', rows.map(() => undefined));
    const values = rows.slice(0, MAX_DRAWN).flatMap((q) => [
      { speaker: speakerName(q.speaker), kind: 'asked', count: q.asked, says: `${speakerName(q.speaker)} asked ${q.asked}` },
      { speaker: speakerName(q.speaker), kind: 'answered', count: q.answered, says: `${speakerName(q.speaker)} answered ${q.answered}` },
    ]);
    charts.push({
      id: 'questions',
      section: 'Who spoke how much',
      title: 'Questions asked and answered',
      description: 'For each speaker, the questions they asked and the questions they answered (once a question).',
      ...(values.length ? { spec: questionsSpec(values) } : {}),
      table: { columns: ['Speaker', 'Asked', 'Answered'], rows: rows.map((q) => [speakerName(q.speaker), q.asked, q.answered]), links },
    });
  }
  return { charts, selections };
}

/** The claims a selection stands for. */
export function selectedClaims(claims: readonly ReportClaim[], selection: Selection): ReportClaim[] {
  const has = (list: readonly string[] | undefined, value: string | undefined) => !list || list.includes(value ?? '');
  return claims.filter(
    (c) => has(selection.categories, c.tag.category) && has(selection.speakers, c.speaker) && has(selection.documents, c.document) && has(selection.verdicts, c.tag.verdict) && has(selection.dates, c.date),
  );
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

/** Labels shown for ids, made unique (`Claim (claim-2)`) so that two never share a colour or a row of the chart. */
function uniqueLabels(entries: Array<[id: string, label: string, which?: string]>): Map<string, string> {
  const counts = new Map<string, number>();
  for (const [, label] of entries) counts.set(label, (counts.get(label) ?? 0) + 1);
  return new Map(entries.map(([id, label, which]) => [id, counts.get(label)! > 1 ? `${shown(label)} (${shown(which ?? id)})` : shown(label)]));
}

/** The columns with the most claims, at most `max`. */
function topColumns(cells: ReadonlyArray<{ column: string; count: number }>, max: number): Set<string> {
  const totals = new Map<string, number>();
  for (const c of cells) totals.set(c.column, (totals.get(c.column) ?? 0) + c.count);
  return new Set([...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, max).map(([k]) => k));
}

/** What every chart shares: transparent, sized by its data, the title and description given as ARIA text. */
const base = (values: object[]) => ({ $schema: 'https://vega.github.io/schema/vega-lite/v6.json', data: { values }, background: null, config: { view: { stroke: null }, font: 'sans-serif' } });

/** A horizontal stacked bar chart. */
function bar(
  values: object[],
  o: { y: string; x: string; color: string; scale?: { domain: string[]; range: string[] }; normalize?: boolean; order?: readonly string[]; axisTitle: string; colorTitle?: string; yTitle?: string; yOrder?: readonly string[] },
): Record<string, unknown> {
  // The stacking order is given as data, so that no user text goes into an expression.
  const order = o.order;
  const rows = order ? values.map((v) => ({ ...v, _order: order.indexOf((v as Record<string, string>)[o.color]!) })) : values;
  return {
    ...base(rows),
    width: 420,
    mark: { type: 'bar', cursor: 'pointer' },
    encoding: {
      y: { field: o.y, type: 'nominal', title: o.yTitle ?? 'Speaker', sort: o.yOrder ? [...o.yOrder] : null, axis: { labelLimit: 200 } },
      x: { field: o.x, type: 'quantitative', title: o.axisTitle, stack: o.normalize ? 'normalize' : 'zero', ...(o.normalize ? { axis: { format: '%' } } : {}) },
      color: { field: o.color, type: 'nominal', title: o.colorTitle ?? capital(o.color), ...(o.scale ? { scale: o.scale } : {}), legend: { labelLimit: 200 } },
      ...(o.order ? { order: { field: '_order', type: 'quantitative' } } : {}),
      href: { field: 'link' },
      description: { field: 'says' },
    },
  };
}

/** Categories down, columns across, a circle sized by the count (as MAXQDA's Code Matrix Browser). */
function matrixSpec(values: object[], scale: { domain: string[]; range: string[] }, columnName: string, columns: string[]): Record<string, unknown> {
  return {
    ...base(values),
    mark: { type: 'circle', cursor: 'pointer', opacity: 0.9 },
    encoding: {
      x: { field: 'column', type: 'nominal', title: columnName, sort: columns, axis: { labelAngle: -40, labelLimit: 160 } },
      y: { field: 'category', type: 'nominal', title: 'Category', sort: scale.domain },
      size: { field: 'count', type: 'quantitative', title: 'Claims', legend: { format: 'd', tickMinStep: 1 } },
      color: { field: 'category', type: 'nominal', scale, legend: null },
      href: { field: 'link' },
      description: { field: 'says' },
    },
  };
}

/** Categories by categories, shaded by how often they are tagged in the same turn. */
function heatSpec(values: object[], categories: string[]): Record<string, unknown> {
  return {
    ...base(values),
    mark: { type: 'rect', cursor: 'pointer' },
    encoding: {
      x: { field: 'a', type: 'nominal', title: 'Category', sort: categories, axis: { labelAngle: -40 } },
      y: { field: 'b', type: 'nominal', title: 'With category', sort: categories },
      color: { field: 'count', type: 'quantitative', title: 'Same turn', scale: { scheme: 'blues' } },
      href: { field: 'link' },
      description: { field: 'says' },
    },
  };
}

/** The most periods a timeline draws: more dates than this are drawn by month, more months by year. */
const MAX_PERIODS = 60;

/** How the timeline groups dates: by date, month or year, whichever first gives at most MAX_PERIODS. */
function periodOf(dates: readonly string[]): { name: string; of: (date: string) => string; start: (period: string) => string; timeUnit: string } {
  const distinct = (cut: number) => new Set(dates.map((d) => d.slice(0, cut))).size;
  if (distinct(10) <= MAX_PERIODS) return { name: 'date', of: (d) => d, start: (p) => p, timeUnit: 'utcyearmonthdate' };
  if (distinct(7) <= MAX_PERIODS) return { name: 'month', of: (d) => d.slice(0, 7), start: (p) => `${p}-01`, timeUnit: 'utcyearmonth' };
  return { name: 'year', of: (d) => d.slice(0, 4), start: (p) => `${p}-01-01`, timeUnit: 'utcyear' };
}

/** Claims by date, stacked by category or speaker. */
function timelineSpec(values: object[], field: string, timeUnit: string, scale?: { domain: string[]; range: string[] }): Record<string, unknown> {
  return {
    ...base(values),
    width: 480,
    mark: { type: 'bar', cursor: 'pointer' },
    encoding: {
      x: { field: 'date', type: 'temporal', timeUnit, title: capital(timeUnit === 'utcyear' ? 'year' : timeUnit === 'utcyearmonth' ? 'month' : 'date'), axis: { labelAngle: -40 } },
      y: { field: 'count', type: 'quantitative', title: 'Claims', stack: 'zero', axis: { format: 'd', tickMinStep: 1 } },
      color: { field, type: 'nominal', title: capital(field), ...(scale ? { scale } : {}), legend: { labelLimit: 200 } },
      href: { field: 'link' },
      description: { field: 'says' },
    },
  };
}

/** Questions asked and answered, side by side for each speaker. */
function questionsSpec(values: object[]): Record<string, unknown> {
  return {
    ...base(values),
    width: 420,
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'speaker', type: 'nominal', title: 'Speaker', sort: null, axis: { labelLimit: 200 } },
      yOffset: { field: 'kind', type: 'nominal', sort: ['asked', 'answered'] },
      x: { field: 'count', type: 'quantitative', title: 'Questions' },
      color: { field: 'kind', type: 'nominal', title: 'Questions', sort: ['asked', 'answered'] },
      description: { field: 'says' },
    },
  };
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
