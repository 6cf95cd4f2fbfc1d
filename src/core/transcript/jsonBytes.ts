/**
 * Text gathered as UTF-8 bytes in one reused buffer and given out a batch at
 * a time: the outline of half a million turns is written without a handful
 * of short-lived strings per turn, whose churn made the collector grow the
 * heap by tens of megabytes.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Distinct strings whose bytes are remembered (speaker names, roles, keys). */
const REMEMBERED = 4096;

/** A batch of text being written as bytes. */
export class ByteBatch {
  private buf: Uint8Array;
  private len = 0;
  private readonly encoded = new Map<string, Uint8Array>();
  private readonly byId = new Map<number, Uint8Array>();

  /** `size` is how many bytes make a full batch (`full`). */
  constructor(private readonly size: number) {
    this.buf = new Uint8Array(size * 2);
  }

  /** True when the batch holds at least its size: time to `take` it. */
  get full(): boolean {
    return this.len >= this.size;
  }

  /**
   * Adds a string that comes back again and again (its bytes are made once).
   * With an `id`, the bytes are remembered under it too, for `knownById`.
   */
  known(s: string, id?: number): void {
    let bytes = this.encoded.get(s);
    if (bytes === undefined) {
      bytes = encoder.encode(s);
      if (this.encoded.size < REMEMBERED) this.encoded.set(s, bytes);
    }
    if (id !== undefined && this.byId.size < REMEMBERED) this.byId.set(id, bytes);
    this.bytes(bytes);
  }

  /** Adds the string remembered under `id`, without making it again; false when there is none. */
  knownById(id: number): boolean {
    const bytes = this.byId.get(id);
    if (bytes === undefined) return false;
    this.bytes(bytes);
    return true;
  }

  /** Adds a string written once. */
  text(s: string): void {
    this.bytes(encoder.encode(s));
  }

  /** Adds a whole number, as `String(n)` writes it. */
  int(n: number): void {
    if (n < 0 || n > 0x7fffffff || n !== Math.floor(n)) {
      this.text(String(n));
      return;
    }
    this.room(10);
    let digits = 1;
    for (let v = n; v >= 10; v = Math.floor(v / 10)) digits++;
    let at = this.len + digits;
    this.len = at;
    let v = n;
    do {
      this.buf[--at] = 48 + (v % 10);
      v = Math.floor(v / 10);
    } while (v > 0);
  }

  /** The batch as text; the buffer is emptied for the next. */
  take(): string {
    const s = decoder.decode(this.buf.subarray(0, this.len));
    this.len = 0;
    return s;
  }

  private bytes(b: Uint8Array): void {
    this.room(b.length);
    const buf = this.buf;
    let at = this.len;
    // A piece of a few bytes is copied by a loop; a longer one by the native copy, which is quick even before the loop's code is optimised.
    if (b.length < 8) for (let k = 0; k < b.length; k++) buf[at++] = b[k]!;
    else {
      buf.set(b, at);
      at += b.length;
    }
    this.len = at;
  }

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    bigger.set(this.buf.subarray(0, this.len));
    this.buf = bigger;
  }
}
