/**
 * JSON text gathered a batch at a time and given out as UTF-8 bytes: the
 * writer joins each item's few pieces (the engine links them, copying
 * nothing), and the batch is flattened and encoded by the engine at once.
 * A batch is tens of kilobytes, so what a long outline leaves behind is a
 * handful of short-lived strings per batch, not per item, and no loop over
 * each byte or digit runs unoptimised, once per item, in a one-shot process.
 */

const encoder = new TextEncoder();

/** A batch of JSON text being written. */
export class JsonBatch {
  /** The text gathered so far; the writer adds to it. */
  text = '';

  /** The batch as UTF-8 bytes of its own; the batch is emptied for the next. */
  takeBytes(): Uint8Array {
    const bytes = encoder.encode(this.text);
    this.text = '';
    return bytes;
  }
}
