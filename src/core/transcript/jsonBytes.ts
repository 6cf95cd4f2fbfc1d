/**
 * Text gathered as UTF-8 bytes in one reused buffer and given out a batch at
 * a time: the outline of half a million turns is written without a handful
 * of short-lived strings per turn, whose churn made the collector grow the
 * heap by tens of megabytes. Pieces that come back (keys, a speaker's
 * fields) are encoded once by the caller and copied in whole.
 */

const encoder = new TextEncoder();

/** A string's UTF-8 bytes, to be put again and again. */
export function bytesOf(s: string): Uint8Array {
  return encoder.encode(s);
}

/** A batch of text being written as bytes. */
export class ByteBatch {
  private buf: Uint8Array;
  private len = 0;

  /** `size` is how many bytes make a full batch (`full`). */
  constructor(private readonly size: number) {
    this.buf = new Uint8Array(size * 2);
  }

  /** True when the batch holds at least its size: time to `take` it. */
  get full(): boolean {
    return this.len >= this.size;
  }

  /** Adds bytes. */
  put(b: Uint8Array): void {
    const n = b.length;
    if (this.len + n > this.buf.length) this.grow(n);
    const buf = this.buf;
    const at = this.len;
    // Most pieces are a few bytes (a comma, a key): copied in a loop, without the call into the engine that `set` makes.
    if (n <= 24) for (let k = 0; k < n; k++) buf[at + k] = b[k]!;
    else buf.set(b, at);
    this.len = at + n;
  }

  /**
   * Adds `head`, the number `a`, `mid` and the number `b` (whole numbers from
   * 0 to 2^31 - 1): an item's fields in one call, as the outline writes one
   * per turn.
   */
  putPair(head: Uint8Array, a: number, mid: Uint8Array, b: number): void {
    if (a < 0 || a > 0x7fffffff || a !== (a | 0) || b < 0 || b > 0x7fffffff || b !== (b | 0)) {
      this.put(head);
      this.int(a);
      this.put(mid);
      this.int(b);
      return;
    }
    if (this.len + head.length + mid.length + 20 > this.buf.length) this.grow(head.length + mid.length + 20);
    const buf = this.buf;
    let at = this.len;
    // A turn's head (its speaker, claimant and role, some eighty bytes) is copied by the engine: a loop over its bytes ran mostly unoptimised, once per turn.
    if (head.length <= 24) for (let k = 0; k < head.length; k++) buf[at++] = head[k]!;
    else {
      buf.set(head, at);
      at += head.length;
    }
    at = writeDigits(buf, at, a);
    for (let k = 0; k < mid.length; k++) buf[at++] = mid[k]!;
    this.len = writeDigits(buf, at, b);
  }

  /** Adds a string written once. */
  text(s: string): void {
    this.put(encoder.encode(s));
  }

  /** Adds a whole number, as `String(n)` writes it. */
  int(n: number): void {
    if (n < 0 || n > 0x7fffffff || n !== (n | 0)) {
      this.text(String(n));
      return;
    }
    if (this.len + 10 > this.buf.length) this.grow(10);
    this.len = writeDigits(this.buf, this.len, n);
  }

  /** The batch as bytes of its own (the buffer is reused); the buffer is emptied for the next. */
  takeBytes(): Uint8Array {
    const bytes = this.buf.slice(0, this.len);
    this.len = 0;
    return bytes;
  }

  private grow(n: number): void {
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    bigger.set(this.buf.subarray(0, this.len));
    this.buf = bigger;
  }
}

/** Writes the digits of `n` (a whole number from 0 to 2^31 - 1) at `at`; gives the offset after them. */
function writeDigits(buf: Uint8Array, at: number, n: number): number {
  let digits = 1;
  for (let v = n; v >= 10; v = (v / 10) | 0) digits++;
  let k = at + digits;
  const end = k;
  let v = n;
  do {
    buf[--k] = 48 + (v % 10);
    v = (v / 10) | 0;
  } while (v > 0);
  return end;
}
