import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  claimLabel,
  formatClaimFilter,
  groupClaims,
  matchesFilter,
  parseClaimFilter,
  type Claim,
} from '../../src/core/workspace/claims';
import {
  decodeHead,
  documentLabel,
  groupByFolder,
  headBytes,
  sortDocuments,
  summarizeBytes,
  type DocumentEntry,
} from '../../src/core/workspace/documents';
import { buildOutline, outlineSectionAt, placeTags, type TagLike } from '../../src/core/workspace/documentTree';
import { readTranscript } from '../../src/core/formats';

const TREE = join(import.meta.dirname, '..', 'fixtures', 'workspace', 'tree');
const bytesOf = (path: string) => new Uint8Array(readFileSync(join(TREE, path)));
const textOf = (path: string) => readFileSync(join(TREE, path), 'utf8');
const outlineOf = (path: string) => {
  const text = textOf(path);
  return buildOutline(text, readTranscript(text));
};

function tag(id: string, startLine: number, fields: Partial<TagLike> = {}): TagLike {
  return {
    id,
    category: 'accusation',
    quote: 'The previous council ignored every warning it was given.',
    range: { startLine, startCharacter: 20, endLine: startLine, endCharacter: 60 },
    status: 'anchored',
    speaker: 'Mayor Lina Ostrova',
    section: null,
    ...fields,
  };
}

function entry(path: string, title?: string, date?: string, tagCount?: number): DocumentEntry {
  return { key: `file:///w/${path}`, path, summary: { looksLikeTranscript: true, ...(title ? { title } : {}), ...(date ? { date } : {}) }, ...(tagCount !== undefined ? { tagCount } : {}) };
}

describe('document summaries from a file head', () => {
  it('reads the title and date of a transcript', () => {
    const s = summarizeBytes(bytesOf('conferences/second-conference.transcript'));
    assert.equal(s.title, 'Second press conference on the Northvale water supply');
    assert.equal(s.date, '2025-03-20');
    assert.equal(s.looksLikeTranscript, true);
  });

  it('says a list of things to bring is not a transcript', () => {
    assert.equal(summarizeBytes(bytesOf('interviews/notes.txt')).looksLikeTranscript, false);
  });

  it('reports binary content instead of throwing', () => {
    const s = summarizeBytes(bytesOf('broken.transcript'));
    assert.equal(s.unreadable, 'binary');
    assert.equal(s.looksLikeTranscript, false);
  });

  it('reports an empty file, and one of blank lines, as empty', () => {
    assert.equal(summarizeBytes(new Uint8Array()).unreadable, 'empty');
    assert.equal(summarizeBytes(new TextEncoder().encode('\n  \n\n')).unreadable, 'empty');
  });

  it('reads only the head of a long file', () => {
    const header = 'Briefing on the ferry\n1 June 2024\n\n';
    const body = 'Moderator: Welcome.\n\nQuestion: Why?\n\nMinister Ana Costa: Because.\n\n'.repeat(5000);
    const s = summarizeBytes(new TextEncoder().encode(header + body), {}, 4096);
    assert.equal(s.title, 'Briefing on the ferry');
    assert.equal(s.date, '2024-06-01');
  });

  it('never cuts a UTF-8 character in two', () => {
    const bytes = new TextEncoder().encode('Présidente: ééé');
    for (let max = 1; max <= bytes.length; max++) {
      const head = headBytes(bytes, max);
      assert.doesNotThrow(() => new TextDecoder('utf-8', { fatal: true }).decode(head), `cut at ${max}`);
      assert.ok(head.length >= max - 3 && head.length <= max);
    }
  });

  it('never cuts a UTF-16 pair in two', () => {
    const text = 'A: 😀😀';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    for (let max = 2; max <= bytes.length; max++) {
      const head = decodeHead(bytes, max);
      assert.ok('text' in head || head.unreadable === 'empty');
      if ('text' in head) assert.ok(!/[\ud800-\udbff]$/.test(head.text), `cut at ${max}: ${JSON.stringify(head.text)}`);
    }
  });
});

describe('the document list', () => {
  const list = [
    entry('b/second.transcript', 'Second conference', '2025-03-20'),
    entry('a/untitled.txt'),
    entry('b/first.transcript', 'First conference', '2025-02-04', 2),
    entry('a/interview.txt', 'An interview', '2024-09-07'),
  ];
  const paths = (xs: DocumentEntry[]) => xs.map((e) => e.path);

  it('sorts by date, oldest first, undated last', () => {
    assert.deepEqual(paths(sortDocuments(list, 'date')), ['a/interview.txt', 'b/first.transcript', 'b/second.transcript', 'a/untitled.txt']);
  });

  it('sorts by title, the file name standing in for a missing title', () => {
    assert.deepEqual(paths(sortDocuments(list, 'title')), ['a/interview.txt', 'b/first.transcript', 'b/second.transcript', 'a/untitled.txt']);
  });

  it('sorts by path', () => {
    assert.deepEqual(paths(sortDocuments(list, 'name')), ['a/interview.txt', 'a/untitled.txt', 'b/first.transcript', 'b/second.transcript']);
  });

  it('groups by folder, keeping the order within each folder', () => {
    const groups = groupByFolder(sortDocuments(list, 'date'));
    assert.deepEqual(groups.map((g) => [g.folder, paths(g.entries)]), [
      ['a', ['a/interview.txt', 'a/untitled.txt']],
      ['b', ['b/first.transcript', 'b/second.transcript']],
    ]);
  });

  it('labels a document with its title, date and tag count', () => {
    const { label, description } = documentLabel(list[2]!);
    assert.equal(label, 'First conference');
    assert.equal(description, '2025-02-04 · 2 tags');
  });

  it('labels a document without a title by its file name', () => {
    assert.equal(documentLabel(list[1]!).label, 'untitled.txt');
  });

  it('says why a file cannot be shown', () => {
    const binary: DocumentEntry = { key: 'k', path: 'x/broken.transcript', summary: { looksLikeTranscript: false, unreadable: 'binary' } };
    assert.deepEqual([documentLabel(binary).label, documentLabel(binary).description], ['broken.transcript', 'not text']);
  });
});

describe('a document’s sections and turns', () => {
  const outline = outlineOf('conferences/second-conference.transcript');

  it('lists the sections in order', () => {
    assert.deepEqual(outline.sections.map((s) => s.title), ['Header', 'Opening statement', 'Q&A 1', 'Q&A 2', 'Q&A 3', 'Closing']);
  });

  it('names the speakers of the opening statement', () => {
    assert.equal(outline.sections[1]!.detail, 'Mayor Lina Ostrova, Engineer Sam Adeyemi');
  });

  it('labels a Q&A by its questioner and the first words of the question', () => {
    assert.equal(outline.sections[3]!.detail, 'Question: Did the contractor cut corners on the old…');
  });

  it('gives each turn its speaker, first words and range', () => {
    const answer = outline.sections[3]!.turns[1]!;
    assert.equal(answer.speaker, 'Mayor Lina Ostrova');
    assert.equal(answer.words, 'The contractor falsified its inspection reports, and we have told…');
    assert.deepEqual(answer.range, { startLine: 15, startCharacter: 0, endLine: 15, endCharacter: 97 });
  });

  it('gives a section the range from its first line to the end of its last', () => {
    assert.deepEqual(outline.sections[1]!.range, { startLine: 4, startCharacter: 0, endLine: 7, endCharacter: 73 });
  });

  it('finds the section under a line, blank lines included', () => {
    assert.equal(outlineSectionAt(outline, 16)?.title, 'Q&A 2');
    assert.equal(outlineSectionAt(outline, 0)?.title, 'Header');
  });
});

describe('tags in the tree', () => {
  const outline = outlineOf('conferences/first-conference.transcript');

  it('places a tag on the turn where it starts', () => {
    const { bySection } = placeTags(outline, [tag('t1', 9)]);
    assert.deepEqual(bySection.get(2)?.get(2)?.map((t) => t.id), ['t1']);
  });

  it('places a tag in the header on the section itself', () => {
    const { bySection } = placeTags(outline, [tag('t2', 0)]);
    assert.deepEqual(bySection.get(0)?.get('section')?.map((t) => t.id), ['t2']);
  });

  it('keeps orphaned tags, and tags beyond the text, on the document', () => {
    const { unplaced } = placeTags(outline, [tag('t3', 9, { status: 'orphaned' }), tag('t4', 400)]);
    assert.deepEqual(unplaced.map((t) => t.id), ['t3', 't4']);
  });

  it('orders the tags of a turn as in the text', () => {
    const later = tag('b', 9, { range: { startLine: 9, startCharacter: 40, endLine: 9, endCharacter: 50 } });
    const { bySection } = placeTags(outline, [later, tag('a', 9)]);
    assert.deepEqual(bySection.get(2)?.get(2)?.map((t) => t.id), ['a', 'b']);
  });
});

describe('claims', () => {
  const doc1 = { key: 'file:///w/first.transcript', title: 'First conference', path: 'first.transcript' };
  const doc2 = { key: 'file:///w/second.transcript', title: 'Second conference', path: 'second.transcript' };
  const claims: Claim[] = [
    { document: doc2, tag: tag('c1', 15, { quote: 'The contractor falsified its inspection reports', speaker: 'Mayor Lina Ostrova' }) },
    { document: doc1, tag: tag('c2', 9) },
    { document: doc2, tag: tag('c3', 11, { category: 'promise', quote: 'By the end of May', speaker: 'Engineer Sam Adeyemi' }) },
    { document: doc2, tag: tag('c4', 1, { category: 'promise', quote: 'Northvale Civic Centre', speaker: null }) },
  ];
  const ids = (cs: Claim[]) => cs.map((c) => c.tag.id);
  /** The codebook's names for the categories. */
  const names = (id: string) => ({ accusation: { label: 'Accusation', color: 'transcript.tag.accusation' }, promise: { label: 'Promise' } })[id] ?? { label: id };

  it('groups by category, claims in document order', () => {
    const groups = groupClaims(claims, 'category', names);
    assert.deepEqual(groups.map((g) => [g.label, ids(g.claims)]), [
      ['Accusation', ['c2', 'c1']],
      ['Promise', ['c4', 'c3']],
    ]);
  });

  it('groups by speaker, claims without a speaker last', () => {
    const groups = groupClaims(claims, 'speaker');
    assert.deepEqual(groups.map((g) => [g.label, ids(g.claims)]), [
      ['Engineer Sam Adeyemi', ['c3']],
      ['Mayor Lina Ostrova', ['c2', 'c1']],
      ['No speaker', ['c4']],
    ]);
  });

  it('groups by document', () => {
    assert.deepEqual(groupClaims(claims, 'document').map((g) => [g.label, ids(g.claims)]), [
      ['First conference', ['c2']],
      ['Second conference', ['c4', 'c3', 'c1']],
    ]);
  });

  it('reads a filter with a category, a quoted speaker and words', () => {
    assert.deepEqual(parseClaimFilter('category:accusation speaker:"Lina Ostrova" inspection reports'), {
      categories: ['accusation'],
      speakers: ['Lina Ostrova'],
      text: 'inspection reports',
    });
  });

  it('writes a filter back as it is typed', () => {
    assert.equal(formatClaimFilter(parseClaimFilter('by:"Lina Ostrova"  cat:promise  May')), 'category:promise speaker:"Lina Ostrova" May');
  });

  it('filters every accusation by one speaker across documents', () => {
    const filter = parseClaimFilter('category:Accusation speaker:ostrova');
    assert.deepEqual(ids(claims.filter((c) => matchesFilter(c, filter))), ['c1', 'c2']);
  });

  it('filters by words of the quote, ignoring case and accents', () => {
    const filter = parseClaimFilter('FALSIFIÉD');
    assert.deepEqual(ids(claims.filter((c) => matchesFilter(c, filter))), ['c1']);
  });

  it('takes the category groups’ labels and colours from the codebook, not from the tags', () => {
    assert.deepEqual(groupClaims(claims, 'category', names).map((g) => [g.key, g.label, g.color]), [
      ['accusation', 'Accusation', 'transcript.tag.accusation'],
      ['promise', 'Promise', undefined],
    ]);
    assert.deepEqual(groupClaims(claims, 'category').map((g) => g.label), ['accusation', 'promise']);
  });

  it('names a claim’s category by the codebook’s label', () => {
    assert.equal(claimLabel(claims[2]!, 'speaker', names).description, 'Second conference · Promise');
  });

  it('labels a claim by the start of its quote, its speaker and its document', () => {
    const { label, description } = claimLabel(claims[0]!, 'category');
    assert.equal(label, '“The contractor falsified its inspection reports”');
    assert.equal(description, 'Mayor Lina Ostrova · Second conference');
  });
});
