/**
 * Suggest Claims, Accept Suggestion, Dismiss Suggestion and Hide Suggestions.
 * Accepting runs the usual Tag Claim on the sentence (category picker, the
 * speaker and section filled in); dismissing remembers the sentence in the
 * sidecar's `dismissedSuggestions`.
 */
import * as vscode from 'vscode';
import type { Suggestion } from '../core/claims/suggestions';
import { isTranscript } from '../documents';
import type { SidecarStore } from '../storage';
import { loadClaims, type SuggestionsController } from './controller';
import type { SuggestionNode } from './view';

/** The command's id. */
export const SUGGEST_CLAIMS_COMMAND = 'transcript.suggestClaims';
/** The command's id. */
export const ACCEPT_SUGGESTION_COMMAND = 'transcript.acceptSuggestion';
/** The command's id. */
export const DISMISS_SUGGESTION_COMMAND = 'transcript.dismissSuggestion';
/** The command's id. */
export const HIDE_SUGGESTIONS_COMMAND = 'transcript.hideSuggestions';
/** The command's id. */
export const REVEAL_SUGGESTION_COMMAND = 'transcript._revealSuggestion';
/** The command's id. */
export const SUGGESTIONS_OF_COMMAND = 'transcript._suggestionsOf';

/** What Accept and Dismiss can be told instead of looking at the cursor; the tree passes its node. */
interface SuggestionArgs {
  /** The transcript's URI and the suggestion's UTF-16 start offset. */
  uri?: string;
  start?: number;
  /** For Accept: the category (skips the picker) and note. */
  category?: string;
  note?: string;
}

type SuggestionItem = Extract<SuggestionNode, { kind: 'suggestion' }>;
type Arg = SuggestionArgs | SuggestionItem | undefined;

function isNode(arg: Arg): arg is SuggestionItem {
  return !!arg && 'kind' in arg && arg.kind === 'suggestion';
}

export function registerSuggestionCommands(context: vscode.ExtensionContext, controller: SuggestionsController, store: SidecarStore, reveal: (uri: vscode.Uri) => Promise<void>): void {
  const select = (editor: vscode.TextEditor, s: Suggestion) => {
    const range = new vscode.Range(editor.document.positionAt(s.start), editor.document.positionAt(s.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  /**
   * The suggestion a command acts on and the editor showing it. Without one
   * under the cursor, the next suggestion is selected instead, so that a
   * second press acts on it.
   */
  const target = async (arg: Arg, verb: string): Promise<{ editor: vscode.TextEditor; suggestion: Suggestion } | undefined> => {
    const uri = isNode(arg) ? arg.uri : arg?.uri ? vscode.Uri.parse(arg.uri, true) : undefined;
    const start = isNode(arg) ? arg.suggestion.start : arg?.start;
    if (uri) {
      const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
      const list = await controller.current(editor.document);
      const wanted = isNode(arg) ? arg.suggestion.text : undefined;
      const suggestion = list.find((s) => s.start === start) ?? (wanted ? list.find((s) => s.text === wanted) : undefined);
      if (!suggestion) return void vscode.window.showInformationMessage('That suggestion is no longer there: the transcript changed, or it was tagged or dismissed.');
      return { editor, suggestion };
    }
    const editor = vscode.window.activeTextEditor;
    if (!editor || !controller.has(editor.document.uri)) return void vscode.window.showInformationMessage('Run “Suggest Claims” on a transcript first.');
    const list = await controller.current(editor.document);
    const offset = editor.document.offsetAt(editor.selection.active);
    const here = list.find((s) => s.start <= offset && offset <= s.end);
    if (here) return { editor, suggestion: here };
    const inOrder = [...list].sort((a, b) => a.start - b.start);
    const next = inOrder.find((s) => s.start > offset) ?? inOrder[0];
    if (!next) return void vscode.window.showInformationMessage('No suggestions left in this transcript.');
    select(editor, next);
    vscode.window.setStatusBarMessage(`$(lightbulb) Suggestion ${next.rank} selected: ${verb} Suggestion again to ${verb.toLowerCase()} it`, 5000);
    return undefined;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(SUGGEST_CLAIMS_COMMAND, async (uriArg?: vscode.Uri | string) => {
      const uri = typeof uriArg === 'string' ? vscode.Uri.parse(uriArg, true) : uriArg instanceof vscode.Uri ? uriArg : undefined;
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc || !isTranscript(doc)) return void vscode.window.showInformationMessage('Open a transcript to find the claims worth checking in it.');
      await store.entryFor(doc);
      const suggestions = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Scoring sentences' }, () => controller.show(doc));
      if (suggestions.length === 0) void vscode.window.showInformationMessage('No sentence left to suggest: every one is tagged, dismissed or under the score threshold (transcript.suggestions.minScore).');
      else {
        vscode.window.setStatusBarMessage(`$(lightbulb) ${suggestions.length} suggested claim${suggestions.length === 1 ? '' : 's'}, marked with a dotted underline`, 5000);
        await reveal(doc.uri);
      }
      return suggestions;
    }),

    vscode.commands.registerCommand(ACCEPT_SUGGESTION_COMMAND, async (arg?: Arg) => {
      const found = await target(arg, 'Accept');
      if (!found) return;
      select(found.editor, found.suggestion);
      const plain = isNode(arg) ? undefined : arg;
      const args = plain?.category ? { category: plain.category, ...(plain.note ? { note: plain.note } : {}) } : undefined;
      await vscode.commands.executeCommand('transcript.tagClaim', args);
    }),

    vscode.commands.registerCommand(DISMISS_SUGGESTION_COMMAND, async (arg?: Arg) => {
      const found = await target(arg, 'Dismiss');
      if (!found) return;
      const entry = await store.entryFor(found.editor.document);
      if (!entry) return;
      if (entry.mode !== 'ok') return void vscode.window.showWarningMessage(`${entry.reason ?? 'This transcript’s sidecar cannot be changed'}: the dismissal cannot be remembered.`);
      const claims = await loadClaims();
      entry.extra = claims.withDismissal(entry.extra, found.suggestion.text);
      store.changed(entry);
      vscode.window.setStatusBarMessage('$(close) Dismissed: this sentence will not be suggested again (kept in the sidecar)', 5000);
    }),

    vscode.commands.registerCommand(HIDE_SUGGESTIONS_COMMAND, (uriArg?: vscode.Uri | SuggestionNode) => {
      const uri = uriArg instanceof vscode.Uri ? uriArg : uriArg && 'uri' in uriArg ? uriArg.uri : vscode.window.activeTextEditor?.document.uri;
      if (uri) controller.forget(uri);
    }),

    vscode.commands.registerCommand(REVEAL_SUGGESTION_COMMAND, async (node: SuggestionNode) => {
      if (node.kind !== 'suggestion') return;
      const editor = await vscode.window.showTextDocument(node.uri, { preserveFocus: false });
      select(editor, node.suggestion);
    }),

    vscode.commands.registerCommand(SUGGESTIONS_OF_COMMAND, (uri: string) => controller.suggestionsOf(vscode.Uri.parse(uri, true))),
  );
}
