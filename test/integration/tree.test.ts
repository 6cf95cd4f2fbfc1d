import * as vscode from 'vscode';
import type { TranscriptApi } from '../../src/extension';
import type { DocumentsNode, SectionNode } from '../../src/views/nodes';
import * as assert from './assert';
import { activateExtension, EVENT_TIMEOUT_MS, fixtureUri, showRange, waitForEvent } from './helpers';

/*
 * The fixture's tree/ folder:
 *   conferences/first-conference.transcript   4 Feb 2025, Q&A 1-2
 *   conferences/second-conference.transcript  20 Mar 2025, opening by two speakers, Q&A 1-3, closing
 *   interviews/harvest-interview.txt          7 Sep 2024, detected (no .transcript extension)
 *   interviews/notes.txt                      not a transcript: not listed
 *   broken.transcript (binary), empty.transcript
 */
const SECOND = 'tree/conferences/second-conference.transcript';

let api: TranscriptApi;

const views = () => api.views;
const item = (node: DocumentsNode) => views().documents.getTreeItem(node);
const label = (node: DocumentsNode) => {
  const l = item(node).label;
  return typeof l === 'string' ? l : (l?.label ?? '');
};
const show = (node: DocumentsNode) => `${label(node)} | ${item(node).description ?? ''}`;

/** The documents of the fixture's tree/ folder, in the view's order. */
async function treeDocuments(): Promise<DocumentsNode[]> {
  const roots = await views().documents.getChildren();
  return roots.filter((n) => n.kind === 'document' && n.key.includes('/tree/'));
}

async function documentNode(relativePath: string): Promise<DocumentsNode> {
  const key = fixtureUri(relativePath).toString();
  const node = (await views().documents.getChildren()).find((n) => n.kind === 'document' && n.key === key);
  assert.ok(node, `${relativePath} is not in the Documents view.`);
  return node;
}

async function childNamed(parent: DocumentsNode, name: string): Promise<DocumentsNode> {
  const children = await views().documents.getChildren(parent);
  const node = children.find((c) => label(c) === name);
  assert.ok(node, `No child "${name}" under "${label(parent)}"; there are ${JSON.stringify(children.map(label))}.`);
  return node;
}

/** Waits until `check` holds, checking again each time the Documents view redraws; fails after the timeout. */
/** How long a file written or deleted on disk may take to reach the view through the file system watcher. */
const WATCHER_TIMEOUT_MS = 30_000;

async function waitForTree(check: () => Promise<boolean>, what: string, timeoutMs = EVENT_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let shown = '';
  for (;;) {
    // Listen before checking, so that a redraw between the two is not missed.
    const changed = waitForEvent(views().documents.onDidChangeTreeData, () => true, () => `${what} (the tree/ documents: ${shown})`, Math.max(1, deadline - Date.now()));
    shown = (await treeDocuments()).map(show).join('; ');
    try {
      if (await check()) return;
      await changed.promise;
    } finally {
      changed.dispose();
    }
  }
}

/** Runs a node's click command and returns the editor it leaves active. */
async function click(node: DocumentsNode): Promise<vscode.TextEditor> {
  const command = item(node).command;
  assert.ok(command, `"${label(node)}" has no click command.`);
  await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor, 'No editor is active after the click.');
  return editor;
}

suite('Transcripts view', () => {
  suiteSetup(async () => {
    api = (await activateExtension()).exports as TranscriptApi;
    await vscode.commands.executeCommand('workbench.view.extension.transcripts');
    await api.workspace.ensureListed();
  });

  test('lists the transcripts by date, with their titles, and leaves out other text files', async () => {
    assert.deepStrictEqual((await treeDocuments()).map(show), [
      'Interview about the apple harvest | 2024-09-07',
      'Press conference on the Northvale water supply | 2025-02-04',
      'Second press conference on the Northvale water supply | 2025-03-20',
      'broken.transcript | not text',
      'empty.transcript | empty',
    ]);
  });

  test('a document shows its sections, Q&As labelled by the questioner and the question', async () => {
    const sections = await views().documents.getChildren(await documentNode(SECOND));
    assert.deepStrictEqual(sections.map(show), [
      'Header | Second press conference on the Northvale water supply',
      'Opening statement | Mayor Lina Ostrova, Engineer Sam Adeyemi',
      'Q&A 1 | Question: Petra Holm, Valley Radio. When will the pipe…',
      'Q&A 2 | Question: Did the contractor cut corners on the old…',
      'Q&A 3 | Question: Will bills go up to pay for the…',
      'Closing | Moderator',
    ]);
    assert.deepStrictEqual(sections.map((s) => item(s).contextValue), [
      'transcript.section.header',
      'transcript.section.opening',
      'transcript.section.qa',
      'transcript.section.qa',
      'transcript.section.qa',
      'transcript.section.closing',
    ]);
  });

  test('a Q&A shows its turns, with the speaker and the first words', async () => {
    const qa = await childNamed(await documentNode(SECOND), 'Q&A 2');
    const turns = await views().documents.getChildren(qa);
    assert.deepStrictEqual(turns.map(show), [
      'Question | Did the contractor cut corners on the old pipe?',
      'Mayor Lina Ostrova | The contractor falsified its inspection reports, and we have told…',
    ]);
  });

  test('a screen reader hears each item in words: the transcript, the section and who says what', async () => {
    const doc = await documentNode(SECOND);
    const qa = await childNamed(doc, 'Q&A 2');
    const [question] = await views().documents.getChildren(qa);
    assert.strictEqual(item(doc).accessibilityInformation?.label, 'Transcript Second press conference on the Northvale water supply, 2025-03-20');
    assert.strictEqual(item(qa).accessibilityInformation?.label, `Q&A 2: ${item(qa).description}, lines ${item(qa).tooltip?.toString().match(/Lines (\d+)/)?.[1]} to ${item(qa).tooltip?.toString().match(/–(\d+)/)?.[1]}`);
    assert.strictEqual(item(question!).accessibilityInformation?.label, 'Question asks: Did the contractor cut corners on the old pipe?');
  });

  test('an unreadable file is listed without children', async () => {
    const broken = await documentNode('tree/broken.transcript');
    assert.strictEqual(item(broken).collapsibleState, vscode.TreeItemCollapsibleState.None);
    assert.deepStrictEqual(await views().documents.getChildren(broken), []);
  });

  test('selecting a Q&A opens the document and selects the whole Q&A', async () => {
    const qa = await childNamed(await documentNode(SECOND), 'Q&A 3');
    const editor = await click(qa);
    assert.strictEqual(editor.document.uri.toString(), fixtureUri(SECOND).toString());
    assert.strictEqual(showRange(editor.selection), '17:0–19:50');
  });

  test('selecting a turn selects the turn, label and words', async () => {
    const qa = await childNamed(await documentNode(SECOND), 'Q&A 2');
    const answer = await childNamed(qa, 'Mayor Lina Ostrova');
    const editor = await click(answer);
    assert.strictEqual(showRange(editor.selection), '15:0–15:97');
    assert.ok(editor.document.getText(editor.selection).startsWith('Mayor Lina Ostrova: The contractor falsified'));
  });

  test('the section under the cursor is revealed in the Documents view', async () => {
    const editor = await vscode.window.showTextDocument(fixtureUri(SECOND));
    const selected = waitForEvent(
      views().documentsView.onDidChangeSelection,
      (e) => e.selection[0]?.kind === 'section' && (e.selection[0] as SectionNode).section.title === 'Q&A 1',
      () => `Q&A 1 to be selected in the Documents view (selected: ${views().documentsView.selection.map(label).join(', ') || 'nothing'})`,
    );
    editor.selection = new vscode.Selection(10, 3, 10, 3);
    await selected.promise;
  });

  test('a transcript added to the workspace appears, and goes when it is deleted', async function () {
    this.timeout(2 * WATCHER_TIMEOUT_MS + 10_000);
    const uri = fixtureUri('tree/added/third-conference.transcript');
    const text = 'Third press conference on the Northvale water supply\n2 April 2025\n\nMayor Lina Ostrova: The pipe is finished.\n\nQuestion: Is the ban over?\n\nMayor Lina Ostrova: Yes, from today.\n';
    const listed = async () => (await treeDocuments()).some((n) => n.kind === 'document' && n.key === uri.toString());
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      // The file may be seen first while it is still being written: wait for its title.
      // The file system watcher reports the new folder and file; on a loaded machine that can take a while.
      await waitForTree(async () => (await treeDocuments()).some((n) => n.kind === 'document' && n.key === uri.toString() && label(n).startsWith('Third')), 'the added transcript to be listed', WATCHER_TIMEOUT_MS);
      assert.deepStrictEqual((await treeDocuments()).map(show).slice(0, 4), [
        'Interview about the apple harvest | 2024-09-07',
        'Press conference on the Northvale water supply | 2025-02-04',
        'Second press conference on the Northvale water supply | 2025-03-20',
        'Third press conference on the Northvale water supply | 2025-04-02',
      ]);
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true });
    }
    await waitForTree(async () => !(await listed()), 'the deleted transcript to leave the list', WATCHER_TIMEOUT_MS);
  });

  test('editing a transcript updates its title and its sections', async () => {
    const uri = fixtureUri('tree/edited.transcript');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Briefing on the bridge\n5 May 2025\n\nQuestion: Is it safe?\n\nEngineer Sam Adeyemi: Yes.\n'));
    try {
      await waitForTree(async () => (await treeDocuments()).some((n) => n.kind === 'document' && n.key === uri.toString()), 'the new transcript to be listed');
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc);
      const node = await documentNode('tree/edited.transcript');
      assert.deepStrictEqual((await views().documents.getChildren(node)).map(label), ['Header', 'Q&A 1']);
      await editor.edit((b) => {
        b.replace(new vscode.Range(0, 0, 0, 22), 'Briefing on the old bridge');
        b.insert(new vscode.Position(doc.lineCount, 0), '\nQuestion: When does it reopen?\n\nEngineer Sam Adeyemi: On Monday.\n');
      });
      await waitForTree(async () => label(await documentNode('tree/edited.transcript')) === 'Briefing on the old bridge', 'the edited title to show');
      const sections = await views().documents.getChildren(await documentNode('tree/edited.transcript'));
      assert.deepStrictEqual(sections.map(show), ['Header | Briefing on the old bridge', 'Q&A 1 | Question: Is it safe?', 'Q&A 2 | Question: When does it reopen?']);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });

  test('tagging a claim shows the tag under its turn and in the Claims view', async () => {
    assert.ok(views().claims.available, 'The Claims view has no tag store.');
    const editor = await vscode.window.showTextDocument(fixtureUri(SECOND));
    editor.selection = new vscode.Selection(15, 20, 15, 67);
    const tagged = waitForTree(async () => {
      // Nodes belong to one version of a document's outline and tags: walk down afresh.
      const qa = await childNamed(await documentNode(SECOND), 'Q&A 2');
      const answer = await childNamed(qa, 'Mayor Lina Ostrova');
      const children = await views().documents.getChildren(answer);
      return children.some((c) => c.kind === 'tag' && c.tag.quote.startsWith('The contractor falsified'));
    }, 'the new tag under the answer');
    // With a category the command asks nothing (Tag... on a tree item lets the user pick one).
    await vscode.commands.executeCommand('transcript.tagClaim', { category: 'accusation' });
    await tagged;
    assert.ok(/1 tag/.test(String(item(await documentNode(SECOND)).description)), `The document's tag count is not shown: ${item(await documentNode(SECOND)).description}.`);
    await vscode.commands.executeCommand('transcript.filterClaims', 'category:accusation speaker:Ostrova');
    try {
      const groups = await views().claims.getChildren();
      const shown = await Promise.all(groups.map(async (g) => [views().claims.getTreeItem(g).label, (await views().claims.getChildren(g)).map((c) => views().claims.getTreeItem(c).label)]));
      assert.deepStrictEqual(shown, [['Accusation', ['“The contractor falsified its inspection reports”']]]);
    } finally {
      await vscode.commands.executeCommand('transcript.clearClaimsFilter');
    }
  });

  // How soon is a benchmark with a goal (bench/tree-vscode.mjs, BENCHMARKS.md), not a test: here, only that it is recorded.
  test('the view records when it first showed documents and when the list was complete', () => {
    const t = api.timings;
    assert.ok(t.firstDocuments !== undefined && t.listStarted !== undefined && t.listed !== undefined, 'The view never showed a document.');
    assert.ok(t.listStarted <= t.listed, 'The list was complete before it started.');
  });
});
