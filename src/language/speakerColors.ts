/**
 * Gives each speaker a colour of their own, the same all through the
 * document: their labels are coloured, and a bar in the gutter marks their turns.
 */
import * as vscode from 'vscode';
import { isTranscript, type TranscriptModels } from '../documents';

/** How many speaker colours the extension contributes (`transcript.speaker1`...). */
export const SPEAKER_COLOURS = 8;
const DEBOUNCE_MS = 150;

export function registerSpeakerColours(context: vscode.ExtensionContext, models: TranscriptModels): void {
  const types = Array.from({ length: SPEAKER_COLOURS }, (_, i) =>
    vscode.window.createTextEditorDecorationType({
      color: new vscode.ThemeColor(`transcript.speaker${i + 1}`),
      fontWeight: 'bold',
    }),
  );
  const bars = Array.from({ length: SPEAKER_COLOURS }, (_, i) =>
    vscode.window.createTextEditorDecorationType({
      isWholeLine: true,
      borderColor: new vscode.ThemeColor(`transcript.speaker${i + 1}`),
      borderStyle: 'solid',
      borderWidth: '0 0 0 2px',
      overviewRulerColor: new vscode.ThemeColor(`transcript.speaker${i + 1}`),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
  );
  context.subscriptions.push(...types, ...bars);

  const enabled = () => vscode.workspace.getConfiguration('transcript').get<boolean>('speakerColors.enabled', true);
  const paint = (editor: vscode.TextEditor) => {
    if (!isTranscript(editor.document)) return;
    const labels: vscode.Range[][] = types.map(() => []);
    const lines: vscode.Range[][] = bars.map(() => []);
    if (enabled()) {
      const transcript = models.get(editor.document);
      // Speakers are listed in order of first appearance: a speaker's colour never changes down the document.
      const slot = new Map(transcript.speakers.map((s, i) => [s.name, i % SPEAKER_COLOURS]));
      for (const turn of transcript.turns) {
        if (turn.speaker === null) continue;
        const i = slot.get(turn.speaker)!;
        const doc = editor.document;
        labels[i]!.push(new vscode.Range(doc.positionAt(turn.labelStart), doc.positionAt(turn.labelEnd)));
        lines[i]!.push(new vscode.Range(turn.line, 0, turn.endLine, 0));
      }
    }
    types.forEach((t, i) => editor.setDecorations(t, labels[i]!));
    bars.forEach((t, i) => editor.setDecorations(t, lines[i]!));
  };
  const paintAll = () => vscode.window.visibleTextEditors.forEach(paint);

  let timer: ReturnType<typeof setTimeout> | undefined;
  context.subscriptions.push(
    { dispose: () => timer && clearTimeout(timer) },
    vscode.window.onDidChangeVisibleTextEditors(paintAll),
    // A file switched to the transcript language keeps its editor: paint it when its document reopens.
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (!isTranscript(doc)) return;
      for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === doc.uri.toString()) paint(editor);
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => editor && paint(editor)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (!isTranscript(e.document)) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        for (const editor of vscode.window.visibleTextEditors) if (editor.document === e.document) paint(editor);
      }, DEBOUNCE_MS);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('transcript')) paintAll();
    }),
    models.onDidChangeOptions(paintAll),
  );
  paintAll();
}
