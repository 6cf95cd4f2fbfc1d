/**
 * The transcript model and what holds for every format: roles, sections,
 * lookups. Readers (`../formats`) turn a file's text into it.
 */
export * from './model';
export { asksQuestion, assignRoles } from './roles';
export { buildSections, firstWords, speakersOf, spokenText, type Layout } from './sections';
export { formatTimestamp, parseTimestamp } from './time';
export { looksLikeTranscript, readTranscript, type ReadOptions, type ReadOptions as ParseOptions } from '../formats';
