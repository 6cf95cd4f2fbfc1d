/** What the suggestion commands share: what they are told, and the suggestion they act on. */
import * as vscode from 'vscode';
import type { Suggestion } from '../../core/claims/suggestions';
import type { SuggestionsController } from '../controller';
import type { SuggestionNode } from '../view';

/** What Accept and Dismiss can be told instead of looking at the cursor; the tree passes its node. */
export interface SuggestionArgs {
  /** The transcript's URI and the suggestion's UTF-16 start offset. */
  uri?: string;
  start?: number;
  /** For Accept: the category (skips the picker) and note. */
  category?: string;
  note?: string;
}

export type SuggestionItem = Extract<SuggestionNode, { kind: 'suggestion' }>;
export type Arg = SuggestionArgs | SuggestionItem | undefined;

export function isNode(arg: Arg): arg is SuggestionItem {
  return !!arg && 'kind' in arg && arg.kind === 'suggestion';
}

/** Selects a suggestion's sentence and shows it. */
export function select(editor: vscode.TextEditor, s: Suggestion): void {
  const range = new vscode.Range(editor.document.positionAt(s.start), editor.document.positionAt(s.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * The suggestion a command acts on and the editor showing it. Without one
 * under the cursor, the next suggestion is selected instead, so that a
 * second press acts on it.
 */
export async function target(controller: SuggestionsController, arg: Arg, verb: string): Promise<{ editor: vscode.TextEditor; suggestion: Suggestion } | undefined> {
  const uri = isNode(arg) ? arg.uri : arg?.uri ? vscode.Uri.parse(arg.uri, true) : undefined;
  const start = isNode(arg) ? arg.suggestion.start : arg?.start;
  if (uri) {
    const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
    const list = await controller.current(editor.document);
    const wanted = isNode(arg) ? arg.suggestion.text : undefined;
    const suggestion = list.find((s) => s.start === start) ?? (wanted ? list.find((s) => s.text === wanted) : undefined);
    if (!suggestion) return void vscode.window.showInformationMessage(vscode.l10n.t('That suggestion is no longer there: the transcript changed, or it was tagged or dismissed.'));
    return { editor, suggestion };
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor || !controller.has(editor.document.uri)) return void vscode.window.showInformationMessage(vscode.l10n.t('Run “Suggest Claims” on a transcript first.'));
  const list = await controller.current(editor.document);
  const offset = editor.document.offsetAt(editor.selection.active);
  const here = list.find((s) => s.start <= offset && offset <= s.end);
  if (here) return { editor, suggestion: here };
  const inOrder = [...list].sort((a, b) => a.start - b.start);
  const next = inOrder.find((s) => s.start > offset) ?? inOrder[0];
  if (!next) return void vscode.window.showInformationMessage(vscode.l10n.t('No suggestions left in this transcript.'));
  select(editor, next);
  vscode.window.setStatusBarMessage(vscode.l10n.t('$(lightbulb) Suggestion {0} selected: {1} Suggestion again to {2} it', next.rank, verb, verb.toLowerCase()), 5000);
  return undefined;
}
