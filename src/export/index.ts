/**
 * Exports and imports: Export Annotations... (workspace, current document or
 * the documents selected in the Transcripts view), Export this Document's
 * Tags (the view's document items), and the imports of a REFI-QDA project,
 * a REFI-QDA codebook and W3C annotations.
 */
import * as vscode from 'vscode';
import type { TranscriptModels } from '../documents';
import type { TranscriptViews } from '../views';
import type { TranscriptWorkspace } from '../workspace';
import { logChannel } from '../util/log';
import { ExportCommand, urisOfNodes, type ExportRequest } from './exportCommand';
import { importAnnotations, importCodebook, type ImportRequest } from './importCommands';
import { importProject, type ProjectImportRequest } from './importProject';

export type { ExportOutcome, ExportRequest, ExportSources } from './exportCommand';
export type { ProjectImportOutcome, ProjectImportRequest } from './importProject';

export const EXPORT_COMMAND = 'transcript.exportAnnotations';
export const EXPORT_DOCUMENTS_COMMAND = 'transcript.exportDocumentAnnotations';
export const IMPORT_CODEBOOK_COMMAND = 'transcript.importCodebook';
export const IMPORT_ANNOTATIONS_COMMAND = 'transcript.importAnnotations';
export const IMPORT_PROJECT_COMMAND = 'transcript.importProject';

/** An export request, or what a view item command passes: (clicked node, selected nodes). */
function asRequest(arg: unknown, nodes: unknown): ExportRequest | undefined {
  if (arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) && ('format' in arg || 'scope' in arg || 'destination' in arg)) return arg as ExportRequest;
  const uris = urisOfNodes(arg, nodes);
  return uris.length ? { scope: 'selected', uris } : undefined;
}

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
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_COMMAND, (arg?: unknown, nodes?: unknown) => command.run(asRequest(arg, nodes))),
    vscode.commands.registerCommand(EXPORT_DOCUMENTS_COMMAND, (arg?: unknown, nodes?: unknown) => {
      const request = asRequest(arg, nodes) ?? { scope: 'selected' as const };
      return command.run({ scope: 'selected', ...request });
    }),
    vscode.commands.registerCommand(IMPORT_CODEBOOK_COMMAND, (request?: ImportRequest) => importCodebook(request instanceof vscode.Uri ? { source: request } : request)),
    vscode.commands.registerCommand(IMPORT_PROJECT_COMMAND, (request?: ProjectImportRequest) => importProject(output, request instanceof vscode.Uri ? { source: request } : request)),
    vscode.commands.registerCommand(IMPORT_ANNOTATIONS_COMMAND, (request?: ImportRequest) => importAnnotations(request instanceof vscode.Uri ? { source: request } : request)),
  );
}
