/**
 * The corpus report's counts: scorecards, matrices, co-occurrence, timeline,
 * who spoke how much and the questions, from transcripts and tags written
 * here; the filter; what a mark's link lists; and the page and its charts
 * keeping hostile names as text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readTranscript } from '../../src/core/formats';
import { VERDICTS } from '../../src/core/annotations/tagSet';
import { DEFAULT_CATEGORIES } from '../../src/core/annotations/codebook';
import { buildOutline } from '../../src/core/workspace/documentTree';
import { chartCsv, filterText, gatherReport, reportCategories, reportCharts, reportPage, selectedClaims, type ReportDocument, type ReportFilter, type ReportTag } from '../../src/core/report';
import { renderCharts } from '../../src/core/report/render';

const CANAL = `Briefing on the canal repairs

3 March 2025

MINISTER LENA ORTIZ: Good morning. The canal locks were rebuilt in eleven months. We will open the north lock by June.

QUESTION: Will the repairs cost more than planned?

MINISTER LENA ORTIZ: No. The cost stayed at forty million, as budgeted.

QUESTION: And the south lock?

MINISTER LENA ORTIZ: The south lock follows next year.

MODERATOR: Thank you all.
`;

const FERRY = `Ferry service update

9 April 2025

MAYOR TOMAS BRANDT: The ferry carried two million people last year. The harbour authority hid the delays.

QUESTION: Who pays for the new boats?

MAYOR TOMAS BRANDT: The city pays half.
`;

/** A tag on the first occurrence of `quote` in `text`. */
function tag(text: string, id: string, quote: string, category: string, extra: Partial<ReportTag> = {}): ReportTag {
  const start = text.indexOf(quote);
  assert.ok(start >= 0, `"${quote}" is in the text`);
  const before = text.slice(0, start).split('\n');
  const within = quote.split('\n');
  const startLine = before.length - 1;
  const startCharacter = before[before.length - 1]!.length;
  const endLine = startLine + within.length - 1;
  const endCharacter = (within.length === 1 ? startCharacter : 0) + within[within.length - 1]!.length;
  return { id, category, quote, range: { startLine, startCharacter, endLine, endCharacter }, status: 'anchored', speaker: null, ...extra };
}

function doc(key: string, text: string, tags: ReportTag[]): ReportDocument {
  const outline = buildOutline(text, readTranscript(text));
  return { key, title: outline.title ?? key, path: `${key}.transcript`, ...(outline.date ? { date: outline.date } : {}), outline, tags };
}

const canal = doc('canal', CANAL, [
  tag(CANAL, 'c1', 'The canal locks were rebuilt in eleven months.', 'factual-claim', { verdict: 'True', author: 'Ines' }),
  tag(CANAL, 'c2', 'eleven months', 'statistic', { verdict: 'Misleading', author: 'Ines' }),
  tag(CANAL, 'c3', 'We will open the north lock by June.', 'commitment', { author: 'Jon' }),
  tag(CANAL, 'c4', 'The cost stayed at forty million', 'statistic', { verdict: 'True', author: 'Jon' }),
]);
const ferry = doc('ferry', FERRY, [
  tag(FERRY, 'f1', 'The ferry carried two million people last year.', 'statistic', { verdict: 'False' }),
  tag(FERRY, 'f2', 'The harbour authority hid the delays.', 'accusation'),
]);
const categories = reportCategories(DEFAULT_CATEGORIES, [{ id: 'transcript.tag.statistic', defaults: { light: '#12345680', dark: '#abcdef' } }]);
const report = (filter: ReportFilter = {}) => gatherReport([ferry, canal], categories, VERDICTS, filter);

describe('corpus report: the counts', () => {
  it('counts each speaker’s claims by category and by verdict, in the scale’s order, with shares of the checked ones', () => {
    const ortiz = report().scorecards.find((s) => s.speaker === 'Minister Lena Ortiz')!;
    assert.equal(ortiz.claims, 4);
    assert.deepEqual(ortiz.byCategory, [
      { category: 'factual-claim', count: 1 },
      { category: 'statistic', count: 2 },
      { category: 'commitment', count: 1 },
    ]);
    assert.deepEqual(ortiz.byVerdict, [
      { verdict: 'True', count: 2, share: 2 / 3 },
      { verdict: 'Misleading', count: 1, share: 1 / 3 },
    ]);
    assert.equal(ortiz.unchecked, 1);
  });

  it('gives a tag without a recorded speaker the speaker of the turn it starts in', () => {
    assert.deepEqual(report().claims.map((c) => [c.tag.id, c.speaker]), [
      ['c1', 'Minister Lena Ortiz'], ['c2', 'Minister Lena Ortiz'], ['c3', 'Minister Lena Ortiz'], ['c4', 'Minister Lena Ortiz'],
      ['f1', 'Mayor Tomas Brandt'], ['f2', 'Mayor Tomas Brandt'],
    ]);
  });

  it('orders the documents by date', () => {
    assert.deepEqual(report().documents.map((d) => [d.key, d.date]), [['canal', '2025-03-03'], ['ferry', '2025-04-09']]);
  });

  it('counts categories by speaker and by document', () => {
    const r = report();
    const cell = (cells: typeof r.bySpeaker, category: string, column: string) => cells.find((c) => c.category === category && c.column === column)?.count;
    assert.equal(cell(r.bySpeaker, 'statistic', 'Minister Lena Ortiz'), 2);
    assert.equal(cell(r.bySpeaker, 'statistic', 'Mayor Tomas Brandt'), 1);
    assert.equal(cell(r.bySpeaker, 'accusation', 'Minister Lena Ortiz'), undefined);
    assert.equal(cell(r.byDocument, 'statistic', 'canal'), 2);
    assert.equal(cell(r.byDocument, 'accusation', 'ferry'), 1);
    assert.equal(r.bySpeaker.reduce((n, c) => n + c.count, 0), 6);
  });

  it('counts categories tagged on overlapping words and in the same turn', () => {
    const pair = (a: string, b: string) => report().cooccurrence.find((c) => c.a === a && c.b === b);
    // "eleven months" lies inside the factual claim, in the opening turn with the commitment.
    assert.deepEqual(pair('factual-claim', 'statistic'), { a: 'factual-claim', b: 'statistic', overlapping: 1, sameTurn: 1 });
    assert.deepEqual(pair('commitment', 'factual-claim'), { a: 'commitment', b: 'factual-claim', overlapping: 0, sameTurn: 1 });
    assert.deepEqual(pair('accusation', 'statistic'), { a: 'accusation', b: 'statistic', overlapping: 0, sameTurn: 1 });
  });

  it('puts claims on the timeline by the event’s date, speaker and category', () => {
    assert.deepEqual(report().timeline.filter((p) => p.date === '2025-03-03' && p.category === 'statistic'), [{ date: '2025-03-03', speaker: 'Minister Lena Ortiz', category: 'statistic', count: 2 }]);
    assert.equal(report().timeline.reduce((n, p) => n + p.count, 0), 6);
  });

  it('counts each speaker’s and each role’s spoken words and their shares of the document', () => {
    const r = report();
    const floor = r.floorBySpeaker.filter((f) => f.document === 'canal').map((f) => [f.who, f.words, Math.round(f.share * 1000) / 1000]);
    assert.deepEqual(floor, [['Minister Lena Ortiz', 33, 0.702], ['Question', 11, 0.234], ['Moderator', 3, 0.064]]);
    const roles = r.floorByRole.filter((f) => f.document === 'canal').map((f) => [f.who, f.words]);
    assert.deepEqual(roles, [['respondent', 33], ['questioner', 11], ['moderator', 3]]);
  });

  it('counts questions asked and questions answered (once a question)', () => {
    assert.deepEqual(report().questions, [
      { speaker: 'Question', asked: 3, answered: 0 },
      { speaker: 'Minister Lena Ortiz', asked: 0, answered: 2 },
      { speaker: 'Mayor Tomas Brandt', asked: 0, answered: 1 },
    ]);
  });

  it('times each turn where the transcript has times', () => {
    const vtt = 'WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n<v Ana Costa>We start today.\n\n00:00:04.000 --> 00:00:10.000\n<v Ben Okafor>Why now?\n';
    const outline = buildOutline(vtt, readTranscript(vtt, { fileName: 'talk.vtt' }));
    const turns = outline.sections.flatMap((s) => s.turns).map((t) => [t.speaker, t.wordCount, t.seconds]);
    assert.deepEqual(turns, [['Ana Costa', 3, 4], ['Ben Okafor', 2, 6]]);
    const floor = gatherReport([{ key: 'talk', title: 'Talk', path: 'talk.vtt', outline, tags: [] }], categories, VERDICTS).floorBySpeaker;
    assert.deepEqual(floor.map((f) => [f.who, f.seconds, f.timeShare]), [['Ana Costa', 4, 0.4], ['Ben Okafor', 6, 0.6]]);
  });

  it('resolves the codebook’s colour ids to opaque colours for the theme’s kind', () => {
    assert.equal(categories.find((c) => c.id === 'statistic')!.color, '#123456');
    assert.equal(reportCategories([{ id: 'x', label: 'X', color: '#abcdef' }, { id: 'y', label: 'Y', color: 'charts.red' }], []).map((c) => c.color).join(' '), '#abcdef #f14c4c');
  });
});

describe('corpus report: the filter', () => {
  it('keeps the documents of a date range only', () => {
    const r = report({ from: '2025-04-01', to: '2025-04-30' });
    assert.deepEqual(r.documents.map((d) => d.key), ['ferry']);
    assert.deepEqual(r.claims.map((c) => c.tag.id), ['f1', 'f2']);
  });

  it('keeps the speakers, categories, verdicts and annotator asked for', () => {
    assert.deepEqual(report({ speakers: ['Mayor Tomas Brandt'] }).claims.map((c) => c.tag.id), ['f1', 'f2']);
    assert.deepEqual(report({ categories: ['statistic'] }).claims.map((c) => c.tag.id), ['c2', 'c4', 'f1']);
    assert.deepEqual(report({ verdicts: ['True', ''] }).claims.map((c) => c.tag.id), ['c1', 'c3', 'c4', 'f2']);
    assert.deepEqual(report({ author: 'Jon' }).claims.map((c) => c.tag.id), ['c3', 'c4']);
  });

  it('keeps only the chosen speakers’ words', () => {
    assert.deepEqual(report({ speakers: ['Question'] }).floorBySpeaker.map((f) => [f.document, f.who, f.words]), [['canal', 'Question', 11], ['ferry', 'Question', 6]]);
  });

  it('says the filter in words', () => {
    assert.equal(filterText({ from: '2025-01-01', speakers: ['Ana'], verdicts: ['False', ''], author: 'Jon' }), 'from 2025-01-01 · speakers: Ana · verdicts: False, none · tags by Jon');
    assert.equal(filterText({}), '');
  });

  it('offers every speaker, category, verdict, annotator and date of the documents', () => {
    const c = report({ speakers: ['Nobody'] }).choices;
    assert.deepEqual(c.authors, ['Ines', 'Jon']);
    assert.deepEqual(c.verdicts, ['False', 'Misleading', 'True']);
    assert.deepEqual(c.dates, ['2025-03-03', '2025-04-09']);
    assert.ok(c.speakers.includes('Mayor Tomas Brandt'));
  });
});

describe('corpus report: charts, links and the page', () => {
  it('links each mark of a chart to the claims it stands for', () => {
    const r = report();
    const { charts, selections } = reportCharts(r);
    const matrix = charts.find((c) => c.id === 'matrix-speakers')!;
    const row = matrix.table.rows.findIndex((cells) => cells[0] === 'Statistic' && cells[1] === 'Minister Lena Ortiz');
    const selection = selections.get(matrix.table.links[row]!)!;
    assert.deepEqual(selectedClaims(r.claims, selection).map((c) => c.tag.id), ['c2', 'c4']);
    const verdicts = charts.find((c) => c.id === 'scorecard-verdicts')!;
    const misleading = verdicts.table.rows.findIndex((cells) => cells[1] === 'Misleading');
    assert.deepEqual(selectedClaims(r.claims, selections.get(verdicts.table.links[misleading]!)!).map((c) => c.tag.id), ['c2']);
  });

  it('gives each chart a table of the same numbers, saved as CSV with formulas neutralised', () => {
    const hostile = doc('ferry', FERRY, [tag(FERRY, 'f1', 'The ferry carried two million people last year.', 'statistic', { speaker: '=HYPERLINK("x")' })]);
    const { charts } = reportCharts(gatherReport([hostile], categories, VERDICTS));
    const csv = chartCsv(charts.find((c) => c.id === 'scorecard-categories')!);
    assert.equal(csv, '\ufeffSpeaker,Category,Claims\r\n"\'=HYPERLINK(""x"")",Statistic,1\r\n');
  });

  it('shows a hostile speaker name as text in the page and in the charts, and bidi controls made visible', async () => {
    const name = '<img src=x onerror=alert(1)>\u202eEvil';
    const text = FERRY.replaceAll('MAYOR TOMAS BRANDT', name);
    const hostile = doc('ferry', text, [tag(text, 'f1', 'The ferry carried two million people last year.', 'statistic', { speaker: name })]);
    const data = gatherReport([hostile], categories, VERDICTS);
    const { charts } = reportCharts(data);
    const svgs = await renderCharts(charts);
    const page = reportPage(data, charts, svgs, { filterText: '' });
    assert.ok(!page.includes('<img'), 'no element is made of the name');
    assert.ok(!page.includes('\u202e'), 'the reordering character is not in the page');
    assert.ok(page.includes('&lt;img src=x onerror=alert(1)&gt;&lt;U+202E&gt;Evil'));
    assert.ok(!/<script/i.test(page));
  });

  it('draws every chart with claims to SVG whose marks link to their rows', async () => {
    const r = report();
    const { charts } = reportCharts(r);
    const svgs = await renderCharts(charts);
    assert.deepEqual([...svgs.keys()].sort(), charts.filter((c) => c.spec).map((c) => c.id).sort());
    const matrix = svgs.get('matrix-speakers')!;
    assert.match(matrix, /^<svg /);
    const links = [...matrix.matchAll(/xlink:href="#(m-matrix-speakers-\d+)"/g)].map((m) => m[1]);
    assert.equal(links.length, charts.find((c) => c.id === 'matrix-speakers')!.table.rows.length);
    const page = reportPage(r, charts, svgs, { filterText: '' });
    for (const link of links) assert.ok(page.includes(`<tr id="${link}">`), `${link} has its row`);
  });
});

describe('corpus report: the page’s messages and the Claims view', () => {
  it('takes only the messages the page may send, and only dates written YYYY-MM-DD', async () => {
    const { parseMessage } = await import('../../src/report/messages');
    assert.deepEqual(parseMessage({ type: 'select', link: 'm-matrix-speakers-3' }), { type: 'select', link: 'm-matrix-speakers-3' });
    assert.equal(parseMessage({ type: 'select', link: 'javascript:alert(1)' }), undefined);
    assert.equal(parseMessage({ type: 'save', chart: 'timeline-categories', as: 'exe' }), undefined);
    assert.equal(parseMessage('select'), undefined);
    assert.deepEqual(parseMessage({ type: 'filter', filter: { from: '2025-01-01', to: 'soon', speakers: ['Ana', 3], verdicts: [''], author: '' } }), { type: 'filter', filter: { from: '2025-01-01', verdicts: [''] } });
  });

  it('lets the Claims view list exactly the claims a mark picked', async () => {
    const { matchesFilter, isEmptyFilter } = await import('../../src/core/workspace/claims');
    const claim = (key: string, id: string) => ({ document: { key, title: key, path: key }, tag: { id, category: 'statistic', quote: 'q', range: { startLine: 0, startCharacter: 0, endLine: 0, endCharacter: 1 }, status: 'anchored' as const, speaker: null, section: null } });
    const filter = { picked: { label: 'Statistic · Ana', tags: ['canal#c2', 'ferry#f1'] } };
    assert.deepEqual([claim('canal', 'c2'), claim('canal', 'c4'), claim('ferry', 'f1')].filter((c) => matchesFilter(c, filter)).map((c) => c.tag.id), ['c2', 'f1']);
    assert.equal(isEmptyFilter(filter), false);
  });
});
