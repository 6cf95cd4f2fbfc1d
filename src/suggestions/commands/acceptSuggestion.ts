import * as vscode from 'vscode';
import { ACCEPT_SUGGESTION_COMMAND, TAG_CLAIM_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import type { SuggestionsController } from '../controller';
import { isNode, select, target, type Arg } from './shared';

/** Accept Suggestion: Tag Claim on the suggested sentence (the category can be given to skip the picker). */
export class AcceptSuggestionCommand implements Command {
  readonly id = ACCEPT_SUGGESTION_COMMAND;

  constructor(private readonly controller: SuggestionsController) {}

  async execute(arg?: Arg): Promise<void> {
    const found = await target(this.controller, arg, 'Accept');
    if (!found) return;
    select(found.editor, found.suggestion);
    const plain = isNode(arg) ? undefined : arg;
    const args = plain?.category ? { category: plain.category, ...(plain.note ? { note: plain.note } : {}) } : undefined;
    await vscode.commands.executeCommand(TAG_CLAIM_COMMAND, args);
  }
}
