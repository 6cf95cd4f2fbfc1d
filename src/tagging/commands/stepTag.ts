import * as vscode from 'vscode';
import { NEXT_TAG_COMMAND, PREVIOUS_TAG_COMMAND } from '../../commandIds';
import { nextTag, previousTag } from '../../core/annotations';
import type { Command } from '../../util/command';
import type { TaggingSession } from './session';

/** Go to Next/Previous Tag: selects the nearest placed tag after (or before) the cursor and scrolls to it. */
export class StepTagCommand implements Command {
  constructor(
    readonly id: typeof NEXT_TAG_COMMAND | typeof PREVIOUS_TAG_COMMAND,
    private readonly session: TaggingSession,
  ) {}

  execute(): void {
    const editor = vscode.window.activeTextEditor;
    const entry = editor && this.session.store.loaded(editor.document.uri);
    if (!editor || !entry) return;
    const next = this.id === NEXT_TAG_COMMAND;
    const offset = editor.document.offsetAt(editor.selection.start);
    const tag = next ? nextTag(entry.tags, offset) : previousTag(entry.tags, offset);
    if (!tag) return void vscode.window.showInformationMessage(entry.tags.length === 0 ? vscode.l10n.t('This transcript has no tags yet.') : next ? vscode.l10n.t('No tag after the cursor.') : vscode.l10n.t('No tag before the cursor.'));
    const doc = editor.document;
    const range = new vscode.Range(doc.positionAt(tag.start), doc.positionAt(tag.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
