/**
 * Exports and imports: Export Annotations... (workspace, current document or
 * the documents selected in the Transcripts view), Export this Document's
 * Tags (the view's document items), and the imports of a REFI-QDA project,
 * a REFI-QDA codebook and W3C annotations.
 */
import type * as vscode from 'vscode';
import type { TranscriptModels } from '../documents';
import type { TranscriptViews } from '../views';
import type { TranscriptWorkspace } from '../workspace';
import { logChannel } from '../util/log';
import { registerCommands } from '../util/command';
import { ExportAnnotationsCommand } from './commands/exportAnnotations';
import { ExportDocumentAnnotationsCommand } from './commands/exportDocumentAnnotations';
import { ImportAnnotationsCommand } from './commands/importAnnotations';
import { ImportCodebookCommand } from './commands/importCodebook';
import { ImportProjectCommand } from './commands/importProject';
import { ExportCommand, urisOfNodes } from './exportCommand';
import { registerImportAccounts } from './importAccountView';

export type { ExportOutcome, ExportRequest, ExportSources } from './exportCommand';
export type { ProjectImportOutcome, ProjectImportRequest } from './importProject';

export function register(context: vscode.ExtensionContext, models: TranscriptModels, workspace?: TranscriptWorkspace, views?: TranscriptViews, tags?: { flush(): Promise<void> }): void {
  const output = logChannel();
  const command = new ExportCommand(
    context,
    {
      models,
      // The workspace scope exports the workspace's transcripts, plus every transcript with a sidecar.
      ...(workspace
        ? {
            documents: async () => {
              await workspace.ensureListed();
              return workspace.documents().map((d) => d.uri);
            },
          }
        : {}),
      ...(views ? { selection: () => urisOfNodes(undefined, views.documentsView.selection) } : {}),
      ...(tags ? { flush: () => tags.flush() } : {}),
    },
    output,
  );
  registerImportAccounts(context);
  registerCommands(context, [
    new ExportAnnotationsCommand(command),
    new ExportDocumentAnnotationsCommand(command),
    new ImportCodebookCommand(),
    new ImportProjectCommand(output),
    new ImportAnnotationsCommand(),
  ]);
}
