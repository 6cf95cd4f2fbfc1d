/**
 * Tags: the claims a user marks in a transcript, as the core keeps them.
 * The same fields are stored in the sidecar (`<transcript>.annotations.yaml`).
 */

/** Where a tag stands against its transcript's current text. */
export type AnchorStatus = 'anchored' | 'moved' | 'orphaned';

/** Everything a tag records except where it is. */
export interface TagFields {
  /** Stable id, unique within the sidecar (`t-` and eight hex digits). */
  id: string;
  /** The codebook category id. */
  category: string;
  /** The exact words tagged (for an orphaned tag, the words as they were). */
  quote: string;
  /** Up to 32 code points of text before and after the quote, for finding it again. */
  prefix: string;
  suffix: string;
  /** The speaker and the section title where the words were said, when tagged. */
  speaker: string | null;
  section: string | null;
  /** The user's note; plain text, never markdown. */
  note?: string;
  /** Who tagged it (the `transcript.tagging.author` setting). */
  author?: string;
  /** ISO 8601 times of tagging and of the last change. */
  created: string;
  modified: string;
  /** A fact-check verdict (`true`, `misleading`...) and the address of its source. */
  verdict?: string;
  source?: string;
  /** When the words were said, in seconds from the start of the recording (a timed transcript only). */
  time?: { start: number; end: number };
  status: AnchorStatus;
  /** Why a tag is moved or orphaned, in words for people. */
  anchorNote?: string;
  /** Fields this version does not know, as read, so that a rewrite keeps them. */
  extra?: Record<string, unknown>;
}

/** A tag in memory: `start` and `end` are UTF-16 offsets in the current text. */
export interface Tag extends TagFields {
  start: number;
  end: number;
  /** For an orphaned tag whose words fit several places equally well: those places (UTF-16 ranges), for the user to choose. Never stored. */
  candidates?: Array<{ start: number; end: number }>;
}

/** A tag as stored: `start` and `end` are code-point offsets in the text whose hash the sidecar holds. */
export interface TagRecord extends TagFields {
  start: number;
  end: number;
}

/** The current sidecar format version. */
export const SIDECAR_VERSION = 1;

/** A sidecar's content. */
export interface Sidecar {
  version: number;
  /** The transcript's file name, for people reading the sidecar. */
  transcript?: string;
  /** SHA-256 of the transcript text the positions refer to (UTF-8, no byte-order mark). */
  sha256?: string;
  tags: TagRecord[];
  /** Tag entries that failed validation, kept as read so that they are written back unchanged. */
  invalid: unknown[];
  /** Top-level fields this version does not know. */
  extra: Record<string, unknown>;
}

/** The outcome of reading a sidecar. */
export type SidecarRead =
  /** Read: the valid tags, problems with the rest; `readOnly` says why the file must not be written (a newer version). */
  | { kind: 'ok'; sidecar: Sidecar; problems: Problem[]; readOnly?: string }
  /** Not readable (malformed YAML, too large, an alias bomb, not a sidecar): it must never be written over. `conflict`: it holds git's conflict markers. */
  | { kind: 'unreadable'; problems: Problem[]; conflict?: true };

/** A problem in a sidecar or codebook, at a 1-based line and column. */
export interface Problem {
  message: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
}

/** The suffix of a sidecar's file name: `briefing.txt` → `briefing.txt.annotations.yaml`. */
export const SIDECAR_SUFFIX = '.annotations.yaml';

/** Sidecars larger than this are refused with a message rather than read. */
export const MAX_SIDECAR_BYTES = 32 * 1024 * 1024;

/** How many code points of context are kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/** A new random tag id that is not in `taken`. */
export function newTagId(taken: ReadonlySet<string> = new Set(), random: () => number = Math.random): string {
  for (;;) {
    // Eight hex digits drawn one by one, written as one string (not a chain of eight joined ones, which a tag would keep).
    let n = 0;
    for (let i = 0; i < 8; i++) n = n * 16 + Math.floor(random() * 16);
    const id = `t-${n.toString(16).padStart(8, '0')}`;
    if (!taken.has(id)) return id;
  }
}

/** Tags in sidecar order: by position, then by id, so that the order never depends on when they were made. */
export function compareTags(a: { start: number; end: number; id: string }, b: { start: number; end: number; id: string }): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
