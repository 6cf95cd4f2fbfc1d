/** Reveals the section under the cursor in the Documents view, when the view is open. */
import * as vscode from 'vscode';
import { logError } from '../util/log';
import type { DocumentsProvider } from './documents';
import type { DocumentsNode } from './nodes';
import { fileOf } from '../documents/addresses';

const DEBOUNCE_MS = 250;

export function registerFollowCursor(context: vscode.ExtensionContext, view: vscode.TreeView<DocumentsNode>, documents: DocumentsProvider): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const enabled = () => vscode.workspace.getConfiguration('transcript.documents').get<boolean>('followCursor', true);
  const follow = async (editor: vscode.TextEditor | undefined) => {
    if (!editor || !view.visible || !enabled()) return;
    const node = await documents.sectionAt(fileOf(editor.document.uri).toString(), editor.selection.active.line);
    if (!node || view.selection[0] === node || editor !== vscode.window.activeTextEditor) return;
    await view.reveal(node, { select: true, focus: false, expand: false });
  };
  const schedule = (editor: vscode.TextEditor | undefined) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      follow(editor).catch((e: unknown) => {
        // The node went away while revealing (the document changed): the next move tries again.
        logError('Could not reveal the section under the cursor in the Documents view', editor?.document.uri, e);
      });
    }, DEBOUNCE_MS);
  };
  context.subscriptions.push(
    { dispose: () => timer && clearTimeout(timer) },
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor === vscode.window.activeTextEditor) schedule(e.textEditor);
    }),
    vscode.window.onDidChangeActiveTextEditor(schedule),
    view.onDidChangeVisibility((e) => e.visible && schedule(vscode.window.activeTextEditor)),
  );
}
