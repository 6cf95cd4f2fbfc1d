import { SET_ASIDE_SIDECAR_COMMAND } from '../../commandIds';
import * as vscode from 'vscode';
import type { Command } from '../../util/command';
import type { TaggingSession, TargetArgs } from './session';
import { sidecarUriOf } from '../../documents/addresses';

/** Set Aside Broken Sidecar and Start Afresh: renames an unreadable sidecar aside (nothing is deleted). */
export class SetAsideSidecarCommand implements Command {
  readonly id = SET_ASIDE_SIDECAR_COMMAND;

  constructor(private readonly session: TaggingSession) {}

  async execute(args?: TargetArgs): Promise<void> {
    const { store } = this.session;
    const doc = this.session.documentFor(args?.uri);
    if (!doc) return;
    const entry = await store.entryFor(doc);
    if (entry?.mode !== 'paused') return void vscode.window.showInformationMessage(vscode.l10n.t('The sidecar of this transcript is readable; there is nothing to set aside.'));
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('Rename the unreadable {0} aside (nothing is deleted) and start this transcript’s tags afresh?', sidecarUriOf(doc.uri).path.split('/').pop() ?? ''),
      { modal: true },
      vscode.l10n.t('Set Aside'),
    );
    if (choice !== vscode.l10n.t('Set Aside')) return;
    let aside: vscode.Uri | undefined;
    try {
      aside = await store.setAside(doc);
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not rename the sidecar aside: {0}', (e as Error).message));
      return;
    }
    if (aside) void vscode.window.showInformationMessage(vscode.l10n.t('The broken sidecar is kept as {0}. Tagging resumes.', aside.path.split('/').pop() ?? ''));
    this.session.updateContext();
  }
}
