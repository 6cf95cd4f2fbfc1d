/** The ids of the Transcripts views and of their commands, as package.json contributes them. */

export const DOCUMENTS_VIEW = 'transcript.documents';
export const CLAIMS_VIEW = 'transcript.claims';
/** The view container in the activity bar. */
export const VIEW_CONTAINER = 'transcripts';

export const OPEN_TO_SIDE_COMMAND = 'transcript.openToSide';
export const TAG_NODE_COMMAND = 'transcript.tagNode';
export const COPY_QUOTE_COMMAND = 'transcript.copyQuote';
export const REVEAL_SIDECAR_COMMAND = 'transcript.revealSidecar';
export const REFRESH_DOCUMENTS_COMMAND = 'transcript.refreshDocuments';
export const SORT_DOCUMENTS_COMMAND = 'transcript.sortDocuments';
export const GROUP_DOCUMENTS_COMMAND = 'transcript.groupDocumentsByFolder';
export const UNGROUP_DOCUMENTS_COMMAND = 'transcript.ungroupDocuments';
export const GROUP_CLAIMS_COMMAND = 'transcript.groupClaims';
export const FILTER_CLAIMS_COMMAND = 'transcript.filterClaims';
export const CLEAR_CLAIMS_FILTER_COMMAND = 'transcript.clearClaimsFilter';
export const REFRESH_CLAIMS_COMMAND = 'transcript.refreshClaims';
export const OPEN_SAMPLES_COMMAND = 'transcript.openSamples';
