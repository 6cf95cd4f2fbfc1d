/**
 * When the Transcripts view redraws its list while a scan fills it. Each
 * redraw of the list sends all of it to the view (every item is asked for
 * its label again and the editor lays the tree out again), so redraws at a
 * fixed pace send the list dozens of times over a long scan, and the editor
 * spends on them the time it needs for reading files. The list is redrawn
 * when it has doubled since it was last drawn: all the redraws of a scan then
 * send about twice the final list, however fast the files come.
 */

/** The least time between two redraws: documents found together are drawn together. */
export const MIN_REDRAW_MS = 150;
/** The most: a list that fills slowly still visibly grows. */
export const MAX_REDRAW_MS = 3000;
/** How much the list grows between two redraws. */
const GROWTH = 2;

/** Whether a list drawn with `drawn` documents `sinceMs` ago is redrawn now that the scan has listed `listed`. */
export function redrawDue(drawn: number, listed: number, sinceMs: number): boolean {
  if (sinceMs < MIN_REDRAW_MS) return false;
  // The first documents show at once; a list that shrank (files deleted, a new scan) is redrawn at once too.
  return drawn === 0 || listed < drawn || listed >= drawn * GROWTH || sinceMs >= MAX_REDRAW_MS;
}
