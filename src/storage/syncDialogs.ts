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
      `The tags of ${shownName(entry.uri)} were changed here and on disk at once: ${n} tag${n === 1 ? ' was' : 's were'} changed both ways and ${n === 1 ? 'is' : 'are'} kept in both versions. ${outcome.conflicts[0]}`,
    );
    return;
  }
  const n = outcome.lost.length;
  const choice = await vscode.window.showWarningMessage(`The sidecar of ${shownName(entry.uri)} was deleted; its ${n} tag${n === 1 ? ' is' : 's are'} no longer shown.`, 'Write Them Back');
  if (choice === 'Write Them Back') store.writeBack(entry, outcome.lost);
}
