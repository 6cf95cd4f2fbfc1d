import * as vscode from 'vscode';
import { IMPORT_CODEBOOK_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import { importCodebook, type ImportRequest } from '../importCommands';

/** Import Codebook…: a REFI-QDA codebook as the workspace's categories. */
export class ImportCodebookCommand implements Command {
  readonly id = IMPORT_CODEBOOK_COMMAND;

  execute(request?: ImportRequest | vscode.Uri): unknown {
    return importCodebook(request instanceof vscode.Uri ? { source: request } : request);
  }
}
