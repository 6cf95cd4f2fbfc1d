import { REFRESH_CLAIMS_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import type { ViewsContext } from './shared';

/** Refresh Claims: draws the Claims view again. */
export class RefreshClaimsCommand implements Command {
  readonly id = REFRESH_CLAIMS_COMMAND;

  constructor(private readonly v: ViewsContext) {}

  execute(): unknown {
    return this.v.claims.refresh();
  }
}
