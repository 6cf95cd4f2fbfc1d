import { REMOVE_TAG_COMMAND } from '../../commandIds';
import * as vscode from 'vscode';
import { removeTag } from '../../core/annotations';
import type { Command } from '../../util/command';
import type { TaggingSession, TargetArgs } from './session';

/** Remove Tag: the tag under the cursor (or by id); Undo or Restore Removed Tag brings it back. */
export class RemoveTagCommand implements Command {
  readonly id = REMOVE_TAG_COMMAND;

  constructor(private readonly session: TaggingSession) {}

  async execute(args?: TargetArgs): Promise<void> {
    const found = await this.session.writableTarget(args);
    if (!found) return;
    const { doc, entry, target } = found;
    const removed = this.session.apply(entry, removeTag(entry, target.id));
    if (!removed) return;
    this.session.setJustRemoved(doc.uri);
    vscode.window.setStatusBarMessage(vscode.l10n.t('$(trash) Removed the {0} tag — Undo (Ctrl+Z) or “Restore Removed Tag” brings it back', this.session.label(removed.category)), 8000);
  }
}
