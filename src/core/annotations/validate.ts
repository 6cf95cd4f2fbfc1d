/**
 * Checks a sidecar's data against its format, entry by entry: a bad entry is
 * reported where it stands and kept aside, so that the others still load and
 * a rewrite gives it back unchanged.
 */
import { fieldOf, setField } from '../text/records';
import { SIDECAR_VERSION, type AnchorStatus, type Problem, type Sidecar, type SidecarRead, type TagRecord } from './tag';

/** The fields of a tag this version knows; anything else is kept as it is. */
const KNOWN_TAG_FIELDS = new Set([
  'id', 'category', 'quote', 'start', 'end', 'line', 'column', 'endLine', 'endColumn', 'prefix', 'suffix', 'speaker', 'section',
  'note', 'author', 'created', 'modified', 'verdict', 'source', 'status', 'anchorNote', 'time',
]);
const KNOWN_TOP_FIELDS = new Set(['version', 'transcript', 'sha256', 'tags']);
const STATUSES: readonly AnchorStatus[] = ['anchored', 'moved', 'orphaned'];
/** ISO 8601 date and time with a zone, as `new Date().toISOString()` writes it (seconds and fractions optional). */
export const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const SHA256 = /^[0-9a-f]{64}$/;

/** Validates parsed sidecar data; lines are 1-based, for the problems' positions. */
export function validateSidecar(
  data: Record<string, unknown>,
  tagLines: number[],
  fieldLine: (tag: number, key: string) => number,
  topLines: Record<string, number> = {},
): SidecarRead {
  const problems: Problem[] = [];
  const top = (key: string) => (fieldOf(topLines, key) as number | undefined) ?? 1;
  const fail = (key: string, message: string): SidecarRead => ({ kind: 'unreadable', problems: [{ line: top(key), column: 1, severity: 'error', message }] });

  const version = fieldOf(data, 'version');
  let readOnly: string | undefined;
  if (version === undefined) {
    problems.push({ line: 1, column: 1, severity: 'warning', message: `The sidecar has no \`version\`; it is read as version ${SIDECAR_VERSION}.` });
  } else if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('version', `\`version\` must be a whole number (${SIDECAR_VERSION} for this format), not ${JSON.stringify(version)}.`);
  } else if (version > SIDECAR_VERSION) {
    readOnly = `This sidecar is format version ${version}, newer than this extension reads (${SIDECAR_VERSION}). Its tags are shown read-only; update Transcript Annotator to change them.`;
    problems.push({ line: top('version'), column: 1, severity: 'warning', message: readOnly });
  }
  const tagsValue = fieldOf(data, 'tags') ?? [];
  if (!Array.isArray(tagsValue)) return fail('tags', '`tags` must be a list of tags.');

  const sidecar: Sidecar = { version: typeof version === 'number' ? version : SIDECAR_VERSION, tags: [], invalid: [], extra: {} };
  const transcript = fieldOf(data, 'transcript');
  const sha256 = fieldOf(data, 'sha256');
  if (transcript !== undefined) {
    if (typeof transcript === 'string') sidecar.transcript = transcript;
    else problems.push({ line: top('transcript'), column: 1, severity: 'warning', message: '`transcript` should be the transcript\'s file name; it is ignored.' });
  }
  if (sha256 !== undefined) {
    if (typeof sha256 === 'string' && SHA256.test(sha256)) sidecar.sha256 = sha256;
    else problems.push({ line: top('sha256'), column: 1, severity: 'warning', message: '`sha256` should be 64 lower-case hex digits; every tag will be found again by its words.' });
  }
  for (const [key, value] of Object.entries(data)) if (!KNOWN_TOP_FIELDS.has(key)) setField(sidecar.extra, key, value);

  const ids = new Map<string, number>();
  tagsValue.forEach((entry, i) => {
    const line = tagLines[i] ?? 1;
    const result = validateTag(entry, (key) => (key ? fieldLine(i, key) : line));
    if ('errors' in result) {
      for (const e of result.errors) problems.push({ line: e.line, column: 1, severity: 'error', message: `Tag ${i + 1}${idOf(entry)}: ${e.message} The tag is kept in the file but not shown.` });
      sidecar.invalid.push(entry);
      return;
    }
    const previous = ids.get(result.tag.id);
    if (previous !== undefined) {
      problems.push({ line: fieldLine(i, 'id'), column: 1, severity: 'error', message: `Tag ${i + 1}: the id '${result.tag.id}' is already used by the tag on line ${previous}. The tag is kept in the file but not shown.` });
      sidecar.invalid.push(entry);
      return;
    }
    ids.set(result.tag.id, line);
    for (const w of result.warnings) problems.push({ line: w.line, column: 1, severity: 'warning', message: `Tag ${i + 1} (${result.tag.id}): ${w.message}` });
    sidecar.tags.push(result.tag);
  });
  return { kind: 'ok', sidecar, problems, ...(readOnly ? { readOnly } : {}) };
}

function idOf(entry: unknown): string {
  const id = entry && typeof entry === 'object' ? fieldOf(entry, 'id') : undefined;
  return typeof id === 'string' ? ` (${id})` : '';
}

interface Located {
  line: number;
  message: string;
}

/** Checks one tag entry. */
export function validateTag(entry: unknown, lineOf: (key: string) => number): { tag: TagRecord; warnings: Located[] } | { errors: Located[] } {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return { errors: [{ line: lineOf(''), message: 'a tag must be a mapping of fields.' }] };
  const e = entry as Record<string, unknown>;
  const errors: Located[] = [];
  const warnings: Located[] = [];
  const check = new Checker(e, lineOf, errors);
  const id = check.text('id', true, true);
  const category = check.text('category', true, true);
  const quote = check.text('quote', true, true);
  const start = check.count('start');
  const end = check.count('end');
  if (start !== undefined && end !== undefined && end < start) errors.push({ line: lineOf('end'), message: `\`end\` (${end}) is before \`start\` (${start}).` });
  const created = check.time('created');
  const modified = check.time('modified');
  const prefix = check.text('prefix', false) ?? '';
  const suffix = check.text('suffix', false) ?? '';
  const speaker = check.textOrNull('speaker');
  const section = check.textOrNull('section');
  const note = check.text('note', false);
  const author = check.text('author', false);
  const verdict = check.text('verdict', false);
  const source = check.text('source', false);
  if (source !== undefined && source !== '' && !/^https?:\/\/\S+$/i.test(source)) warnings.push({ line: lineOf('source'), message: '`source` is not an http(s) address; it is kept but cannot be opened.' });
  const anchorNote = check.text('anchorNote', false);
  let status: AnchorStatus = 'anchored';
  const statusValue = fieldOf(e, 'status');
  if (statusValue !== undefined) {
    if (typeof statusValue === 'string' && (STATUSES as readonly string[]).includes(statusValue)) status = statusValue as AnchorStatus;
    else errors.push({ line: lineOf('status'), message: `\`status\` must be one of ${STATUSES.join(', ')}, not ${describe(statusValue)}.` });
  }
  for (const key of POSITION_FIELDS) {
    const v = fieldOf(e, key);
    if (v !== undefined && (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1)) warnings.push({ line: lineOf(key), message: `\`${key}\` should be a whole number from 1; it is only for people and is ignored.` });
  }
  if (errors.length) return { errors };
  const tag: TagRecord = { id: id!, category: category!, quote: quote!, start: start!, end: end!, prefix, suffix, speaker, section, created: created!, modified: modified!, status };
  if (note !== undefined) tag.note = note;
  if (author !== undefined) tag.author = author;
  if (verdict !== undefined) tag.verdict = verdict;
  if (source !== undefined) tag.source = source;
  if (anchorNote !== undefined) tag.anchorNote = anchorNote;
  let extra: Record<string, unknown> | undefined;
  const time = fieldOf(e, 'time');
  if (time !== undefined) {
    const t = time as { start?: unknown; end?: unknown } | null;
    const seconds = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
    if (t && typeof t === 'object' && seconds(t.start) && seconds(t.end) && t.end >= t.start) tag.time = { start: t.start, end: t.end };
    else {
      warnings.push({ line: lineOf('time'), message: '`time` should be `{start: seconds, end: seconds}` with end not before start; it is kept but not used.' });
      (extra ??= {}).time = time;
    }
  }
  for (const key of Object.keys(e)) {
    if (!KNOWN_TAG_FIELDS.has(key)) setField((extra ??= {}), key, e[key]);
  }
  if (extra) tag.extra = extra;
  return { tag, warnings };
}

const POSITION_FIELDS = ['line', 'column', 'endLine', 'endColumn'];

/** Reads typed fields of one entry, collecting what is wrong. */
class Checker {
  constructor(
    private readonly e: Record<string, unknown>,
    private readonly lineOf: (key: string) => number,
    private readonly errors: Located[],
  ) {}

  text(key: string, required: boolean, nonEmpty = false): string | undefined {
    const v = fieldOf(this.e, key);
    if (typeof v === 'string') {
      if (nonEmpty && v === '') this.errors.push({ line: this.lineOf(key), message: `\`${key}\` must not be empty.` });
      return v;
    }
    if (v === undefined || v === null) {
      if (required) this.errors.push({ line: this.lineOf(key), message: `\`${key}\` is missing.` });
      return undefined;
    }
    this.errors.push({ line: this.lineOf(key), message: `\`${key}\` must be text, not ${describe(v)}.` });
    return undefined;
  }

  textOrNull(key: string): string | null {
    const v = fieldOf(this.e, key);
    if (v === undefined || v === null) return null;
    if (typeof v === 'string') return v;
    this.errors.push({ line: this.lineOf(key), message: `\`${key}\` must be text or null, not ${describe(v)}.` });
    return null;
  }

  count(key: string): number | undefined {
    const v = fieldOf(this.e, key);
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
    if (v === undefined) this.errors.push({ line: this.lineOf(key), message: `\`${key}\` is missing.` });
    else this.errors.push({ line: this.lineOf(key), message: `\`${key}\` must be a whole number of code points from 0, not ${describe(v)}.` });
    return undefined;
  }

  time(key: string): string | undefined {
    const v = this.text(key, true);
    if (v !== undefined && !ISO_TIME.test(v)) this.errors.push({ line: this.lineOf(key), message: `\`${key}\` must be an ISO 8601 time such as 2025-03-13T10:04:00Z, not ${JSON.stringify(v)}.` });
    return v;
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${JSON.stringify(v)}`;
}
