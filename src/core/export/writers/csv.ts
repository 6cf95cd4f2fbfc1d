import { writeCsv } from '../csv';
import { exportCounts } from '../exportData';
import { utf8, type ExportWriter } from './writer';

/** CSV: one row per tag, for spreadsheets. */
export const csvWriter: ExportWriter<'csv'> = {
  id: 'csv',
  label: 'CSV',
  description: 'One row per tag, for spreadsheets',
  fileName: 'tags.csv',
  filter: { name: 'CSV', extensions: ['csv'] },
  write: (corpus, options) => ({ bytes: utf8(writeCsv(corpus, { bom: options.bom, neutraliseFormulas: options.neutraliseFormulas ?? true })), tags: exportCounts(corpus).tags, leftOut: 0 }),
};
