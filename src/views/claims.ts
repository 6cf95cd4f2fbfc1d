/**
 * The Claims view: every tag of the workspace, grouped by category, speaker
 * or document, filtered by words, category and speaker.
 */
import * as vscode from 'vscode';
import { showInvisible } from '../core/text';
import { claimLabel, formatClaimFilter, groupClaims, isEmptyFilter, matchesFilter, type Claim, type ClaimFilter, type ClaimGrouping } from '../core/workspace/claims';
import { documentTitle } from '../core/workspace/documents';
import type { StoredTag } from '../storage/api';
import { Disposable } from '../util/dispose';
import type { Codebook } from '../codebook';
import type { TranscriptWorkspace } from '../workspace';
import { revealCommand, tagIcon, type ClaimGroupNode, type ClaimsNode, type TagNode } from './nodes';

const FILTER_KEY = 'transcript.claims.filter';
const REFRESH_DEBOUNCE_MS = 100;

export class ClaimsProvider extends Disposable implements vscode.TreeDataProvider<ClaimsNode> {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<ClaimsNode | undefined | void>());
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private filterValue: ClaimFilter;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The view, for its description and message. */
  view: vscode.TreeView<ClaimsNode> | undefined;

  constructor(
    private readonly workspace: TranscriptWorkspace,
    private readonly state: vscode.Memento,
    private readonly codebook: Codebook,
    /** The workspace's list changes, batched for the views. */
    redraws: vscode.Event<string[] | undefined>,
  ) {
    super();
    this._register(codebook.onDidChange(() => this.refreshSoon()));
    this.filterValue = state.get<ClaimFilter>(FILTER_KEY, {});
    this._register({ dispose: () => this.timer && clearTimeout(this.timer) });
    // Tags change with tagging and with the list (a document added or removed).
    this._register(workspace.onDidChangeTags(() => this.refreshSoon()));
    this._register(redraws((keys) => !keys && this.refreshSoon()));
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('transcript.claims.groupBy')) this.refresh();
      }),
    );
    void this.updateContext();
  }

  /** Categories by the codebook's labels and colours. */
  private readonly names = (id: string) => this.codebook.lookup(id);

  get available(): boolean {
    return this.workspace.tags !== undefined;
  }

  get grouping(): ClaimGrouping {
    return vscode.workspace.getConfiguration('transcript.claims').get<ClaimGrouping>('groupBy', 'category');
  }

  get filter(): ClaimFilter {
    return this.filterValue;
  }

  /** Sets the filter (kept for the workspace) and redraws. */
  async setFilter(filter: ClaimFilter): Promise<void> {
    this.filterValue = filter;
    await this.state.update(FILTER_KEY, isEmptyFilter(filter) ? undefined : filter);
    await this.updateContext();
    this.refresh();
  }

  private async updateContext(): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'transcript.tagging.available', this.available);
    await vscode.commands.executeCommand('setContext', 'transcript.claims.filtered', !isEmptyFilter(this.filterValue));
  }

  refresh(): void {
    this.changeEmitter.fire();
  }

  private refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.refresh();
    }, REFRESH_DEBOUNCE_MS);
  }

  /** Every claim of the workspace that passes the filter. */
  async claims(): Promise<Claim<StoredTag>[]> {
    if (!this.available) return [];
    await this.workspace.ensureListed();
    const docs = this.workspace.documents().filter((d) => !d.summary.unreadable);
    const perDoc = await Promise.all(docs.map(async (d) => ({ d, tags: await this.workspace.tagsOf(d.key) })));
    const all: Claim<StoredTag>[] = [];
    for (const { d, tags } of perDoc) {
      const document = { key: d.key, title: documentTitle(d), path: d.path };
      for (const tag of tags) all.push({ document, tag });
    }
    return all.filter((c) => matchesFilter(c, this.filterValue, this.names));
  }

  async getChildren(element?: ClaimsNode): Promise<ClaimsNode[]> {
    if (element?.kind === 'tag') return [];
    if (element?.kind === 'claimGroup') return element.group.claims.map((c) => this.claimNode(c, element));
    const claims = await this.claims();
    const filtered = !isEmptyFilter(this.filterValue);
    if (this.view) {
      this.view.description = this.filterValue.picked ? `${this.filterValue.picked.label} (from the corpus report)` : filtered ? formatClaimFilter(this.filterValue) : undefined;
      this.view.message = filtered && claims.length === 0 ? 'No claims match the filter.' : undefined;
    }
    return groupClaims(claims, this.grouping, this.names).map((group): ClaimGroupNode => ({ kind: 'claimGroup', group }));
  }

  private claimNode(claim: Claim<StoredTag>, parent: ClaimGroupNode): TagNode {
    const doc = this.workspace.get(claim.document.key);
    const uri = doc?.uri ?? vscode.Uri.parse(claim.document.key);
    return { kind: 'tag', uri, key: claim.document.key, parent, tag: claim.tag, range: claim.tag.range, title: claim.document.title };
  }

  getTreeItem(element: ClaimsNode): vscode.TreeItem {
    if (element.kind === 'claimGroup') {
      const { group } = element;
      const item = new vscode.TreeItem(showInvisible(group.label), vscode.TreeItemCollapsibleState.Expanded);
      item.id = `claims:${this.grouping}:${group.key}`;
      item.description = `${group.claims.length}`;
      const grouping = this.grouping;
      item.iconPath = new vscode.ThemeIcon(grouping === 'category' ? 'tag' : grouping === 'speaker' ? 'person' : 'comment-discussion');
      item.contextValue = `transcript.claims.group.${grouping}`;
      item.accessibilityInformation = { label: `${group.label}: ${group.claims.length} claim${group.claims.length === 1 ? '' : 's'}` };
      return item;
    }
    const claim: Claim<StoredTag> = { document: { key: element.key, title: element.title, path: this.workspace.get(element.key)?.path ?? '' }, tag: element.tag };
    const { label, description, tooltip } = claimLabel(claim, this.grouping, this.names);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = `claims:${element.key}#tag:${element.tag.id}`;
    item.description = description;
    item.tooltip = tooltip;
    item.iconPath = tagIcon(element.tag, this.codebook.lookup(element.tag.category).color);
    item.accessibilityInformation = { label: `${element.tag.quote}; ${description}` };
    item.contextValue = element.tag.status === 'orphaned' ? 'transcript.tag.orphaned' : 'transcript.tag';
    item.command = revealCommand(element.uri, element.range);
    return item;
  }

  getParent(element: ClaimsNode): ClaimsNode | undefined {
    return element.kind === 'tag' ? (element.parent as ClaimGroupNode) : undefined;
  }
}
