import * as vscode from 'vscode';
import type { TranscriptApi } from '../../src/extension';
import * as assert from './assert';
import type { Repeat } from '../../src/core/claims/repeatIndex';
import { activateExtension, fixtureUri, showFixture, waitForEvent, waitForLanguage } from './helpers';

/*
 * rttm/bakery-call.json: a Whisper JSON file of three segments that names no
 * speaker; rttm/bakery-call.rttm beside it gives them SPEAKER_00, SPEAKER_01,
 * SPEAKER_00. rttm/market-stall.vtt: two caption cues without speakers and,
 * until a test writes one, no RTTM file.
 */
const JSON_FILE = 'rttm/bakery-call.json';
const RTTM_FILE = 'rttm/bakery-call.rttm';
const CAPTIONS = 'rttm/market-stall.vtt';
const CAPTIONS_RTTM = 'rttm/market-stall.rttm';

const encode = (text: string) => new TextEncoder().encode(text);
const record = (start: string, duration: string, speaker: string) => `SPEAKER bakery-call 1 ${start} ${duration} <NA> <NA> ${speaker} <NA> <NA>`;

let api: TranscriptApi;

/** The speakers of a document's turns, as its outline shows them. */
async function outlineSpeakers(uri: vscode.Uri): Promise<string[]> {
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
  return (symbols ?? []).flatMap((s) => s.children).map((t) => t.name);
}

/**
 * Looks at a document until `look` gives what `expected` is: at once, or
 * after the extension says that the document was parsed again (its RTTM file
 * was read). Fails with what it saw last when no such event comes.
 */
async function until<T>(uri: vscode.Uri, look: () => Promise<T>, expected: T): Promise<T> {
  let seen: T | undefined;
  for (;;) {
    const parsed = waitForEvent(
      api.onDidChangeTranscripts,
      (uris) => uris.some((u) => u.toString() === uri.toString()),
      () => `${uri.path.split('/').pop()} to show ${JSON.stringify(expected)} (it shows ${JSON.stringify(seen)})`,
    );
    seen = await look();
    if (JSON.stringify(seen) === JSON.stringify(expected)) {
      parsed.dispose();
      return seen;
    }
    await parsed.promise;
  }
}

/** The diagnostics of a file once `accept` takes them. */
async function diagnosticsOf(uri: vscode.Uri, accept: (d: readonly vscode.Diagnostic[]) => boolean, what: string): Promise<readonly vscode.Diagnostic[]> {
  const now = vscode.languages.getDiagnostics(uri);
  if (accept(now)) return now;
  await waitForEvent(vscode.languages.onDidChangeDiagnostics, () => accept(vscode.languages.getDiagnostics(uri)), () => `${what} (now: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => d.message))})`).promise;
  return vscode.languages.getDiagnostics(uri);
}

/** Opens a file as a transcript (as Open as Transcript does a Whisper JSON file) and waits until its outline shows these speakers. */
async function openWithSpeakers(relativePath: string, speakers: string[]): Promise<vscode.TextEditor> {
  const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('transcript.openAsTranscript', fixtureUri(relativePath));
  assert.ok(editor, `${relativePath} opens as a transcript`);
  assert.strictEqual(editor.document.languageId, 'transcript');
  await until(editor.document.uri, () => outlineSpeakers(editor.document.uri), speakers);
  return editor;
}

suite('Speakers from the RTTM file beside a transcript', () => {
  suiteSetup(async () => {
    api = (await activateExtension()).exports as TranscriptApi;
  });

  test('a Whisper JSON file without speakers shows those of the RTTM file beside it in its outline', async () => {
    const editor = await openWithSpeakers(JSON_FILE, ['SPEAKER_00', 'SPEAKER_01', 'SPEAKER_00']);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.deepStrictEqual(
      symbols.flatMap((s) => s.children).map((t) => [t.name, t.range.start.line]),
      [
        ['SPEAKER_00', 3],
        ['SPEAKER_01', 4],
        ['SPEAKER_00', 5],
      ],
    );
  });

  test('the RTTM file changed on disk changes the speakers of the open transcript, in the outline and the Transcripts view', async () => {
    const editor = await openWithSpeakers(JSON_FILE, ['SPEAKER_00', 'SPEAKER_01', 'SPEAKER_00']);
    const uri = editor.document.uri;
    const rttm = fixtureUri(RTTM_FILE);
    const before = await vscode.workspace.fs.readFile(rttm);
    await vscode.workspace.fs.writeFile(rttm, encode([record('0.00', '2.60', 'Baker'), record('2.70', '3.40', 'Customer'), record('6.20', '2.90', 'Baker'), ''].join('\n')));
    try {
      await until(uri, () => outlineSpeakers(uri), ['Baker', 'Customer', 'Baker']);
      await api.workspace.ensureListed();
      const outline = await api.workspace.outline(uri.toString());
      assert.ok(outline, 'the Transcripts view lists the Whisper JSON file');
      assert.deepStrictEqual(outline.speakers, ['Baker', 'Customer']);
    } finally {
      await vscode.workspace.fs.writeFile(rttm, before);
      await until(uri, () => outlineSpeakers(uri), ['SPEAKER_00', 'SPEAKER_01', 'SPEAKER_00']);
    }
  });

  test('the RTTM file deleted takes its speakers away; created again, gives them back', async () => {
    const editor = await openWithSpeakers(JSON_FILE, ['SPEAKER_00', 'SPEAKER_01', 'SPEAKER_00']);
    const uri = editor.document.uri;
    const rttm = fixtureUri(RTTM_FILE);
    const before = await vscode.workspace.fs.readFile(rttm);
    await vscode.workspace.fs.delete(rttm);
    try {
      await until(uri, () => outlineSpeakers(uri), ['Unlabelled turn']);
    } finally {
      await vscode.workspace.fs.writeFile(rttm, before);
      await until(uri, () => outlineSpeakers(uri), ['SPEAKER_00', 'SPEAKER_01', 'SPEAKER_00']);
    }
  });

  test('a claim tagged in the Whisper JSON file takes its speaker from the RTTM file', async () => {
    const editor = await openWithSpeakers(JSON_FILE, ['SPEAKER_00', 'SPEAKER_01', 'SPEAKER_00']);
    const words = 'I ordered one rye loaf for Saturday';
    const at = editor.document.getText().indexOf(words);
    assert.ok(at > 0, 'the words are in the file');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + words.length));
    await vscode.commands.executeCommand('transcript.tagClaim', { category: 'statistic' });
    const tags = await vscode.commands.executeCommand<Array<{ quote: string; speaker?: string | null }>>('transcript._listTags', editor.document.uri.toString());
    const tag = tags.find((t) => t.quote === words);
    assert.ok(tag, `the tag is listed among ${JSON.stringify(tags.map((t) => t.quote))}`);
    assert.strictEqual(tag.speaker, 'SPEAKER_01');
  });

  test('Find Repeats names the speaker of a repeat in captions that are not open by the RTTM file beside them', async () => {
    // rttm/ferry-notes.transcript says the claim; rttm/ferry-briefing.vtt, never opened, says it again in its second cue,
    // which rttm/ferry-briefing.rttm gives to SPEAKER_01.
    const editor = await showFixture('rttm/ferry-notes.transcript');
    const words = 'Since the winter timetable began, ferry delays on the island route have fallen by 42 percent, and fares went down for 9,000 commuters.';
    const at = editor.document.getText().indexOf(words);
    assert.ok(at > 0, 'the claim is in the notes');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + words.length));
    await vscode.commands.executeCommand('transcript.tagClaim', { category: 'statistic' });
    const tags = await vscode.commands.executeCommand<Array<{ id: string; quote: string }>>('transcript._listTags', editor.document.uri.toString());
    const tag = tags.find((t) => t.quote === words);
    assert.ok(tag, `the claim is tagged among ${JSON.stringify(tags.map((t) => t.quote))}`);
    const repeats = await vscode.commands.executeCommand<Repeat[]>('transcript.findRepeats', { uri: editor.document.uri.toString(), id: tag.id, quiet: true });
    const captions = repeats.find((r) => r.document.endsWith('rttm/ferry-briefing.vtt'));
    assert.ok(captions, `the captions are among the repeats: ${JSON.stringify(repeats.map((r) => r.document))}`);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === captions.document), 'the captions were read from the disk, not from an open editor');
    assert.strictEqual(captions.speaker, 'SPEAKER_01');
  });

  test('Find Repeats follows the RTTM file beside captions that are not open when it changes, though the captions did not', async () => {
    const editor = await showFixture('rttm/ferry-notes.transcript');
    const words = 'Since the winter timetable began, ferry delays on the island route have fallen by 42 percent, and fares went down for 9,000 commuters.';
    const at = editor.document.getText().indexOf(words);
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + words.length));
    let tags = await vscode.commands.executeCommand<Array<{ id: string; quote: string }>>('transcript._listTags', editor.document.uri.toString());
    if (!tags.some((t) => t.quote === words)) {
      await vscode.commands.executeCommand('transcript.tagClaim', { category: 'statistic' });
      tags = await vscode.commands.executeCommand<Array<{ id: string; quote: string }>>('transcript._listTags', editor.document.uri.toString());
    }
    const tag = tags.find((t) => t.quote === words);
    assert.ok(tag, `the claim is tagged among ${JSON.stringify(tags.map((t) => t.quote))}`);
    const speakerOfRepeat = async () => {
      const repeats = await vscode.commands.executeCommand<Repeat[]>('transcript.findRepeats', { uri: editor.document.uri.toString(), id: tag.id, quiet: true });
      return repeats.find((r) => r.document.endsWith('rttm/ferry-briefing.vtt'))?.speaker;
    };
    // The index has read the captions with the RTTM file as it is.
    assert.strictEqual(await speakerOfRepeat(), 'SPEAKER_01');
    const captions = fixtureUri('rttm/ferry-briefing.vtt');
    const rttm = fixtureUri('rttm/ferry-briefing.rttm');
    const before = await vscode.workspace.fs.readFile(rttm);
    const renamed = new TextDecoder().decode(before).replace(/SPEAKER_01/g, 'Harbour_master');
    const reparsed = waitForEvent(
      api.onDidChangeTranscripts,
      (uris) => uris.some((u) => u.toString() === captions.toString()),
      () => 'the captions to be read again with the changed RTTM file',
    );
    await vscode.workspace.fs.writeFile(rttm, encode(renamed));
    try {
      await reparsed.promise;
      assert.strictEqual(await speakerOfRepeat(), 'Harbour_master');
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === captions.toString()), 'the captions are still not open');
    } finally {
      const restored = waitForEvent(
        api.onDidChangeTranscripts,
        (uris) => uris.some((u) => u.toString() === captions.toString()),
        () => 'the captions to be read again with the RTTM file restored',
      );
      await vscode.workspace.fs.writeFile(rttm, before);
      await restored.promise;
    }
    assert.strictEqual(await speakerOfRepeat(), 'SPEAKER_01');
  });

  test('Convert to Transcript writes the speakers of the RTTM file into the clean copy', async () => {
    const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('transcript.convertToTranscript', fixtureUri(JSON_FILE), { overwrite: true, open: false });
    assert.ok(target, 'the command returns the converted file');
    try {
      const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.deepStrictEqual(
        written.split('\n').filter((line) => line.startsWith('[')),
        ['[00:00:00] SPEAKER_00: Morning, Hilltop Bakery, how can I help?', '[00:00:02] SPEAKER_01: Hi, I ordered one rye loaf for Saturday and I need two instead.', '[00:00:06] SPEAKER_00: No trouble, two rye loaves, ready at nine on Saturday.'],
      );
    } finally {
      await vscode.workspace.fs.delete(target);
    }
  });

  test('a broken RTTM file is named with its wrong line, and its captions are shown without its speakers until it is fixed', async () => {
    const uri = fixtureUri(CAPTIONS);
    const rttm = fixtureUri(CAPTIONS_RTTM);
    await vscode.workspace.fs.writeFile(rttm, encode('SPEAKER market-stall 1 0.00 3.00 <NA> <NA> SELLER <NA> <NA>\nthe buyer speaks from here on\n'));
    try {
      await vscode.window.showTextDocument(uri);
      const doc = await waitForLanguage(uri, 'transcript');
      const problems = await diagnosticsOf(rttm, (d) => d.length > 0, 'a diagnostic on the broken RTTM file');
      assert.strictEqual(problems.length, 1);
      assert.ok(/market-stall\.rttm: line 2 is not an RTTM record/.test(problems[0]!.message), problems[0]!.message);
      assert.ok(problems[0]!.message.includes('shown without its speakers'), problems[0]!.message);
      assert.strictEqual(problems[0]!.range.start.line, 1);
      assert.strictEqual(problems[0]!.severity, vscode.DiagnosticSeverity.Error);
      assert.deepStrictEqual(await outlineSpeakers(doc.uri), ['Unlabelled turn']);

      await vscode.workspace.fs.writeFile(rttm, encode('SPEAKER market-stall 1 0.00 3.00 <NA> <NA> SELLER <NA> <NA>\nSPEAKER market-stall 1 3.10 2.50 <NA> <NA> BUYER <NA> <NA>\n'));
      await until(doc.uri, () => outlineSpeakers(doc.uri), ['SELLER', 'BUYER']);
      await diagnosticsOf(rttm, (d) => d.length === 0, 'the diagnostic to clear once the RTTM file is fixed');
    } finally {
      await vscode.workspace.fs.delete(rttm);
      await until(uri, () => outlineSpeakers(uri), ['Unlabelled turn']);
    }
  });
});
