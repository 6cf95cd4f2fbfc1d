import * as vscode from 'vscode';
import { CHOOSE_TAG_PLACE_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import type { SidecarStore } from '../tagStore';
import { documentFor, type TagTarget } from './shared';
import { shownName } from '../../documents/addresses';

/** Choose Where a Tag Belongs: places a tag whose quote is found more than once. */
export class ChooseTagPlaceCommand implements Command {
  readonly id = CHOOSE_TAG_PLACE_COMMAND;

  constructor(
    private readonly store: SidecarStore,
    private readonly labelOf: (category: string) => string,
  ) {}

  async execute(args?: TagTarget): Promise<void> {
    const doc = documentFor(this.store, args?.uri);
    if (!doc) return void vscode.window.showInformationMessage(vscode.l10n.t('Open a transcript with an ambiguous tag first.'));
    const entry = await this.store.entryFor(doc);
    if (!entry) return;
    if (entry.mode !== 'ok') return void vscode.window.showWarningMessage(entry.reason ?? vscode.l10n.t('Tags of this transcript cannot be changed.'));
    const ambiguous = entry.tags.filter((t) => t.candidates?.length && (!args?.id || t.id === args.id));
    if (ambiguous.length === 0) return void vscode.window.showInformationMessage(vscode.l10n.t('No tag of {0} is waiting for a place.', shownName(doc.uri)));
    let tag = ambiguous[0]!;
    if (ambiguous.length > 1) {
      const pick = await vscode.window.showQuickPick(
        ambiguous.map((t) => ({ label: oneLine(t.quote), description: `${this.labelOf(t.category)} · ${t.candidates!.length} places`, tag: t })),
        { title: vscode.l10n.t('Which ambiguous tag?') },
      );
      if (!pick) return;
      tag = pick.tag;
    }
    if (args?.place !== undefined) {
      const chosen = tag.candidates![args.place - 1];
      if (!chosen) return void vscode.window.showWarningMessage(vscode.l10n.t('The tag has {0} candidate places; there is no place {1}.', tag.candidates!.length, args.place));
      this.store.placeAt(entry, tag, chosen.start, chosen.end, new Date().toISOString());
      return;
    }
    const text = doc.getText();
    const place = await vscode.window.showQuickPick(
      tag.candidates!.map((c) => {
        const line = doc.positionAt(c.start).line;
        return { label: `Line ${line + 1}`, description: oneLine(text.slice(Math.max(0, c.start - 40), c.start) + '[' + text.slice(c.start, c.end) + ']' + text.slice(c.end, c.end + 40)), place: c };
      }),
      {
        title: vscode.l10n.t('Where does “{0}” belong?', oneLine(tag.quote).slice(0, 60)),
        onDidSelectItem: (item) => {
          const c = (item as unknown as { place: { start: number; end: number } }).place;
          const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
          editor?.revealRange(new vscode.Range(doc.positionAt(c.start), doc.positionAt(c.end)), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        },
      },
    );
    if (!place) return;
    this.store.placeAt(entry, tag, place.place.start, place.place.end, new Date().toISOString());
  }
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
