/**
 * Claims worth checking: Suggest Claims (ranked sentences marked in the
 * editor and listed in the Suggested Claims view, accepted as tags or
 * dismissed) and Find Repeats (where a tagged claim is said again).
 */
import * as vscode from 'vscode';
import type { TranscriptModels } from '../documents';
import type { SidecarStore } from '../storage';
import { registerSuggestionCommands } from './commands';
import { SuggestionsController } from './controller';
import { WorkspaceRepeats, type TranscriptSource } from './workspaceRepeats';
import { SUGGESTIONS_VIEW, SuggestionsView, type SuggestionNode } from './view';

export type { TranscriptSource } from './workspaceRepeats';

/** What the feature exposes to the integration tests. */
export interface Suggestions {
  controller: SuggestionsController;
  repeats: WorkspaceRepeats;
}

export function register(context: vscode.ExtensionContext, models: TranscriptModels, store: SidecarStore, transcripts: TranscriptSource, labelOf: (category: string) => string): Suggestions {
  const controller = new SuggestionsController(models, store);
  const provider = new SuggestionsView(controller);
  const view = vscode.window.createTreeView<SuggestionNode>(SUGGESTIONS_VIEW, { treeDataProvider: provider });
  context.subscriptions.push(controller, provider, view);
  const reveal = async (uri: vscode.Uri) => {
    // Show the list without taking the focus from the editor.
    if (!view.visible) await view.reveal({ kind: 'document', uri }, { select: false, focus: false, expand: true }).then(undefined, (e: Error) => console.error(`Transcript Annotator: cannot show the Suggested Claims view: ${e.message}`));
  };
  const repeats = new WorkspaceRepeats(transcripts, models, store);
  context.subscriptions.push(repeats);
  registerSuggestionCommands(context, { controller, repeats, models, store, reveal, labelOf });
  return { controller, repeats };
}
