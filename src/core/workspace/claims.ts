/**
 * The Claims view's model: every tag of the workspace with its document,
 * filtered by words, category and speaker, and grouped by category, speaker or
 * document.
 */
import { showInvisible } from '../text';
import { firstWords } from '../transcript';
import { compareTags, quoteStart, type TagLike } from './documentTree';

/** A tag and the document it is in. */
export interface Claim<T extends TagLike = TagLike> {
  /** The document's key (its URI) and its name in the list. */
  document: { key: string; title: string; path: string };
  tag: T;
}

/** A category's label and colour (a theme colour id or `#rrggbb`) by id: presentation comes from the codebook, not from the tags. */
export type CategoryNames = (id: string) => { label: string; color?: string };

/** Shows a category as its id. */
const byId: CategoryNames = (id) => ({ label: id });

/** How the Claims view groups its claims. */
export type ClaimGrouping = 'category' | 'speaker' | 'document';

/** What the claims are filtered by; every part must match. */
export interface ClaimFilter {
  /** Words the quote or the note must contain (case-insensitive). */
  text?: string;
  /** Category ids or labels, any of which matches (case-insensitive). */
  categories?: string[];
  /** Speaker names or parts of them, any of which matches (case-insensitive). */
  speakers?: string[];
  /** Claims picked elsewhere (a mark of the corpus report): only these, as `<document key>#<tag id>`, with what they are in words. */
  picked?: { label: string; tags: string[] };
}

/**
 * Reads a filter as typed: `category:` (or `cat:`) and `speaker:` (or `by:`)
 * terms, with quotes around values that hold spaces; the rest is text.
 * `category:accusation speaker:"Amal Reyes" harbour` → a category, a speaker and the word.
 */
export function parseClaimFilter(input: string): ClaimFilter {
  const filter: ClaimFilter = {};
  const text: string[] = [];
  const term = /(?:(\w+):)?(?:"([^"]*)"?|“([^”]*)”?|(\S+))/gu;
  for (const m of input.matchAll(term)) {
    const key = m[1]?.toLowerCase();
    const value = (m[2] ?? m[3] ?? m[4] ?? '').trim();
    if (key === 'category' || key === 'cat') {
      if (value) (filter.categories ??= []).push(value);
    } else if (key === 'speaker' || key === 'by') {
      if (value) (filter.speakers ??= []).push(value);
    } else if (value || key) {
      text.push(key ? `${m[1]}:${value}` : value);
    }
  }
  if (text.length) filter.text = text.join(' ');
  return filter;
}

/** Writes a filter back the way parseClaimFilter reads it. */
export function formatClaimFilter(filter: ClaimFilter): string {
  const quote = (v: string) => (/\s/.test(v) ? `"${v}"` : v);
  return [...(filter.categories ?? []).map((c) => `category:${quote(c)}`), ...(filter.speakers ?? []).map((s) => `speaker:${quote(s)}`), filter.text ?? '']
    .filter(Boolean)
    .join(' ');
}

/** True when the filter lets everything through. */
export function isEmptyFilter(filter: ClaimFilter): boolean {
  return !filter.text && !filter.categories?.length && !filter.speakers?.length && !filter.picked;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const pickedSets = new WeakMap<object, Set<string>>();

/** The picked claims as a set, made once per filter. */
function pickedSet(picked: NonNullable<ClaimFilter['picked']>): Set<string> {
  let set = pickedSets.get(picked);
  if (!set) pickedSets.set(picked, (set = new Set(picked.tags)));
  return set;
}

/** Whether a claim passes the filter. */
export function matchesFilter(claim: Claim, filter: ClaimFilter, categories: CategoryNames = byId): boolean {
  const { tag } = claim;
  if (filter.picked && !pickedSet(filter.picked).has(`${claim.document.key}#${tag.id}`)) return false;
  if (filter.categories?.length) {
    const id = fold(tag.category);
    const label = fold(categories(tag.category).label);
    if (!filter.categories.some((c) => fold(c) === id || fold(c) === label)) return false;
  }
  if (filter.speakers?.length) {
    const speaker = fold(tag.speaker ?? '');
    if (!speaker || !filter.speakers.some((s) => speaker.includes(fold(s)))) return false;
  }
  if (filter.text) {
    const haystack = fold(`${tag.quote}\n${tag.note ?? ''}`);
    if (!fold(filter.text).split(/\s+/).every((w) => haystack.includes(w))) return false;
  }
  return true;
}

/** A group of the Claims view. */
export interface ClaimGroup<T extends TagLike = TagLike> {
  /** What the group is keyed by: a category id, a speaker, a document key; '' for claims without one. */
  key: string;
  label: string;
  /** A colour for the group's icon (category groups). */
  color?: string;
  claims: Claim<T>[];
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * Groups claims, groups in label order (those without a speaker last),
 * claims in document order, then text order within a document.
 */
export function groupClaims<T extends TagLike>(claims: readonly Claim<T>[], by: ClaimGrouping, categories: CategoryNames = byId): ClaimGroup<T>[] {
  const groups = new Map<string, ClaimGroup<T>>();
  for (const claim of claims) {
    const { tag, document } = claim;
    const key = by === 'category' ? tag.category : by === 'speaker' ? (tag.speaker ?? '') : document.key;
    let group = groups.get(key);
    if (!group) {
      const category = categories(tag.category);
      const label = by === 'category' ? category.label || tag.category : by === 'speaker' ? (tag.speaker ?? 'No speaker') : document.title;
      group = { key, label, claims: [], ...(by === 'category' && category.color ? { color: category.color } : {}) };
      groups.set(key, group);
    }
    group.claims.push(claim);
  }
  const list = [...groups.values()];
  for (const g of list) g.claims.sort(compareClaims);
  return list.sort((a, b) => (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) || collator.compare(a.label, b.label) || collator.compare(a.key, b.key));
}

/** Claims in document order (by path), then in the order of the text. */
export function compareClaims(a: Claim, b: Claim): number {
  return collator.compare(a.document.path, b.document.path) || compareTags(a.tag, b.tag);
}

/** The label, description and tooltip of a claim. */
export function claimLabel(claim: Claim, by: ClaimGrouping, categories: CategoryNames = byId): { label: string; description: string; tooltip: string } {
  const { tag, document } = claim;
  const category = categories(tag.category).label || tag.category;
  const parts: string[] = [];
  if (by !== 'speaker' && tag.speaker) parts.push(tag.speaker);
  if (by !== 'document') parts.push(document.title);
  if (by !== 'category') parts.push(category);
  if (tag.status === 'orphaned') parts.push('orphaned');
  const tooltip = [
    `${category}${tag.speaker ? ` — ${tag.speaker}` : ''}`,
    `“${firstWords(tag.quote, 60)}”`,
    tag.note ? `Note: ${tag.note}` : undefined,
    `${document.title} (${document.path}), line ${tag.range.startLine + 1}`,
    tag.status === 'orphaned' ? 'The tagged words are no longer in the text.' : undefined,
  ].filter((x): x is string => !!x);
  // Names, notes and paths come from others' files: characters that reorder or hide text are shown.
  return { label: showInvisible(quoteStart(tag.quote)), description: parts.map(showInvisible).join(' · '), tooltip: tooltip.map(showInvisible).join('\n') };
}
