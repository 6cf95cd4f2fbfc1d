import * as vscode from 'vscode';
import { SHOW_CORPUS_REPORT_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import { urisOfNodes } from '../../util/uris';
import type { CorpusReportPanel, ReportOutcome, ReportRequest } from '../panel';

/** Show Corpus Report: over the workspace, the transcripts selected in the Transcripts view, or a request (tests, other commands). */
export class ShowCorpusReportCommand implements Command {
  readonly id = SHOW_CORPUS_REPORT_COMMAND;

  constructor(private readonly panel: CorpusReportPanel) {}

  execute(arg?: unknown, nodes?: unknown): Promise<ReportOutcome> {
    const isRequest = arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) && ('uris' in arg || 'filter' in arg);
    const request: ReportRequest = isRequest ? (arg as ReportRequest) : { uris: urisOfNodes(arg, nodes) };
    return this.panel.show(request);
  }
}
