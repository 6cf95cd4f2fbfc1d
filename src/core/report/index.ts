/**
 * The corpus report: speaker scorecards, the claims matrix, the timeline and
 * who spoke how much, counted from transcripts' outlines and tags. The
 * charting library is not here: it is in the report's chunk (./chunk.ts).
 */
export * from './model';
export { gatherReport } from './gather';
export { MAX_DRAWN, reportCharts, selectedClaims, type ChartTable, type ReportChart, type ReportCharts, type Selection } from './charts';
export { reportCategories, type ContributedColor, type ThemeKind } from './colors';
export { reportPage, type WebviewParts } from './page';
export { chartCsv, filterText, svgFile } from './files';
export { reportTags } from './fromTags';
