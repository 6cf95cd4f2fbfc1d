/** What the Transcripts views' commands share: the views they act on, the node a command means, and opening a range. */
import * as vscode from 'vscode';
import type { PosRange } from '../../core/workspace/documentTree';
import type { TranscriptWorkspace } from '../../workspace';
import type { ClaimsProvider } from '../claims';
import { toRange, type AnyNode } from '../nodes';
import { editorUriOf } from '../../documents/addresses';

/** What the views' commands work with. */
export interface ViewsContext {
  readonly extensionUri: vscode.Uri;
  readonly workspace: TranscriptWorkspace;
  readonly claims: ClaimsProvider;
  /** The views whose selection a command acts on when run from the palette. */
  readonly views: Array<vscode.TreeView<AnyNode>>;
}

/** Opens a document and selects a range in it (the whole document when there is none). */
export async function revealRange(uri: vscode.Uri, range: PosRange | undefined, options: { side?: boolean; preview?: boolean } = {}): Promise<vscode.TextEditor> {
  const selection = range ? toRange(range) : undefined;
  // A document (PDF, Word...) opens in its transcript view, where its tags and turns are.
  const editor = await vscode.window.showTextDocument(editorUriOf(uri), {
    ...(selection ? { selection } : {}),
    preview: options.preview ?? !options.side,
    ...(options.side ? { viewColumn: vscode.ViewColumn.Beside } : {}),
  });
  if (selection) {
    editor.selection = new vscode.Selection(selection.start, selection.end);
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return editor;
}

/** The node a context-menu command was run on, else the selected node of the views. */
export function target(node: unknown, views: Array<vscode.TreeView<AnyNode>>): AnyNode | undefined {
  if (node) return node as AnyNode;
  for (const view of views) if (view.selection[0]) return view.selection[0];
  return undefined;
}

/** Writes a setting of the workspace (of the user when no folder is open). */
export function writeSetting(section: string, key: string, value: unknown): Thenable<void> {
  return vscode.workspace.getConfiguration(section).update(key, value, vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
}
