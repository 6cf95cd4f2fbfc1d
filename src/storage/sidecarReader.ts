/**
 * The one way a transcript's shared sidecar is read and its tags placed in a
 * text: used by the tag store when a transcript opens, by the disk
 * synchroniser when the file changes, and for the tags of a transcript that
 * is not open.
 */
import type * as vscode from 'vscode';
import type { Problem, Tag } from '../core/annotations';
import { readPlaced } from '../core/annotations/placedSidecar';
import { hostFiles } from '../documents/hostFiles';
import { shownName, sidecarUriOf } from '../documents/addresses';

/** Whether a transcript's tags can be changed, and why not. */
export type TagMode = 'ok' | 'paused' | 'readOnly';

/** The tags of one open transcript. */
export interface TranscriptTags {
  readonly uri: vscode.Uri;
  readonly sidecar: vscode.Uri;
  /** Tags with UTF-16 positions in the document's current text. */
  tags: Tag[];
  invalid: unknown[];
  extra: Record<string, unknown>;
  mode: TagMode;
  /** Why tagging is paused or read-only. */
  reason?: string;
  problems: Problem[];
  /** The sidecar's content as last read or written, to tell our own writes from others'. */
  onDisk?: string;
  /** Tags removed this session, most recent last, to bring back. */
  removed: Tag[];
  /** True when tags moved with edits since the sidecar was last written. */
  moved: boolean;
  /** True when the sidecar holds git's conflict markers (an unresolved merge). */
  conflict?: boolean;
}

/** Why an unreadable sidecar's tags are not shown, in words, for the user. */
export function unreadableReason(sidecar: vscode.Uri, problems: Problem[]): string {
  const first = problems[0];
  return `The sidecar ${shownName(sidecar)} cannot be read${first ? ` (line ${first.line}: ${first.message})` : ''}`;
}

/**
 * An open transcript's tags as its sidecar holds them, placed in its current
 * text. `refound` asks for the sidecar to be written again: tags were found
 * again in a changed text (not one that differs only by its line endings, a
 * checkout on another platform, which would rewrite the sidecar at every switch).
 */
export async function readEntry(uri: vscode.Uri, text: string, removed: Tag[] = []): Promise<{ entry: TranscriptTags; refound: boolean }> {
  const sidecar = sidecarUriOf(uri);
  const entry: TranscriptTags = { uri, sidecar, tags: [], invalid: [], extra: {}, mode: 'ok', problems: [], removed, moved: false };
  const placed = await readPlaced(hostFiles, sidecar, () => Promise.resolve(text));
  switch (placed.kind) {
    case 'missing':
      return { entry, refound: false };
    case 'failed':
      entry.mode = 'paused';
      entry.reason = `The sidecar ${shownName(sidecar)} cannot be read (${(placed.error as Error).message}). Tagging this transcript is paused.`;
      entry.problems = [{ line: 1, column: 1, severity: 'error', message: entry.reason }];
      return { entry, refound: false };
    case 'unreadable':
      entry.onDisk = placed.onDisk;
      entry.problems = placed.problems;
      entry.mode = 'paused';
      if (placed.conflict) {
        entry.conflict = true;
        entry.reason = `The sidecar ${shownName(sidecar)} holds an unresolved git merge (conflict markers from line ${placed.problems[0]?.line ?? 1}). Its tags are not shown and tagging this transcript is paused: run “Resolve Sidecar Merge Conflict” to merge both sides’ tags.`;
      } else {
        entry.reason = `${unreadableReason(sidecar, placed.problems)}. It is left as it is and tagging this transcript is paused: fix the file, or run “Set Aside Broken Sidecar” to start afresh.`;
      }
      return { entry, refound: false };
    case 'ok':
      entry.onDisk = placed.onDisk;
      entry.problems = placed.problems;
      if (placed.readOnly) {
        entry.mode = 'readOnly';
        entry.reason = placed.readOnly;
      }
      entry.invalid = placed.invalid;
      entry.extra = placed.extra;
      entry.tags = placed.tags;
      return { entry, refound: placed.refound && entry.mode === 'ok' };
  }
}
