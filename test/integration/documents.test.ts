/**
 * Documents as transcripts: a PDF and a Word file of the fixture's documents/
 * folder (written by scripts/make-document-fixtures.mjs with pdf-lib and docx)
 * are listed in the Transcripts view, open as read-only transcripts, take
 * tags kept beside the original, and export with their place cited; a scanned
 * PDF and a damaged .docx are listed with the reader's reason, open nothing
 * and write nothing.
 */
import * as assert from './assert';
import * as vscode from 'vscode';
import type { TranscriptApi } from '../../src/extension';
import type { ExportOutcome } from '../../src/export';
import { activateExtension, fixtureUri } from './helpers';

const PDF = 'documents/roads-hearing.pdf';
const DOCX = 'documents/council-minutes.docx';
const SCANNED = 'documents/scanned-notice.pdf';
const DAMAGED = 'documents/damaged-minutes.docx';

let api: TranscriptApi;

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Selects the only occurrence of `words` in the editor. */
function select(editor: vscode.TextEditor, words: string): void {
  const text = editor.document.getText();
  const at = text.indexOf(words);
  assert.ok(at >= 0 && text.indexOf(words, at + 1) < 0, `"${words}" must occur once in:\n${text}`);
  editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + words.length));
}

/** The fields of one CSV line (RFC 4180 quoting). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  for (const m of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) fields.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ''));
  return fields;
}

/** Opens a document as a transcript, tags the words, exports the document's tags as CSV; the CSV's lines. */
async function tagAndExport(file: string, words: string, category: string, out: string): Promise<{ editor: vscode.TextEditor; rows: string[][] }> {
  const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('transcript.openAsTranscript', fixtureUri(file));
  assert.ok(editor, `${file} did not open as a transcript`);
  assert.strictEqual(editor.document.languageId, 'transcript');
  select(editor, words);
  await vscode.commands.executeCommand('transcript.tagClaim', { category });
  await vscode.commands.executeCommand('transcript._flushTags');
  const destination = fixtureUri(`documents/out/${out}`);
  const outcome = await vscode.commands.executeCommand<ExportOutcome | undefined>('transcript.exportAnnotations', { scope: 'selected', uris: [fixtureUri(file)], format: 'csv', destination, replace: true });
  assert.ok(outcome, 'the export did not run');
  assert.deepStrictEqual(outcome.problems, []);
  const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(destination)).replace(/^\ufeff/, '');
  // The quotes tagged here hold no line break: a row is a line, its fields split on commas outside quotes.
  const rows = csv.trimEnd().split('\r\n').map(csvFields);
  return { editor, rows };
}

suite('Documents as transcripts', () => {
  suiteSetup(async () => {
    api = (await activateExtension()).exports as TranscriptApi;
    await vscode.workspace.fs.createDirectory(fixtureUri('documents/out'));
    await api.workspace.ensureListed();
  });

  test('lists the PDF and the Word file in the Transcripts view, by the title they carry', () => {
    for (const [file, title] of [[PDF, 'Committee on Roads and Bridges'], [DOCX, 'Town Council, Regular Meeting']] as const) {
      const entry = api.workspace.get(fixtureUri(file).toString());
      assert.ok(entry, `${file} is not listed: ${api.workspace.documents().map((d) => d.path).join(', ')}`);
      assert.strictEqual(entry.summary.unreadable, undefined, `${file}: ${entry.summary.problem}`);
      assert.strictEqual(entry.summary.title, title);
    }
  });

  test('lists a scanned PDF and a damaged .docx with the reason they cannot be read', () => {
    for (const [file, reason] of [[SCANNED, 'no text layer: run OCR first'], [DAMAGED, 'not a readable Word file: the zip archive is damaged']] as const) {
      const entry = api.workspace.get(fixtureUri(file).toString());
      assert.ok(entry, `${file} is not listed`);
      assert.strictEqual(entry.summary.unreadable, 'broken');
      assert.ok(entry.summary.problem?.startsWith(`Cannot be read as a transcript: ${reason}`), entry.summary.problem);
    }
  });

  test('opens the PDF as a read-only transcript whose outline has its speakers', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('transcript.openAsTranscript', fixtureUri(PDF));
    assert.ok(editor);
    assert.strictEqual(editor.document.uri.scheme, 'transcript-original');
    assert.ok(editor.document.getText().includes('ninety miles of county road'), editor.document.getText());
    const outline = await api.workspace.outline(fixtureUri(PDF).toString());
    assert.ok(outline, 'no outline');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.ok(symbols && symbols.length > 0, 'the outline of the transcript view is empty');
  });

  test('a Word file opened as a file (VS Code\'s binary-file notice) opens as a transcript with one more command', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('vscode.open', fixtureUri(DOCX));
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(tab?.input instanceof vscode.TabInputText && tab.input.uri.toString() === fixtureUri(DOCX).toString(), `the active tab is ${tab?.label}`);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('transcript.openAsTranscript');
    assert.ok(editor, 'Open as Transcript did nothing on the binary file\'s tab');
    assert.strictEqual(editor.document.uri.scheme, 'transcript-original');
    assert.ok(editor.document.getText().includes('About forty thousand a year'));
  });

  test('a claim tagged in the PDF is kept beside it and exported with its page and line', async () => {
    const { rows } = await tagAndExport(PDF, 'ninety miles of county road', 'statistic', 'pdf.csv');
    assert.ok(await exists(fixtureUri(`${PDF}.annotations.yaml`)), 'no sidecar beside the PDF');
    const header = rows[0]!;
    const row = rows.find((r) => r.includes('ninety miles of county road'));
    assert.ok(row, rows.join('\n'));
    const place = row[header.indexOf('place')];
    assert.ok(place && /^1:\d+/.test(place), `place ${place}`);
    assert.strictEqual(row[header.indexOf('speaker')], 'Director');
  });

  test('a claim tagged in the Word file is exported with its paragraph', async () => {
    const { rows } = await tagAndExport(DOCX, 'About forty thousand a year', 'statistic', 'docx.csv');
    assert.ok(await exists(fixtureUri(`${DOCX}.annotations.yaml`)), 'no sidecar beside the Word file');
    const header = rows[0]!;
    const row = rows.find((r) => r.includes('About forty thousand a year'));
    assert.ok(row, rows.join('\n'));
    assert.ok(/4/.test(row[header.indexOf('place')] ?? ''), `place ${row[header.indexOf('place')]}`);
  });

  test('the tags of a document show again when it is reopened', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const tags = await vscode.commands.executeCommand<Array<{ quote: string }>>('transcript._listTags', fixtureUri(PDF).toString());
    assert.ok(tags.some((t) => t.quote === 'ninety miles of county road'), JSON.stringify(tags));
  });

  test('Convert to Transcript writes the PDF as a .transcript that names it and keeps each turn\'s place', async () => {
    const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('transcript.convertToTranscript', fixtureUri(PDF), { overwrite: true, open: false });
    assert.ok(target, 'nothing was converted');
    assert.strictEqual(target.toString(), fixtureUri('documents/roads-hearing.transcript').toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.ok(text.startsWith('---\nsource: roads-hearing.pdf\n---\n'), text);
    assert.ok(/^⟦1:\d+⟧ Director: Thank you\. Last year we resurfaced ninety miles of county road\.$/m.test(text), text);
  });

  test('a scanned PDF opens nothing and writes nothing', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('transcript.openAsTranscript', fixtureUri(SCANNED));
    assert.strictEqual(editor, undefined);
    assert.ok(!(await exists(fixtureUri(`${SCANNED}.annotations.yaml`))), 'a sidecar was written for the scanned PDF');
  });
});
