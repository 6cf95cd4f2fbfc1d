/**
 * The Transcripts views: Documents (every transcript, its sections, turns and
 * tags) and Claims (every tag, grouped and filtered), with their commands.
 */
import * as vscode from 'vscode';
import type { TranscriptModels } from '../documents';
import type { TagStore } from '../storage/api';
import { ClaimsProvider } from './claims';
import { registerTreeCommands } from './commands';
import { Corpus } from './corpus';
import { DocumentsProvider } from './documents';
import { registerFollowCursor } from './follow';
import type { AnyNode, ClaimsNode, DocumentsNode } from './nodes';

export const DOCUMENTS_VIEW = 'transcript.documents';
export const CLAIMS_VIEW = 'transcript.claims';

/** What the views expose to the integration tests and the benchmark. */
export interface TranscriptViews {
  corpus: Corpus;
  documents: DocumentsProvider;
  claims: ClaimsProvider;
  documentsView: vscode.TreeView<DocumentsNode>;
  claimsView: vscode.TreeView<ClaimsNode>;
}

export function register(context: vscode.ExtensionContext, models: TranscriptModels, tags?: TagStore): TranscriptViews {
  const corpus = new Corpus(models, tags);
  const documents = new DocumentsProvider(corpus);
  const claims = new ClaimsProvider(corpus, context.workspaceState);
  const documentsView = vscode.window.createTreeView(DOCUMENTS_VIEW, { treeDataProvider: documents, showCollapseAll: true });
  const claimsView = vscode.window.createTreeView(CLAIMS_VIEW, { treeDataProvider: claims, showCollapseAll: true });
  claims.view = claimsView;
  context.subscriptions.push(corpus, documents, claims, documentsView, claimsView);
  registerTreeCommands(context, corpus, claims, [documentsView, claimsView] as Array<vscode.TreeView<AnyNode>>);
  registerFollowCursor(context, documentsView, documents);
  return { corpus, documents, claims, documentsView, claimsView };
}
