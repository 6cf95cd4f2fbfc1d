/**
 * The full account of a REFI-QDA import: for each kind of thing a project
 * holds (sources, codings, codes, notes, cases, users), how many were read,
 * kept, placed on words, kept orphaned and skipped, and each one not placed
 * named with the reason. The command line prints it; the editor shows it in
 * a document. Nothing is ever only counted.
 */
import { showInvisible } from '../text/visible';

/** The kinds of things a project holds, in the order the account lists them. */
export const ACCOUNT_KINDS = ['sources', 'codings', 'notes', 'codes', 'cases', 'users'] as const;

/** One kind of thing a project holds. */
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** What became of one kind: counts, and a line for each thing not simply placed (orphaned, skipped, or kept somewhere else than on words). */
export interface KindAccount {
  /** Found in the project. */
  read: number;
  /** Kept somewhere in the workspace (a transcript, a tag, a category, the cases or notes file). */
  kept: number;
  /** Kept on the words they were made on. */
  placed: number;
  /** Kept as orphaned tags: no reading of the positions fits, so their words are kept, not placed. */
  orphaned: number;
  /** Not kept, each named with the reason in `lines`. */
  skipped: number;
  /** What became of each thing that was not placed as it was, in words. */
  lines: string[];
}

/** The account of one import. */
export interface ImportAccount {
  /** The project's file name. */
  project: string;
  kinds: Record<AccountKind, KindAccount>;
  /** For each text source: the reading its positions needed, and why. */
  readings: Array<{ source: string; reading: string }>;
  /** Files written beside the transcripts (codebook, cases, notes), by path. */
  files: string[];
  /** Things of the project that have no place in a workspace (sets, graphs), each named. */
  noPlace: string[];
}

/** An empty account. */
export function newAccount(project: string): ImportAccount {
  const kinds = {} as Record<AccountKind, KindAccount>;
  for (const k of ACCOUNT_KINDS) kinds[k] = { read: 0, kept: 0, placed: 0, orphaned: 0, skipped: 0, lines: [] };
  return { project, kinds, readings: [], files: [], noPlace: [] };
}

/** A name from a project, shown safely: invisible and bidirectional characters made visible, in quotes. */
export function named(name: string): string {
  return `"${showInvisible(name)}"`;
}

const COLUMNS = ['read', 'kept', 'placed', 'orphaned', 'skipped'] as const;

/** The account as plain text: a table of the counts, then the readings, then every thing not placed as it was, by kind. */
export function accountText(account: ImportAccount): string {
  const out: string[] = [`Import of ${showInvisible(account.project)}`, ''];
  const width = Math.max(...ACCOUNT_KINDS.map((k) => k.length));
  out.push(`${''.padEnd(width)}  ${COLUMNS.map((c) => c.padStart(10)).join('')}`);
  for (const kind of ACCOUNT_KINDS) {
    const k = account.kinds[kind];
    out.push(`${kind.padEnd(width)}  ${COLUMNS.map((c) => String(k[c]).padStart(10)).join('')}`);
  }
  if (account.readings.length) {
    out.push('', 'Positions read as:');
    for (const r of account.readings) out.push(`  ${r.source}: ${r.reading}`);
  }
  for (const kind of ACCOUNT_KINDS) {
    const lines = account.kinds[kind].lines;
    if (!lines.length) continue;
    out.push('', `${kind[0]!.toUpperCase()}${kind.slice(1)}:`);
    for (const line of lines) out.push(`  - ${line}`);
  }
  if (account.noPlace.length) {
    out.push('', 'Not kept (no place for them in a workspace):');
    for (const line of account.noPlace) out.push(`  - ${line}`);
  }
  if (account.files.length) {
    out.push('', 'Also written:');
    for (const f of account.files) out.push(`  ${f}`);
  }
  return out.join('\n') + '\n';
}
