/**
 * W3C Web Annotation export (JSON-LD): an `AnnotationCollection` holding one
 * `Annotation` per tag. The target is the transcript with a
 * `TextQuoteSelector` (exact, prefix, suffix) and a `TextPositionSelector`
 * counted in code points, as the model defines characters; the category is a
 * tagging body, the note a commenting `TextualBody`, the verdict an assessing
 * one, its source a linking body when it is a web address (else a commenting
 * body marked `ta:field: source`: never a link to `javascript:` or a file). What the model has no word for (the tag's
 * id, speaker, role, section, status, the document's path) is kept under the
 * `ta:` prefix so that the file can be read back into sidecars.
 */
import type { ExportCorpus, ExportDocument, ExportTag } from './exportData';
import { guidFor } from './guid';
import { mediaFragment } from '../media/forExport';
import { webLink } from '../text/links';

/** The prefix of this tool's own terms. */
export const TA_NAMESPACE = 'urn:transcript-annotator:';

/**
 * The published context, then ours: `ta:` for our terms, and `assessing`,
 * which the 2017 context does not define as a purpose, so that a JSON-LD
 * processor expands a verdict's purpose to `oa:assessing` instead of dropping it.
 */
export const W3C_CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { ta: TA_NAMESPACE, assessing: 'http://www.w3.org/ns/oa#assessing' }] as const;

/** A Web Annotation body as written and read here. */
export interface W3cBody {
  type?: string;
  purpose?: string;
  value?: string;
  format?: string;
  source?: string;
  id?: string;
  /** On a commenting body: `source` when it holds a tag's source that is not a web address (kept as text, never a link). */
  'ta:field'?: string;
}

function bodies(tag: ExportTag): W3cBody[] {
  const out: W3cBody[] = [{ type: 'TextualBody', purpose: 'tagging', value: tag.category }];
  if (tag.note !== undefined) out.push({ type: 'TextualBody', purpose: 'commenting', value: tag.note, format: 'text/plain' });
  if (tag.verdict !== undefined) out.push({ type: 'TextualBody', purpose: 'assessing', value: tag.verdict });
  // Only a web address becomes a link; anything else (`javascript:`, `data:`, a file) stays text a viewer shows as it is.
  const link = webLink(tag.source);
  if (link) out.push({ type: 'SpecificResource', purpose: 'linking', source: link });
  else if (tag.source) out.push({ type: 'TextualBody', purpose: 'commenting', value: tag.source, format: 'text/plain', 'ta:field': 'source' });
  return out;
}

function annotation(doc: ExportDocument, tag: ExportTag): Record<string, unknown> {
  const selectors: Record<string, unknown>[] = [{ type: 'TextQuoteSelector', exact: tag.quote, prefix: tag.prefix, suffix: tag.suffix }];
  if (tag.start !== undefined && tag.end !== undefined) selectors.push({ type: 'TextPositionSelector', start: tag.start, end: tag.end });
  // A PDF's page, as RFC 3778 writes it (`#page=12`), for readers that open the original at the words.
  if (tag.page !== undefined && doc.origin?.kind === 'pdf' && /\.pdf$/i.test(doc.uri)) selectors.push({ type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: `page=${tag.page}` });
  const a: Record<string, unknown> = {
    id: `urn:uuid:${guidFor('annotation', `${doc.path}\n${tag.id}`)}`,
    type: 'Annotation',
    motivation: 'tagging',
    created: tag.created,
    modified: tag.modified,
  };
  if (tag.author !== undefined) a.creator = { type: 'Person', name: tag.author };
  a.body = bodies(tag);
  a.target = { source: doc.uri, ...(doc.metadata.title ? { 'ta:title': doc.metadata.title } : {}), 'ta:path': doc.path, selector: selectors };
  // Beside the words, the moment in the recording they were said (the text target stays first).
  if (doc.recording && tag.time) a.target = [a.target, { source: doc.recording.uri, selector: { type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: mediaFragment(tag.time) } }];
  a['ta:tagId'] = tag.id;
  a['ta:speaker'] = tag.speaker;
  a['ta:role'] = tag.role;
  a['ta:section'] = tag.section;
  a['ta:status'] = tag.status;
  if (tag.place !== undefined) a['ta:place'] = tag.place;
  return a;
}

/** The JSON-LD text of a corpus's tags. */
export function writeW3c(corpus: ExportCorpus): string {
  const items = corpus.documents.flatMap((doc) => doc.tags.map((tag) => annotation(doc, tag)));
  const name = `${corpus.created}\n${corpus.documents.map((d) => d.path).join('\n')}`;
  const id = `urn:uuid:${guidFor('collection', name)}`;
  // One page holds every annotation: it is the first and the last, and has an IRI of its own as the model requires.
  const page = `urn:uuid:${guidFor('collection-page', name)}`;
  const label = 'Tagged claims';
  const collection = {
    '@context': W3C_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    generator: { type: 'Software', name: corpus.origin },
    generated: corpus.created,
    total: items.length,
    first: { id: page, type: 'AnnotationPage', partOf: { id, label, total: items.length }, startIndex: 0, items },
    last: page,
  };
  return JSON.stringify(collection, null, 2) + '\n';
}
