/**
 * The report's chunk (the charting library), loaded the first time a report
 * is drawn: beside the bundle in the Node extension host, fetched from the
 * extension's address in the web worker (src/host/chunks.ts).
 */
import { loadModule } from '../core/formats/documents/chunks';

/** What the chunk exports. */
export type ReportChunk = typeof import('../core/report/chunk');

export function loadReportChunk(): Promise<ReportChunk> {
  return loadModule<ReportChunk>('report');
}
