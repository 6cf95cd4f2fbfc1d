import { FIT_TAG_COMMAND } from '../../commandIds';
import * as vscode from 'vscode';
import { fitTag, keepTag, trimSelection } from '../../core/annotations';
import type { Command } from '../../util/command';
import type { TaggingSession, TargetArgs } from './session';
import { shortQuote } from './tagClaim';

/** Fit Tag to Selection: puts a tag on the selected words, or (with `keep`) accepts a moved tag where it is. */
export class FitTagCommand implements Command {
  readonly id = FIT_TAG_COMMAND;

  constructor(private readonly session: TaggingSession) {}

  async execute(args?: TargetArgs): Promise<void> {
    const { session } = this;
    const editor = session.editorFor(args?.uri);
    const doc = editor?.document ?? session.documentFor(args?.uri);
    if (!doc) return;
    const entry = await session.writable(doc);
    if (!entry) return;
    let target = session.targetTag(entry, editor, args?.id);
    if (args?.keep && target) {
      session.apply(entry, keepTag(entry, target.id, session.now()));
      return;
    }
    if (!editor || editor.selection.isEmpty) return void vscode.window.showInformationMessage(vscode.l10n.t('Select the words the tag should cover, then run Fit Tag to Selection.'));
    if (!target) {
      const lost = entry.tags.filter((t) => t.status !== 'anchored');
      if (lost.length === 0) return void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a tag first.'));
      const picked = await vscode.window.showQuickPick(
        lost.map((t) => ({ label: shortQuote(t.quote, 80), description: `${session.label(t.category)} · ${t.status}`, detail: t.anchorNote, tag: t })),
        { title: vscode.l10n.t('Fit Which Tag to the Selection?') },
      );
      if (!picked) return;
      target = picked.tag;
    }
    const text = doc.getText();
    const sel = trimSelection(text, doc.offsetAt(editor.selection.start), doc.offsetAt(editor.selection.end));
    if (sel.end <= sel.start) return void vscode.window.showInformationMessage(vscode.l10n.t('Select some words, not only spaces.'));
    session.apply(entry, fitTag(entry, target.id, text, sel.start, sel.end, session.now()));
  }
}
