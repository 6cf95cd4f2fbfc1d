import * as vscode from 'vscode';
import { CLEAR_CLAIMS_FILTER_COMMAND, FILTER_CLAIMS_COMMAND } from '../../commandIds';
import { formatClaimFilter, parseClaimFilter } from '../../core/workspace/claims';
import type { Command } from '../../util/command';
import type { ViewsContext } from './shared';

/** Filter Claims…: words of the quote or note, `category:` and `speaker:`; takes the filter as an argument too. */
export class FilterClaimsCommand implements Command {
  readonly id = FILTER_CLAIMS_COMMAND;

  constructor(private readonly v: ViewsContext) {}

  async execute(value?: string): Promise<void> {
    const text =
      typeof value === 'string'
        ? value
        : await vscode.window.showInputBox({
            title: vscode.l10n.t('Filter Claims'),
            value: formatClaimFilter(this.v.claims.filter),
            prompt: vscode.l10n.t('Words of the quote or note; category:<name> and speaker:<name> (quote names with spaces: speaker:"Amal Reyes").'),
            placeHolder: vscode.l10n.t('category:accusation speaker:Reyes harbour'),
          });
    if (text !== undefined) await this.v.claims.setFilter(parseClaimFilter(text));
  }
}

/** Clear Filter: every claim shows again. */
export class ClearClaimsFilterCommand implements Command {
  readonly id = CLEAR_CLAIMS_FILTER_COMMAND;

  constructor(private readonly v: ViewsContext) {}

  execute(): unknown {
    return this.v.claims.setFilter({});
  }
}
