import * as vscode from 'vscode';
import { HIDE_SUGGESTIONS_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import type { SuggestionsController } from '../controller';
import type { SuggestionNode } from '../view';

/** Hide Suggestions: a transcript's marks and list go away. */
export class HideSuggestionsCommand implements Command {
  readonly id = HIDE_SUGGESTIONS_COMMAND;

  constructor(private readonly controller: SuggestionsController) {}

  execute(uriArg?: vscode.Uri | SuggestionNode): void {
    const uri = uriArg instanceof vscode.Uri ? uriArg : uriArg && 'uri' in uriArg ? uriArg.uri : vscode.window.activeTextEditor?.document.uri;
    if (uri) this.controller.forget(uri);
  }
}
