import { exportCounts } from '../exportData';
import { writeW3c } from '../w3c';
import { utf8, type ExportWriter } from './writer';

/** W3C Web Annotation: JSON-LD annotations with quote and position selectors. */
export const w3cWriter: ExportWriter<'w3c'> = {
  id: 'w3c',
  label: 'W3C Web Annotation',
  description: 'JSON-LD annotations with quote and position selectors',
  fileName: 'tags.jsonld',
  filter: { name: 'JSON-LD', extensions: ['jsonld', 'json'] },
  write: (corpus) => ({ bytes: utf8(writeW3c(corpus)), tags: exportCounts(corpus).tags, leftOut: 0 }),
};
