/** What the disk synchroniser leaves for the user, told and asked: tags kept in both versions, a sidecar deleted on disk. */
import * as vscode from 'vscode';
import type { SidecarStore, SyncOutcome } from './tagStore';
import { shownName } from '../documents/addresses';

/** Shows each outcome of following a sidecar on disk as it comes. */
export function registerSyncDialogs(context: vscode.ExtensionContext, store: SidecarStore): void {
  context.subscriptions.push(store.onDidSync((outcome) => void showOutcome(store, outcome)));
}

async function showOutcome(store: SidecarStore, outcome: SyncOutcome): Promise<void> {
  const { entry } = outcome;
  if (outcome.kind === 'conflicts') {
    const n = outcome.conflicts.length;
    void vscode.window.showWarningMessage(
      vscode.l10n.t('The tags of {0} were changed here and on disk at once: {1} tag{2} changed both ways and {3} kept in both versions. {4}', shownName(entry.uri), n, n === 1 ? ' was' : 's were', n === 1 ? 'is' : 'are', outcome.conflicts[0] ?? ''),
    );
    return;
  }
  const n = outcome.lost.length;
  const choice = await vscode.window.showWarningMessage(vscode.l10n.t('The sidecar of {0} was deleted; its {1} tag{2} no longer shown.', shownName(entry.uri), n, n === 1 ? ' is' : 's are'), 'Write Them Back');
  if (choice === 'Write Them Back') store.writeBack(entry, outcome.lost);
}
