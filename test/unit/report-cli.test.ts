/**
 * `transcript-annotator report`: the corpus report as one HTML page with no
 * script, which parses as markup and holds the numbers of the tags; filters
 * from the command line; an output never written over an input. Where
 * Chromium is installed, the page is opened in it and its tables read back.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setChunkLoader } from '../../src/core/formats/documents/chunks';
import { run } from './helpers';
import { BRIEFING, briefingSidecar, briefingTags, tagOn } from './exportFixtures';
import { writeSidecar } from '../../src/core/annotations/sidecar';
import { scratchFolder } from './scratch';

const dir = scratchFolder('transcript-report-cli-');
const home = process.cwd();

/** A second briefing, a month later, with a hostile speaker name. */
const HOSTILE = '<script>alert(1)</script> Tess';
const LATER = ['Harbour Authority Briefing', '14 April 2024', '', `${HOSTILE.toUpperCase()}: Ferries will run every hour from May.`, 'QUESTION: Every hour?', `${HOSTILE.toUpperCase()}: Yes.`, ''].join('\n');

/** Which tool can check the page: xmllint (it is written as well-formed markup), else none. */
const xmllint = spawnSync('xmllint', ['--version']).status === 0;
const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find((c) => spawnSync(c, ['--version']).status === 0);

describe('command line: report', () => {
  before(() => {
    // In the sources, the report's chunk is its module (the built command line loads dist/chunks/report.js).
    setChunkLoader(async (name) => {
      assert.equal(name, 'report');
      return import('../../src/core/report/chunk');
    });
    mkdirSync(join(dir, 'corpus'), { recursive: true });
    writeFileSync(join(dir, 'corpus', 'march.txt'), BRIEFING);
    writeFileSync(join(dir, 'corpus', 'march.txt.annotations.yaml'), briefingSidecar(briefingTags().slice(0, 3)));
    writeFileSync(join(dir, 'corpus', 'april.transcript'), LATER);
    const tags = [tagOn(LATER, 'Ferries will run every hour from May.', 't-000000a1', 'commitment', { speaker: HOSTILE, verdict: 'False' })];
    writeFileSync(join(dir, 'corpus', 'april.transcript.annotations.yaml'), writeSidecar({ transcriptName: 'april.transcript', text: LATER, tags }));
    process.chdir(dir);
  });
  after(() => process.chdir(home));

  it('writes a page with no script that holds the counts of the tags', async () => {
    const { code, out, err } = await run('report', 'corpus', '-o', 'report.html');
    assert.equal(err, '');
    assert.equal(code, 0);
    assert.match(out, /^Wrote report\.html: 2 documents, 4 claims, \d+ charts\.\n$/);
    const page = readFileSync('report.html', 'utf8');
    assert.ok(!/<script/i.test(page), 'no script element, not even from a speaker’s name');
    assert.match(page, /<p class="summary">2 documents, 4 claims, /);
    // The scorecard table: Director Vance's statistic, commitment and denial, and the hostile name's commitment.
    assert.match(page, /<tr id="m-scorecard-categories-\d+"><th scope="row">Director Vance<\/th><td>Statistic<\/td><td class="n"><a href="#m-scorecard-categories-\d+">1<\/a><\/td><\/tr>/);
    assert.match(page, /<th scope="row">&lt;script&gt;alert\(1\)&lt;\/script&gt; Tess<\/th><td>Commitment<\/td><td class="n"><a [^>]+>1<\/a>/);
    assert.equal((page.match(/<svg /g) ?? []).length >= 8, true, 'the charts are drawn');
  });

  it('parses as markup', { skip: !xmllint && 'xmllint is not installed' }, async () => {
    await run('report', 'corpus', '-o', 'parsed.html');
    const check = spawnSync('xmllint', ['--noout', 'parsed.html'], { encoding: 'utf8' });
    assert.equal(check.stderr, '');
    assert.equal(check.status, 0);
  });

  it('filters by date, speaker, category and verdict', async () => {
    const { code, out } = await run('report', 'corpus', '-o', 'april.html', '--from', '2024-04-01', '--verdict', 'False');
    assert.equal(code, 0);
    assert.match(out, /1 document, 1 claim,/);
    assert.match(readFileSync('april.html', 'utf8'), /Filter: from 2024-04-01 · verdicts: False\./);
    assert.match((await run('report', 'corpus', '-o', '-', '--category', 'statistic', '--speaker', 'Director Vance')).out, /<p class="summary">2 documents, 1 claim, 1 speaker\./);
  });

  it('says what is wrong with a bad date, a missing output and an output that exists', async () => {
    assert.match((await run('report', 'corpus', '-o', 'x.html', '--from', '1 May')).err, /report: --from '1 May' is not a date written YYYY-MM-DD/);
    assert.match((await run('report', 'corpus')).err, /report: -o <file> is missing/);
    writeFileSync('taken.html', 'mine');
    const taken = await run('report', 'corpus', '-o', 'taken.html');
    assert.equal(taken.code, 1);
    assert.match(taken.err, /taken\.html: already exists; add --force to replace it/);
    assert.equal(readFileSync('taken.html', 'utf8'), 'mine');
  });

  it('writes each chart as SVG and its numbers as CSV with --charts', async () => {
    mkdirSync('charts', { recursive: true });
    const { code } = await run('report', 'corpus', '-o', 'with-charts.html', '--charts', 'charts');
    assert.equal(code, 0);
    assert.equal(readFileSync('charts/scorecard-totals.csv', 'utf8'), '\ufeffSpeaker,Claims,Checked,Not checked\r\nDirector Vance,3,1,2\r\n<script>alert(1)</script> Tess,1,1,0\r\n');
    assert.match(readFileSync('charts/scorecard-totals.svg', 'utf8'), /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg /);
  });

  it('reports the agreed set or one annotator’s tags with --tags, as the editor does', async () => {
    writeFileSync(join(dir, 'corpus', 'march.txt.annotations.@agreed.yaml'), writeSidecar({ transcriptName: 'march.txt', text: BRIEFING, tags: [tagOn(BRIEFING, 'Cargo volumes rose 12% last year', 't-000000b1', 'statistic', { author: 'Ines', verdict: 'True' })] }));
    writeFileSync(join(dir, 'corpus', 'march.txt.annotations.ines.yaml'), writeSidecar({ transcriptName: 'march.txt', text: BRIEFING, tags: [tagOn(BRIEFING, 'the figures show it', 't-000000c1', 'position')] }));
    assert.match((await run('report', 'corpus', '-o', '-', '--tags', 'agreed')).out, /<p class="summary">2 documents, 1 claim, /);
    // Ines's own sidecar's tag and the two shared tags she authored.
    assert.match((await run('report', 'corpus', '-o', '-', '--tags', 'Ines')).out, /<p class="summary">2 documents, 3 claims, /);
  });

  it('never writes over one of its inputs, even with --force', async () => {
    const { code, err } = await run('report', 'corpus/march.txt', '-o', 'corpus/march.txt', '--force');
    assert.equal(code, 2);
    assert.match(err, /corpus\/march\.txt: is one of the report's inputs/);
    assert.equal(readFileSync('corpus/march.txt', 'utf8'), BRIEFING);
  });

  it('opens in Chromium with the same numbers', { skip: !chromium && 'Chromium is not installed', timeout: 120_000 }, async () => {
    await run('report', 'corpus', '-o', 'open.html');
    const dom = execFileSync(chromium!, ['--headless', '--no-sandbox', '--disable-gpu', '--dump-dom', `file://${join(dir, 'open.html')}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const rows = (html: string) => [...html.matchAll(/<tr id="m-scorecard-totals-\d+">(.*?)<\/tr>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '|'));
    assert.deepEqual(rows(dom), rows(readFileSync('open.html', 'utf8')));
    assert.equal(rows(dom).length, 2);
    assert.ok(!dom.includes('<script'), 'the speaker name stayed text in the browser too');
  });
});
