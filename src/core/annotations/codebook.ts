/**
 * The codebook: the categories claims are tagged with. A default suited to
 * public statements ships with the extension; a workspace replaces it with
 * `.transcripts/codebook.yaml`.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Problem } from './tag';

/** A category of claim. */
export interface Category {
  /** Stable id stored in tags (`factual-claim`). */
  id: string;
  label: string;
  description?: string;
  /** A theme colour id (`transcript.tag.claim`) or `#rrggbb`. */
  color?: string;
  /** The id of the category this one refines. */
  parent?: string;
  /** A digit that picks this category in the tag picker. */
  shortcut?: number;
}

/** Where the workspace codebook lives, relative to a workspace folder. */
export const CODEBOOK_PATH = '.transcripts/codebook.yaml';
const MAX_CODEBOOK_BYTES = 1024 * 1024;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const COLOR = /^(?:#[0-9a-fA-F]{6}(?:[0-9a-fA-F]{2})?|[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)$/;

/** The categories the extension ships, each with a contributed theme colour. */
export const DEFAULT_CATEGORIES: readonly Category[] = [
  { id: 'factual-claim', label: 'Factual claim', description: 'A statement of fact that can be checked against a record.', color: 'transcript.tag.factualClaim', shortcut: 1 },
  { id: 'statistic', label: 'Statistic', description: 'A figure, amount, rate or comparison of numbers.', color: 'transcript.tag.statistic', parent: 'factual-claim', shortcut: 2 },
  { id: 'commitment', label: 'Commitment', description: 'A promise to act, with or without a date.', color: 'transcript.tag.commitment', shortcut: 3 },
  { id: 'position', label: 'Position', description: 'A stance taken on an issue or a proposal.', color: 'transcript.tag.position', shortcut: 4 },
  { id: 'accusation', label: 'Accusation', description: 'A charge that someone did something wrong.', color: 'transcript.tag.accusation', shortcut: 5 },
  { id: 'denial', label: 'Denial', description: 'A rejection of a charge, report or claim.', color: 'transcript.tag.denial', shortcut: 6 },
  { id: 'call-to-action', label: 'Call to action', description: 'A demand or appeal that others act.', color: 'transcript.tag.callToAction', shortcut: 7 },
  { id: 'prediction', label: 'Prediction', description: 'A statement about what will happen.', color: 'transcript.tag.prediction', shortcut: 8 },
];

/** The colour of a category without one of its own. */
export const FALLBACK_COLOR = 'transcript.tag.other';

/** The result of reading a codebook file. */
export interface CodebookRead {
  categories: Category[];
  problems: Problem[];
  /** False when the file cannot be read at all (the defaults are used, and it is not written over). */
  readable: boolean;
}

/** Reads a workspace codebook. Bad entries are reported and left out; an unreadable file gives the defaults. */
export function readCodebook(text: string): CodebookRead {
  const problems: Problem[] = [];
  const defaults = (message: string, line = 1, column = 1): CodebookRead => ({
    categories: [...DEFAULT_CATEGORIES],
    problems: [...problems, { line, column, severity: 'error', message: `${message} The default codebook is used.` }],
    readable: false,
  });
  if (text.length > MAX_CODEBOOK_BYTES) return defaults(`The codebook is larger than ${MAX_CODEBOOK_BYTES / 1024} KB.`);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const { line, col } = lineCounter.linePos(e.pos[0]);
    return defaults(`Not valid YAML: ${e.message.split('\n')[0]}.`, line, col);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return defaults(`The codebook's YAML aliases expand too far (${(e as Error).message}).`);
  }
  if (!isMap(doc.contents) || !data || typeof data !== 'object') return defaults('A codebook must be a mapping with a `categories` list.');
  const list = (data as Record<string, unknown>).categories;
  const node = doc.contents.get('categories', true) as YamlNode | undefined;
  if (!Array.isArray(list) || !node || !isSeq(node)) return defaults('The codebook needs a `categories` list.');
  const lineOf = (i: number) => {
    const item = node.items[i] as YamlNode | undefined;
    return item?.range ? lineCounter.linePos(item.range[0]).line : 1;
  };
  const categories: Category[] = [];
  const ids = new Set<string>();
  const shortcuts = new Map<number, string>();
  const lines = new Map<string, number>();
  list.forEach((entry, i) => {
    const line = lineOf(i);
    const bad = (message: string): void => void problems.push({ line, column: 1, severity: 'error', message: `Category ${i + 1}: ${message} It is left out.` });
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return bad('a category must be a mapping of fields.');
    const e = entry as Record<string, unknown>;
    if (typeof e.id !== 'string' || !ID.test(e.id)) return bad('`id` must be letters, digits, `-`, `_` or `.`, starting with a letter or digit.');
    if (ids.has(e.id)) return bad(`the id '${e.id}' is used twice.`);
    if (typeof e.label !== 'string' || e.label.trim() === '') return bad('`label` must be non-empty text.');
    if (e.description !== undefined && typeof e.description !== 'string') return bad('`description` must be text.');
    if (e.color !== undefined && (typeof e.color !== 'string' || !COLOR.test(e.color))) return bad('`color` must be `#rrggbb` or a theme colour id such as `charts.red`.');
    if (e.parent !== undefined && e.parent !== null && typeof e.parent !== 'string') return bad('`parent` must be the id of another category.');
    if (e.shortcut !== undefined && e.shortcut !== null && (typeof e.shortcut !== 'number' || !Number.isInteger(e.shortcut) || e.shortcut < 0 || e.shortcut > 9)) return bad('`shortcut` must be a digit from 0 to 9.');
    const category: Category = { id: e.id, label: e.label.trim() };
    if (typeof e.description === 'string') category.description = e.description;
    if (typeof e.color === 'string') category.color = e.color;
    if (typeof e.parent === 'string') category.parent = e.parent;
    if (typeof e.shortcut === 'number') {
      const other = shortcuts.get(e.shortcut);
      if (other) problems.push({ line, column: 1, severity: 'warning', message: `Category ${i + 1}: the shortcut ${e.shortcut} is already ${other}'s; it is ignored here.` });
      else {
        category.shortcut = e.shortcut;
        shortcuts.set(e.shortcut, category.id);
      }
    }
    ids.add(category.id);
    lines.set(category.id, line);
    categories.push(category);
  });
  // Parents must exist and must not loop.
  const byId = new Map(categories.map((c) => [c.id, c]));
  for (const c of categories) {
    if (!c.parent) continue;
    if (!byId.has(c.parent)) {
      problems.push({ line: lines.get(c.id) ?? 1, column: 1, severity: 'warning', message: `Category '${c.id}': its parent '${c.parent}' is not in the codebook; it is shown at the top level.` });
      delete c.parent;
      continue;
    }
    const seen = new Set([c.id]);
    for (let p: Category | undefined = byId.get(c.parent); p; p = p.parent ? byId.get(p.parent) : undefined) {
      if (seen.has(p.id)) {
        problems.push({ line: lines.get(c.id) ?? 1, column: 1, severity: 'warning', message: `Category '${c.id}': its parents loop back to it; it is shown at the top level.` });
        delete c.parent;
        break;
      }
      seen.add(p.id);
    }
  }
  return { categories, problems, readable: true };
}

/** A category's path from the top of the hierarchy: `Factual claim › Statistic`. */
export function categoryPath(category: Category, byId: ReadonlyMap<string, Category>): string {
  const names = [category.label];
  const seen = new Set([category.id]);
  for (let p = category.parent ? byId.get(category.parent) : undefined; p && !seen.has(p.id); p = p.parent ? byId.get(p.parent) : undefined) {
    names.unshift(p.label);
    seen.add(p.id);
  }
  return names.join(' › ');
}

/** An id for a new category from its label: `Half truth` → `half-truth`, unique among `taken`. */
export function categoryIdFor(label: string, taken: ReadonlySet<string>): string {
  const base = label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'category';
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  return id;
}

/**
 * The codebook file with a category added: appended to an existing file
 * (comments kept), or a new file holding the defaults and the new category.
 */
export function addToCodebook(existing: string | undefined, category: Category): string {
  if (existing === undefined || existing.trim() === '') {
    const doc = parseDocument('version: 1\ncategories: []\n');
    doc.commentBefore = ' The categories claims are tagged with in this workspace (Transcript Annotator).\n Each: id, label, description, color (#rrggbb or a theme colour id), parent (an id), shortcut (a digit).';
    doc.set('categories', doc.createNode([...DEFAULT_CATEGORIES, category].map(categoryRecord)));
    return doc.toString({ lineWidth: 0 });
  }
  const doc = parseDocument(existing);
  if (doc.errors.length || !isMap(doc.contents)) throw new Error('The codebook file cannot be read; fix it before adding categories.');
  const node = doc.contents.get('categories', true);
  if (!node || !isSeq(node)) doc.set('categories', doc.createNode([categoryRecord(category)]));
  else node.add(doc.createNode(categoryRecord(category)));
  return doc.toString({ lineWidth: 0 });
}

/** A category as a codebook file holds it, with only the fields it has. */
export function categoryRecord(c: Category): Record<string, unknown> {
  const out: Record<string, unknown> = { id: c.id, label: c.label };
  if (c.description !== undefined) out.description = c.description;
  if (c.color !== undefined) out.color = c.color;
  if (c.parent !== undefined) out.parent = c.parent;
  if (c.shortcut !== undefined) out.shortcut = c.shortcut;
  return out;
}

/**
 * The tag picker's order: the recent categories that still exist (most recent
 * first), then every category with its children right after it. Categories
 * whose parents form a cycle, or that no root reaches, come last, so none is
 * ever missing from the list.
 */
export function pickerOrder(categories: readonly Category[], recentIds: readonly string[]): { recent: Category[]; all: Category[] } {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const recent = [...new Set(recentIds)].map((id) => byId.get(id)).filter((c): c is Category => c !== undefined);
  const children = new Map<string | undefined, Category[]>();
  for (const c of categories) {
    const parent = c.parent !== undefined && byId.has(c.parent) && c.parent !== c.id ? c.parent : undefined;
    const list = children.get(parent);
    if (list) list.push(c);
    else children.set(parent, [c]);
  }
  const all: Category[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | undefined) => {
    for (const c of children.get(parent) ?? []) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      all.push(c);
      visit(c.id);
    }
  };
  visit(undefined);
  for (const c of categories) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    all.push(c);
    visit(c.id);
  }
  return { recent, all };
}
