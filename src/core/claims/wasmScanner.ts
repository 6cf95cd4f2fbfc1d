/**
 * The word scanner in WebAssembly (scanner.wat), for scoring with float32
 * weights a text whose characters are under 256, or whose wider ones are
 * punctuation or white space (a byte read the same stands in for each:
 * `narrowStandIn`): it finds the same words and works out the same cues and
 * sums, in the same order, as `scanWordsInto` given `CueSums` (words.ts), in
 * about half the time. Other texts (a letter or `€` above 255), and hosts
 * without WebAssembly, are read by the JavaScript scanner.
 */
import { isNarrow, writeNarrow } from './codeUnits';
import { SCANNER_WASM } from './scannerWasm';
import { narrowStandIn, narrowTables, NUMBER_HASH, OPEN_QUOTE_BYTE, PERCENT_HASH, wordHash, YEAR_HASH, type CueSums } from './words';

/** What scanner.wat exports. */
interface ScannerExports {
  memory: WebAssembly.Memory;
  sentence(from: number, to: number): number;
  lexiconAt: WebAssembly.Global;
  weightsAt: WebAssembly.Global;
  textAt: WebAssembly.Global;
  openQuote: WebAssembly.Global;
  cacheAt: WebAssembly.Global;
  multiplier: WebAssembly.Global;
  shift: WebAssembly.Global;
  comparativeBit: WebAssembly.Global;
  policyBit: WebAssembly.Global;
  stopCapBit: WebAssembly.Global;
  notEstBit: WebAssembly.Global;
  estish: WebAssembly.Global;
  questionMark: WebAssembly.Global;
  exclamationMark: WebAssembly.Global;
  mask: WebAssembly.Global;
  startHead: WebAssembly.Global;
  numberHash: WebAssembly.Global;
  percentHash: WebAssembly.Global;
  yearHash: WebAssembly.Global;
  questionHash: WebAssembly.Global;
  exclamationHash: WebAssembly.Global;
}

/** The hashes of the signs that mark a question and an exclamation. */
const QUESTION_HASH = wordHash('?');
const EXCLAMATION_HASH = wordHash('!');

/** Where the scanner writes a sentence's measures (scanner.wat `sentence`): the sum, then 32-bit integers from byte 8. */
const RESULTS_BYTES = 64;
/** Where the tables start: lower case of 0-255 (u16), letters of 0-255 (u8), then the lexicon (scanner.wat reads the first two at these offsets). */
const LOWER_AT = RESULTS_BYTES;
const LETTER_AT = LOWER_AT + 512;
const LEXICON_AT = LETTER_AT + 256;
/** The word cache's size in bytes (scanner.wat: 8,192 entries of 32 bytes). */
const CACHE_BYTES = 8192 * 32;
/** Bytes after the text: the scanner reads words sixteen bytes at a time, and reads nothing there it does not check. */
const SLACK = 16;
const PAGE = 65536;

/** The compiled module, null where the host cannot compile it (see `unavailable`). */
let compiled: WebAssembly.Module | null | undefined;

/** Why the WebAssembly scanner is not used in this host, if it is not: the JavaScript scanner reads every text instead, with the same results. */
export let unavailable: string | undefined;

function module(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  compiled = null;
  if (typeof WebAssembly === 'undefined') unavailable = 'this host has no WebAssembly';
  else {
    try {
      const bin = atob(SCANNER_WASM);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      // Two kilobytes: small enough to compile synchronously on any thread of a browser.
      compiled = new WebAssembly.Module(bytes);
    } catch (e) {
      // A host's security policy may forbid compiling WebAssembly: the JavaScript scanner gives the same cues, a little slower.
      unavailable = `WebAssembly could not be compiled here: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  return compiled;
}

/** An instance and the text last written into its memory. */
interface Held {
  text: string;
  scanner: ScannerExports;
}

/**
 * The last instance, held weakly: asked again for the same text (a document
 * scored again), its memory already holds it; the collector may take it
 * (and its memory, as large as the text) once scoring is done.
 */
let held: WeakRef<Held> | undefined;

/** Reads sentences of one text in WebAssembly; valid until the next `wasmScanner` call. */
export class WasmScanner {
  private readonly results: Int32Array;
  private readonly sum: Float64Array;

  constructor(private readonly scanner: ScannerExports) {
    this.results = new Int32Array(scanner.memory.buffer, 0, RESULTS_BYTES / 4);
    this.sum = new Float64Array(scanner.memory.buffer, 0, 1);
  }

  /**
   * Reads the words of text[from, to) as a sentence begun in `sums`
   * (`CueReader.begin` in cues.ts: nothing counted yet) and leaves its
   * measures there, as `scanWordsInto` would. Returns the `T_` flags of the
   * text.
   */
  read(from: number, to: number, sums: CueSums): number {
    const textFlags = this.scanner.sentence(from, to);
    const r = this.results;
    sums.sum = this.sum[0]!;
    sums.count = r[2]!;
    sums.prevHead = r[3]!;
    sums.flags = r[4]!;
    sums.lists = r[5]!;
    sums.numbers = r[6]!;
    sums.comparatives = r[7]!;
    sums.policy = r[8]!;
    sums.acronyms = r[9]!;
    sums.capsInside = r[10]!;
    sums.marks = r[11]!;
    return textFlags;
  }

  /** Whether the sentence last read ends in `?`, maybe followed by closing quotes or a bracket. */
  endsWithQuestion(): boolean {
    return this.results[12] !== 0;
  }
}

/** A character of 256 or more. */
// eslint-disable-next-line no-control-regex
const WIDE_CHARACTER = /[^\x00-\xff]/g;

/** Whether every wide character of `text` has a byte read the same in its place (`narrowStandIn`). */
function standsInNarrow(text: string): boolean {
  for (WIDE_CHARACTER.lastIndex = 0; WIDE_CHARACTER.exec(text) !== null; ) if (narrowStandIn(text.charCodeAt(WIDE_CHARACTER.lastIndex - 1)) < 0) return false;
  return true;
}

/**
 * A scanner in WebAssembly for `text` with the tables and weights of `sums`
 * (a `CueSums` set up for scoring, with float32 weights) and the mix head
 * a sentence starts from (cues.ts), or undefined where
 * the JavaScript scanner must read it: a letter or `€` above 255, weights
 * of another type, kept buckets, or no WebAssembly in the host.
 */
export function wasmScanner(text: string, sums: CueSums, startHead: number): WasmScanner | undefined {
  if (sums.keep || !(sums.w instanceof Float32Array)) return undefined;
  // A text with wide characters is read with a byte in place of each, where one is read the same (`narrowStandIn`).
  const narrow = isNarrow(text);
  if (!narrow && (text.includes(String.fromCharCode(OPEN_QUOTE_BYTE)) || !standsInNarrow(text))) return undefined;
  const last = held?.deref();
  let s: ScannerExports;
  if (last !== undefined) s = last.scanner;
  else {
    const m = module();
    if (m === null) return undefined;
    s = new WebAssembly.Instance(m).exports as unknown as ScannerExports;
    const tables = narrowTables();
    new Uint16Array(s.memory.buffer, LOWER_AT, 256).set(tables.lower);
    new Uint8Array(s.memory.buffer, LETTER_AT, 256).set(tables.letter);
  }
  const lexiconBytes = 4 * sums.lexicon.length;
  const weightCount = sums.mask + 1;
  const weightsAt = LEXICON_AT + lexiconBytes;
  const cacheAt = weightsAt + 4 * weightCount;
  const textAt = cacheAt + CACHE_BYTES;
  const needed = textAt + text.length + SLACK;
  if (needed > s.memory.buffer.byteLength) {
    try {
      s.memory.grow(Math.ceil((needed - s.memory.buffer.byteLength) / PAGE));
    } catch (e) {
      // No room for the text in one piece of WebAssembly memory (a text of gigabytes): the JavaScript scanner reads it instead.
      if (e instanceof RangeError) return undefined;
      throw e;
    }
  }
  const memory = s.memory.buffer;
  new Int32Array(memory, LEXICON_AT, sums.lexicon.length).set(sums.lexicon);
  new Float32Array(memory, weightsAt, weightCount).set((sums.w as Float32Array).subarray(0, weightCount));
  const bytes = new Uint8Array(memory);
  // The cache keeps each word's weight: emptied, as the weights may be others than last time.
  bytes.fill(0, cacheAt, cacheAt + CACHE_BYTES);
  if (last?.text !== text || s.textAt.value !== textAt) {
    writeNarrow(text, bytes, textAt);
    if (!narrow) for (WIDE_CHARACTER.lastIndex = 0; WIDE_CHARACTER.exec(text) !== null; ) bytes[textAt + WIDE_CHARACTER.lastIndex - 1] = narrowStandIn(text.charCodeAt(WIDE_CHARACTER.lastIndex - 1));
    bytes.fill(0, textAt + text.length, textAt + text.length + SLACK);
  }
  held = new WeakRef({ text, scanner: s });
  s.lexiconAt.value = LEXICON_AT;
  s.weightsAt.value = weightsAt;
  s.textAt.value = textAt;
  s.cacheAt.value = cacheAt;
  s.openQuote.value = narrow ? 34 : OPEN_QUOTE_BYTE;
  s.multiplier.value = sums.multiplier;
  s.shift.value = sums.shift;
  s.comparativeBit.value = sums.comparativeBit;
  s.policyBit.value = sums.policyBit;
  s.stopCapBit.value = sums.stopCapBit;
  s.notEstBit.value = sums.notEstBit;
  s.estish.value = sums.estish;
  s.questionMark.value = sums.questionMark;
  s.exclamationMark.value = sums.exclamationMark;
  s.mask.value = sums.mask;
  s.startHead.value = startHead;
  s.numberHash.value = NUMBER_HASH;
  s.percentHash.value = PERCENT_HASH;
  s.yearHash.value = YEAR_HASH;
  s.questionHash.value = QUESTION_HASH;
  s.exclamationHash.value = EXCLAMATION_HASH;
  return new WasmScanner(s);
}
