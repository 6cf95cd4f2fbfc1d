/**
 * Teams' meeting transcript as Word gives it: cues without a WebVTT header,
 * each a timing line with one-digit fields (`0:0:3.450 --> 0:0:8.120`), the
 * speaker's name alone on the next line, then the words. The words are ours.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { readDocument, readTranscript } from '../../src/core/formats';

const CUES: Array<[string, string, string]> = [
  ['0:0:0.0 --> 0:0:2.850', 'Okafor, Ines', 'Good morning, shall we start with the library budget?'],
  ['0:0:3.100 --> 0:0:7.420', 'Piet Mol', 'Yes. The reading room is funded, the archive is not.'],
  ['0:0:7.500 --> 0:0:9.10', 'Okafor, Ines', 'What would the archive need?'],
  ['0:0:9.200 --> 0:0:13.0', 'Piet Mol', 'About forty thousand for shelving and a scanner.'],
  ['0:0:13.100 --> 0:0:15.600', 'Piet Mol', 'We could ask the county for half.'],
];

describe("Teams' transcript as Word gives it", () => {
  it('reads the cues of the text, the line after each timing line as the speaker, with the times', () => {
    const text = CUES.map((c) => c.join('\n')).join('\n');
    const t = readTranscript(text, { fileName: 'meeting-transcript.txt' });
    assert.deepEqual(t.turns.map((u) => [u.speaker, u.time]), [
      ['Okafor, Ines', 0],
      ['Piet Mol', 3.1],
      ['Okafor, Ines', 7.5],
      ['Piet Mol', 9.2],
    ]);
    assert.equal(text.slice(t.turns[1]!.textStart, t.turns[1]!.end), `${CUES[1]![2]}`);
    assert.equal(t.turns[1]!.segments.length, 1);
    assert.equal(t.turns[3]!.segments.length, 2);
  });

  it('reads the same from a .docx whose paragraphs hold the cues line by line', async () => {
    const doc = new Document({
      sections: [{ children: CUES.map(([timing, name, words]) => new Paragraph({ children: [new TextRun(timing), new TextRun({ text: name, break: 1 }), new TextRun({ text: words, break: 1 })] })) }],
    });
    const r = await readDocument(new Uint8Array(await Packer.toBuffer(doc)), { fileName: 'meeting-transcript.docx' });
    assert.equal(r.transcript.format, 'docx');
    assert.deepEqual(r.transcript.turns.map((u) => u.speaker), ['Okafor, Ines', 'Piet Mol', 'Okafor, Ines', 'Piet Mol']);
    assert.equal(r.transcript.turns[2]!.time, 7.5);
  });

  it('leaves captions whose first lines are words, not names, without speakers', () => {
    const text = [
      '0:0:1.0 --> 0:0:3.0', 'The archive needs shelving', 'and a new scanner.',
      '0:0:3.0 --> 0:0:5.0', 'We will ask the county', 'for half of the cost.',
      '0:0:5.0 --> 0:0:7.0', 'The reading room', 'opens in the spring.',
    ].join('\n');
    assert.ok(readTranscript(text, { fileName: 'captions.txt' }).turns.every((u) => u.speaker === null));
  });
});
