/**
 * Where each stored tag's exact quote stands, for all tags in one pass over
 * the text: the fast way of re-anchoring, before any normalising.
 */
import type { NormalText } from './normalize';
import type { TagRecord } from './tag';

const MAX_HITS = 32;
const KEY = 32;

/**
 * For each record, the places its exact quote stands next to the start of its
 * stored suffix or the end of its stored prefix (the places that could be its
 * own or a rival of it), found for all records in one pass over the text: a
 * rolling hash of 32 characters, the prefix's last 16 and the quote, or the
 * quote and the suffix. A record whose keys are shorter is searched plainly.
 * Undefined for a record that stands in too many places (the slow way weighs them).
 */
export function quoteOccurrences(records: readonly TagRecord[], text: string): Array<number[] | undefined> {
  const result: Array<number[] | undefined> = records.map(() => undefined);
  // Each key as its record and how many characters of the prefix lead it (record × 32 + lead): the keys are
  // hashed and checked from the record's own strings, without a string or an object made for each.
  const byHash = new Map<number, number[]>();
  const add = (h: number, entry: number) => {
    const list = byHash.get(h);
    if (list) list.push(entry);
    else byHash.set(h, [entry]);
  };
  records.forEach((r, i) => {
    if (r.quote.length + r.suffix.length < KEY) {
      // Short texts: a plain search.
      const hits: number[] = [];
      for (let at = text.indexOf(r.quote); at >= 0 && hits.length <= MAX_HITS; at = text.indexOf(r.quote, at + 1)) hits.push(at);
      result[i] = hits.length > MAX_HITS ? undefined : hits;
      return;
    }
    result[i] = [];
    const lead = Math.min(LEAD, r.prefix.length);
    add(keyHash(r, lead), i * 32 + lead);
    // The second key only when it differs from the first (it is the first when there is no prefix).
    if (!sameKeys(r, lead)) add(keyHash(r, 0), i * 32);
  });
  rollingScan(text, { key: KEY, byHash }, (at, list) => {
    for (const entry of list) {
      const record = entry >>> 5;
      const hits = result[record];
      if (!hits) continue;
      const lead = entry & 31;
      const pos = at + lead;
      if (!keyAt(text, at, records[record]!, lead) || hits.includes(pos)) continue;
      if (hits.length >= MAX_HITS) result[record] = undefined;
      else hits.push(pos);
    }
  });
  return result;
}

/**
 * Where each record's exact quote stands, as `quoteOccurrences` finds them,
 * taken from where its normalised quote stands in the normalised text
 * (`normalHits`, from normalOccurrences) where that is known: an exact quote
 * is also its normalised self, and the text is then not scanned a second time.
 * Only the records without normalised places (short quotes, quotes standing
 * in too many places) are looked for in the text itself.
 */
export function exactOccurrences(records: readonly TagRecord[], text: string, norm: NormalText, normalHits: ReadonlyArray<number[] | undefined>): Array<number[] | undefined> {
  const result: Array<number[] | undefined> = records.map(() => undefined);
  const rest: number[] = [];
  records.forEach((r, i) => {
    const places = normalHits[i];
    if (!places) {
      rest.push(i);
      return;
    }
    const hits: number[] = [];
    for (const h of places) {
      const at = norm.starts[h]!;
      if (!text.startsWith(r.quote, at)) continue;
      // As many as quoteOccurrences lists at most: beyond them, the slow way weighs the places.
      if (hits.length >= MAX_HITS) return;
      hits.push(at);
    }
    result[i] = hits;
  });
  if (rest.length) {
    const found = quoteOccurrences(rest.map((i) => records[i]!), text);
    rest.forEach((i, k) => (result[i] = found[k]));
  }
  return result;
}

/** How many characters of the prefix's end lead the first key. */
const LEAD = 16;

/** Character `k` of a record's key: the prefix's last `lead` characters, then the quote, then the suffix. */
function keyChar(r: TagRecord, lead: number, k: number): number {
  if (k < lead) return r.prefix.charCodeAt(r.prefix.length - lead + k);
  const j = k - lead;
  return j < r.quote.length ? r.quote.charCodeAt(j) : r.suffix.charCodeAt(j - r.quote.length);
}

/** The hash of a record's key (as hashOf would give for the key as a string). */
function keyHash(r: TagRecord, lead: number): number {
  let h = 0;
  for (let k = 0; k < KEY; k++) h = (Math.imul(h, 31) + keyChar(r, lead, k)) | 0;
  return h;
}

/** True when the key led by the prefix is the same text as the key without it. */
function sameKeys(r: TagRecord, lead: number): boolean {
  if (lead === 0) return true;
  for (let k = 0; k < KEY; k++) if (keyChar(r, lead, k) !== keyChar(r, 0, k)) return false;
  return true;
}

/** True when the record's key stands at `at` and its whole quote right after the `lead` characters of its prefix. */
function keyAt(text: string, at: number, r: TagRecord, lead: number): boolean {
  const quote = r.quote;
  for (let k = 0; k < lead; k++) if (text.charCodeAt(at + k) !== r.prefix.charCodeAt(r.prefix.length - lead + k)) return false;
  if (!text.startsWith(quote, at + lead)) return false;
  // The suffix's first characters, when the key reaches into them.
  const after = at + lead + quote.length;
  for (let k = 0; k < KEY - lead - quote.length; k++) if (text.charCodeAt(after + k) !== r.suffix.charCodeAt(k)) return false;
  return true;
}

function hashOf(s: string, from: number, to: number): number {
  let h = 0;
  for (let k = from; k < to; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return h;
}

/** Normalised quotes at least this long are found by the one-pass search below. */
const NORMAL_KEY = 16;
/**
 * Quotes at least this long are sought by their first 32 characters: in a
 * transcript that repeats its phrases, 16 characters stand in many places
 * and each of them would be compared with the whole quote.
 */
const LONG_KEY = 32;
/** At most this many places of one normalised quote are listed; beyond it the quote is searched plainly. */
const MAX_NORMAL_HITS = 256;

/**
 * Where each normalised quote stands in the normalised text, all found in one
 * pass (a rolling hash of the first 16 or 32 characters of each), so that a re-scrape that changed the form of every quote does not
 * search the whole text once per tag. Undefined for a quote shorter than 16
 * characters or standing in too many places: it is searched plainly.
 */
export function normalOccurrences(quotes: readonly string[], T: string): Array<number[] | undefined> {
  const result: Array<number[] | undefined> = quotes.map(() => undefined);
  const [short, long] = [NORMAL_KEY, LONG_KEY].map((key) => {
    const byHash = new Map<number, number[]>();
    quotes.forEach((q, i) => {
      if (q.length < key || (key === NORMAL_KEY && q.length >= LONG_KEY)) return;
      result[i] = [];
      const h = hashOf(q, 0, key);
      const list = byHash.get(h);
      if (list) list.push(i);
      else byHash.set(h, [i]);
    });
    return { key, byHash };
  });
  scanPair(T, short!, long!, (at, list) => {
    for (const i of list) {
      const hits = result[i];
      if (!hits || !T.startsWith(quotes[i]!, at)) continue;
      if (hits.length >= MAX_NORMAL_HITS) result[i] = undefined;
      else hits.push(at);
    }
  });
  return result;
}

/** Hashes of keys `key` characters long, to look for in a text. */
interface KeyTable<V> {
  key: number;
  byHash: Map<number, V>;
}

/** The base of the rolling hash. */
const BASE = 31;

/**
 * Calls `visit` at every position of `T` whose next `key` characters hash to
 * a key of the table's `byHash`, in order of position.
 */
function rollingScan<V>(T: string, table: KeyTable<V>, visit: (at: number, value: V) => void): void {
  const { key, byHash } = table;
  if (byHash.size === 0 || T.length < key) return;
  const filter = filterOf(byHash);
  let pow = 1;
  for (let k = 0; k < key - 1; k++) pow = Math.imul(pow, BASE);
  let h = hashOf(T, 0, key);
  const last = T.length - key;
  for (let at = 0; ; at++) {
    if (filter[(h & 0xfffff) >>> 3]! & (1 << (h & 7))) {
      const value = byHash.get(h);
      if (value !== undefined) visit(at, value);
    }
    if (at >= last) break;
    h = (Math.imul(h - Math.imul(T.charCodeAt(at), pow), BASE) + T.charCodeAt(at + key)) | 0;
  }
}

/**
 * The same for two tables at once, the second's keys twice as long as the
 * first's, with one rolling hash: the hash of 2k characters is the hash of
 * the first k times BASE^k plus the hash of the next k, both already rolled
 * past. Each table's positions are visited in order.
 */
function scanPair<V>(T: string, short: KeyTable<V>, long: KeyTable<V>, visit: (at: number, value: V) => void): void {
  const k = short.key;
  if (long.key !== 2 * k || (k & (k - 1)) !== 0) throw new Error(`scanPair needs keys of k and 2k characters, k a power of two, not ${k} and ${long.key}`);
  if (T.length < k || (short.byHash.size === 0 && long.byHash.size === 0)) return;
  const fs = filterOf(short.byHash);
  const fl = filterOf(long.byHash);
  let pow = 1;
  for (let j = 0; j < k - 1; j++) pow = Math.imul(pow, BASE);
  const powK = Math.imul(pow, BASE);
  // The hashes of the last k windows, by position modulo k (a power of two: a mask, not a division).
  const ring = new Int32Array(k);
  let h = hashOf(T, 0, k);
  const last = T.length - k;
  for (let at = 0; ; at++) {
    if (fs[(h & 0xfffff) >>> 3]! & (1 << (h & 7))) {
      const value = short.byHash.get(h);
      if (value !== undefined) visit(at, value);
    }
    const slot = at & (k - 1);
    if (at >= k) {
      // The window of 2k characters that starts k before this one.
      const h2 = (Math.imul(ring[slot]!, powK) + h) | 0;
      if (fl[(h2 & 0xfffff) >>> 3]! & (1 << (h2 & 7))) {
        const value = long.byHash.get(h2);
        if (value !== undefined) visit(at - k, value);
      }
    }
    ring[slot] = h;
    if (at >= last) break;
    h = (Math.imul(h - Math.imul(T.charCodeAt(at), pow), BASE) + T.charCodeAt(at + k)) | 0;
  }
}

/** A bit per low 20 bits of the hashes sought: most positions are passed over without a map look-up. */
function filterOf(byHash: Map<number, unknown>): Uint8Array {
  const filter = new Uint8Array(1 << 17);
  for (const k of byHash.keys()) filter[(k & 0xfffff) >>> 3]! |= 1 << (k & 7);
  return filter;
}
