import { RESTORE_TAG_COMMAND } from '../../commandIds';
import * as vscode from 'vscode';
import { restoreTag } from '../../core/annotations';
import type { Command } from '../../util/command';
import type { TaggingSession, TargetArgs } from './session';
import { shortQuote } from './tagClaim';

/** Restore Removed Tag: the one just removed, else one picked from those removed this session. */
export class RestoreTagCommand implements Command {
  readonly id = RESTORE_TAG_COMMAND;

  constructor(private readonly session: TaggingSession) {}

  async execute(args?: TargetArgs): Promise<void> {
    const { session } = this;
    const doc = session.documentFor(args?.uri);
    if (!doc) return;
    const entry = await session.writable(doc);
    if (!entry) return;
    if (entry.removed.length === 0) return void vscode.window.showInformationMessage(vscode.l10n.t('No tag of this transcript was removed in this session.'));
    let id = args?.id;
    if (!id && !session.wasJustRemoved(doc.uri) && entry.removed.length > 1) {
      const picked = await vscode.window.showQuickPick(
        [...entry.removed].reverse().map((t) => ({ label: shortQuote(t.quote, 80), description: session.label(t.category), id: t.id })),
        { title: vscode.l10n.t('Restore Removed Tag') },
      );
      if (!picked) return;
      id = picked.id;
    }
    session.setJustRemoved(undefined);
    session.apply(entry, restoreTag(entry, id));
  }
}
