import * as vscode from 'vscode';
import { IMPORT_ANNOTATIONS_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import { importAnnotations, type ImportRequest } from '../importCommands';

/** Import Annotations…: W3C annotations into the transcripts' sidecars. */
export class ImportAnnotationsCommand implements Command {
  readonly id = IMPORT_ANNOTATIONS_COMMAND;

  execute(request?: ImportRequest | vscode.Uri): unknown {
    return importAnnotations(request instanceof vscode.Uri ? { source: request } : request);
  }
}
