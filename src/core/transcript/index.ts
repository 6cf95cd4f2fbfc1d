/**
 * The transcript model and what holds for every format: roles, sections,
 * lookups. It knows no reader: readers (`../formats`) turn a file's text into it.
 */
export * from './model';
export { asksQuestion, assignRoles } from './roles';
export { buildSections, firstWords, speakersOf, spokenText, type Layout } from './sections';
export { formatTimestamp, parseTimestamp } from './time';
