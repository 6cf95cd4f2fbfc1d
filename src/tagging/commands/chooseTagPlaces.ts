import * as vscode from 'vscode';
import { CHOOSE_TAG_PLACES_COMMAND } from '../../commandIds';
import { ambiguityGroups, parseChoices, placeGroup, resolveChoices, type AmbiguityGroup, type Placement } from '../../core/annotations';
import type { Command } from '../../util/command';
import type { TaggingSession } from './session';
import { shortQuote } from './tagClaim';

/** What scripts and tests pass to skip the questions: the transcript, and `first` or `<tag id>=<place>,…` as on the command line. */
export interface ChooseArgs {
  uri?: string;
  choose?: string;
}

/**
 * Choose Where Tags Belong: every ambiguous tag of a transcript, one question
 * per duplicated passage (its places, with the words around each), the
 * answer placing all the tags of that passage at once.
 */
export class ChooseTagPlacesCommand implements Command {
  readonly id = CHOOSE_TAG_PLACES_COMMAND;

  constructor(private readonly session: TaggingSession) {}

  async execute(args?: ChooseArgs): Promise<number> {
    const { session } = this;
    const doc = session.documentFor(args?.uri);
    if (!doc) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a transcript with ambiguous tags first.'));
      return 0;
    }
    const entry = await session.writable(doc);
    if (!entry) return 0;
    const groups = ambiguityGroups(entry.tags);
    if (groups.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No tag of this transcript is waiting for a place.'));
      return 0;
    }
    let placements: Placement[] = [];
    if (args?.choose !== undefined) {
      try {
        placements = resolveChoices(groups, parseChoices(args.choose));
      } catch (e) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Choose Where Tags Belong: {0}', (e as Error).message));
        return 0;
      }
    } else {
      for (const [k, group] of groups.entries()) {
        const n = await this.ask(doc, group, k, groups.length);
        if (n === undefined) break;
        if (n > 0) placements.push(...placeGroup(group, n));
      }
    }
    const now = session.now();
    for (const p of placements) session.store.placeAt(entry, p.tag, p.start, p.end, now);
    if (placements.length) void vscode.window.showInformationMessage(vscode.l10n.t('{0} ambiguous tags placed.', placements.length));
    return placements.length;
  }

  /** The place (from 1) chosen for a group's tags, 0 to leave them waiting, undefined to stop. */
  private async ask(doc: vscode.TextDocument, group: AmbiguityGroup, k: number, count: number): Promise<number | undefined> {
    const text = doc.getText();
    const first = group.tags[0]!;
    const quotes = group.tags.map((t) => `“${shortQuote(t.quote, 40)}”`).join(', ');
    const items = first.candidates!.map((c, i) => ({
      label: vscode.l10n.t('Place {0}: line {1}', i + 1, doc.positionAt(c.start).line + 1),
      // The words around the place, as text, on one line.
      detail: oneLine(`${text.slice(Math.max(0, c.start - 40), c.start)}[${text.slice(c.start, Math.min(c.end, c.start + 80))}]${text.slice(c.end, c.end + 40)}`),
      n: i + 1,
    }));
    items.push({ label: vscode.l10n.t('Leave them waiting'), detail: '', n: 0 });
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const pick = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Where do {0} tags belong? ({1} of {2} passages)', group.tags.length, k + 1, count),
      placeHolder: quotes,
      onDidSelectItem: (item) => {
        const c = first.candidates![(item as unknown as { n: number }).n - 1];
        if (c) editor?.revealRange(new vscode.Range(doc.positionAt(c.start), doc.positionAt(c.end)), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      },
    });
    return pick?.n;
  }
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
