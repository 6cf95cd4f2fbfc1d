import { writeTaguetteCodebook } from '../csv';
import { utf8, type ExportWriter } from './writer';

/** A Taguette codebook: the categories as Taguette tags (tag, description), in CSV. */
export const taguetteWriter: ExportWriter<'taguette'> = {
  id: 'taguette',
  label: 'Taguette codebook (CSV)',
  description: 'The categories as Taguette tags (tag, description)',
  fileName: 'codebook.csv',
  filter: { name: 'CSV', extensions: ['csv'] },
  // Read by Taguette, not a spreadsheet first: no byte-order mark, which would become part of the `tag` header.
  write: (corpus, options) => ({ bytes: utf8(writeTaguetteCodebook(corpus, { bom: false, neutraliseFormulas: options.neutraliseFormulas ?? true })), tags: 0, leftOut: 0 }),
};
