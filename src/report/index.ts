/**
 * The corpus report in the editor: Show Corpus Report draws the workspace's
 * (or the selected transcripts') scorecards, claims matrix, timeline and
 * floor shares in a webview, from the Transcripts view's index.
 */
import type * as vscode from 'vscode';
import type { Codebook } from '../codebook';
import type { ContributedColor } from '../core/report/colors';
import { registerCommands } from '../util/command';
import type { TranscriptViews } from '../views';
import type { TranscriptWorkspace } from '../workspace';
import { ShowCorpusReportCommand } from './commands/showCorpusReport';
import { CorpusReportPanel } from './panel';

export function register(context: vscode.ExtensionContext, workspace: TranscriptWorkspace, views: TranscriptViews, codebook: Codebook): void {
  const manifest = context.extension.packageJSON as { contributes?: { colors?: ContributedColor[] } };
  const panel = new CorpusReportPanel(workspace, views.claims, codebook, manifest.contributes?.colors ?? []);
  context.subscriptions.push(panel);
  registerCommands(context, [new ShowCorpusReportCommand(panel)]);
}
