import { writeCodebook } from '../refiQda';
import { utf8, type ExportWriter } from './writer';

/** A REFI-QDA codebook (.qdc): the categories as codes. */
export const qdcWriter: ExportWriter<'qdc'> = {
  id: 'qdc',
  label: 'REFI-QDA codebook (.qdc)',
  description: 'The categories as codes',
  fileName: 'codebook.qdc',
  filter: { name: 'REFI-QDA codebook', extensions: ['qdc'] },
  write: (corpus) => ({ bytes: utf8(writeCodebook(corpus.categories, corpus.origin)), tags: 0, leftOut: 0 }),
};
