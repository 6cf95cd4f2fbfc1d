import { REFRESH_DOCUMENTS_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import type { ViewsContext } from './shared';

/** Refresh: scans the workspace for transcripts again. */
export class RefreshDocumentsCommand implements Command {
  readonly id = REFRESH_DOCUMENTS_COMMAND;

  constructor(private readonly v: ViewsContext) {}

  execute(): unknown {
    return this.v.workspace.rescan();
  }
}
