/**
 * The storage feature's commands, one per file: resolving a sidecar left with
 * git's conflict markers, choosing the place of an ambiguous tag, and setting
 * up git to merge sidecars by tag id.
 */
import type * as vscode from 'vscode';
import { registerCommands } from '../../util/command';
import type { SidecarStore } from '../tagStore';
import { ChooseTagPlaceCommand } from './chooseTagPlace';
import { ResolveSidecarConflictCommand } from './resolveSidecarConflict';
import { SetUpGitMergingCommand } from './setUpGitMerging';

export function registerStorageCommands(context: vscode.ExtensionContext, store: SidecarStore, labelOf: (category: string) => string): void {
  registerCommands(context, [new ResolveSidecarConflictCommand(store), new ChooseTagPlaceCommand(store, labelOf), new SetUpGitMergingCommand(context.extensionUri)]);
}
