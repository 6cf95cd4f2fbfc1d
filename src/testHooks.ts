/**
 * Commands only the test build has (see `TEST_BUILD` in esbuild.config.mjs):
 * the integration tests read the tag store through them.
 */
import * as vscode from 'vscode';
import { FLUSH_TAGS_COMMAND, LIST_TAGS_COMMAND } from './commandIds';
import type { SidecarStore } from './storage';
import { registerCommands } from './util/command';

export function registerTestHooks(context: vscode.ExtensionContext, store: SidecarStore): void {
  registerCommands(context, [
    { id: LIST_TAGS_COMMAND, execute: (uri?: string) => store.tagsFor(uri ? vscode.Uri.parse(uri, true) : (vscode.window.activeTextEditor?.document.uri ?? vscode.Uri.parse('untitled:none'))) },
    { id: FLUSH_TAGS_COMMAND, execute: () => store.flush() },
  ]);
}
