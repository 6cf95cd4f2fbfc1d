/**
 * The report's chunk: the charting library (Vega-Lite and Vega) and
 * everything that counts, draws and writes the report, built as a file of its
 * own and loaded the first time a report is made (src/report/chunk.ts,
 * src/cli/report.ts), so the bundles that start the editor and the command
 * line carry none of it.
 */
export { renderCharts } from './render';
export { gatherReport } from './gather';
export { reportCharts, selectedClaims } from './charts';
export { reportPage } from './page';
export { chartCsv, filterText, svgFile } from './files';
