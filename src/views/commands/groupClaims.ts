import * as vscode from 'vscode';
import { GROUP_CLAIMS_COMMAND } from '../../commandIds';
import type { ClaimGrouping } from '../../core/workspace/claims';
import type { Command } from '../../util/command';
import { writeSetting, type ViewsContext } from './shared';

/** Group Claims By…: category, speaker or document (the `transcript.claims.groupBy` setting). */
export class GroupClaimsCommand implements Command {
  readonly id = GROUP_CLAIMS_COMMAND;

  constructor(private readonly v: ViewsContext) {}

  async execute(): Promise<void> {
    const current = this.v.claims.grouping;
    const items: Array<vscode.QuickPickItem & { value: ClaimGrouping }> = [
      { label: 'Category', value: 'category' },
      { label: 'Speaker', value: 'speaker' },
      { label: 'Document', value: 'document' },
    ];
    for (const item of items) if (item.value === current) item.label = `$(check) ${item.label}`;
    const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Group Claims By') });
    if (pick) await writeSetting('transcript.claims', 'groupBy', pick.value);
  }
}
