import * as vscode from 'vscode';
import { TAG_CLAIM_COMMAND, TAG_NODE_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import { locationOf, type AnyNode } from '../nodes';
import { revealRange, target, type ViewsContext } from './shared';

/** Tag Claim on a node: selects its words in the transcript and runs Tag Claim there. */
export class TagNodeCommand implements Command {
  readonly id = TAG_NODE_COMMAND;

  constructor(private readonly v: ViewsContext) {}

  async execute(node?: AnyNode): Promise<void> {
    const n = target(node, this.v.views);
    const at = locationOf(n);
    if (!at?.range) return;
    const commands = await vscode.commands.getCommands(true);
    if (!commands.includes(TAG_CLAIM_COMMAND)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Tagging is not available in this version of Transcript Annotator.'));
      return;
    }
    // A turn is tagged by its words, not its label.
    const range = n?.kind === 'turn' ? n.turn.textRange : at.range;
    await revealRange(at.uri, range, { preview: false });
    await vscode.commands.executeCommand(TAG_CLAIM_COMMAND);
  }
}
