import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { writeSidecar } from '../../src/core/annotations/sidecar';
import { readTranscript } from '../../src/core/formats';
import { convertedName, writeTranscriptText } from '../../src/core/formats/convert';
import { ExtractedText, readExtracted } from '../../src/core/formats/documents/extracted';
import { findPlaceMarkers, placeMarker } from '../../src/core/formats/placeMarkers';
import { writeCsv } from '../../src/core/export/csv';
import { gatherCorpus } from '../../src/core/export/gather';
import { writeW3c } from '../../src/core/export/w3c';
import { writeProject } from '../../src/core/export/refiQda';
import { CATEGORIES, CREATED, readCsv, tagOn } from './exportFixtures';

/** A two-page hearing as a PDF reader would extract it: each line with its page and line. */
function hearing() {
  const x = new ExtractedText();
  const lines: Array<[number, number, string]> = [
    [1, 1, 'Committee on Roads, public hearing'],
    [1, 3, 'CHAIR: The committee will come to order.'],
    [1, 4, 'WITNESS: We resurfaced ninety miles of road in one year.'],
    [2, 1, 'CHAIR: Ninety miles?'],
    [2, 2, 'WITNESS: Ninety, and the cost fell by a third.'],
  ];
  let page = 0;
  for (const [p, l, words] of lines) {
    if (p !== page && page) x.newline(true);
    else if (page) x.newline();
    page = p;
    x.add(words, { ref: `${p}:${l}`, page: p, line: l });
  }
  return readExtracted(x, 'pdf', { fileName: 'roads-hearing.pdf' });
}

describe('documents: place markers in a converted file', () => {
  it('writes the original in front matter and each turn\'s place before it', () => {
    const { text, transcript } = hearing();
    const written = writeTranscriptText(transcript, text);
    assert.match(written, /^---\nsource: roads-hearing\.pdf\n---\n/);
    assert.match(written, /^⟦1:4⟧ Witness: We resurfaced ninety miles of road in one year\.$/m);
    assert.match(written, /^⟦2:2⟧ Witness: Ninety, and the cost fell by a third\.$/m);
  });

  it('reads the markers back as places, never as words or speakers', () => {
    const { text, transcript } = hearing();
    const written = writeTranscriptText(transcript, text);
    const again = readTranscript(written, { fileName: 'roads-hearing.transcript' });
    assert.deepEqual(again.turns.map((t) => t.speaker), transcript.turns.map((t) => t.speaker));
    const words = again.turns.map((t) => t.segments.map((s) => written.slice(s.start, s.end)).join(' '));
    assert.ok(words.every((w) => !w.includes('⟦')), words.join(' | '));
    assert.equal(again.origin?.fileName, 'roads-hearing.pdf');
    assert.equal(again.origin?.kind, 'pdf');
    assert.deepEqual(again.origin?.places.map((p) => p.ref), ['1:3', '1:4', '2:1', '2:2']);
  });

  it('keeps the same text with its markers when converted again', () => {
    const { text, transcript } = hearing();
    const once = writeTranscriptText(transcript, text);
    assert.equal(writeTranscriptText(readTranscript(once), once), once);
  });

  it('leaves a line that only starts with the bracket as words', () => {
    assert.equal(findPlaceMarkers('⟦ not closed\nA: words\n'), undefined);
    assert.equal(findPlaceMarkers('A: words ⟦1:2⟧ inside a line\n'), undefined);
  });

  it('drops brackets and line breaks from a citation it writes', () => {
    assert.equal(placeMarker('12:3'), '⟦12:3⟧ ');
    assert.equal(placeMarker('a⟧b\nc'), '⟦a b c⟧ ');
    assert.equal(placeMarker(''), '');
  });

  it('names the converted file after the document', () => {
    assert.equal(convertedName('hearings/roads.pdf'), 'hearings/roads.transcript');
    assert.equal(convertedName('minutes.docx'), 'minutes.transcript');
  });
});

describe('documents: exports cite the place in the original', () => {
  function corpus() {
    const { text, transcript } = hearing();
    const tags = [tagOn(text, 'ninety miles of road', 't-00000001', 'statistic'), tagOn(text, 'the cost fell by a third', 't-00000002', 'factual-claim')];
    const sidecar = writeSidecar({ transcriptName: 'roads-hearing.pdf', text, tags });
    const source = { path: 'roads-hearing.pdf', uri: 'file:///corpus/roads-hearing.pdf', text, transcript, sidecar: { name: 'roads-hearing.pdf.annotations.yaml', text: sidecar } };
    return gatherCorpus([source], CATEGORIES, { orphans: 'skip', created: CREATED, origin: 'test' }).corpus;
  }

  it('gives each tag the page and line its words start on', () => {
    const tags = corpus().documents[0]!.tags;
    assert.deepEqual(tags.map((t) => [t.place, t.page]), [['1:4', 1], ['2:2', 2]]);
  });

  it('writes the place in a CSV column', () => {
    const rows = readCsv(writeCsv(corpus(), { bom: false }));
    const place = rows[0]!.indexOf('place');
    assert.ok(place >= 0);
    assert.deepEqual(rows.slice(1).map((r) => r[place]), ['1:4', '2:2']);
  });

  it('targets the PDF page with a fragment selector beside the quote', () => {
    const w3c = JSON.parse(writeW3c(corpus())) as { first: { items: Array<{ target: { source: string; selector: Array<Record<string, unknown>> }; 'ta:place': string }> } };
    const first = w3c.first.items[0]!;
    assert.equal(first.target.source, 'file:///corpus/roads-hearing.pdf');
    assert.deepEqual(first.target.selector.find((s) => s.type === 'FragmentSelector'), { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: 'page=1' });
    assert.equal(first.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact, 'ninety miles of road');
    assert.equal(first['ta:place'], '1:4');
  });

  it('describes the coded passage with its place in a REFI-QDA project', () => {
    const xml = writeProject(corpus(), 'Roads').qde;
    assert.match(xml, /<Description>Witness, [^<]*place 1:4<\/Description>/);
  });
});
