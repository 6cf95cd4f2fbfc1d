/** A small tagged transcript for the export tests, its sidecar written by the tagging core's own writer. */
import { contextAround } from '../../src/core/annotations/context';
import type { Tag } from '../../src/core/annotations/model';
import { writeSidecar } from '../../src/core/annotations/sidecar';
import type { ExportCategory } from '../../src/core/export/model';
import { gatherCorpus, type GatherOptions, type SourceDocument } from '../../src/core/export/gather';

/** A briefing with an emoji before one quote, so that code points and UTF-16 units differ there. */
export const BRIEFING = [
  'Harbour Authority Press Briefing',
  '14 March 2024',
  'Place: Port Ellis',
  '',
  'MODERATOR: Good morning. The director will open with a statement.',
  'DIRECTOR VANCE: Cargo volumes rose 12% last year, the best since 2009. 🚢 We will dredge the north channel by June.',
  'QUESTION: Is it true that the dredging budget was cut by half?',
  'DIRECTOR VANCE: No, that is simply "wrong", and the figures show it.',
  'MODERATOR: Thank you all.',
  '',
].join('\n');

export const CATEGORIES: ExportCategory[] = [
  { id: 'factual-claim', label: 'Factual claim', description: 'A statement of fact that can be checked.' },
  { id: 'statistic', label: 'Statistic', color: '#1f77b4', parent: 'factual-claim' },
  { id: 'commitment', label: 'Commitment' },
  { id: 'denial', label: 'Denial' },
];

const TIME = '2024-03-15T09:30:00Z';

/** A tag on the first occurrence of `quote` in `text`. */
export function tagOn(text: string, quote: string, id: string, category: string, extra: Partial<Tag> = {}): Tag {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  const end = start + quote.length;
  return { id, category, quote, start, end, ...contextAround(text, start, end), speaker: null, section: null, created: TIME, modified: TIME, status: 'anchored', ...extra };
}

export const NOTE = 'Says "wrong", but\nthe budget fell 48%, per the annual report.';

/** The briefing's tags: a statistic, a commitment after the emoji, a denial with a note and verdict, an orphan. */
export function briefingTags(text = BRIEFING): Tag[] {
  return [
    tagOn(text, 'Cargo volumes rose 12% last year', 't-0000000a', 'statistic', { author: 'Ines' }),
    tagOn(text, 'We will dredge the north channel by June.', 't-0000000b', 'commitment'),
    tagOn(text, 'No, that is simply "wrong"', 't-0000000c', 'denial', { note: NOTE, verdict: 'misleading', source: 'https://example.org/harbour/annual-report', author: 'Ines' }),
    { ...tagOn(text, 'Good morning.', 't-0000000d', 'factual-claim'), quote: 'The port will close in winter.', status: 'orphaned', anchorNote: 'The words are no longer in the text.' },
  ];
}

export function briefingSidecar(tags = briefingTags()): string {
  return writeSidecar({ transcriptName: 'briefing.txt', text: BRIEFING, tags });
}

export function briefingSource(sidecar = briefingSidecar()): SourceDocument {
  return { path: 'briefings/briefing.txt', uri: 'file:///corpus/briefings/briefing.txt', text: BRIEFING, sidecar: { name: 'briefings/briefing.txt.annotations.yaml', text: sidecar } };
}

export const CREATED = '2024-04-01T12:00:00.000Z';

/** The briefing gathered into a corpus. */
export function briefingCorpus(options: Partial<GatherOptions> = {}, sources: SourceDocument[] = [briefingSource()]) {
  return gatherCorpus(sources, CATEGORIES, { orphans: 'skip', ...options, created: CREATED, origin: 'Transcript Annotator 0.1.0' });
}
