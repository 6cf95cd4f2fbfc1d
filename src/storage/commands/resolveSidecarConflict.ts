import * as vscode from 'vscode';
import { RESOLVE_SIDECAR_CONFLICT_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import type { SidecarStore } from '../tagStore';
import { documentFor, type TagTarget } from './shared';
import { shownName } from '../../documents/addresses';

/** Resolve Sidecar Merge Conflict: merges both sides of a sidecar left with git's conflict markers, by tag id. */
export class ResolveSidecarConflictCommand implements Command {
  readonly id = RESOLVE_SIDECAR_CONFLICT_COMMAND;

  constructor(private readonly store: SidecarStore) {}

  async execute(args?: TagTarget): Promise<void> {
    const doc = documentFor(this.store, args?.uri);
    if (!doc) return void vscode.window.showInformationMessage(vscode.l10n.t('Open the transcript whose sidecar has a merge conflict first.'));
    const entry = await this.store.entryFor(doc);
    if (!entry?.conflict) return void vscode.window.showInformationMessage(vscode.l10n.t('The sidecar of {0} has no merge conflict to resolve.', shownName(doc.uri)));
    try {
      const conflicts = await this.store.resolveConflict(doc);
      if (conflicts === undefined) return void vscode.window.showInformationMessage(vscode.l10n.t('The sidecar of {0} has no conflict markers any more.', shownName(doc.uri)));
      const kept = conflicts.length ? ` ${conflicts.length} tag${conflicts.length === 1 ? ' was' : 's were'} changed differently on both sides and ${conflicts.length === 1 ? 'is' : 'are'} kept in both versions: ${conflicts.join(' ')}` : '';
      void vscode.window.showInformationMessage(vscode.l10n.t('Merged both sides’ tags of {0}; tagging is on again.{1}', shownName(doc.uri), kept));
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not resolve the merge conflict in {0}: {1}. The file is left as it is.', shownName(entry.sidecar), (e as Error).message));
    }
  }
}
