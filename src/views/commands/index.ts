/** The commands of the Transcripts views, on their items and in their title bars; one per file. */
import type * as vscode from 'vscode';
import { registerCommands } from '../../util/command';
import { CopyQuoteCommand } from './copyQuote';
import { ClearClaimsFilterCommand, FilterClaimsCommand } from './filterClaims';
import { GroupClaimsCommand } from './groupClaims';
import { groupDocumentsCommands } from './groupDocuments';
import { OpenSamplesCommand } from './openSamples';
import { OpenToSideCommand } from './openToSide';
import { RefreshClaimsCommand } from './refreshClaims';
import { RefreshDocumentsCommand } from './refreshDocuments';
import { RevealRangeCommand } from './revealRange';
import { RevealSidecarCommand } from './revealSidecar';
import type { ViewsContext } from './shared';
import { SortDocumentsCommand } from './sortDocuments';
import { TagNodeCommand } from './tagNode';

export function registerTreeCommands(context: vscode.ExtensionContext, v: Omit<ViewsContext, 'extensionUri'>): void {
  const views: ViewsContext = { ...v, extensionUri: context.extensionUri };
  registerCommands(context, [
    new RevealRangeCommand(),
    new OpenToSideCommand(views),
    new TagNodeCommand(views),
    new CopyQuoteCommand(views),
    new RevealSidecarCommand(views),
    new RefreshDocumentsCommand(views),
    new SortDocumentsCommand(),
    ...groupDocumentsCommands,
    new GroupClaimsCommand(views),
    new FilterClaimsCommand(views),
    new ClearClaimsFilterCommand(views),
    new RefreshClaimsCommand(views),
    new OpenSamplesCommand(views, context.globalStorageUri),
  ]);
}
