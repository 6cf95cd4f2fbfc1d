import * as vscode from 'vscode';
import { DISMISS_SUGGESTION_COMMAND } from '../../commandIds';
import type { SidecarStore } from '../../storage';
import type { Command } from '../../util/command';
import { loadClaims, type SuggestionsController } from '../controller';
import { target, type Arg } from './shared';

/** Dismiss Suggestion: the sentence is not suggested again (remembered in the sidecar). */
export class DismissSuggestionCommand implements Command {
  readonly id = DISMISS_SUGGESTION_COMMAND;

  constructor(
    private readonly controller: SuggestionsController,
    private readonly store: SidecarStore,
  ) {}

  async execute(arg?: Arg): Promise<void> {
    const found = await target(this.controller, arg, 'Dismiss');
    if (!found) return;
    const entry = await this.store.entryFor(found.editor.document);
    if (!entry) return;
    if (entry.mode !== 'ok') return void vscode.window.showWarningMessage(vscode.l10n.t('{0}: the dismissal cannot be remembered.', entry.reason ?? 'This transcript’s sidecar cannot be changed'));
    const claims = await loadClaims();
    entry.extra = claims.withDismissal(entry.extra, found.suggestion.text);
    this.store.changed(entry);
    vscode.window.setStatusBarMessage(vscode.l10n.t('$(close) Dismissed: this sentence will not be suggested again (kept in the sidecar)'), 5000);
  }
}
