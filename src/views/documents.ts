/**
 * The Documents view: every transcript of the workspace (optionally by
 * folder), each with its sections, each section its turns, each turn its tags.
 */
import * as vscode from 'vscode';
import { documentLabel, documentTooltip, groupByFolder, sortDocuments, type DocumentSort } from '../core/workspace/documents';
import { outlineSectionAt, placeTags, quoteStart, type DocumentOutline } from '../core/workspace/documentTree';
import { showInvisible } from '../core/text';
import type { SectionKind } from '../core/transcript';
import type { StoredTag } from '../storage/api';
import { Disposable } from '../util/dispose';
import type { Codebook } from '../codebook';
import type { TranscriptWorkspace, WorkspaceDocument } from '../workspace';
import { revealCommand, tagIcon, type DocumentNode, type DocumentsNode, type FolderNode, type SectionNode, type TagNode, type TurnNode } from './nodes';

const SECTION_ICONS: Record<SectionKind, string> = {
  header: 'info',
  opening: 'megaphone',
  qa: 'comment-discussion',
  // Not `debug-stop`: a red square reads as an error.
  closing: 'sign-out',
  boilerplate: 'list-flat',
};

/** The children built for one version of a document's outline and tags. */
interface Built {
  outline: DocumentOutline;
  tags: StoredTag[];
  sections: SectionNode[];
  children: Map<SectionNode | TurnNode, Array<TurnNode | TagNode>>;
  unplaced: TagNode[];
}

export class DocumentsProvider extends Disposable implements vscode.TreeDataProvider<DocumentsNode> {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<DocumentsNode | undefined | void>());
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly documentNodes = new Map<string, DocumentNode>();
  private readonly built = new Map<string, Built>();
  /**
   * Each document's item, kept while its entry shows the same: a list of 2,000 is redrawn whole
   * many times while a scan fills it, and VS Code asks for every item each time.
   */
  private readonly documentItems = new Map<string, { entry: WorkspaceDocument; tagCount?: number; tagProblem?: string; item: vscode.TreeItem }>();
  private roots: DocumentsNode[] | undefined;

  constructor(
    private readonly workspace: TranscriptWorkspace,
    private readonly codebook: Codebook,
    /** The workspace's list changes, batched for the views. */
    private readonly redraws: vscode.Event<string[] | undefined>,
  ) {
    super();
    // Tag items show their category's label and colour from the codebook.
    this._register(codebook.onDidChange(() => this.changeEmitter.fire()));
    this._register(
      redraws((keys) => {
        if (!keys) {
          this.roots = undefined;
          this.changeEmitter.fire();
          return;
        }
        for (const key of keys) {
          const node = this.documentNodes.get(key);
          if (node) this.changeEmitter.fire(node);
        }
      }),
    );
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('transcript.documents.sortBy') || e.affectsConfiguration('transcript.documents.groupByFolder')) this.refresh();
      }),
    );
  }

  /** Redraws the whole tree. */
  refresh(): void {
    this.roots = undefined;
    this.changeEmitter.fire();
  }

  private settings(): { sortBy: DocumentSort; byFolder: boolean } {
    const c = vscode.workspace.getConfiguration('transcript.documents');
    return { sortBy: c.get<DocumentSort>('sortBy', 'date'), byFolder: c.get<boolean>('groupByFolder', false) };
  }

  async getChildren(element?: DocumentsNode): Promise<DocumentsNode[]> {
    if (!element) return this.rootNodes();
    switch (element.kind) {
      case 'folder':
        return element.group.entries.map((e) => this.documentNode(e.key, element));
      case 'document': {
        const built = await this.build(element);
        return built ? [...built.sections, ...built.unplaced] : [];
      }
      case 'section':
      case 'turn':
        return this.built.get(element.key)?.children.get(element) ?? [];
      default:
        return [];
    }
  }

  private async rootNodes(): Promise<DocumentsNode[]> {
    const scan = this.workspace.ensureListed();
    // Until the first documents are found, wait (for them or for the end of the scan), so
    // that the view does not show "no transcripts" while it is still looking.
    if (this.workspace.documents().length === 0) {
      let listener: vscode.Disposable | undefined;
      const found = new Promise<void>((resolve) => (listener = this.redraws(() => this.workspace.documents().length > 0 && resolve())));
      await Promise.race([scan, found]).finally(() => listener?.dispose());
    }
    const { sortBy, byFolder } = this.settings();
    const documents = this.workspace.documents();
    // Items of documents gone from the list are let go.
    if (this.documentItems.size > documents.length) for (const key of this.documentItems.keys()) if (!this.workspace.get(key)) this.documentItems.delete(key);
    const sorted = sortDocuments(documents, sortBy);
    if (byFolder) {
      this.roots = groupByFolder(sorted).map((group): FolderNode => ({ kind: 'folder', group }));
    } else {
      this.roots = sorted.map((e) => this.documentNode(e.key));
    }
    if (this.roots.length) this.workspace.reach('firstDocuments');
    return this.roots;
  }

  private documentNode(key: string, parent?: FolderNode): DocumentNode {
    let node = this.documentNodes.get(key);
    const uri = this.workspace.get(key)?.uri ?? vscode.Uri.parse(key);
    if (!node || node.parent !== parent) {
      node = { kind: 'document', key, uri, ...(parent ? { parent } : {}) };
      this.documentNodes.set(key, node);
    }
    return node;
  }

  /** Builds (or reuses) the sections, turns and tags of a document for its current version. */
  private async build(node: DocumentNode): Promise<Built | undefined> {
    const [outline, tags] = await Promise.all([this.workspace.outline(node.key), this.workspace.tagsOf(node.key)]);
    if (!outline) return undefined;
    const hit = this.built.get(node.key);
    if (hit && hit.outline === outline && hit.tags === tags && hit.sections[0]?.parent === node) return hit;
    const { bySection, unplaced } = placeTags(outline, tags);
    const children = new Map<SectionNode | TurnNode, Array<TurnNode | TagNode>>();
    const tagNode = (tag: StoredTag, parent: TagNode['parent']): TagNode => ({ kind: 'tag', uri: node.uri, key: node.key, parent, tag, range: tag.range, title: '' });
    const sections = outline.sections.map((section): SectionNode => {
      const sNode: SectionNode = { kind: 'section', uri: node.uri, key: node.key, parent: node, section, range: section.range };
      const placed = bySection.get(section.index);
      const kids: Array<TurnNode | TagNode> = (placed?.get('section') ?? []).map((t) => tagNode(t, sNode));
      for (const turn of section.turns) {
        const tNode: TurnNode = { kind: 'turn', uri: node.uri, key: node.key, parent: sNode, turn, range: turn.range };
        kids.push(tNode);
        children.set(tNode, (placed?.get(turn.index) ?? []).map((t) => tagNode(t, tNode)));
      }
      children.set(sNode, kids);
      return sNode;
    });
    const built: Built = { outline, tags, sections, children, unplaced: unplaced.map((t) => tagNode(t, node)) };
    this.built.set(node.key, built);
    return built;
  }

  getTreeItem(element: DocumentsNode): vscode.TreeItem {
    switch (element.kind) {
      case 'folder': {
        const item = new vscode.TreeItem(element.group.folder || vscode.l10n.t('(root)'), vscode.TreeItemCollapsibleState.Expanded);
        item.id = `folder:${element.group.folder}`;
        item.iconPath = vscode.ThemeIcon.Folder;
        item.description = `${element.group.entries.length}`;
        item.contextValue = 'transcript.folder';
        return item;
      }
      case 'document': {
        const entry = this.workspace.get(element.key);
        if (!entry) {
          const item = new vscode.TreeItem(element.uri, vscode.TreeItemCollapsibleState.Collapsed);
          item.id = element.key;
          return item;
        }
        const kept = this.documentItems.get(element.key);
        // The index counts tags into the entry itself: the count is part of what the item shows.
        if (kept && kept.entry === entry && kept.tagCount === entry.tagCount && kept.tagProblem === entry.tagProblem) return kept.item;
        const item = new vscode.TreeItem(element.uri, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = element.key;
        const { label, description } = documentLabel(entry);
        item.label = label;
        item.description = description;
        // The tooltip is made on hover (resolveTreeItem): each redraw of the list sends every item.
        item.accessibilityInformation = { label: `Transcript ${label}${description ? `, ${description}` : ''}` };
        if (entry.summary.unreadable) {
          item.collapsibleState = vscode.TreeItemCollapsibleState.None;
          item.iconPath = new vscode.ThemeIcon('warning');
          item.contextValue = 'transcript.document.unreadable';
        } else {
          item.iconPath = new vscode.ThemeIcon('comment-discussion');
          item.contextValue = 'transcript.document';
          item.command = revealCommand(element.uri, undefined);
        }
        this.documentItems.set(element.key, { entry, tagCount: entry.tagCount, tagProblem: entry.tagProblem, item });
        return item;
      }
      case 'section': {
        const { section } = element;
        const kids = this.built.get(element.key)?.children.get(element) ?? [];
        const item = new vscode.TreeItem(showInvisible(section.title), kids.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `${element.key}#s${section.index}`;
        item.description = section.detail === undefined ? undefined : showInvisible(section.detail);
        item.tooltip = `${showInvisible(section.title)}${section.detail ? ` — ${showInvisible(section.detail)}` : ''}\nLines ${section.range.startLine + 1}–${section.range.endLine + 1}`;
        item.iconPath = new vscode.ThemeIcon(SECTION_ICONS[section.kind]);
        item.accessibilityInformation = { label: `${section.title}${section.detail ? `: ${section.detail}` : ''}, lines ${section.range.startLine + 1} to ${section.range.endLine + 1}` };
        item.contextValue = `transcript.section.${section.kind}`;
        item.command = revealCommand(element.uri, element.range);
        return item;
      }
      case 'turn': {
        const { turn } = element;
        const tags = this.built.get(element.key)?.children.get(element) ?? [];
        const item = new vscode.TreeItem(turn.speaker !== null ? showInvisible(turn.speaker) : vscode.l10n.t('Unlabelled turn'), tags.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `${element.key}#t${turn.index}`;
        item.description = showInvisible(turn.words);
        item.tooltip = `${turn.speaker !== null ? showInvisible(turn.speaker) : 'No label'} (${turn.role}${turn.question ? ', asks' : ''}), line ${turn.range.startLine + 1}${tags.length ? `\n${tags.length} tag${tags.length === 1 ? '' : 's'}` : ''}`;
        item.iconPath = new vscode.ThemeIcon(turn.question ? 'question' : turn.role === 'moderator' ? 'mic' : 'person');
        item.accessibilityInformation = { label: `${turn.speaker ?? 'Unlabelled turn'} ${turn.question ? 'asks' : 'says'}: ${turn.words}${tags.length ? `; ${tags.length} tag${tags.length === 1 ? '' : 's'}` : ''}` };
        item.contextValue = turn.question ? 'transcript.turn.question' : 'transcript.turn';
        item.command = revealCommand(element.uri, element.range);
        return item;
      }
      case 'tag': {
        const { tag } = element;
        const item = new vscode.TreeItem(showInvisible(quoteStart(tag.quote)), vscode.TreeItemCollapsibleState.None);
        item.id = `${element.key}#tag:${tag.id}`;
        const category = this.codebook.lookup(tag.category);
        item.description = `${showInvisible(category.label)}${tag.status === 'orphaned' ? ' · orphaned' : ''}`;
        item.tooltip = `${showInvisible(category.label)}${tag.speaker ? ` — ${showInvisible(tag.speaker)}` : ''}\n“${showInvisible(tag.quote)}”${tag.note ? `\nNote: ${showInvisible(tag.note)}` : ''}`;
        item.iconPath = tagIcon(tag, category.color);
        item.accessibilityInformation = { label: `${category.label} tag${tag.status === 'orphaned' ? ', orphaned' : ''}: ${tag.quote}` };
        item.contextValue = tag.status === 'orphaned' ? 'transcript.tag.orphaned' : 'transcript.tag';
        item.command = revealCommand(element.uri, element.range);
        return item;
      }
    }
  }

  /** A document's tooltip, made when it is hovered: where its title and date come from, its tags and problems, its path. */
  resolveTreeItem(item: vscode.TreeItem, element: DocumentsNode): vscode.TreeItem {
    if (element.kind === 'document' && item.tooltip === undefined) {
      const entry = this.workspace.get(element.key);
      if (entry) item.tooltip = documentTooltip(entry);
    }
    return item;
  }

  getParent(element: DocumentsNode): DocumentsNode | undefined {
    switch (element.kind) {
      case 'folder':
        return undefined;
      case 'document':
        return element.parent;
      default:
        return element.parent as DocumentsNode;
    }
  }

  /** The section node under a line of a document, for following the cursor. */
  async sectionAt(key: string, line: number): Promise<SectionNode | undefined> {
    if (!this.workspace.get(key)) return undefined;
    if (!this.roots) await this.rootNodes();
    const parent = this.roots?.find((n): n is FolderNode => n.kind === 'folder' && n.group.entries.some((e) => e.key === key));
    const built = await this.build(this.documentNode(key, parent));
    if (!built) return undefined;
    const section = outlineSectionAt(built.outline, line);
    return section && built.sections[section.index];
  }
}
