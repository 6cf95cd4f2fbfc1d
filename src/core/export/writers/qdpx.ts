import { exportCounts } from '../exportData';
import { writeQdpx } from '../refiQda';
import type { ExportWriter } from './writer';

/** A REFI-QDA project (.qdpx): the transcripts and their codings, for MAXQDA, ATLAS.ti, NVivo and QualCoder. */
export const qdpxWriter: ExportWriter<'qdpx'> = {
  id: 'qdpx',
  label: 'REFI-QDA project (.qdpx)',
  description: 'For MAXQDA, ATLAS.ti, NVivo, QualCoder',
  fileName: 'transcripts.qdpx',
  filter: { name: 'REFI-QDA project', extensions: ['qdpx'] },
  write: (corpus, options) => {
    const { bytes, leftOut } = writeQdpx(corpus, options.projectName);
    return { bytes, tags: exportCounts(corpus).tags - leftOut, leftOut, ...(leftOut ? { leftOutReason: 'orphaned, with no place in the text for a selection' } : {}) };
  },
};
