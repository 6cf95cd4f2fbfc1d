/**
 * The lines of an ASCII text found in WebAssembly (lineScanner.wat): where
 * each starts and ends, which are blank, where their words start and end,
 * and the few lines `classifyLines` must read in JavaScript, the others
 * being plain prose it would flag with nothing. Texts with other characters
 * (their UTF-8 bytes are not their UTF-16 offsets), and hosts without
 * WebAssembly, are read by `classifyLines` alone, with the same results.
 */
import type { LineTable } from './index';
import { LINE_SCANNER_WASM } from './lineScannerWasm';

/** What lineScanner.wat exports. */
interface LineScannerExports {
  memory: WebAssembly.Memory;
  count(): number;
  scan(): number;
  length: WebAssembly.Global;
  startsAt: WebAssembly.Global;
  endsAt: WebAssembly.Global;
  firstAt: WebAssembly.Global;
  lastAt: WebAssembly.Global;
  blankAt: WebAssembly.Global;
  visitAt: WebAssembly.Global;
  colonAt: WebAssembly.Global;
  titleInitials: WebAssembly.Global;
  shortLine: WebAssembly.Global;
  colonWindow: WebAssembly.Global;
  blanks: WebAssembly.Global;
}

/** The lines of a text as the scanner found them (see `LineKinds` for the columns). */
export interface ScannedLines {
  lines: LineTable;
  blank: Uint8Array;
  first: Int32Array;
  last: Int32Array;
  /** The lines that are neither blank nor certainly prose, in order: the only ones `classifyLines` reads. */
  visits: Int32Array;
  /** Each visited line's first colon, where it is within the label window of the line's start; -1 where none is. */
  colons: Int32Array;
  /** How many lines are not blank. */
  nonBlank: number;
}

/** What the scan needs of lineKinds.ts's rules: the record titles' initials (a bit per capital), the short line's and the colon window's lengths. */
export interface ScanRules {
  titleInitials: number;
  shortLine: number;
  colonWindow: number;
}

/** Zero bytes after the text: the scanner reads sixty-four bytes at a time, and a line's first word up to two bytes past its end. */
const SLACK = 64;
const PAGE = 65536;

/** The compiled module; null where the host cannot compile it (the JavaScript loop reads every text then). */
let compiled: WebAssembly.Module | null | undefined;

function module(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  compiled = null;
  if (typeof WebAssembly === 'undefined') return compiled;
  try {
    const bin = atob(LINE_SCANNER_WASM);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    // One kilobyte: small enough to compile synchronously on any thread of a browser.
    compiled = new WebAssembly.Module(bytes);
  } catch {
    // A host's security policy may forbid compiling WebAssembly (or SIMD): the JavaScript loop finds the same lines, a little slower.
    compiled = null;
  }
  return compiled;
}

/**
 * The lines of `text` found by the scanner, or undefined where the
 * JavaScript loop must find them: a character outside ASCII, no
 * WebAssembly in the host, or no room for the text in its memory.
 */
export function scanLines(text: string, rules: ScanRules): ScannedLines | undefined {
  const m = module();
  if (m === null) return undefined;
  const s = new WebAssembly.Instance(m).exports as unknown as LineScannerExports;
  const length = text.length;
  const textEnd = align(length + SLACK);
  if (!grow(s.memory, textEnd)) return undefined;
  // ASCII is its own UTF-8: the text is written as its bytes, and a character outside ASCII stops the copy short (or makes more bytes than characters).
  const copied = new TextEncoder().encodeInto(text, new Uint8Array(s.memory.buffer, 0, length));
  if (copied.read !== length || copied.written !== length) return undefined;
  s.length.value = length;
  s.titleInitials.value = rules.titleInitials;
  s.shortLine.value = rules.shortLine;
  s.colonWindow.value = rules.colonWindow;
  const n = s.count();
  // Six columns of a row per line (four of them i32, the visits and their colons at most one per line) and a byte per line.
  const column = align(4 * n);
  const at = (k: number) => textEnd + k * column;
  if (!grow(s.memory, at(6) + align(n))) return undefined;
  s.startsAt.value = at(0);
  s.endsAt.value = at(1);
  s.firstAt.value = at(2);
  s.lastAt.value = at(3);
  s.visitAt.value = at(4);
  s.colonAt.value = at(5);
  s.blankAt.value = at(6);
  const visits = s.scan();
  const memory = s.memory.buffer;
  // Copied out: the instance, with the text's bytes, is let go at once.
  const int32 = (k: number, count: number) => new Int32Array(memory, at(k), count).slice();
  return {
    lines: { count: n, starts: int32(0, n), ends: int32(1, n) },
    first: int32(2, n),
    last: int32(3, n),
    visits: int32(4, visits),
    colons: int32(5, visits),
    blank: new Uint8Array(memory, at(6), n).slice(),
    nonBlank: n - (s.blanks.value as number),
  };
}

/** Grows the memory to at least `bytes`; false where the host has no room for it. */
function grow(memory: WebAssembly.Memory, bytes: number): boolean {
  const have = memory.buffer.byteLength;
  if (bytes <= have) return true;
  try {
    memory.grow(Math.ceil((bytes - have) / PAGE));
    return true;
  } catch (e) {
    // No room for the text in one piece of WebAssembly memory (a text of gigabytes): the JavaScript loop reads it instead.
    if (e instanceof RangeError) return false;
    throw e;
  }
}

/** `n` rounded up to a multiple of 16. */
function align(n: number): number {
  return (n + 15) & ~15;
}
