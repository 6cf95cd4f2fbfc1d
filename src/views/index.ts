/**
 * The Transcripts views: Documents (every transcript, its sections, turns and
 * tags) and Claims (every tag, grouped and filtered), with their commands.
 */
import * as vscode from 'vscode';
import { ClaimsProvider } from './claims';
import { registerTreeCommands } from './commands';
import type { Codebook } from '../codebook';
import type { TranscriptWorkspace } from '../workspace';
import { DocumentsProvider } from './documents';
import { registerFollowCursor } from './follow';
import { ListRedraws } from './redraws';
import type { AnyNode, ClaimsNode, DocumentsNode } from './nodes';

import { CLAIMS_VIEW, DOCUMENTS_VIEW } from './ids';

export { CLAIMS_VIEW, DOCUMENTS_VIEW } from './ids';

/** What the views expose to the integration tests and the benchmark. */
export interface TranscriptViews {
  documents: DocumentsProvider;
  claims: ClaimsProvider;
  documentsView: vscode.TreeView<DocumentsNode>;
  claimsView: vscode.TreeView<ClaimsNode>;
}

/** Draws the workspace service in the two views. */
export function register(context: vscode.ExtensionContext, workspace: TranscriptWorkspace, codebook: Codebook): TranscriptViews {
  // The workspace knows no view: its progress shows on the Documents view, its changes are redrawn in batches.
  workspace.showProgress = (title, work) => vscode.window.withProgress({ location: { viewId: DOCUMENTS_VIEW }, ...(title ? { title } : {}) }, work);
  const redraws = new ListRedraws(workspace);
  const documents = new DocumentsProvider(workspace, codebook, redraws.onDidChange);
  const claims = new ClaimsProvider(workspace, context.workspaceState, codebook, redraws.onDidChange);
  const documentsView = vscode.window.createTreeView(DOCUMENTS_VIEW, { treeDataProvider: documents, showCollapseAll: true });
  const claimsView = vscode.window.createTreeView(CLAIMS_VIEW, { treeDataProvider: claims, showCollapseAll: true });
  claims.view = claimsView;
  context.subscriptions.push(redraws, documents, claims, documentsView, claimsView);
  registerTreeCommands(context, { workspace, claims, views: [documentsView, claimsView] as Array<vscode.TreeView<AnyNode>> });
  registerFollowCursor(context, documentsView, documents);
  // The tags the views draw are named by the codebook: read it once a view shows.
  const shown = () => documentsView.visible || claimsView.visible;
  if (shown()) void codebook.ready();
  for (const view of [documentsView, claimsView] as Array<vscode.TreeView<unknown>>) context.subscriptions.push(view.onDidChangeVisibility(() => shown() && void codebook.ready()));
  return { documents, claims, documentsView, claimsView };
}
