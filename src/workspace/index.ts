/** The workspace service: the workspace's transcripts, for the views, exports and every other feature. */
import type * as vscode from 'vscode';
import type { TranscriptModels } from '../documents';
import type { TagStore } from '../storage/api';
import { TranscriptWorkspace } from './workspace';

export { TranscriptWorkspace, type LoadedDocument, type ShowProgress, type WorkspaceDocument } from './workspace';
export { recordTimings, type WorkspaceTimings } from './timings';

/** Creates the workspace service; it scans nothing until a feature asks for the list. */
export function register(context: vscode.ExtensionContext, models: TranscriptModels, tags?: TagStore): TranscriptWorkspace {
  const workspace = new TranscriptWorkspace(models, tags);
  context.subscriptions.push(workspace);
  return workspace;
}
