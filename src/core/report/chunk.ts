/**
 * The report's chunk: the charting library (Vega-Lite and Vega) and what
 * draws with it, built as a file of its own and loaded the first time a
 * report is drawn (src/report/charts.ts, src/cli/report.ts), so the bundles
 * that start the editor and the command line do not carry it.
 */
export { renderCharts } from './render';
