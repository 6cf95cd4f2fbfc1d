import * as vscode from 'vscode';
import type { TranscriptApi } from '../../src/extension';
import type { ReportOutcome } from '../../src/report/panel';
import * as assert from './assert';
import { activateExtension, fixtureUri, waitForEvent } from './helpers';

/*
 * The fixture's report/ folder:
 *   canal-briefing.transcript  3 Mar 2025: Minister Lena Ortiz's claims (a factual claim, two statistics, a commitment)
 *   ferry-update.transcript    9 Apr 2025: a statistic and an accusation by a speaker named `<img src=x onerror=alert(1)>`
 * The canal briefing also has an agreed set (one statistic) and Ines's own sidecar (one prediction).
 */
const CANAL = 'report/canal-briefing.transcript';
const FERRY = 'report/ferry-update.transcript';
const HOSTILE = '<img src=x onerror=alert(1)>';

let api: TranscriptApi;

const request = () => ({ uris: [fixtureUri(CANAL), fixtureUri(FERRY)] });
const showReport = (filter = {}) => vscode.commands.executeCommand<ReportOutcome>('transcript.showCorpusReport', { ...request(), filter });

/** The link of the table row whose cells begin with these. */
function linkOf(outcome: ReportOutcome, chart: string, ...cells: Array<string | number>): string {
  const table = outcome.charts.find((c) => c.id === chart)!.table;
  const row = table.rows.findIndex((r) => cells.every((c, i) => r[i] === c));
  assert.ok(row >= 0, `no row ${JSON.stringify(cells)} in ${chart}: ${JSON.stringify(table.rows)}`);
  return table.links[row]!;
}

suite('Corpus report', () => {
  suiteSetup(async () => {
    api = (await activateExtension()).exports as TranscriptApi;
  });
  suiteTeardown(async () => {
    await api.views.claims.setFilter({});
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('opens in a panel, drawn with its charts', async () => {
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label);
    const hasTab = () => tabs().some((l) => l.startsWith('Corpus Report'));
    // The window tells the extension host about a new tab on its own message, which may come after the command's answer.
    const tab = waitForEvent(vscode.window.tabGroups.onDidChangeTabs, hasTab, () => `no Corpus Report tab among ${JSON.stringify(tabs())}`);
    const outcome = await showReport();
    if (hasTab()) tab.dispose();
    else await tab.promise;
    assert.deepStrictEqual(outcome.data.documents.map((d) => d.date), ['2025-03-03', '2025-04-09']);
    assert.ok((outcome.html.match(/<svg /g) ?? []).length >= 8, 'the charts are drawn in this extension host');
  });

  test('its counts equal the tags of the transcripts', async () => {
    const outcome = await showReport();
    const tags = [...(await api.tags.tagsFor(fixtureUri(CANAL))), ...(await api.tags.tagsFor(fixtureUri(FERRY)))];
    assert.strictEqual(outcome.data.claims.length, tags.length);
    for (const card of outcome.data.scorecards) {
      const theirs = tags.filter((t) => t.speaker === card.speaker);
      assert.strictEqual(card.claims, theirs.length, `${card.speaker}'s claims`);
      for (const v of card.byVerdict) assert.strictEqual(v.count, theirs.filter((t) => t.verdict === v.verdict).length, `${card.speaker}'s ${v.verdict}`);
    }
    const statistics = outcome.data.bySpeaker.filter((c) => c.category === 'statistic').reduce((n, c) => n + c.count, 0);
    assert.strictEqual(statistics, tags.filter((t) => t.category === 'statistic').length);
  });

  test('a click on a mark lists its claims in the Claims view', async () => {
    const outcome = await showReport();
    const claims = await outcome.select(linkOf(outcome, 'matrix-speakers', 'Statistic', 'Minister Lena Ortiz'));
    assert.deepStrictEqual(claims.map((c) => c.tag.id).sort(), ['t-0000c002', 't-0000c004']);
    const listed = await api.views.claims.claims();
    assert.deepStrictEqual(listed.map((c) => c.tag.id).sort(), ['t-0000c002', 't-0000c004']);
    assert.strictEqual(api.views.claims.filter.picked?.label, 'Statistic · Minister Lena Ortiz');
    await api.views.claims.setFilter({});
  });

  test('a click on a mark of one claim opens the transcript at its words', async () => {
    const outcome = await showReport();
    await outcome.select(linkOf(outcome, 'scorecard-verdicts', 'Minister Lena Ortiz', 'Misleading'));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an editor is open');
    assert.strictEqual(editor.document.uri.toString(), fixtureUri(CANAL).toString());
    assert.strictEqual(editor.document.getText(editor.selection), 'eleven months');
  });

  test('a hostile speaker name shows as text', async () => {
    const outcome = await showReport();
    assert.ok(!outcome.html.includes('<img'), 'no element is made of the name');
    assert.ok(outcome.html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the name is shown, escaped');
    assert.ok(outcome.data.speakers.includes(HOSTILE));
    // The page's one script carries the nonce of its Content-Security-Policy; no other runs.
    const scripts = outcome.html.match(/<script[^>]*>/g) ?? [];
    assert.strictEqual(scripts.length, 1);
    assert.ok(/Content-Security-Policy" content="default-src 'none'; style-src 'nonce-/.test(outcome.html), 'a strict Content-Security-Policy');
  });

  test('whose tags: the agreed set, or one annotator\'s own sidecar', async () => {
    assert.deepStrictEqual((await showReport({ author: '@agreed' })).data.claims.map((c) => c.tag.id), ['t-0000a001']);
    assert.deepStrictEqual((await showReport({ author: 'Ines' })).data.claims.map((c) => c.tag.id), ['t-0000e001']);
  });

  test('the filter keeps a date range', async () => {
    const outcome = await showReport({ from: '2025-04-01' });
    assert.deepStrictEqual(outcome.data.claims.map((c) => c.tag.id).sort(), ['t-0000f001', 't-0000f002']);
  });
});
