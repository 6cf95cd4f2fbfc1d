/**
 * What the storage feature offers the other features (the Transcripts view,
 * exports): the tags of any transcript in the workspace, resolved against its
 * current text, and an event when they change.
 */
import type * as vscode from 'vscode';

/** Where a tag stands in its transcript's current text. */
export type AnchorStatus = 'anchored' | 'moved' | 'orphaned';

/** A tag as the views show it. Positions are 0-based editor positions in the current text. */
export interface StoredTag {
  /** Stable id, unique within the sidecar. */
  id: string;
  /** Codebook category id; its label and colour come from the codebook service where the tag is drawn. */
  category: string;
  /** The exact words tagged (as they were when tagged, for an orphaned tag). */
  quote: string;
  /** The range in the current text; for an orphaned tag, its last known range (may be stale). */
  range: { startLine: number; startCharacter: number; endLine: number; endCharacter: number };
  status: AnchorStatus;
  /** Speaker and section at the time of tagging. */
  speaker: string | null;
  section: string | null;
  note?: string;
  verdict?: string;
  source?: string;
  author?: string;
  created: string;
  modified: string;
}

/** The tags of the workspace's transcripts. */
export interface TagStore {
  /** The tags of a transcript (read from its sidecar when it is not open); [] when it has none. */
  tagsFor(transcript: vscode.Uri): Promise<StoredTag[]>;
  /** Fires with the transcript's URI when its tags change (tagging, edits, a sidecar changed on disk). */
  readonly onDidChangeTags: vscode.Event<vscode.Uri>;
}
