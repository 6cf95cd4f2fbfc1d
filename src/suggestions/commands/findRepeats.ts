import * as vscode from 'vscode';
import { FIND_REPEATS_COMMAND } from '../../commandIds';
import type { Repeat } from '../../core/claims/repeatIndex';
import type { TranscriptModels } from '../../documents';
import type { SidecarStore } from '../../storage';
import type { Command } from '../../util/command';
import { repeatTagOf, type WorkspaceRepeats } from '../workspaceRepeats';
import { fileName, plain, search, tagAt, tagRepeat, type RepeatArgs } from './repeatTargets';

/**
 * Find Repeats: where the claim of the tag under the cursor is said again, in
 * a quick pick with speakers, dates and the verdicts already given; a button
 * tags a repeat with the same category, verdict and source. With `quiet`, it
 * only answers the list.
 */
export class FindRepeatsCommand implements Command {
  readonly id = FIND_REPEATS_COMMAND;

  constructor(
    private readonly repeats: WorkspaceRepeats,
    private readonly models: TranscriptModels,
    private readonly store: SidecarStore,
    private readonly categoryLabel: (id: string) => string,
  ) {}

  async execute(args?: RepeatArgs & { quiet?: boolean }): Promise<Repeat[] | undefined> {
    const found = await tagAt(this.store, args);
    if (!found) return void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a tag to find where its claim is said again.'));
    const { doc, tag } = found;
    const list = await search(this.repeats, doc, tag);
    if (args?.quiet) return list;
    if (list.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” is not said again in the workspace\'s transcripts.', tag.quote.length > 80 ? tag.quote.slice(0, 80) + '…' : tag.quote));
      return list;
    }
    type Item = vscode.QuickPickItem & { repeat: Repeat };
    const tagButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('tag'), tooltip: `Tag with the same category${tag.verdict ? ', verdict' : ''}${tag.source ? ' and source' : ''}` };
    const itemOf = (r: Repeat): Item => {
      const checked = r.tags.filter((t) => t.verdict || t.source);
      const tagged = r.tags.length
        ? r.tags.map((t) => `${this.categoryLabel(t.category)}${t.verdict ? ` · verdict: ${t.verdict}` : ''}${t.source ? ` · ${t.source}` : ''}`).join('; ')
        : 'not tagged';
      return {
        label: `${checked.length ? '$(law)' : r.tags.length ? '$(tag)' : '$(quote)'} ${plain(r.text)}`,
        description: plain([r.speaker, r.date, `${Math.round(r.similarity * 100)}%`].filter(Boolean).join(' · ')),
        detail: plain(`${fileName(r.document)} — ${tagged}`),
        buttons: [tagButton],
        repeat: r,
      };
    };
    const pick = vscode.window.createQuickPick<Item>();
    pick.title = vscode.l10n.t('Said again: “{0}” ({1})', plain(tag.quote.length > 60 ? tag.quote.slice(0, 60) + '…' : tag.quote), list.length);
    pick.placeholder = vscode.l10n.t('Enter opens the place; the tag button tags it like this claim');
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    pick.items = list.map(itemOf);
    pick.onDidTriggerItemButton(async (e) => {
      const r = e.item.repeat;
      const made = await tagRepeat(this.store, this.models, { from: { uri: doc.uri.toString(), id: tag.id }, to: { uri: r.document, start: r.start, end: r.end } });
      if (!made) return;
      const updated: Repeat = { ...r, tags: [...r.tags, repeatTagOf(made)] };
      pick.items = pick.items.map((i) => (i === e.item ? itemOf(updated) : i));
    });
    pick.onDidAccept(async () => {
      const r = pick.selectedItems[0]?.repeat;
      pick.hide();
      if (!r) return;
      const target = await vscode.workspace.openTextDocument(vscode.Uri.parse(r.document, true));
      const editor = await vscode.window.showTextDocument(target);
      const range = new vscode.Range(target.positionAt(r.start), target.positionAt(r.end));
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    });
    pick.onDidHide(() => pick.dispose());
    pick.show();
    return list;
  }
}
