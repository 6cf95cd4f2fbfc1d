import * as vscode from 'vscode';
import { REVEAL_SIDECAR_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import { exists } from '../../util/files';
import { locationOf, type AnyNode } from '../nodes';
import { target, type ViewsContext } from './shared';
import { sidecarUriOf } from '../../documents/addresses';

/** Reveal Tags File: a transcript's sidecar in the Explorer. */
export class RevealSidecarCommand implements Command {
  readonly id = REVEAL_SIDECAR_COMMAND;

  constructor(private readonly v: ViewsContext) {}

  async execute(node?: AnyNode): Promise<void> {
    const at = locationOf(target(node, this.v.views)) ?? (vscode.window.activeTextEditor && { uri: vscode.window.activeTextEditor.document.uri });
    if (!at) return;
    const sidecar = sidecarUriOf(at.uri);
    if (await exists(sidecar)) await vscode.commands.executeCommand('revealInExplorer', sidecar);
    else void vscode.window.showInformationMessage(vscode.l10n.t('{0} has no tags file ({1}) yet.', at.uri.path.split('/').pop() ?? '', sidecar.path.split('/').pop() ?? ''));
  }
}
