/** The ids of the Transcripts views, as package.json contributes them (their commands' ids are in `src/commandIds.ts`). */

export const DOCUMENTS_VIEW = 'transcript.documents';
export const CLAIMS_VIEW = 'transcript.claims';
/** The view container in the activity bar. */
export const VIEW_CONTAINER = 'transcripts';
