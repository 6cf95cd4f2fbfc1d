/**
 * Where the text offers to play: a `▶ 01:20` CodeLens above each timed turn,
 * and each timestamp written in the text a link that plays from it. Only in
 * transcripts whose recording is known.
 */
import * as vscode from 'vscode';
import { PLAY_FROM_HERE_COMMAND } from '../commandIds';
import { writtenTimestamps } from '../core/media';
import { formatTimestamp, parseTimestamp } from '../core/transcript/time';
import { LANGUAGE_ID } from '../documents';
import type { Recordings } from './recordings';
import type { Timings } from './timing';

/** The argument of Play from Here for a time in a document. */
function playAt(doc: vscode.TextDocument, time: number): { uri: string; time: number } {
  return { uri: doc.uri.toString(), time };
}

export function registerLenses(context: vscode.ExtensionContext, recordings: Recordings, timings: Timings): void {
  const changed = new vscode.EventEmitter<void>();
  context.subscriptions.push(changed, recordings.onDidChange(() => changed.fire()));
  /** True when the document's recording is known; looks for it otherwise (the lenses refresh when it is found). */
  const recorded = (doc: vscode.TextDocument) => {
    if (recordings.knownFor(doc.uri)) return true;
    void recordings.find(doc.uri);
    return false;
  };
  context.subscriptions.push(
    vscode.languages.registerCodeLensProvider(
      { language: LANGUAGE_ID },
      {
        onDidChangeCodeLenses: changed.event,
        provideCodeLenses(doc) {
          if (!vscode.workspace.getConfiguration('transcript.media', doc.uri).get<boolean>('codeLens', true) || !recorded(doc)) return [];
          return timings
            .of(doc)
            .transcript.turns.filter((t) => t.time !== undefined)
            .map(
              (t) =>
                new vscode.CodeLens(new vscode.Range(t.line, 0, t.line, 0), {
                  title: vscode.l10n.t('▶ {0}', formatTimestamp(t.time!)),
                  tooltip: `Play the recording from ${formatTimestamp(t.time!)}`,
                  command: PLAY_FROM_HERE_COMMAND,
                  arguments: [playAt(doc, t.time!)],
                }),
            );
        },
      },
    ),
    vscode.languages.registerDocumentLinkProvider(
      { language: LANGUAGE_ID },
      {
        provideDocumentLinks(doc) {
          if (!recorded(doc)) return [];
          const text = doc.getText();
          const found = new Map<number, { end: number; time: number }>();
          for (const w of writtenTimestamps(text)) found.set(w.start, { end: w.end, time: w.time });
          // Timestamps written with a label in any style the label reader knows (`01:05 Host:`).
          for (const turn of timings.of(doc).transcript.turns) {
            if (!turn.timestamp) continue;
            const at = text.indexOf(turn.timestamp, turn.start);
            const time = parseTimestamp(turn.timestamp);
            if (at >= 0 && at < turn.textStart && time !== undefined && !found.has(at)) found.set(at, { end: at + turn.timestamp.length, time });
          }
          return [...found].map(([start, { end, time }]) => {
            const target = vscode.Uri.parse(`command:transcript.playFromHere?${encodeURIComponent(JSON.stringify([playAt(doc, time)]))}`);
            const link = new vscode.DocumentLink(new vscode.Range(doc.positionAt(start), doc.positionAt(end)), target);
            link.tooltip = `Play the recording from ${formatTimestamp(time)}`;
            return link;
          });
        },
      },
    ),
  );
}
