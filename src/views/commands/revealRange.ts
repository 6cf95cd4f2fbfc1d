import type * as vscode from 'vscode';
import { REVEAL_COMMAND } from '../../commandIds';
import type { PosRange } from '../../core/workspace/documentTree';
import type { Command } from '../../util/command';
import { revealRange } from './shared';

/** What a click on a node runs: open the document and select the range. */
export class RevealRangeCommand implements Command {
  readonly id = REVEAL_COMMAND;

  execute(uri: vscode.Uri, range?: PosRange): Promise<vscode.TextEditor> {
    return revealRange(uri, range);
  }
}
