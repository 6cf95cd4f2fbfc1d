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
  // The bar stands in the gutter, beside the text: a gutter icon cannot take a theme colour, so it is drawn in
  // the colour the theme gives (the user's workbench.colorCustomizations, else the defaults for the theme's kind).
  let bars = createBars();
  context.subscriptions.push(...types, { dispose: () => bars.forEach((b) => b.dispose()) });

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
  const recolour = () => {
    bars.forEach((b) => b.dispose());
    bars = createBars();
    paintAll();
  };

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
      if (e.affectsConfiguration('workbench.colorCustomizations')) recolour();
      else if (e.affectsConfiguration('transcript')) paintAll();
    }),
    vscode.window.onDidChangeActiveColorTheme(recolour),
    models.onDidChangeOptions(paintAll),
    models.onDidChangeTranscripts((uris) => {
      const changed = new Set(uris.map((u) => u.toString()));
      for (const editor of vscode.window.visibleTextEditors) if (changed.has(editor.document.uri.toString())) paint(editor);
    }),
  );
  paintAll();
}

/** The default speaker colours of package.json, for dark and light themes. */
const DEFAULTS: Array<[dark: string, light: string]> = [
  ['#4FC1FF', '#0070C1'],
  ['#CE9178', '#A31515'],
  ['#B5CEA8', '#098658'],
  ['#C586C0', '#AF00DB'],
  ['#DCDCAA', '#795E26'],
  ['#4EC9B0', '#267F99'],
  ['#F48771', '#C72E0F'],
  ['#9CDCFE', '#001080'],
];

/** Speaker `i`'s colour as the current theme shows it. */
export function speakerColour(i: number): string {
  const custom = vscode.workspace.getConfiguration('workbench').get<Record<string, unknown>>('colorCustomizations') ?? {};
  const own = custom[`transcript.speaker${i + 1}`];
  if (typeof own === 'string' && /^#[0-9a-f]{3,8}$/i.test(own)) return own;
  const kind = vscode.window.activeColorTheme.kind;
  const light = kind === vscode.ColorThemeKind.Light || kind === vscode.ColorThemeKind.HighContrastLight;
  return DEFAULTS[i % DEFAULTS.length]![light ? 1 : 0];
}

/** A thin bar in the gutter for each speaker colour, and a mark in the overview ruler. */
function createBars(): vscode.TextEditorDecorationType[] {
  return Array.from({ length: SPEAKER_COLOURS }, (_, i) => {
    const colour = speakerColour(i);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><rect x="11" y="0" width="3" height="16" fill="${colour}"/></svg>`;
    return vscode.window.createTextEditorDecorationType({
      isWholeLine: true,
      gutterIconPath: vscode.Uri.parse(`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`),
      gutterIconSize: 'cover',
      overviewRulerColor: new vscode.ThemeColor(`transcript.speaker${i + 1}`),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    });
  });
}
