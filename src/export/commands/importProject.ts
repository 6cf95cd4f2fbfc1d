import * as vscode from 'vscode';
import { IMPORT_PROJECT_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import { importProject, type ProjectImportRequest } from '../importProject';

/** Import REFI-QDA Project…: its transcripts and tags into a folder. */
export class ImportProjectCommand implements Command {
  readonly id = IMPORT_PROJECT_COMMAND;

  constructor(private readonly output: vscode.OutputChannel) {}

  execute(request?: ProjectImportRequest | vscode.Uri): unknown {
    return importProject(this.output, request instanceof vscode.Uri ? { source: request } : request);
  }
}
