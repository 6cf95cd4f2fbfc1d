/**
 * Every command's id, as package.json contributes it: the one place to look
 * one up. It imports nothing, so any module can name a command without
 * importing the module that runs it. Ids starting with `_` are internal.
 */

// Language
export const SET_LANGUAGE_COMMAND = 'transcript.setLanguage';

// Navigation
export const NEXT_TURN_COMMAND = 'transcript.nextTurn';
export const PREVIOUS_TURN_COMMAND = 'transcript.previousTurn';
export const NEXT_QUESTION_COMMAND = 'transcript.nextQuestion';
export const PREVIOUS_QUESTION_COMMAND = 'transcript.previousQuestion';

// The Transcripts views
export const REVEAL_COMMAND = '_transcript.revealRange';
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

// Tagging
export const TAG_CLAIM_COMMAND = 'transcript.tagClaim';
export const TAG_AGAIN_COMMAND = 'transcript.tagAgain';
export const CHOOSE_TAG_PLACES_COMMAND = 'transcript.chooseTagPlaces';
export const EDIT_TAG_COMMAND = 'transcript.editTag';
export const REMOVE_TAG_COMMAND = 'transcript.removeTag';
export const RESTORE_TAG_COMMAND = 'transcript.restoreTag';
export const FIT_TAG_COMMAND = 'transcript.fitTag';
export const NEXT_TAG_COMMAND = 'transcript.nextTag';
export const PREVIOUS_TAG_COMMAND = 'transcript.previousTag';
export const SET_ASIDE_SIDECAR_COMMAND = 'transcript.setAsideSidecar';
export const OPEN_TAG_SOURCE_COMMAND = 'transcript._openTagSource';

// Storage
export const RESOLVE_SIDECAR_CONFLICT_COMMAND = 'transcript.resolveSidecarConflict';
export const CHOOSE_TAG_PLACE_COMMAND = 'transcript.chooseTagPlace';
export const SET_UP_GIT_MERGING_COMMAND = 'transcript.setUpGitMerging';

// Formats
export const CONVERT_COMMAND = 'transcript.convertToTranscript';

// Export and import
export const EXPORT_COMMAND = 'transcript.exportAnnotations';
export const EXPORT_DOCUMENTS_COMMAND = 'transcript.exportDocumentAnnotations';
export const IMPORT_CODEBOOK_COMMAND = 'transcript.importCodebook';
export const IMPORT_ANNOTATIONS_COMMAND = 'transcript.importAnnotations';
export const IMPORT_PROJECT_COMMAND = 'transcript.importProject';

// Agreement
export const SHOW_AGREEMENT_REPORT_COMMAND = 'transcript.showAgreementReport';
export const COMPARE_ANNOTATORS_COMMAND = 'transcript.compareAnnotators';
export const NEXT_DIFFERENCE_COMMAND = 'transcript.nextDifference';
export const PREVIOUS_DIFFERENCE_COMMAND = 'transcript.previousDifference';
export const SETTLE_DIFFERENCE_COMMAND = 'transcript.settleDifference';
export const START_BLIND_CODING_COMMAND = 'transcript.startBlindCoding';
export const FINISH_BLIND_CODING_COMMAND = 'transcript.finishBlindCoding';
export const SET_AUTHOR_COMMAND = 'transcript.setAuthor';

// Media
export const PLAY_FROM_HERE_COMMAND = 'transcript.playFromHere';
export const PLAY_CLAIM_COMMAND = 'transcript.playClaim';
export const PLAY_PAUSE_COMMAND = 'transcript.playPause';
export const SKIP_BACK_COMMAND = 'transcript.skipBack';
export const SKIP_FORWARD_COMMAND = 'transcript.skipForward';
export const SLOWER_COMMAND = 'transcript.slower';
export const FASTER_COMMAND = 'transcript.faster';
export const LINK_RECORDING_COMMAND = 'transcript.linkRecording';
export const INSERT_TIME_COMMAND = 'transcript.insertTime';
export const MEDIA_STATE_COMMAND = 'transcript._mediaState';

// Suggestions
export const SUGGEST_CLAIMS_COMMAND = 'transcript.suggestClaims';
export const ACCEPT_SUGGESTION_COMMAND = 'transcript.acceptSuggestion';
export const DISMISS_SUGGESTION_COMMAND = 'transcript.dismissSuggestion';
export const HIDE_SUGGESTIONS_COMMAND = 'transcript.hideSuggestions';
export const REVEAL_SUGGESTION_COMMAND = 'transcript._revealSuggestion';
export const SUGGESTIONS_OF_COMMAND = 'transcript._suggestionsOf';
export const FIND_REPEATS_COMMAND = 'transcript.findRepeats';
export const TAG_REPEAT_COMMAND = 'transcript._tagRepeat';

// Documents (PDF, Word, XML, web pages)
export const OPEN_AS_TRANSCRIPT_COMMAND = 'transcript.openAsTranscript';

// Test hooks (test builds only)
export const LIST_TAGS_COMMAND = 'transcript._listTags';
export const FLUSH_TAGS_COMMAND = 'transcript._flushTags';

// Corpus report
export const SHOW_CORPUS_REPORT_COMMAND = 'transcript.showCorpusReport';
export const RESET_AUTHOR_PROMPT_COMMAND = 'transcript._resetAuthorPrompt';
