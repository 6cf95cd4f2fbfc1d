import * as assert from './assert';
import * as vscode from 'vscode';
import { readSidecar } from '../../src/core/annotations/sidecar';
import type { CompareOutcome, ReportOutcome } from '../../src/agreement';
import { visibleToCoder } from '../../src/agreement/blind';
import { activateExtension, fixtureUri, waitForEvent } from './helpers';

const TRANSCRIPT = 'agreement/budget-hearing.transcript';
const AGREED = 'agreement/budget-hearing.transcript.annotations.@agreed.yaml';

async function removeAgreed(): Promise<void> {
  try {
    await vscode.workspace.fs.delete(fixtureUri(AGREED));
  } catch (e) {
    if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) throw e;
  }
}

suite('Agreement', () => {
  suiteSetup(async () => {
    await activateExtension();
    await removeAgreed();
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await removeAgreed();
  });

  test('compares two annotators\' sidecars: agreement, another category, overlapping words, one annotator only', async () => {
    const outcome = await vscode.commands.executeCommand<CompareOutcome>('transcript.compareAnnotators', fixtureUri(TRANSCRIPT));
    assert.deepStrictEqual(outcome.annotators, ['Ana', 'Bo']);
    assert.deepStrictEqual(outcome.differences.map((d) => d.kind), ['agree', 'category', 'only', 'overlap']);
    assert.ok(outcome.differences.every((d) => !d.settled));
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), fixtureUri(TRANSCRIPT).toString());
  });

  test('Next Difference selects the first difference; settling it writes the agreed sidecar', async () => {
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const index = await vscode.commands.executeCommand<number>('transcript.nextDifference');
    assert.strictEqual(index, 1);
    assert.strictEqual(editor.document.getText(editor.selection), 'We also hired forty new nurses.');
    // Accept Bo's tag (the second annotator's) for the difference under the cursor.
    const settled = await vscode.commands.executeCommand<{ agreedTags: number; settled: number }>('transcript.settleDifference', { accept: [1] });
    assert.deepStrictEqual(settled, { agreedTags: 1, settled: 1 });
    const bytes = await vscode.workspace.fs.readFile(fixtureUri(AGREED));
    const read = readSidecar(new TextDecoder().decode(bytes));
    assert.strictEqual(read.kind, 'ok');
    if (read.kind !== 'ok') return;
    assert.deepStrictEqual(read.sidecar.tags.map((t) => [t.category, t.quote, t.author]), [['statistic', 'We also hired forty new nurses.', 'Bo']]);
    assert.deepStrictEqual(read.sidecar.extra.adjudicated, [{ start: read.sidecar.tags[0]!.start, end: read.sidecar.tags[0]!.end }]);
    const again = await vscode.commands.executeCommand<CompareOutcome>('transcript.compareAnnotators', fixtureUri(TRANSCRIPT));
    assert.deepStrictEqual(again.differences.map((d) => d.settled), [false, true, false, false]);
    // The settled difference is skipped.
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    assert.strictEqual(await vscode.commands.executeCommand<number>('transcript.nextDifference'), 2);
  });

  test('the agreement report opens with every measure, per category, for the two annotators', async () => {
    const isReport = (t: vscode.Tab) => t.label.startsWith('Agreement Report');
    const opened = waitForEvent(vscode.window.tabGroups.onDidChangeTabs, (e) => e.opened.some(isReport) || e.changed.some(isReport), () => 'the report\'s tab');
    const outcome = await vscode.commands.executeCommand<ReportOutcome>('transcript.showAgreementReport', { uris: [fixtureUri(TRANSCRIPT)], unit: 'tag' });
    if (!vscode.window.tabGroups.all.some((g) => g.tabs.some(isReport))) await opened.promise;
    opened.dispose();
    assert.deepStrictEqual(outcome.report.annotators.map((a) => a.name), ['Ana', 'Bo']);
    assert.deepStrictEqual(outcome.report.categories, ['claim', 'statistic']);
    assert.strictEqual(outcome.report.measures.percentAgreement.units, 4);
    assert.strictEqual(outcome.report.measures.percentAgreement.overall, 0.5);
    assert.ok(outcome.html.includes('<svg class="matrix"'), 'the confusion matrix is drawn');
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    const tab = tabs.find(isReport);
    assert.ok(tab, `the report is open in a tab (tabs: ${tabs.map((t) => `${t.label} ${(t.input as { viewType?: string })?.viewType ?? ''}`).join(', ')})`);
    assert.ok(tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('transcript.agreementReport'), 'the tab is the report\'s webview');
  });
});

suite('Blind coding', () => {
  const config = () => vscode.workspace.getConfiguration();
  teardown(async () => {
    await config().update('transcript.tagging.blind', undefined, vscode.ConfigurationTarget.Global);
    await config().update('transcript.tagging.author', undefined, vscode.ConfigurationTarget.Global);
  });

  test('while blind coding is on, only the current annotator\'s tags are shown', async () => {
    await activateExtension();
    assert.ok(visibleToCoder()({ author: 'Bo' }), 'everything shows while blind coding is off');
    await config().update('transcript.tagging.author', 'Ana', vscode.ConfigurationTarget.Global);
    await config().update('transcript.tagging.blind', true, vscode.ConfigurationTarget.Global);
    const visible = visibleToCoder();
    assert.ok(visible({ author: 'Ana' }), 'my own tag shows');
    assert.ok(visible({ author: 'ana' }), 'my name in other letter case is still me');
    assert.ok(!visible({ author: 'Bo' }), 'another annotator\'s tag is hidden');
    assert.ok(visible({}), 'a tag without an author (made before annotators) still shows');
    assert.ok(!visible({}, 'bo'), 'a tag without an author in Bo\'s own sidecar is Bo\'s');
    assert.ok(visible({}, 'ana'), 'a tag without an author in my own sidecar is mine');
  });
});
