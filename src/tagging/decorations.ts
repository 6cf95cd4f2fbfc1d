/**
 * Tags in the editor: a background in the category's colour (contributed
 * colours, so themes can change them), a mark in the overview ruler, and a
 * dashed outline on tags that were moved to other words.
 */
import * as vscode from 'vscode';
import { isTranscript } from '../documents';
import type { SidecarStore } from '../storage';
import type { Codebook } from '../codebook';
import { visibleToCoder } from '../agreement/blind';

const REFRESH_MS = 50;

export function registerDecorations(context: vscode.ExtensionContext, store: SidecarStore, codebook: Codebook): void {
  const types = new Map<string, vscode.TextEditorDecorationType>();
  const moved = vscode.window.createTextEditorDecorationType({
    border: '1px dashed',
    borderColor: new vscode.ThemeColor('transcript.tag.movedBorder'),
  });
  context.subscriptions.push(moved, { dispose: () => types.forEach((t) => t.dispose()) });

  const typeFor = (color: string) => {
    let type = types.get(color);
    if (!type) {
      const paint = color.startsWith('#') ? (color.length === 7 ? `${color}40` : color) : new vscode.ThemeColor(color);
      type = vscode.window.createTextEditorDecorationType({
        backgroundColor: paint,
        overviewRulerColor: paint,
        overviewRulerLane: vscode.OverviewRulerLane.Center,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
      types.set(color, type);
    }
    return type;
  };

  const paint = (editor: vscode.TextEditor) => {
    const entry = store.loaded(editor.document.uri);
    const byColor = new Map<string, vscode.Range[]>();
    const movedRanges: vscode.Range[] = [];
    const visible = visibleToCoder();
    for (const tag of entry?.tags ?? []) {
      if (tag.status === 'orphaned' || tag.end <= tag.start || !visible(tag)) continue;
      const range = new vscode.Range(editor.document.positionAt(tag.start), editor.document.positionAt(tag.end));
      const color = codebook.lookup(tag.category).color;
      let list = byColor.get(color);
      if (!list) byColor.set(color, (list = []));
      list.push(range);
      if (tag.status === 'moved') movedRanges.push(range);
    }
    for (const color of byColor.keys()) typeFor(color);
    for (const [color, type] of types) editor.setDecorations(type, byColor.get(color) ?? []);
    editor.setDecorations(moved, movedRanges);
  };

  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = (uri?: vscode.Uri) => {
    if (uri) pending.add(uri.toString());
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      const keys = new Set(pending);
      pending.clear();
      for (const editor of vscode.window.visibleTextEditors) if (keys.has(editor.document.uri.toString())) paint(editor);
    }, REFRESH_MS);
  };
  context.subscriptions.push(
    { dispose: () => timer && clearTimeout(timer) },
    store.onDidChangeTags((uri) => refresh(uri)),
    codebook.onDidChange(() => vscode.window.visibleTextEditors.forEach((e) => refresh(e.document.uri))),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('transcript.tagging') && vscode.window.visibleTextEditors.forEach((ed) => refresh(ed.document.uri))),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.filter((e) => isTranscript(e.document) || store.loaded(e.document.uri)).forEach(paint)),
  );
  vscode.window.visibleTextEditors.forEach(paint);
}
