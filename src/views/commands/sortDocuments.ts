import * as vscode from 'vscode';
import { SORT_DOCUMENTS_COMMAND } from '../../commandIds';
import type { DocumentSort } from '../../core/workspace/documents';
import type { Command } from '../../util/command';
import { writeSetting } from './shared';

/** Sort Transcripts By…: date, title or file name (the `transcript.documents.sortBy` setting). */
export class SortDocumentsCommand implements Command {
  readonly id = SORT_DOCUMENTS_COMMAND;

  async execute(): Promise<void> {
    const current = vscode.workspace.getConfiguration('transcript.documents').get<DocumentSort>('sortBy', 'date');
    const items: Array<vscode.QuickPickItem & { value: DocumentSort }> = [
      { label: 'Date', description: 'oldest first', value: 'date' },
      { label: 'Title', value: 'title' },
      { label: 'File name', description: 'by path', value: 'name' },
    ];
    for (const item of items) if (item.value === current) item.label = `$(check) ${item.label}`;
    const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Sort Transcripts By') });
    if (pick) await writeSetting('transcript.documents', 'sortBy', pick.value);
  }
}
