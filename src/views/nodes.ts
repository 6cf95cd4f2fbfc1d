/** The nodes of the Documents and Claims trees, and what the commands read from them. */
import * as vscode from 'vscode';
import { REVEAL_COMMAND } from '../commandIds';
import type { FolderGroup } from '../core/workspace/documents';
import type { OutlineSection, OutlineTurn, PosRange } from '../core/workspace/documentTree';
import type { ClaimGroup } from '../core/workspace/claims';
import type { StoredTag } from '../storage/api';

/** What every node that stands for a place in a transcript carries. */
interface Located {
  uri: vscode.Uri;
  /** The document's key (its URI as a string). */
  key: string;
  /** The range a click selects; none for a whole document. */
  range?: PosRange;
}

export interface FolderNode {
  kind: 'folder';
  group: FolderGroup;
}

export interface DocumentNode extends Located {
  kind: 'document';
  parent?: FolderNode;
}

export interface SectionNode extends Located {
  kind: 'section';
  parent: DocumentNode;
  section: OutlineSection;
  range: PosRange;
}

export interface TurnNode extends Located {
  kind: 'turn';
  parent: SectionNode;
  turn: OutlineTurn;
  range: PosRange;
}

export interface TagNode extends Located {
  kind: 'tag';
  parent: DocumentNode | SectionNode | TurnNode | ClaimGroupNode;
  tag: StoredTag;
  range: PosRange;
  /** The document's title, for the Claims view. */
  title: string;
}

export interface ClaimGroupNode {
  kind: 'claimGroup';
  group: ClaimGroup<StoredTag>;
}

export type DocumentsNode = FolderNode | DocumentNode | SectionNode | TurnNode | TagNode;
export type ClaimsNode = ClaimGroupNode | TagNode;
export type AnyNode = DocumentsNode | ClaimsNode;

/** The node's place in a transcript, when it has one. */
export function locationOf(node: unknown): Located | undefined {
  const n = node as Partial<Located> | undefined;
  return n && n.uri instanceof vscode.Uri && typeof n.key === 'string' ? (n as Located) : undefined;
}

/** A core range as an editor range. */
export function toRange(r: PosRange): vscode.Range {
  return new vscode.Range(r.startLine, r.startCharacter, r.endLine, r.endCharacter);
}

/** The click command of a located node. */
export function revealCommand(uri: vscode.Uri, range: PosRange | undefined, title = 'Open'): vscode.Command {
  return { command: REVEAL_COMMAND, title, arguments: [uri, range] };
}

/** The icon of a tag: its category's colour (from the codebook) when that is a theme colour. */
export function tagIcon(tag: StoredTag, categoryColor: string | undefined): vscode.ThemeIcon {
  if (tag.status === 'orphaned') return new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
  const color = categoryColor && !categoryColor.startsWith('#') ? new vscode.ThemeColor(categoryColor) : undefined;
  return new vscode.ThemeIcon('tag', color);
}
