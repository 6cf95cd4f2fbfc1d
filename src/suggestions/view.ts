/**
 * The Suggested Claims view: for each transcript where suggestions were asked
 * for, its suggested sentences best first, with accept and dismiss actions.
 */
import * as vscode from 'vscode';
import { REVEAL_SUGGESTION_COMMAND } from '../commandIds';
import type { Suggestion } from '../core/claims/suggestions';
import { Disposable } from '../util/dispose';
import type { SuggestionsController } from './controller';

export const SUGGESTIONS_VIEW = 'transcript.suggestions';

/** A transcript with suggestions, or one suggested sentence. */
export type SuggestionNode = { kind: 'document'; uri: vscode.Uri } | { kind: 'suggestion'; uri: vscode.Uri; suggestion: Suggestion };

const LABEL_LENGTH = 120;

export class SuggestionsView extends Disposable implements vscode.TreeDataProvider<SuggestionNode> {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<SuggestionNode | undefined | void>());
  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(private readonly controller: SuggestionsController) {
    super();
    this._register(controller.onDidChange(() => this.changeEmitter.fire()));
  }

  getChildren(element?: SuggestionNode): SuggestionNode[] {
    if (!element) return this.controller.documents().map((uri) => ({ kind: 'document', uri }));
    if (element.kind === 'suggestion') return [];
    return this.controller.suggestionsOf(element.uri).map((suggestion) => ({ kind: 'suggestion', uri: element.uri, suggestion }));
  }

  getParent(element: SuggestionNode): SuggestionNode | undefined {
    return element.kind === 'suggestion' ? { kind: 'document', uri: element.uri } : undefined;
  }

  getTreeItem(element: SuggestionNode): vscode.TreeItem {
    if (element.kind === 'document') {
      const name = element.uri.path.split('/').pop() ?? element.uri.toString();
      const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `suggestions:${element.uri.toString()}`;
      item.description = `${this.controller.suggestionsOf(element.uri).length} suggested`;
      item.resourceUri = element.uri;
      item.iconPath = vscode.ThemeIcon.File;
      item.contextValue = 'transcript.suggestions.document';
      return item;
    }
    const s = element.suggestion;
    const label = s.text.length > LABEL_LENGTH ? s.text.slice(0, LABEL_LENGTH - 1) + '…' : s.text;
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = `suggestions:${element.uri.toString()}#${s.start}`;
    item.description = `${s.score.toFixed(2)}${s.speaker ? ` · ${s.speaker}` : ''}`;
    // Plain text: the transcript's words are never read as markdown.
    item.tooltip = `${s.rank}. ${s.speaker ? s.speaker + ': ' : ''}${s.text}\nScore ${s.score.toFixed(3)}`;
    item.iconPath = new vscode.ThemeIcon('lightbulb');
    item.contextValue = 'transcript.suggestion';
    item.command = { command: REVEAL_SUGGESTION_COMMAND, title: vscode.l10n.t('Open'), arguments: [element] };
    return item;
  }
}
