/** Storage: each transcript's tags in its YAML sidecar, loaded, saved, watched and checked. */
import type * as vscode from 'vscode';
import { isTranscript } from '../documents';
import type { OriginalReads } from '../documents/originals';
import { registerCandidateHover } from './candidates';
import { registerStorageCommands } from './commands';
import { registerDiagnostics } from './diagnostics';
import { registerSyncDialogs } from './syncDialogs';
import { SidecarStore } from './tagStore';

export type { TagStore, StoredTag } from './api';
export type { SidecarStore, TranscriptTags } from './tagStore';

/** The tag store; `labelOf` names a category in its diagnostics (the codebook service's labels). */
export function register(context: vscode.ExtensionContext, labelOf: (category: string) => string, originals?: OriginalReads): SidecarStore {
  const store = new SidecarStore(isTranscript, originals);
  context.subscriptions.push(store);
  registerSyncDialogs(context, store);
  registerDiagnostics(context, store, labelOf);
  registerStorageCommands(context, store, labelOf);
  registerCandidateHover(context, store, labelOf);
  return store;
}
