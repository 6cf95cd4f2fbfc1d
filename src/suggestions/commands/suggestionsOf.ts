import * as vscode from 'vscode';
import { SUGGESTIONS_OF_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import type { SuggestionsController } from '../controller';

/** The suggestions shown for a transcript (for the integration tests). */
export class SuggestionsOfCommand implements Command {
  readonly id = SUGGESTIONS_OF_COMMAND;

  constructor(private readonly controller: SuggestionsController) {}

  execute(uri: string): unknown {
    return this.controller.suggestionsOf(vscode.Uri.parse(uri, true));
  }
}
