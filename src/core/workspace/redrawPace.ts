/**
 * How often the Transcripts view redraws its list while a scan fills it.
 * Each redraw sends the whole list to the view (every item is asked for its
 * label again and the editor lays the tree out again), so a redraw costs in
 * proportion to the list's length: redraws at a fixed pace would spend more
 * and more of the scan redrawing (on 2,000 documents, most of it). Waiting
 * in proportion to the list keeps that share the same at any size. It also
 * keeps the scan going: in VS Code each file read waits for a message to the
 * window and back, and a window busy redrawing answers late.
 */

/** The least time between two redraws: the first documents show at once. */
export const MIN_REDRAW_MS = 150;
/** The most: a long list still visibly grows. */
export const MAX_REDRAW_MS = 2000;
/** The wait added for each document already in the list. */
const MS_PER_DOCUMENT = 1;

/** The time to wait before the next redraw of a list that holds `listed` documents while the scan goes on. */
export function redrawDelay(listed: number): number {
  return Math.min(MAX_REDRAW_MS, Math.max(MIN_REDRAW_MS, listed * MS_PER_DOCUMENT));
}
