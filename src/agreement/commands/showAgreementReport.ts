import { SHOW_AGREEMENT_REPORT_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import type { AuthorPrompt } from '../authorPrompt';
import type { AgreementReportPanel, ReportRequest } from '../report';
import { urisOfNodes } from '../../util/uris';

/** Show Agreement Report: of the clicked or selected transcripts, or of the workspace; takes a request from code. */
export class ShowAgreementReportCommand implements Command {
  readonly id = SHOW_AGREEMENT_REPORT_COMMAND;

  constructor(
    private readonly panel: AgreementReportPanel,
    private readonly prompt: AuthorPrompt,
  ) {}

  async execute(request?: unknown, more?: unknown): Promise<unknown> {
    const authorPrompt = await this.prompt.offer();
    // From the Explorer or the Transcripts view: the clicked item and the selection; from the palette: the workspace.
    const uris = urisOfNodes(request, more);
    const outcome = await this.panel.show(uris.length ? { uris } : ((request as ReportRequest | undefined) ?? {}));
    return outcome && { ...outcome, authorPrompt };
  }
}
