/**
 * The first time a team feature is used (a second annotator's sidecar appears,
 * Compare Annotators, Show Agreement Report, Start Blind Coding) while
 * `transcript.tagging.author` is empty, the user is asked for their name once
 * per workspace, and told what happens to tags without one: they belong to no
 * annotator and agreement leaves them out.
 */
import * as vscode from 'vscode';
import { SET_AUTHOR_COMMAND } from '../commandIds';
import { currentAnnotator } from './blind';

/** The workspace state key that remembers the prompt was shown. */
const ASKED_KEY = 'transcript.authorPrompt.asked';

/** What the prompt did: not shown (a name is set, or it was shown before in this workspace) or shown. */
export type AuthorPromptOutcome = { shown: false } | { shown: true; message: string };

export class AuthorPrompt {
  constructor(private readonly state: vscode.Memento) {}

  /**
   * Shows the prompt unless a name is set or it was shown in this workspace
   * before. Does not wait for the user's answer: the feature goes on, and
   * the button runs Set Your Annotator Name.
   */
  /** Forgets that the prompt was shown (for the tests). */
  async reset(): Promise<void> {
    await this.state.update(ASKED_KEY, undefined);
  }

  /** Remembers the prompt as shown, for a feature that asks for the name its own way. */
  async markShown(): Promise<void> {
    await this.state.update(ASKED_KEY, true);
  }

  async offer(): Promise<AuthorPromptOutcome> {
    if (currentAnnotator() || this.state.get<boolean>(ASKED_KEY)) return { shown: false };
    await this.state.update(ASKED_KEY, true);
    const message = vscode.l10n.t(
      'Your tags carry no annotator name (the setting transcript.tagging.author is empty). Tags without a name belong to no annotator: agreement, comparison and blind coding leave them out. Set your name now, and the tags you make from now on carry it.',
    );
    const set = vscode.l10n.t('Set My Name for This Workspace');
    void vscode.window.showInformationMessage(message, set).then((pick) => (pick === set ? vscode.commands.executeCommand(SET_AUTHOR_COMMAND) : undefined));
    return { shown: true, message };
  }
}
