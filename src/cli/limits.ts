/** The command line's limits on what it reads, apart from the code that reads, so that the dispatcher knows them without loading that code. */

/** The largest transcript the command line reads. */
export const MAX_TRANSCRIPT_BYTES = 256 * 1024 * 1024;
