import * as assert from './assert';
import * as vscode from 'vscode';
import { writeSidecar, type Tag } from '../../src/core/annotations';
import type { AuthorPromptOutcome, CompareOutcome, ReportOutcome } from '../../src/agreement';
import { activateExtension, fixtureUri } from './helpers';

const TEXT = 'CHAIR: The port handled more ships this year. We will open a second berth.\nQ: When?\nCHAIR: Next spring.\n';
const TRANSCRIPT = 'team/port-briefing.transcript';

function tag(id: string, words: string, author?: string): Tag {
  const start = TEXT.indexOf(words);
  return {
    id, category: 'claim', start, end: start + words.length, quote: words, prefix: '', suffix: '', speaker: 'CHAIR', section: null,
    created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', status: 'anchored', ...(author ? { author } : {}),
  };
}

async function write(path: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(fixtureUri(path), new TextEncoder().encode(text));
}

suite('Team flow', () => {
  const config = () => vscode.workspace.getConfiguration();
  const clearAuthor = async () => {
    await config().update('transcript.tagging.author', undefined, vscode.ConfigurationTarget.Global);
    await config().update('transcript.tagging.author', undefined, vscode.ConfigurationTarget.Workspace);
  };

  suiteSetup(async () => {
    await activateExtension();
    await write(TRANSCRIPT, TEXT);
    const sidecar = (tags: Tag[]) => writeSidecar({ transcriptName: 'port-briefing.transcript', text: TEXT, tags });
    await write(`${TRANSCRIPT}.annotations.ana.yaml`, sidecar([tag('t-ana00001', 'The port handled more ships this year.', 'Ana')]));
    await write(`${TRANSCRIPT}.annotations.bo.yaml`, sidecar([tag('t-bo000001', 'The port handled more ships this year.', 'Bo')]));
    // Made before anybody set transcript.tagging.author: nobody's.
    await write(`${TRANSCRIPT}.annotations.yaml`, sidecar([tag('t-nobody01', 'We will open a second berth.')]));
  });
  setup(clearAuthor);
  suiteTeardown(async () => {
    await clearAuthor();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the agreement report lists the tag it left out, and why', async () => {
    const outcome = await vscode.commands.executeCommand<ReportOutcome>('transcript.showAgreementReport', { uris: [fixtureUri(TRANSCRIPT)], unit: 'sentence' });
    assert.deepStrictEqual(outcome.report.annotators.map((a) => a.name), ['Ana', 'Bo']);
    assert.deepStrictEqual(outcome.report.leftOut.map((t) => [t.quote, t.reason, t.annotator]), [['We will open a second berth.', 'no author', undefined]]);
    assert.ok(outcome.html.includes('<h2 id="left-out">Tags left out</h2>'), 'the page has the list');
    assert.ok(outcome.html.includes('<td class="quote">We will open a second berth.</td>'), 'the list shows the words');
    assert.ok(outcome.html.includes('made before transcript.tagging.author was set'), 'the list says why');
  });

  test('the report compares verdicts with ordinal α when asked', async () => {
    const outcome = await vscode.commands.executeCommand<ReportOutcome>('transcript.showAgreementReport', { uris: [fixtureUri(TRANSCRIPT)], on: 'verdict' });
    assert.strictEqual(outcome.report.on, 'verdict');
    assert.strictEqual(outcome.report.level, 'ordinal');
    // Neither annotator gave a verdict: both tags are listed as left out, besides the unnamed one.
    assert.deepStrictEqual(outcome.report.leftOut.map((t) => t.reason).sort(), ['no author', 'no verdict', 'no verdict']);
  });

  test('the first team feature used without a name asks for it once, saying what happens to unnamed tags', async () => {
    await vscode.commands.executeCommand('transcript._resetAuthorPrompt');
    const first = await vscode.commands.executeCommand<CompareOutcome & { authorPrompt: AuthorPromptOutcome }>('transcript.compareAnnotators', fixtureUri(TRANSCRIPT));
    assert.ok(first.authorPrompt.shown, 'Compare Annotators asked for the name');
    if (first.authorPrompt.shown) assert.ok(first.authorPrompt.message.includes('Tags without a name belong to no annotator: agreement, comparison and blind coding leave them out'), first.authorPrompt.message);
    const second = await vscode.commands.executeCommand<ReportOutcome & { authorPrompt: AuthorPromptOutcome }>('transcript.showAgreementReport', { uris: [fixtureUri(TRANSCRIPT)] });
    assert.strictEqual(second.authorPrompt.shown, false, 'asked once, not at every use');
  });

  test('the prompt\'s button, Set Your Annotator Name, sets the name for this workspace; a named user is not asked', async () => {
    await vscode.commands.executeCommand('transcript._resetAuthorPrompt');
    const name = await vscode.commands.executeCommand<string>('transcript.setAuthor', 'Cy');
    assert.strictEqual(name, 'Cy');
    assert.strictEqual(config().inspect<string>('transcript.tagging.author')?.workspaceValue, 'Cy');
    const outcome = await vscode.commands.executeCommand<ReportOutcome & { authorPrompt: AuthorPromptOutcome }>('transcript.showAgreementReport', { uris: [fixtureUri(TRANSCRIPT)] });
    assert.strictEqual(outcome.authorPrompt.shown, false);
  });

  test('a sample opens from a copy in the extension\'s storage, with its tags, never from the extension\'s own folder', async () => {
    const extension = await activateExtension();
    const copy = await vscode.commands.executeCommand<vscode.Uri>('transcript.openSamples', 'harbour-briefing.txt');
    assert.ok(copy, 'a sample was opened');
    assert.ok(!copy.toString().startsWith(extension.extensionUri.toString()), `the copy ${copy.toString()} is outside the extension's folder`);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), copy.toString());
    const sidecar = vscode.Uri.joinPath(copy, '..', 'harbour-briefing.txt.annotations.yaml');
    assert.ok((await vscode.workspace.fs.stat(sidecar)).size > 0, 'its sidecar was copied beside it');
  });
});
