import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CATEGORIES, readCodebook } from '../../src/core/annotations/codebook';
import { readSidecar } from '../../src/core/annotations/sidecar';
import { codebookYaml, CodebookImportError, readQdc } from '../../src/core/export/importQdc';
import { AnnotationImportError, mergeIntoSidecar, readW3c, SidecarLockedError } from '../../src/core/export/importW3c';
import { writeCodebook } from '../../src/core/export/refiQda';
import { writeW3c } from '../../src/core/export/w3c';
import { BRIEFING, briefingCorpus, briefingSidecar, NOTE, tagOn } from './exportFixtures';

const NOW = '2024-05-01T08:00:00Z';

function tagsOf(sidecar: string) {
  const read = readSidecar(sidecar);
  assert.equal(read.kind, 'ok');
  return read.kind === 'ok' ? read.sidecar.tags : [];
}

describe('import: W3C Web Annotation', () => {
  it('reads back every tag of an export into an empty sidecar: round trip', () => {
    const exported = writeW3c(briefingCorpus().corpus);
    const { annotations, problems } = readW3c(exported);
    assert.deepEqual(problems, []);
    assert.equal(annotations.length, 3);
    assert.equal(annotations[0]!.path, 'briefings/briefing.txt');
    const merged = mergeIntoSidecar('briefing.txt', BRIEFING, undefined, annotations, NOW);
    assert.deepEqual({ added: merged.added, present: merged.present, orphaned: merged.orphaned }, { added: 3, present: 0, orphaned: 0 });
    const original = tagsOf(briefingSidecar()).filter((t) => t.status !== 'orphaned');
    const back = tagsOf(merged.sidecar!);
    const fields = (t: (typeof back)[number]) => [t.id, t.category, t.quote, t.start, t.end, t.prefix, t.suffix, t.note, t.verdict, t.source, t.author, t.created, t.modified];
    assert.deepEqual(back.map(fields), original.map(fields));
    assert.equal(back[2]!.note, NOTE);
    assert.equal(back[2]!.speaker, 'Director Vance');
  });

  it('adds nothing twice: annotations already in the sidecar are counted, the sidecar is not rewritten', () => {
    const exported = writeW3c(briefingCorpus().corpus);
    const merged = mergeIntoSidecar('briefing.txt', BRIEFING, briefingSidecar(), readW3c(exported).annotations, NOW);
    assert.deepEqual({ added: merged.added, present: merged.present, sidecar: merged.sidecar }, { added: 0, present: 3, sidecar: undefined });
  });

  it("keeps the sidecar's own tags and gives a clashing import a new id", () => {
    const own = [tagOn(BRIEFING, 'Thank you all.', 't-0000000a', 'factual-claim')];
    const exported = writeW3c(briefingCorpus().corpus);
    const merged = mergeIntoSidecar('briefing.txt', BRIEFING, briefingSidecar(own), readW3c(exported).annotations, NOW, () => 0.5);
    const back = tagsOf(merged.sidecar!);
    assert.equal(back.length, 4);
    assert.ok(back.some((t) => t.id === 't-0000000a' && t.quote === 'Thank you all.'));
    assert.ok(back.some((t) => t.id === 't-88888888' && t.quote === 'Cargo volumes rose 12% last year'));
  });

  it('finds the words when the transcript changed since the export, and orphans what is gone', () => {
    const exported = writeW3c(briefingCorpus().corpus);
    const changed = 'A new first line.\n' + BRIEFING.replace('We will dredge the north channel by June.', 'We might dredge later.');
    const merged = mergeIntoSidecar('briefing.txt', changed, undefined, readW3c(exported).annotations, NOW);
    const back = tagsOf(merged.sidecar!);
    assert.equal(merged.orphaned, 1);
    const denial = back.find((t) => t.id === 't-0000000c')!;
    assert.equal(Array.from(changed).slice(denial.start, denial.end).join(''), 'No, that is simply "wrong"');
  });

  it('reads annotations from other tools: a bare list, a string body, no position', () => {
    const foreign = JSON.stringify([
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'https://annotations.example/1',
        type: 'Annotation',
        body: [{ type: 'TextualBody', purpose: 'tagging', value: 'statistic' }, { type: 'TextualBody', purpose: 'commenting', value: 'check it' }],
        target: { source: 'https://example.org/briefing.txt', selector: { type: 'TextQuoteSelector', exact: 'the best since 2009' } },
      },
      { type: 'Annotation', body: 'denial', target: { source: 'x', selector: [{ type: 'TextQuoteSelector', exact: 'simply' }] } },
      { type: 'Annotation', target: { source: 'x', selector: [{ type: 'TextQuoteSelector', exact: 'simply' }] } },
    ]);
    const { annotations, problems } = readW3c(foreign);
    assert.deepEqual(annotations.map((a) => [a.source, a.tag.category, a.tag.quote, a.tag.note ?? null]), [
      ['https://example.org/briefing.txt', 'statistic', 'the best since 2009', 'check it'],
      ['x', 'denial', 'simply', null],
    ]);
    assert.deepEqual(problems, ['Annotation 3: it has no tagging body that names a category. It is not imported.']);
    const merged = mergeIntoSidecar('briefing.txt', BRIEFING, undefined, annotations.slice(0, 1), NOW);
    const [tag] = tagsOf(merged.sidecar!);
    assert.equal(tag!.created, NOW);
    assert.match(tag!.id, /^t-[0-9a-f]{8}$/);
  });

  it('refuses a file with no annotation, or not JSON, with the reason', () => {
    assert.throws(() => readW3c('{"type": "Note"}'), AnnotationImportError);
    assert.throws(() => readW3c('{oops'), /Not valid JSON/);
  });

  it('never writes over a sidecar it cannot read', () => {
    const exported = writeW3c(briefingCorpus().corpus);
    assert.throws(() => mergeIntoSidecar('briefing.txt', BRIEFING, 'tags: [\n  - {', readW3c(exported).annotations, NOW), SidecarLockedError);
    const newer = briefingSidecar().replace('version: 1', 'version: 9');
    assert.throws(() => mergeIntoSidecar('briefing.txt', BRIEFING, newer, readW3c(exported).annotations, NOW), /newer/);
  });
});

describe('import: REFI-QDA codebook', () => {
  it('reads back an exported codebook: ids, labels, colours, descriptions and nesting', () => {
    const { corpus } = briefingCorpus();
    const qdc = writeCodebook(corpus.categories, corpus.origin);
    const current = corpus.categories.map((c) => ({ ...c }));
    const { categories } = readQdc(qdc, current);
    assert.deepEqual(categories, [
      { id: 'factual-claim', label: 'Factual claim', description: 'A statement of fact that can be checked.' },
      { id: 'statistic', label: 'Statistic', color: '#1f77b4', parent: 'factual-claim' },
      { id: 'commitment', label: 'Commitment' },
      { id: 'denial', label: 'Denial' },
    ]);
  });

  it("makes ids from a foreign codebook's names, keeps the ids of categories it names, and expands #rgb", () => {
    const qdc = `<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="QualCoder">
  <Codes>
    <Code guid="{11111111-2222-3333-4444-555555555555}" name="Économie" isCodable="false" color="#F0a">
      <Code guid="11111111-2222-3333-4444-555555555556" name="Jobs &amp; wages" isCodable="true"/>
    </Code>
    <Code guid="11111111-2222-3333-4444-555555555557" name="statistic" isCodable="true"/>
  </Codes>
</CodeBook>`;
    const { categories, notCodable } = readQdc(qdc, DEFAULT_CATEGORIES);
    assert.equal(notCodable, 1);
    assert.deepEqual(categories.map((c) => [c.id, c.label, c.parent ?? null, c.color ?? null]), [
      ['economie', 'Économie', null, '#ff00aa'],
      ['jobs-wages', 'Jobs & wages', 'economie', null],
      ['statistic', 'statistic', null, 'transcript.tag.statistic'],
    ]);
    assert.equal(categories[2]!.shortcut, 2);
  });

  it('writes a workspace codebook the tagging core reads without a problem', () => {
    const { categories } = readQdc(writeCodebook(briefingCorpus().corpus.categories, 'test'));
    const read = readCodebook(codebookYaml(categories, 'codebook.qdc'));
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.categories, categories);
  });

  it('refuses what is not a codebook, saying why', () => {
    assert.throws(() => readQdc('<Project xmlns="urn:QDA-XML:project:1.0" name="p"/>'), /no <Codes>|not <CodeBook>/);
    assert.throws(() => readQdc('<html><body/></html>'), CodebookImportError);
    assert.throws(() => readQdc('<CodeBook><Codes>\n<Code name="a">\n</Codes></CodeBook>'), /line 3/);
  });
});

