import { NEXT_TAG_COMMAND, PREVIOUS_TAG_COMMAND } from '../../commandIds';
import * as vscode from 'vscode';
import { nextTag, previousTag, type Tag } from '../../core/annotations';
import type { Command } from '../../util/command';
import type { TaggingSession } from './session';

/** Selects a tag and scrolls to it. */
function select(editor: vscode.TextEditor, tag: Tag): void {
  const doc = editor.document;
  const range = new vscode.Range(doc.positionAt(tag.start), doc.positionAt(tag.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Go to Next Tag: selects the first placed tag after the cursor. */
export class NextTagCommand implements Command {
  readonly id = NEXT_TAG_COMMAND;

  constructor(private readonly session: TaggingSession) {}

  execute(): void {
    const editor = vscode.window.activeTextEditor;
    const entry = editor && this.session.store.loaded(editor.document.uri);
    if (!editor || !entry) return;
    const tag = nextTag(entry.tags, editor.document.offsetAt(editor.selection.start));
    if (tag) select(editor, tag);
    else vscode.window.setStatusBarMessage(vscode.l10n.t('No next tag'), 3000);
  }
}

/** Go to Previous Tag: selects the last placed tag before the cursor. */
export class PreviousTagCommand implements Command {
  readonly id = PREVIOUS_TAG_COMMAND;

  constructor(private readonly session: TaggingSession) {}

  execute(): void {
    const editor = vscode.window.activeTextEditor;
    const entry = editor && this.session.store.loaded(editor.document.uri);
    if (!editor || !entry) return;
    const tag = previousTag(entry.tags, editor.document.offsetAt(editor.selection.start));
    if (tag) select(editor, tag);
    else vscode.window.setStatusBarMessage(vscode.l10n.t('No previous tag'), 3000);
  }
}
