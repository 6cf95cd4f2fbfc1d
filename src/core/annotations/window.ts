/**
 * Looking for a string in one window of a long text only: String.indexOf and lastIndexOf search on to the text's
 * end (or start) when the string is not there, which costs a pass over a whole transcript for each look.
 */

/** Where `piece` first begins in T at `lo` to `hi` (both included), −1 if nowhere: the text beyond is not searched. */
export function within(T: string, piece: string, lo: number, hi: number): number {
  const from = Math.max(0, lo);
  if (hi < from) return -1;
  const k = T.slice(from, hi + piece.length).indexOf(piece);
  return k < 0 ? -1 : from + k;
}

/** Where `piece` last begins in T at `lo` to `hi` (both included), −1 if nowhere. */
export function lastWithin(T: string, piece: string, lo: number, hi: number): number {
  const from = Math.max(0, lo);
  if (hi < from) return -1;
  const k = T.slice(from, hi + piece.length).lastIndexOf(piece);
  return k < 0 ? -1 : from + k;
}
