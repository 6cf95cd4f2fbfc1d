import { SHOW_AGREEMENT_REPORT_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import type { AgreementReportPanel, ReportRequest } from '../report';
import { urisOfNodes } from '../../util/uris';

/** Show Agreement Report: of the clicked or selected transcripts, or of the workspace; takes a request from code. */
export class ShowAgreementReportCommand implements Command {
  readonly id = SHOW_AGREEMENT_REPORT_COMMAND;

  constructor(private readonly panel: AgreementReportPanel) {}

  execute(request?: unknown, more?: unknown): unknown {
    // From the Explorer or the Transcripts view: the clicked item and the selection; from the palette: the workspace.
    const uris = urisOfNodes(request, more);
    if (uris.length) return this.panel.show({ uris });
    return this.panel.show((request as ReportRequest | undefined) ?? {});
  }
}
