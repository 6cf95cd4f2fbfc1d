/**
 * Reading and writing sidecars (`<transcript>.annotations.yaml`). Reading
 * never throws: it gives the tags it could read and a located problem for
 * everything else, and says when the file must not be written over.
 */
import { isMap, isSeq, LineCounter, parseDocument, stringify, type Node as YamlNode } from 'yaml';
import { compareTags, MAX_SIDECAR_BYTES, SIDECAR_VERSION, type Sidecar, type SidecarRead, type Tag, type TagFields, type TagRecord } from './tag';
import { TextIndex } from './positions';
import { sha256Text } from '../text/sha256';
import { validateSidecar } from './validate';
import { conflictVersions, hasConflictMarkers } from './conflicts';
import { keepSource, keptSource, RawYaml, rawSource, snapshot } from './keptSource';
import { emptyRecord, fieldOf, hasField, setField } from '../text/records';
import { showInvisible } from '../text/visible';
import { fieldLineIn, readFastYaml, yamlScalar, yamlString, yamlStringBody } from './yamlText';

/** Sidecars outside the extension's own layout are read with the full YAML parser only up to this size. */
export const MAX_FREE_FORM_BYTES = 1024 * 1024;
/** How many YAML aliases a sidecar may expand (defends against "billion laughs"). */
export const MAX_ALIAS_COUNT = 100;

/** Reads a sidecar's text. `byteLength` is the file's size, when known. */
export function readSidecar(text: string, byteLength = text.length): SidecarRead {
  if (byteLength > MAX_SIDECAR_BYTES) {
    return unreadable(1, 1, `This sidecar is ${megabytes(byteLength)}, more than the ${megabytes(MAX_SIDECAR_BYTES)} a sidecar may be. It is not read.`);
  }
  if (text.trim() === '') {
    return { kind: 'ok', sidecar: { version: SIDECAR_VERSION, tags: [], invalid: [], extra: {} }, problems: [] };
  }
  if (hasConflictMarkers(text)) {
    const line = conflictVersions(text)?.line ?? 1;
    return {
      kind: 'unreadable',
      conflict: true,
      problems: [{ line, column: 1, severity: 'error', message: `This sidecar holds an unresolved git merge (conflict markers from line ${line}). Its tags are not shown and tagging is paused until it is resolved: run “Resolve Sidecar Merge Conflict”, or \`transcript-annotator merge --resolve <sidecar>\`.` }],
    };
  }
  const fast = readFastYaml(text);
  if ('data' in fast) return validateSidecar(fast.data, fast.tagLines, (i, key) => fieldLineIn(text, fast.tagLines[i] ?? 1, key));
  if (byteLength > MAX_FREE_FORM_BYTES) {
    return unreadable(
      fast.line,
      1,
      `Line ${fast.line}: ${fast.reason}. Sidecars over ${megabytes(MAX_FREE_FORM_BYTES)} must keep the layout the extension writes (one \`key: value\` per line, text in double quotes); this one is ${megabytes(byteLength)}.`,
    );
  }
  return readFreeForm(text);
}

function readFreeForm(text: string): SidecarRead {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const at = (offset: number) => lineCounter.linePos(offset);
  if (doc.errors.length) {
    return {
      kind: 'unreadable',
      problems: doc.errors.map((e) => {
        const { line, col } = at(e.pos[0]);
        return { line, column: col, severity: 'error' as const, message: `Not valid YAML: ${firstLine(e.message)}` };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const alias = /(^|[\s[{,:-])\*[^\s,\]}]/m.exec(text);
    const { line, col } = at(alias ? alias.index + alias[1]!.length : 0);
    return unreadable(line, col, `The sidecar's YAML aliases expand too far (${firstLine((e as Error).message)}); it is not read.`);
  }
  if (data === null || data === undefined) return readSidecar('');
  if (typeof data !== 'object' || Array.isArray(data) || !isMap(doc.contents)) {
    return unreadable(1, 1, 'A sidecar must be a YAML mapping with `version` and `tags`; this file is not.');
  }
  const tagLines: number[] = [];
  const fieldLines: Array<Record<string, number>> = [];
  const tagsNode = doc.contents.get('tags', true) as YamlNode | undefined;
  if (tagsNode && isSeq(tagsNode)) {
    for (const item of tagsNode.items as YamlNode[]) {
      tagLines.push(item?.range ? at(item.range[0]).line : 1);
      const fields = emptyRecord<number>();
      if (item && isMap(item)) {
        for (const pair of item.items) {
          const key = pair.key as YamlNode | null;
          if (key && 'value' in key && key.range) setField(fields, String((key as { value: unknown }).value), at(key.range[0]).line);
        }
      }
      fieldLines.push(fields);
    }
  }
  const topLines = emptyRecord<number>();
  for (const pair of doc.contents.items) {
    const key = pair.key as YamlNode | null;
    if (key && 'value' in key && key.range) setField(topLines, String((key as { value: unknown }).value), at(key.range[0]).line);
  }
  const read = validateSidecar(data as Record<string, unknown>, tagLines, (i, key) => (fieldLines[i] ? (fieldOf(fieldLines[i], key) as number | undefined) : undefined) ?? tagLines[i] ?? 1, topLines);
  if (read.kind === 'ok') keepSources(text, doc.contents, data as Record<string, unknown>, read.sidecar, at);
  return read;
}

/**
 * Keeps the source text of the values written back as they were read: beside
 * unknown fields (which stay plain values), and in place of entries that did
 * not validate. A rewrite then keeps large integers, number notation and
 * aliases exactly (an alias is never expanded).
 */
function keepSources(text: string, contents: YamlNode, data: Record<string, unknown>, sidecar: Sidecar, at: (offset: number) => { line: number; col: number }): void {
  if (!isMap(contents)) return;
  const raw = (key: YamlNode | null, value: YamlNode | null, js: unknown): RawYaml | undefined => {
    if (!value?.range) return undefined;
    const inline = key?.range ? at(key.range[0]).line === at(value.range[0]).line : true;
    const anchor = (value as { anchor?: string }).anchor;
    return new RawYaml(rawSource(text, value.range[0], value.range[1]), snapshot(js), inline, anchor);
  };
  const keep = (record: Record<string, unknown>, key: YamlNode | null, value: YamlNode | null) => {
    const name = key && 'value' in key ? String((key as { value: unknown }).value) : undefined;
    if (name === undefined || !hasField(record, name)) return;
    const source = raw(key, value, record[name]);
    if (source) keepSource(record, name, source);
  };
  for (const pair of contents.items) keep(sidecar.extra, pair.key as YamlNode | null, pair.value as YamlNode | null);
  const tagsNode = contents.get('tags', true) as YamlNode | undefined;
  const entries = fieldOf(data, 'tags');
  if (!tagsNode || !isSeq(tagsNode) || !Array.isArray(entries)) return;
  const byId = new Map(sidecar.tags.map((t) => [t.id, t]));
  (tagsNode.items as YamlNode[]).forEach((item, i) => {
    const entry: unknown = entries[i];
    const k = sidecar.invalid.indexOf(entry);
    if (k >= 0) {
      sidecar.invalid[k] = raw(null, item, entry) ?? entry;
      return;
    }
    if (!item || !isMap(item)) return;
    const id = entry && typeof entry === 'object' ? fieldOf(entry, 'id') : undefined;
    const tag = typeof id === 'string' ? byId.get(id) : undefined;
    if (!tag?.extra) return;
    for (const pair of item.items) keep(tag.extra, pair.key as YamlNode | null, pair.value as YamlNode | null);
  });
}

function unreadable(line: number, column: number, message: string): SidecarRead {
  return { kind: 'unreadable', problems: [{ line, column, severity: 'error', message }] };
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** What a sidecar is written from. */
export interface SidecarContent {
  /** The transcript's file name (`briefing.txt`). */
  transcriptName: string;
  /** The transcript's current text; tag positions are UTF-16 offsets in it. */
  text: string;
  tags: readonly Tag[];
  /** Entries that did not validate and top-level fields this version does not know, kept from the file read. */
  invalid?: readonly unknown[];
  extra?: Readonly<Record<string, unknown>>;
  /** The text's SHA-256 when the caller already has it. */
  sha256?: string;
  /** The text's index when the caller already has it. */
  index?: TextIndex;
}

/** Writes a sidecar: tags sorted by position, one field per line, every string double-quoted. */
export function writeSidecar(content: SidecarContent): string {
  const index = content.index ?? new TextIndex(content.text);
  const n = index.text.length;
  const placed = [...content.tags].sort(compareTags).map((tag) => {
    const start = tag.start < 0 ? 0 : tag.start > n ? n : tag.start;
    const end = tag.end < start ? start : tag.end > n ? n : tag.end;
    return { tag, start: index.toCodePoint(start), end: index.toCodePoint(end), from: index.lineColumn(start), to: index.lineColumn(end) };
  });
  return writeEntries(content.transcriptName, content.sha256 ?? sha256Text(content.text), placed, content.invalid ?? [], content.extra ?? {});
}

/** What the merge writes from: stored tags (code-point positions) without the transcript's text at hand. */
export interface SidecarRecords {
  transcriptName: string;
  /** The hash the positions refer to; undefined when they refer to different texts (every tag is then found by its words). */
  sha256?: string;
  tags: readonly TagRecord[];
  invalid?: readonly unknown[];
  extra?: Readonly<Record<string, unknown>>;
  /** The transcript text the positions count in, when known: it gives each tag's line and column. */
  index?: TextIndex;
}

/** Writes stored tags as they are, positions unchanged: lines and columns only when the text is given. */
export function writeSidecarRecords(content: SidecarRecords): string {
  const index = content.index;
  const placed = [...content.tags].sort(compareTags).map((tag) => {
    if (!index) return { tag, start: tag.start, end: tag.end };
    return { tag, start: tag.start, end: tag.end, from: index.lineColumn(index.toUtf16(tag.start)), to: index.lineColumn(index.toUtf16(tag.end)) };
  });
  return writeEntries(content.transcriptName, content.sha256, placed, content.invalid ?? [], content.extra ?? {});
}

interface Placed {
  tag: TagFields;
  start: number;
  end: number;
  from?: { line: number; column: number };
  to?: { line: number; column: number };
}

function writeEntries(transcriptName: string, sha256: string | undefined, tags: readonly Placed[], invalid: readonly unknown[], extra: Readonly<Record<string, unknown>>): string {
  const out: string[] = [
    `# Tags of ${showInvisible(oneLine(transcriptName))}, kept by Transcript Annotator (format: "The sidecar, field by field" in its README).`,
    '# start and end count Unicode code points from the start of the text; line and column are 1-based.',
    `version: ${SIDECAR_VERSION}`,
    `transcript: ${yamlString(transcriptName)}`,
  ];
  if (sha256 !== undefined) out.push(`sha256: ${yamlString(sha256)}`);
  for (const key of Object.keys(extra)) writeField(out, '', extra, key);
  if (tags.length === 0 && invalid.length === 0) {
    out.push('tags: []');
    return out.join('\n') + '\n';
  }
  out.push('tags:');
  // One string per tag, its pieces joined at once (a chain of concatenations would leave a piece of string to walk for each),
  // a blank line between tags, and the whole file joined once. Each string field is written between quotes the pieces around it hold.
  const str = yamlStringBody;
  tags.forEach(({ tag, start, end, from, to }, i) => {
    if (i > 0) out.push('');
    const p: string[] = ['  - id: "', str(tag.id), '"\n    category: "', str(tag.category), '"\n    quote: "', str(tag.quote), '"\n    start: ', String(start), '\n    end: ', String(end)];
    if (from && to) p.push('\n    line: ', String(from.line), '\n    column: ', String(from.column), '\n    endLine: ', String(to.line), '\n    endColumn: ', String(to.column));
    p.push('\n    prefix: "', str(tag.prefix), '"\n    suffix: "', str(tag.suffix), tag.speaker === null ? '"\n    speaker: null' : '"\n    speaker: "', tag.speaker === null ? '' : str(tag.speaker), tag.speaker === null ? '' : '"');
    p.push(tag.section === null ? '\n    section: null' : '\n    section: "', tag.section === null ? '' : str(tag.section), tag.section === null ? '' : '"');
    if (tag.note !== undefined) p.push('\n    note: "', str(tag.note), '"');
    if (tag.author !== undefined) p.push('\n    author: "', str(tag.author), '"');
    p.push('\n    created: "', str(tag.created), '"\n    modified: "', str(tag.modified), '"');
    if (tag.verdict !== undefined) p.push('\n    verdict: "', str(tag.verdict), '"');
    if (tag.source !== undefined) p.push('\n    source: "', str(tag.source), '"');
    if (tag.time) p.push(`\n    time: {start: ${tag.time.start}, end: ${tag.time.end}}`);
    if (tag.status !== 'anchored') {
      p.push('\n    status: "', str(tag.status), '"');
      if (tag.anchorNote !== undefined) p.push('\n    anchorNote: "', str(tag.anchorNote), '"');
    }
    if (tag.extra) {
      const lines: string[] = [];
      for (const key of Object.keys(tag.extra)) writeField(lines, '    ', tag.extra, key);
      p.push('\n', lines.join('\n'));
    }
    out.push(p.join(''));
  });
  for (const entry of invalid) {
    out.push('');
    if (entry instanceof RawYaml) {
      const [first, ...rest] = entry.lines('    ');
      if (entry.anchor) out.push(`  - &${entry.anchor}`, `    ${first}`, ...rest);
      else out.push(`  - ${first}`, ...rest);
    } else out.push(indent(stringify([entry], { lineWidth: 0 }).trimEnd(), '  '));
  }
  return out.join('\n') + '\n';
}

function writeField(out: string[], prefix: string, record: Readonly<Record<string, unknown>>, key: string): void {
  const name = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : yamlString(key);
  const value = fieldOf(record, key);
  const source = keptSource(record, key);
  if (source) {
    const [first, ...rest] = source.lines(prefix + '  ');
    const head = source.head();
    if (source.inline) out.push(`${prefix}${name}: ${head}`, ...rest);
    else out.push(`${prefix}${name}:${head ? ' ' + head : ''}`, prefix + '  ' + first, ...rest);
    return;
  }
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isSafeInteger(value))) {
    out.push(`${prefix}${name}: ${yamlScalar(value as string | number | boolean | null)}`);
  } else {
    out.push(`${prefix}${name}:`);
    out.push(indent(stringify(value, { lineWidth: 0 }).trimEnd(), prefix + '  '));
  }
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((l) => (l ? prefix + l : l))
    .join('\n');
}

function oneLine(s: string): string {
  return s.replace(/[\r\n\u2028\u2029]+/g, ' ');
}
