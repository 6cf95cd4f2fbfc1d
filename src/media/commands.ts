/** The player's commands: Play from Here, Play Claim, the transport keys, Link Recording… and Insert Current Time. */
import * as vscode from 'vscode';
import { DEFAULT_STYLE, formatInStyle, MEDIA_EXTENSIONS, relativePath, spanTime, styleOf, timestampAt, writtenTimestamps, type TimestampStyle } from '../core/media';
import { isTranscript } from '../documents';
import type { SidecarStore } from '../storage';
import { fileName } from '../storage/files';
import type { Player } from './player';
import { folderOf, type Recording, type Recordings } from './recordings';
import type { Timings } from './timing';

/** How much faster or slower one press of Faster or Slower plays. */
const RATE_STEP = 0.25;
/** A claim plays on this long after its last word, so that its end is heard. */
const CLAIM_TAIL_SECONDS = 0.5;

/** What the player's commands work with. */
export interface MediaContext {
  player: Player;
  recordings: Recordings;
  timings: Timings;
  store: SidecarStore;
}

/** A place to play from, given by a CodeLens or a test. */
interface PlayAt {
  uri: string;
  time: number;
}

/** A tag to play: from a hover link (`uri`, `id`) or a tree node (`uri`, `range`). */
interface ClaimTarget {
  uri: string | vscode.Uri;
  id?: string;
  range?: { startLine: number; startCharacter: number; endLine: number; endCharacter: number };
}

export function registerCommands(context: vscode.ExtensionContext, m: MediaContext): void {
  const on = (id: string, run: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));
  on('transcript.playFromHere', (at?: PlayAt) => playFromHere(m, at));
  on('transcript.playClaim', (target?: ClaimTarget) => playClaim(m, target));
  on('transcript.playPause', () => transport(m, { type: 'toggle' }, true));
  on('transcript.skipBack', () => transport(m, { type: 'skip', by: -skipSeconds() }));
  on('transcript.skipForward', () => transport(m, { type: 'skip', by: skipSeconds() }));
  on('transcript.slower', () => transport(m, { type: 'rateBy', step: -RATE_STEP }));
  on('transcript.faster', () => transport(m, { type: 'rateBy', step: RATE_STEP }));
  on('transcript.linkRecording', (uri?: vscode.Uri | string, recording?: vscode.Uri | string) => linkRecording(m, uri, recording));
  on('transcript.insertTime', () => insertTime(m));
}

function skipSeconds(): number {
  const s = vscode.workspace.getConfiguration('transcript.media').get<number>('skipSeconds', 5);
  return Number.isFinite(s) && s > 0 ? s : 5;
}

function asUri(u: vscode.Uri | string): vscode.Uri {
  return typeof u === 'string' ? vscode.Uri.parse(u) : u;
}

/** The active editor when it shows a transcript; says so when it does not. */
function transcriptEditor(action: string): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor && isTranscript(editor.document)) return editor;
  void vscode.window.showInformationMessage(`${action} works in a transcript: open one first.`);
  return undefined;
}

/** The recording of a transcript; when there is none, says how to give it one. */
async function recordingOf(m: MediaContext, uri: vscode.Uri): Promise<Recording | undefined> {
  const recording = await m.recordings.find(uri);
  if (recording) return recording;
  const link = 'Link Recording…';
  const choice = await vscode.window.showInformationMessage(
    `${fileName(uri)} has no recording: put a media file with the same name beside it (${Object.keys(MEDIA_EXTENSIONS).join(' ')}), name one in its front matter (media:), or link one.`,
    link,
  );
  if (choice === link) await vscode.commands.executeCommand('transcript.linkRecording', uri);
  return undefined;
}

async function playFromHere(m: MediaContext, at?: PlayAt): Promise<void> {
  let uri: vscode.Uri;
  let time: number | undefined;
  if (at && typeof at.uri === 'string' && typeof at.time === 'number') {
    uri = vscode.Uri.parse(at.uri);
    time = at.time;
  } else {
    const editor = transcriptEditor('Play from Here');
    if (!editor) return;
    const doc = editor.document;
    uri = doc.uri;
    const offset = doc.offsetAt(editor.selection.active);
    time = timestampAt(doc.getText(), offset)?.time ?? m.timings.timeAt(doc, offset);
    if (time === undefined) {
      void vscode.window.showInformationMessage(
        `${fileName(uri)} has no timestamps, so the place of the cursor in the recording is not known. Playing from the player's position; Insert Current Time writes the time into the text.`,
      );
    }
  }
  const recording = await recordingOf(m, uri);
  if (!recording) return;
  await m.player.open(uri, recording);
  await m.player.send(time === undefined ? { type: 'play' } : { type: 'play', time });
}

async function playClaim(m: MediaContext, target?: ClaimTarget): Promise<void> {
  let doc: vscode.TextDocument;
  let start: number;
  let end: number;
  if (target?.uri) {
    doc = await vscode.workspace.openTextDocument(asUri(target.uri));
    if (target.id !== undefined) {
      const tag = (await m.store.entryFor(doc))?.tags.find((t) => t.id === target.id);
      if (!tag) return void vscode.window.showWarningMessage(`The tag ${target.id} is no longer in ${fileName(doc.uri)}.`);
      ({ start, end } = tag);
    } else if (target.range) {
      const r = target.range;
      start = doc.offsetAt(new vscode.Position(r.startLine, r.startCharacter));
      end = doc.offsetAt(new vscode.Position(r.endLine, r.endCharacter));
    } else return void vscode.window.showWarningMessage('Play Claim needs a tag: use it from a tag\'s hover or the Claims view.');
  } else {
    const editor = transcriptEditor('Play Claim');
    if (!editor) return;
    doc = editor.document;
    const offset = doc.offsetAt(editor.selection.active);
    const tag = (await m.store.entryFor(doc))?.tags.find((t) => t.status !== 'orphaned' && t.start <= offset && offset <= t.end);
    if (tag) ({ start, end } = tag);
    else if (!editor.selection.isEmpty) {
      start = doc.offsetAt(editor.selection.start);
      end = doc.offsetAt(editor.selection.end);
    } else return void vscode.window.showInformationMessage('Put the cursor on a tag (or select words) to play them.');
  }
  const span = spanTime(m.timings.of(doc).anchors, start, end);
  if (!span) return void vscode.window.showInformationMessage(`${fileName(doc.uri)} has no timestamps, so the time of these words is not known.`);
  const recording = await recordingOf(m, doc.uri);
  if (!recording) return;
  await m.player.open(doc.uri, recording);
  await m.player.send({ type: 'play', time: span.start, until: span.end + CLAIM_TAIL_SECONDS });
}

/** A transport key: acts on the open player; Play/Pause opens the active transcript's player when none is open. */
async function transport(m: MediaContext, command: Parameters<Player['send']>[0], opens = false): Promise<void> {
  if (!m.player.transcript) {
    const editor = vscode.window.activeTextEditor;
    if (!opens || !editor || !isTranscript(editor.document)) {
      return void vscode.window.showInformationMessage('No recording is open: use Play from Here in a transcript that has one.');
    }
    const recording = await recordingOf(m, editor.document.uri);
    if (!recording) return;
    await m.player.open(editor.document.uri, recording);
  }
  await m.player.send(command);
}

async function linkRecording(m: MediaContext, given?: vscode.Uri | string, chosen?: vscode.Uri | string): Promise<void> {
  let uri = given === undefined ? undefined : asUri(given);
  if (!uri) {
    const editor = transcriptEditor('Link Recording…');
    if (!editor) return;
    uri = editor.document.uri;
  }
  const folder = folderOf(uri);
  let recording = chosen === undefined ? undefined : asUri(chosen);
  if (!recording) {
    const picked = await vscode.window.showOpenDialog({
      title: `The recording of ${fileName(uri)}`,
      defaultUri: folder,
      canSelectMany: false,
      openLabel: 'Link Recording',
      filters: { Recordings: Object.keys(MEDIA_EXTENSIONS).map((e) => e.slice(1)) },
    });
    recording = picked?.[0];
    if (!recording) return;
  }
  if (recording.scheme !== uri.scheme || recording.authority !== uri.authority) {
    return void vscode.window.showErrorMessage(`${fileName(recording)} is not on the same drive or server as ${fileName(uri)}; copy it beside the transcript instead.`);
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  const entry = await m.store.entryFor(doc);
  if (!entry) return void vscode.window.showErrorMessage(`${fileName(uri)} is not a transcript, so no recording can be linked to it.`);
  if (entry.mode !== 'ok') return void vscode.window.showErrorMessage(`The recording cannot be remembered: ${entry.reason ?? 'the sidecar cannot be written.'}`);
  entry.extra.media = relativePath(folder.path, recording.path);
  m.store.changed(entry);
  await m.store.flush();
  m.recordings.forget(uri);
  const found = await m.recordings.find(uri);
  if (found) {
    await m.player.open(uri, found);
    void vscode.window.showInformationMessage(`${fileName(recording)} is linked to ${fileName(uri)} (remembered in its sidecar).`);
  }
}

/** The style of the transcript's first timestamp, or `[00:01:05]` when it has none. */
export function styleOfDocument(doc: vscode.TextDocument, transcript: { turns: ReadonlyArray<{ timestamp?: string }> }): TimestampStyle {
  for (const turn of transcript.turns) {
    const style = turn.timestamp ? styleOf(turn.timestamp) : undefined;
    if (style) return style;
  }
  const first = writtenTimestamps(doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 2000), 0)))[0];
  return (first && styleOf(first.text)) || DEFAULT_STYLE;
}

async function insertTime(m: MediaContext): Promise<void> {
  const editor = transcriptEditor('Insert Current Time');
  if (!editor) return;
  const state = await m.player.refresh();
  if (!state) return void vscode.window.showInformationMessage('Open the recording first (Play from Here or Link Recording…): the time inserted is the player\'s.');
  const doc = editor.document;
  const written = formatInStyle(state.time, styleOfDocument(doc, m.timings.of(doc).transcript));
  await editor.edit((edit) => {
    for (const selection of editor.selections) {
      const at = selection.start;
      const before = at.character > 0 ? doc.getText(new vscode.Range(at.translate(0, -1), at)) : '';
      edit.replace(selection, `${before !== '' && !/\s/.test(before) ? ' ' : ''}${written} `);
    }
  });
}
