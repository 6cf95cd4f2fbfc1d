/**
 * Commands only the test build has (see `TEST_BUILD` in esbuild.config.mjs):
 * the integration tests read the tag store through them.
 */
import * as vscode from 'vscode';
import type { SidecarStore } from './storage';

export const LIST_TAGS_COMMAND = 'transcript._listTags';
export const FLUSH_TAGS_COMMAND = 'transcript._flushTags';

export function registerTestHooks(context: vscode.ExtensionContext, store: SidecarStore): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(LIST_TAGS_COMMAND, (uri?: string) => store.tagsFor(uri ? vscode.Uri.parse(uri, true) : (vscode.window.activeTextEditor?.document.uri ?? vscode.Uri.parse('untitled:none')))),
    vscode.commands.registerCommand(FLUSH_TAGS_COMMAND, () => store.flush()),
  );
}
