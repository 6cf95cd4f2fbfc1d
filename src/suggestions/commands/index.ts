/** The commands of suggested claims and repeats, one per file. */
import type * as vscode from 'vscode';
import type { TranscriptModels } from '../../documents';
import type { SidecarStore } from '../../storage';
import { registerCommands } from '../../util/command';
import type { SuggestionsController } from '../controller';
import type { WorkspaceRepeats } from '../workspaceRepeats';
import { AcceptSuggestionCommand } from './acceptSuggestion';
import { DismissSuggestionCommand } from './dismissSuggestion';
import { FindRepeatsCommand } from './findRepeats';
import { HideSuggestionsCommand } from './hideSuggestions';
import { RevealSuggestionCommand } from './revealSuggestion';
import { SuggestClaimsCommand } from './suggestClaims';
import { SuggestionsOfCommand } from './suggestionsOf';
import { TagRepeatCommand } from './tagRepeat';

/** What the commands work with. */
export interface SuggestionServices {
  controller: SuggestionsController;
  repeats: WorkspaceRepeats;
  models: TranscriptModels;
  store: SidecarStore;
  /** Shows the Suggested Claims view for a transcript. */
  reveal: (uri: vscode.Uri) => Promise<void>;
  /** A category's label, from the codebook. */
  labelOf: (category: string) => string;
}

export function registerSuggestionCommands(context: vscode.ExtensionContext, s: SuggestionServices): void {
  registerCommands(context, [
    new SuggestClaimsCommand(s.controller, s.store, s.reveal),
    new AcceptSuggestionCommand(s.controller),
    new DismissSuggestionCommand(s.controller, s.store),
    new HideSuggestionsCommand(s.controller),
    new RevealSuggestionCommand(),
    new SuggestionsOfCommand(s.controller),
    new FindRepeatsCommand(s.repeats, s.models, s.store, s.labelOf),
    new TagRepeatCommand(s.models, s.store),
  ]);
}
