/** Storage: each transcript's tags in its YAML sidecar, loaded, saved, watched and checked. */
import type * as vscode from 'vscode';
import { isTranscript } from '../documents';
import { registerCandidateHover } from './candidates';
import { registerStorageCommands } from './commands';
import { registerDiagnostics } from './diagnostics';
import { SidecarStore, type CategoryLookup } from './store';

export type { TagStore, StoredTag } from './api';
export type { SidecarStore, TranscriptTags } from './store';

export function register(context: vscode.ExtensionContext, categories: CategoryLookup): SidecarStore {
  const store = new SidecarStore(isTranscript, categories);
  context.subscriptions.push(store);
  registerDiagnostics(context, store, (id) => store.categoryOf(id).label);
  registerStorageCommands(context, store);
  registerCandidateHover(context, store);
  return store;
}
