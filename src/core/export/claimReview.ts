/**
 * ClaimReview export (schema.org JSON-LD), for the tags that carry a
 * fact-check verdict: the quote is the claim reviewed, its speaker the
 * claim's author, the transcript (its title, date and address) where the
 * claim appeared, the verdict the rating, the note the review's text and the
 * tag's source what the review cites. The publishing organisation and the
 * address the reviews are published under come from the user's settings;
 * the search engines require `url`, `claimReviewed` and
 * `reviewRating.alternateName`, so `missingFields` says what a corpus lacks.
 */
import { mediaFragment } from '../media/forExport';
import type { ExportCorpus, ExportDocument, ExportTag } from './exportData';
import { webLink } from '../text/links';

/**
 * Verdicts with a place on a five-point scale (1 false ... 5 true), so that
 * readers that sort by `ratingValue` can; any other verdict is given by name only.
 */
const SCALE: Record<string, number> = {
  false: 1,
  'pants-on-fire': 1,
  fabricated: 1,
  'mostly-false': 2,
  misleading: 2,
  'lacks-context': 3,
  'half-true': 3,
  mixed: 3,
  mixture: 3,
  unproven: 3,
  'mostly-true': 4,
  true: 5,
  correct: 5,
  accurate: 5,
};

function scaleOf(verdict: string): number | undefined {
  return SCALE[verdict.trim().toLowerCase().replace(/[\s_]+/g, '-')];
}

/** Who publishes the reviews: the organisation's name and the web address the reviews are published under. */
export interface Publisher {
  name?: string;
  url?: string;
}

/** A web address, or undefined for anything else (a `file://` address means nothing to a reader elsewhere; `javascript:` is never a link). */
function webAddress(s: string | undefined): string | undefined {
  return webLink(s);
}

/** The review's own address: the publisher's address, the tag's id as its fragment. */
function reviewUrl(base: string, tag: ExportTag): string {
  return `${base.replace(/#.*$/, '')}#${encodeURIComponent(tag.id)}`;
}

function review(doc: ExportDocument, tag: ExportTag, verdict: string, publisher: Publisher): Record<string, unknown> {
  const appearance: Record<string, unknown> = { '@type': 'CreativeWork' };
  if (doc.metadata.title) appearance.name = doc.metadata.title;
  if (doc.metadata.date) appearance.datePublished = doc.metadata.date;
  const where = webAddress(doc.metadata.source);
  if (where) appearance.url = where;
  // When in the recording the claim was made: a clip of it, in seconds (the recording's address is made from the transcript's, never another scheme).
  if (tag.time) appearance.hasPart = { '@type': 'Clip', startOffset: tag.time.start, endOffset: tag.time.end, ...(doc.recording && /^(https?|file):/i.test(doc.recording.uri) ? { url: `${doc.recording.uri}#${mediaFragment(tag.time)}` } : {}) };
  const claim: Record<string, unknown> = { '@type': 'Claim' };
  if (tag.speaker) claim.author = { '@type': 'Person', name: tag.speaker };
  if (doc.metadata.date) claim.datePublished = doc.metadata.date;
  claim.appearance = appearance;
  // The transcript is the first place this tool knows the claim was made.
  claim.firstAppearance = appearance;
  const rating: Record<string, unknown> = { '@type': 'Rating', alternateName: verdict, name: verdict };
  const value = scaleOf(verdict);
  if (value !== undefined) Object.assign(rating, { ratingValue: value, bestRating: 5, worstRating: 1 });
  const base = webAddress(publisher.url);
  const organisation = publisher.name?.trim() ? { '@type': 'Organization', name: publisher.name.trim(), ...(base ? { url: base } : {}) } : undefined;
  const out: Record<string, unknown> = {
    '@type': 'ClaimReview',
    ...(base ? { url: reviewUrl(base, tag) } : {}),
    identifier: tag.id,
    claimReviewed: tag.quote,
    itemReviewed: claim,
    reviewRating: rating,
    datePublished: tag.modified.slice(0, 10),
  };
  if (tag.author) out.author = { '@type': 'Person', name: tag.author };
  else if (organisation) out.author = organisation;
  if (organisation) out.publisher = organisation;
  if (tag.note) out.reviewBody = tag.note;
  const citation = webAddress(tag.source);
  if (citation) out.citation = citation;
  return out;
}

/** The tags of a corpus that carry a verdict. */
export function reviewedTags(corpus: ExportCorpus): Array<{ doc: ExportDocument; tag: ExportTag; verdict: string }> {
  const out: Array<{ doc: ExportDocument; tag: ExportTag; verdict: string }> = [];
  for (const doc of corpus.documents) for (const tag of doc.tags) if (tag.verdict !== undefined && tag.verdict.trim() !== '') out.push({ doc, tag, verdict: tag.verdict.trim() });
  return out;
}

/** The JSON-LD text: a graph of ClaimReviews, one per tag with a verdict. */
export function writeClaimReview(corpus: ExportCorpus, publisher: Publisher = {}): string {
  const graph = reviewedTags(corpus).map(({ doc, tag, verdict }) => review(doc, tag, verdict, publisher));
  return embeddable(JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }, null, 2)) + '\n';
}

/**
 * JSON that can go inside an HTML `<script type="application/ld+json">` as it
 * is: `<`, `>` and `&` (which only strings can hold) written as `\u003c`…, so a
 * quote holding `</script>` or `<!--` cannot end the element; U+2028 and U+2029
 * escaped too, for older script parsers. The data read back is the same.
 */
export function embeddable(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** What the search engines require that the settings do not give, in words for the summary; undefined when nothing is missing. */
export function missingFields(publisher: Publisher = {}): string | undefined {
  const missing: string[] = [];
  if (!webAddress(publisher.url)) missing.push('no `url` (set transcript.export.publisher.url, or --publisher-url, to the web address the reviews are published under)');
  if (!publisher.name?.trim()) missing.push('no publisher (set transcript.export.publisher.name, or --publisher-name)');
  return missing.length ? `The reviews have ${missing.join(' and ')}.` : undefined;
}
