import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { writeClaimReview } from '../../src/core/export/claimReview';
import { csvField, writeCsv, CSV_COLUMNS } from '../../src/core/export/csv';
import { exportCounts } from '../../src/core/export/exportData';
import { exportWriter, writeExport } from '../../src/core/export/writers';
import { exportSummary } from '../../src/core/export/summary';
import { writeSidecar } from '../../src/core/annotations/sidecar';
import { writeW3c } from '../../src/core/export/w3c';
import { writeYaml } from '../../src/core/export/yaml';
import { readW3c } from '../../src/core/export/importW3c';
import type { Tag } from '../../src/core/annotations/tag';
import { BRIEFING, briefingCorpus, briefingSidecar, briefingSource, briefingTags, NOTE, readCsv, tagOn } from './exportFixtures';

describe('export: gathering a corpus', () => {
  it('places each tag and gives it the speaker, role and section it stands in', () => {
    const { corpus, problems } = briefingCorpus();
    assert.deepEqual(problems, []);
    const [doc] = corpus.documents;
    assert.equal(doc!.metadata.title, 'Harbour Authority Press Briefing');
    assert.equal(doc!.metadata.date, '2024-03-14');
    const rows = doc!.tags.map((t) => `${t.id} ${t.status} ${t.speaker} ${t.role} ${t.section} ${t.line}-${t.endLine}`);
    assert.deepEqual(rows, [
      't-0000000a anchored Director Vance respondent Opening statement 6-6',
      't-0000000b anchored Director Vance respondent Opening statement 6-6',
      't-0000000c anchored Director Vance respondent Q&A 1 8-8',
    ]);
  });

  it('counts positions in code points: an emoji before a quote counts once', () => {
    const { corpus } = briefingCorpus();
    const tag = corpus.documents[0]!.tags.find((t) => t.id === 't-0000000b')!;
    const utf16 = BRIEFING.indexOf('We will dredge');
    assert.equal(tag.start, utf16 - 1);
    assert.equal(Array.from(BRIEFING).slice(tag.start, tag.end).join(''), 'We will dredge the north channel by June.');
  });

  it('skips orphaned tags and counts them, or includes them without a position', () => {
    const skipped = briefingCorpus({ orphans: 'skip' }).corpus;
    assert.deepEqual(exportCounts(skipped), { documents: 1, tagged: 1, tags: 3, orphansIncluded: 0, orphansSkipped: 1 });
    const included = briefingCorpus({ orphans: 'include' }).corpus;
    const orphan = included.documents[0]!.tags.find((t) => t.status === 'orphaned')!;
    assert.equal(orphan.quote, 'The port will close in winter.');
    assert.equal(orphan.start, undefined);
    assert.equal(orphan.line, undefined);
    assert.deepEqual(exportCounts(included), { documents: 1, tagged: 1, tags: 4, orphansIncluded: 1, orphansSkipped: 0 });
  });

  it('finds tags again by their words when the transcript changed since tagging', () => {
    const edited = 'Added line at the top.\n' + BRIEFING;
    const { corpus } = briefingCorpus({}, [{ ...briefingSource(), text: edited }]);
    const tag = corpus.documents[0]!.tags.find((t) => t.id === 't-0000000c')!;
    assert.equal(tag.line, 9);
    assert.equal(tag.quote, 'No, that is simply "wrong"');
  });

  it('leaves out a document whose sidecar is broken, naming the sidecar, and keeps the others', () => {
    const broken = { path: 'broken.txt', uri: 'file:///corpus/broken.txt', text: BRIEFING, sidecar: { name: 'broken.txt.annotations.yaml', text: 'version: 1\ntags: [\n  - id: "t-1"\n' } };
    const { corpus, problems } = briefingCorpus({}, [broken, briefingSource()]);
    assert.deepEqual(corpus.documents.map((d) => d.path), ['briefings/briefing.txt']);
    assert.ok(problems.length > 0);
    assert.ok(problems.every((p) => p.file === 'broken.txt.annotations.yaml' && p.severity === 'error'), JSON.stringify(problems));
    assert.ok(problems.some((p) => /left out/.test(p.message)));
  });

  it('reports a tag entry that does not validate with its line, and exports the rest', () => {
    const sidecar = briefingSidecar().replace('category: "commitment"', 'category: 42');
    const { corpus, problems } = briefingCorpus({}, [briefingSource(sidecar)]);
    assert.deepEqual(corpus.documents[0]!.tags.map((t) => t.id), ['t-0000000a', 't-0000000c']);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.severity, 'error');
    assert.match(problems[0]!.message, /category/);
    assert.ok(problems[0]!.line! > 1);
  });

  it('adds the categories tags use that the codebook does not have', () => {
    const tags = [...briefingTags(), tagOn(BRIEFING, 'Thank you all.', 't-0000000e', 'courtesy')];
    const { corpus } = briefingCorpus({}, [briefingSource(briefingSidecar(tags))]);
    assert.deepEqual(corpus.categories.map((c) => c.id), ['factual-claim', 'statistic', 'commitment', 'denial', 'courtesy']);
    assert.equal(corpus.documents[0]!.tags.at(-1)!.categoryLabel, 'courtesy');
  });
});

describe('export: CSV', () => {
  it('writes one row per tag under a header, with CRLF line ends', () => {
    const csv = writeCsv(briefingCorpus().corpus, { bom: false });
    const rows = readCsv(csv);
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    assert.equal(rows.length, 4);
    assert.deepEqual(rows[1], [
      'briefings/briefing.txt', 'Harbour Authority Press Briefing', '2024-03-14', 'Director Vance', 'respondent', 'Opening statement',
      'Statistic', 'Cargo volumes rose 12% last year', '', '', '', '6', '6', 't-0000000a', 'anchored', '', '', '', 'Ines',
    ]);
  });

  it('names each tag\'s author in the last column, so that two annotators\' tags on the same words are told apart', () => {
    const [first] = briefingTags();
    const tags = [{ ...first!, author: 'Ana' }, { ...first!, id: 't-0000000f', author: 'Bo' }];
    const rows = readCsv(writeCsv(briefingCorpus({}, [briefingSource(briefingSidecar(tags))]).corpus, { bom: false }));
    assert.equal(rows[0]!.at(-1), 'author');
    assert.deepEqual(rows.slice(1).map((r) => [r[7], r.at(-1)]), [['Cargo volumes rose 12% last year', 'Ana'], ['Cargo volumes rose 12% last year', 'Bo']]);
  });

  it('quotes fields with quotes, commas and line breaks, doubling the quotes', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a, b'), '"a, b"');
    assert.equal(csvField('say "no"'), '"say ""no"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('cr\r'), '"cr\r"');
    assert.equal(csvField(null), '');
    const csv = writeCsv(briefingCorpus().corpus, { bom: false });
    assert.ok(csv.includes('"No, that is simply ""wrong"""'));
    const denial = readCsv(csv)[3]!;
    assert.equal(denial[7], 'No, that is simply "wrong"');
    assert.equal(denial[8], NOTE);
    assert.equal(denial[9], 'misleading');
  });

  it('starts with a byte-order mark only when asked', () => {
    const corpus = briefingCorpus().corpus;
    assert.ok(writeCsv(corpus, { bom: true }).startsWith('\ufeffdocument,'));
    assert.ok(writeCsv(corpus, { bom: false }).startsWith('document,'));
  });
});

describe('export: YAML', () => {
  it("gathers every document's metadata and tags in the sidecar's structure", () => {
    const data = parseYaml(writeYaml(briefingCorpus().corpus));
    assert.equal(data.version, 1);
    assert.deepEqual(data.categories[1], { id: 'statistic', label: 'Statistic', color: '#1f77b4', parent: 'factual-claim' });
    const doc = data.documents[0];
    assert.deepEqual(
      { path: doc.path, title: doc.title, date: doc.date, place: doc.place, source: doc.source },
      { path: 'briefings/briefing.txt', title: 'Harbour Authority Press Briefing', date: '2024-03-14', place: 'Port Ellis', source: null },
    );
    assert.deepEqual(doc.speakers[0], { name: 'Moderator', role: 'moderator' });
    const denial = doc.tags[2];
    assert.equal(denial.quote, 'No, that is simply "wrong"');
    assert.equal(denial.note, NOTE);
    assert.equal(denial.speaker, 'Director Vance');
    assert.equal(denial.role, 'respondent');
    assert.equal(typeof denial.start, 'number');
    assert.equal(denial.line, 8);
  });

  it('double-quotes strings, so YAML 1.1 readers keep `no` and dates as text', () => {
    const tags = briefingTags().map((t) => (t.id === 't-0000000c' ? { ...t, verdict: 'no' } : t));
    const yaml = writeYaml(briefingCorpus({}, [briefingSource(briefingSidecar(tags))]).corpus);
    assert.match(yaml, /verdict: "no"/);
    assert.match(yaml, /date: "2024-03-14"/);
  });

  it('keeps a multi-line note on one line, its line break escaped', () => {
    const yaml = writeYaml(briefingCorpus().corpus);
    assert.ok(yaml.includes('note: "Says \\"wrong\\", but\\nthe budget fell 48%, per the annual report."'), yaml);
  });
});

describe('export: W3C Web Annotation', () => {
  const collection = JSON.parse(writeW3c(briefingCorpus({ orphans: 'include' }).corpus));
  type Selector = { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number };
  type Annotation = { id: string; type: string; target: { source: string; selector: Selector[] }; body: unknown; creator?: unknown; [key: string]: unknown };
  const items = collection.first.items as Annotation[];

  it('is an AnnotationCollection of Annotations in the anno.jsonld context', () => {
    assert.equal(collection['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.total, 4);
    assert.equal(collection.first.type, 'AnnotationPage');
    for (const a of items) {
      assert.equal(a.type, 'Annotation');
      assert.match(a.id, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.equal(a.target.source, 'file:///corpus/briefings/briefing.txt');
    }
  });

  it('targets the words with a quote selector and a position selector in code points', () => {
    const a = items.find((x) => x['ta:tagId'] === 't-0000000b')!;
    const [quote, position] = a.target.selector as [Selector, Selector];
    assert.equal(quote.type, 'TextQuoteSelector');
    assert.equal(quote.exact, 'We will dredge the north channel by June.');
    assert.equal(quote.prefix, 'st year, the best since 2009. 🚢 ', 'the last 32 code points before the words, the emoji one of them');
    assert.equal(quote.suffix, '\nQUESTION: Is it true that the d');
    assert.equal(position.type, 'TextPositionSelector');
    assert.equal(Array.from(BRIEFING).slice(position.start, position.end).join(''), quote.exact);
  });

  it('gives the category as a tagging body, the note as a commenting TextualBody, the verdict and its source', () => {
    const a = items.find((x) => x['ta:tagId'] === 't-0000000c')!;
    assert.deepEqual(a.body, [
      { type: 'TextualBody', purpose: 'tagging', value: 'denial' },
      { type: 'TextualBody', purpose: 'commenting', value: NOTE, format: 'text/plain' },
      { type: 'TextualBody', purpose: 'assessing', value: 'misleading' },
      { type: 'SpecificResource', purpose: 'linking', source: 'https://example.org/harbour/annual-report' },
    ]);
    assert.deepEqual(a.creator, { type: 'Person', name: 'Ines' });
    assert.equal(a['ta:speaker'], 'Director Vance');
  });

  it('gives an orphaned tag only its quote selector', () => {
    const a = items.find((x) => x['ta:status'] === 'orphaned')!;
    assert.deepEqual(a.target.selector.map((s) => s.type), ['TextQuoteSelector']);
  });
});

describe('export: ClaimReview', () => {
  it('writes a ClaimReview for each tag with a verdict: claim, speaker, appearance, rating', () => {
    const data = JSON.parse(writeClaimReview(briefingCorpus().corpus));
    assert.equal(data['@context'], 'https://schema.org');
    assert.equal(data['@graph'].length, 1);
    assert.deepEqual(data['@graph'][0], {
      '@type': 'ClaimReview',
      identifier: 't-0000000c',
      claimReviewed: 'No, that is simply "wrong"',
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Director Vance' },
        datePublished: '2024-03-14',
        appearance: { '@type': 'CreativeWork', name: 'Harbour Authority Press Briefing', datePublished: '2024-03-14' },
        firstAppearance: { '@type': 'CreativeWork', name: 'Harbour Authority Press Briefing', datePublished: '2024-03-14' },
      },
      reviewRating: { '@type': 'Rating', alternateName: 'misleading', name: 'misleading', ratingValue: 2, bestRating: 5, worstRating: 1 },
      datePublished: '2024-03-15',
      author: { '@type': 'Person', name: 'Ines' },
      reviewBody: NOTE,
      citation: 'https://example.org/harbour/annual-report',
    });
  });
});

describe('export: ClaimReview for the search engines', () => {
  const publisher = { name: 'Harbour Watch', url: 'https://harbourwatch.example/checks/2024-briefing' };

  it('gives each review the url, publisher and rating name the search engines require', () => {
    const review = JSON.parse(writeClaimReview(briefingCorpus().corpus, publisher))['@graph'][0];
    assert.equal(review.url, 'https://harbourwatch.example/checks/2024-briefing#t-0000000c');
    assert.deepEqual(review.publisher, { '@type': 'Organization', name: 'Harbour Watch', url: 'https://harbourwatch.example/checks/2024-briefing' });
    assert.equal(review.claimReviewed, 'No, that is simply "wrong"');
    assert.equal(review.reviewRating.alternateName, 'misleading');
    assert.equal(review.reviewRating.name, 'misleading');
    assert.ok(review.itemReviewed.firstAppearance);
  });

  it('never points a reader at a file on this computer: a web source is the appearance, a file address is left out', () => {
    const text = BRIEFING.replace('Place: Port Ellis', 'Place: Port Ellis\nSource: https://harbour.example/briefings/14-march');
    const tags = briefingTags(text);
    const source = { ...briefingSource(), text, sidecar: { name: 'b.yaml', text: writeSidecar({ transcriptName: 'briefing.txt', text, tags }) } };
    const withWeb = JSON.parse(writeClaimReview(briefingCorpus({}, [source]).corpus))['@graph'][0];
    assert.equal(withWeb.itemReviewed.appearance.url, 'https://harbour.example/briefings/14-march');
    const withFile = writeClaimReview(briefingCorpus().corpus);
    assert.ok(!withFile.includes('file:'), withFile);
  });

  it('says in the summary what the settings must give when the url or publisher is missing', () => {
    const written = writeExport('claimreview', briefingCorpus().corpus, { bom: false, projectName: 'x' });
    assert.match(written.advice ?? '', /no `url` \(set transcript\.export\.publisher\.url/);
    assert.match(written.advice ?? '', /no publisher/);
    assert.equal(writeExport('claimreview', briefingCorpus().corpus, { bom: false, projectName: 'x', publisher }).advice, undefined);
  });
});

describe('export: W3C collection and purposes', () => {
  const collection = JSON.parse(writeW3c(briefingCorpus().corpus));

  it('defines `assessing` in the inline context, which the 2017 context lacks', () => {
    assert.equal(collection['@context'][1].assessing, 'http://www.w3.org/ns/oa#assessing');
    assert.ok(collection.first.items.some((a: { body: Array<{ purpose?: string }> }) => a.body.some((b) => b.purpose === 'assessing')));
  });

  it('gives its one page an IRI, names it as first and last, and links it to the collection', () => {
    assert.match(collection.first.id, /^urn:uuid:[0-9a-f-]{36}$/);
    assert.notEqual(collection.first.id, collection.id);
    assert.equal(collection.last, collection.first.id);
    assert.deepEqual(collection.first.partOf, { id: collection.id, label: 'Tagged claims', total: collection.total });
  });
});

describe('export: W3C links are only web addresses', () => {
  const withSource = (source: string) => {
    const tags = briefingTags().map((t) => (t.id === 't-0000000c' ? { ...t, source } : t));
    const collection = JSON.parse(writeW3c(briefingCorpus({}, [briefingSource(briefingSidecar(tags))]).corpus));
    return collection.first.items.find((a: { 'ta:tagId': string }) => a['ta:tagId'] === 't-0000000c') as { body: Array<Record<string, unknown>> };
  };

  for (const source of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', '//evil.example/x', 'see the annual report']) {
    it(`keeps a source of ${JSON.stringify(source)} as text in a comment body, never as a link`, () => {
      const a = withSource(source);
      assert.ok(!a.body.some((b) => b.purpose === 'linking'), JSON.stringify(a.body));
      assert.deepEqual(a.body.at(-1), { type: 'TextualBody', purpose: 'commenting', value: source, format: 'text/plain', 'ta:field': 'source' });
    });
  }

  it('reads a source kept as text back as the tag\'s source, not as part of its note', () => {
    const tags = briefingTags().map((t) => (t.id === 't-0000000c' ? { ...t, source: 'javascript:alert(1)' } : t));
    const exported = writeW3c(briefingCorpus({}, [briefingSource(briefingSidecar(tags))]).corpus);
    const read = readW3c(exported).annotations.find((a) => a.tag.id === 't-0000000c')!;
    assert.equal(read.tag.source, 'javascript:alert(1)');
    assert.equal(read.tag.note, NOTE);
  });
});

describe('export: ClaimReview is safe to embed in a web page', () => {
  const reviewWith = (fields: Partial<Tag>) => {
    const tags = briefingTags().map((t) => (t.id === 't-0000000c' ? { ...t, ...fields } : t));
    return writeClaimReview(briefingCorpus({}, [briefingSource(briefingSidecar(tags))]).corpus);
  };

  it('escapes <, > and & inside strings, so a note holding </script> cannot end the script element', () => {
    const text = reviewWith({ note: 'Ends here </script><script>alert(1)</script> & <!-- more' });
    assert.ok(!/[<>&]/.test(text), text);
    assert.match(text, /\\u003c\/script\\u003e/);
    assert.equal(JSON.parse(text)['@graph'][0].reviewBody, 'Ends here </script><script>alert(1)</script> & <!-- more', 'the data read back is unchanged');
  });

  it('cites only a web address: a javascript: or file: source is left out', () => {
    for (const source of ['javascript:alert(1)', 'file:///home/me/notes.txt', 'data:text/html,x']) {
      assert.equal(JSON.parse(reviewWith({ source }))['@graph'][0].citation, undefined, source);
    }
    assert.equal(JSON.parse(reviewWith({ source: 'https://example.org/report' }))['@graph'][0].citation, 'https://example.org/report');
  });

  it('gives the review a url only under a web publisher address', () => {
    const corpus = briefingCorpus().corpus;
    assert.equal(JSON.parse(writeClaimReview(corpus, { name: 'X', url: 'javascript:alert(1)' }))['@graph'][0].url, undefined);
    assert.equal(JSON.parse(writeClaimReview(corpus, { name: 'X', url: 'https://checks.example/a' }))['@graph'][0].url, 'https://checks.example/a#t-0000000c');
  });
});

describe('export: the summary', () => {
  const format = exportWriter('yaml')!;
  const corpus = briefingCorpus().corpus;
  const written = writeExport('yaml', corpus, { bom: false, projectName: 'x' });

  it('does not say tags were kept out when a codebook problem left none out', () => {
    const summary = exportSummary(format, corpus, written, 'tags.yaml', [{ file: '.transcripts/codebook.yaml', line: 4, severity: 'error', message: 'A category has no id.' }]);
    assert.doesNotMatch(summary, /kept tags out/);
    assert.match(summary, /1 problem to fix, none of which left a tag out/);
  });

  it('says tags were kept out when a problem did leave them out', () => {
    const summary = exportSummary(format, corpus, written, 'tags.yaml', [{ file: 'a.txt.annotations.yaml', severity: 'error', keptOut: true, message: 'The sidecar cannot be read.' }]);
    assert.match(summary, /1 problem kept tags out of the export/);
  });
});
