import { missingFields, reviewedTags, writeClaimReview } from '../claimReview';
import { exportCounts } from '../exportData';
import { utf8, type ExportWriter } from './writer';

/** ClaimReview: schema.org JSON-LD for the tags with a verdict. */
export const claimReviewWriter: ExportWriter<'claimreview'> = {
  id: 'claimreview',
  label: 'ClaimReview',
  description: 'schema.org JSON-LD for the tags with a verdict',
  fileName: 'claimreview.jsonld',
  filter: { name: 'JSON-LD', extensions: ['jsonld', 'json'] },
  write: (corpus, options) => {
    const total = exportCounts(corpus).tags;
    const reviewed = reviewedTags(corpus).length;
    const advice = reviewed ? missingFields(options.publisher) : undefined;
    return { bytes: utf8(writeClaimReview(corpus, options.publisher)), tags: reviewed, leftOut: total - reviewed, ...(total > reviewed ? { leftOutReason: 'without a verdict' } : {}), ...(advice ? { advice } : {}) };
  },
};
