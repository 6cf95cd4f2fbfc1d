import * as vscode from 'vscode';
import { SUGGEST_CLAIMS_COMMAND } from '../../commandIds';
import { isTranscript } from '../../documents';
import type { SidecarStore } from '../../storage';
import type { Command } from '../../util/command';
import type { SuggestionsController } from '../controller';

/** Suggest Claims: ranks the sentences of a transcript worth checking, marks them and lists them. */
export class SuggestClaimsCommand implements Command {
  readonly id = SUGGEST_CLAIMS_COMMAND;

  constructor(
    private readonly controller: SuggestionsController,
    private readonly store: SidecarStore,
    /** Shows the Suggested Claims view for a transcript. */
    private readonly reveal: (uri: vscode.Uri) => Promise<void>,
  ) {}

  async execute(uriArg?: vscode.Uri | string): Promise<unknown> {
    const uri = typeof uriArg === 'string' ? vscode.Uri.parse(uriArg, true) : uriArg instanceof vscode.Uri ? uriArg : undefined;
    const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!doc || !isTranscript(doc)) return void vscode.window.showInformationMessage(vscode.l10n.t('Open a transcript to find the claims worth checking in it.'));
    await this.store.entryFor(doc);
    const suggestions = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Scoring sentences') }, () => this.controller.show(doc));
    if (suggestions.length === 0) void vscode.window.showInformationMessage(vscode.l10n.t('No sentence to suggest in this transcript: it has no sentences of speech, or every one is tagged, dismissed or under the score threshold (transcript.suggestions.minScore).'));
    else {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} suggested claim{1}, marked with a dotted underline and listed in the Suggested Claims view.', suggestions.length, suggestions.length === 1 ? '' : 's'));
      await this.reveal(doc.uri);
    }
    return suggestions;
  }
}
