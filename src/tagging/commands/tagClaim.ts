import { TAG_CLAIM_COMMAND } from '../../commandIds';
import * as vscode from 'vscode';
import { addTag, createTag, trimSelection } from '../../core/annotations';
import type { Command } from '../../util/command';
import { walkthroughStepDone } from '../../util/walkthrough';
import { pickCategory, rememberCategory } from '../picker';
import { askText } from './inputs';
import type { TaggingSession } from './session';

/** What Tag Claim can be told instead of asking. */
export interface TagArgs {
  category?: string;
  note?: string;
  /** A codebook category's shortcut digit. */
  shortcut?: number;
}

/** Selects the word under the cursor when nothing is selected; false (after saying why) when there is nothing to tag. */
export function selectionOrWord(editor: vscode.TextEditor): boolean {
  if (!editor.selection.isEmpty) {
    const text = editor.document.getText(editor.selection);
    if (text.trim() !== '') return true;
  }
  const word = editor.document.getWordRangeAtPosition(editor.selection.active);
  if (!word) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the words of the claim first, then tag them.'));
    return false;
  }
  editor.selection = new vscode.Selection(word.start, word.end);
  return true;
}

/** Tags the selection of an editor with a category. */
export async function tagSelection(session: TaggingSession, editor: vscode.TextEditor, category: string, note: string | undefined): Promise<void> {
  const doc = editor.document;
  const entry = await session.writable(doc);
  if (!entry) return;
  const text = doc.getText();
  const sel = trimSelection(text, doc.offsetAt(editor.selection.start), doc.offsetAt(editor.selection.end));
  const author = session.author();
  const created = createTag(text, { ...sel, category, ...(note ? { note } : {}), ...(author ? { author } : {}) }, session.models.get(doc), doc.positionAt(sel.start).line, session.now(), new Set(entry.tags.map((t) => t.id)));
  session.apply(entry, addTag(entry, created));
  walkthroughStepDone('tagged');
  await rememberCategory(session.state, category);
}

/** A quote shortened for a title: its first `max` characters on one line. */
export function shortQuote(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/** Tag Claim: asks for a category (and a note) and tags the selection, or the word under the cursor. */
export class TagClaimCommand implements Command {
  readonly id = TAG_CLAIM_COMMAND;

  constructor(private readonly session: TaggingSession) {}

  async execute(args?: TagArgs): Promise<void> {
    const { session } = this;
    const editor = session.editorFor();
    if (!editor) return void vscode.window.showInformationMessage(vscode.l10n.t('Open a transcript to tag claims in it.'));
    if (!selectionOrWord(editor) || !(await session.writable(editor.document))) return;
    const categories = await session.categories(editor.document.uri);
    if (!categories) return;
    const quote = shortQuote(editor.document.getText(editor.selection));
    let category = args?.category;
    if (category === undefined && args?.shortcut !== undefined) category = categories.find((c) => c.shortcut === args.shortcut)?.id;
    category ??= await pickCategory(editor.document.uri, session.codebook, session.state, vscode.l10n.t('Tag “{0}”', quote));
    if (!category) return;
    let note = args?.note;
    if (note === undefined && !args?.category && vscode.workspace.getConfiguration('transcript.tagging').get<boolean>('askForNote', true)) {
      note = await askText({ title: vscode.l10n.t('Tag “{0}”: Note', quote), prompt: vscode.l10n.t('A note on this claim (optional; Enter to skip)'), placeholder: vscode.l10n.t('What to check, and where') });
      if (note === undefined) return;
    }
    await tagSelection(session, editor, category, note?.trim() || undefined);
  }
}
