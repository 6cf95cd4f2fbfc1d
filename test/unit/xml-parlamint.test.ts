/**
 * ParlaMint TEI records as the national corpora write them: speaker ids with
 * a year of birth, labels numbered by the agenda, sittings without a
 * sub-title. Found by reading held-out real records; the fixtures here are
 * our own words in the same shape.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../src/core/formats';
import type { Transcript } from '../../src/core/transcript/model';

const read = (xml: string) => readDocument(new TextEncoder().encode(xml), { fileName: 'sitting.xml' });
const speakers = (t: Transcript) => t.turns.map((u) => u.speaker);

const tei = (header: string, body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="nl"><teiHeader><fileDesc>${header}</fileDesc></teiHeader>
<text><body><div type="debateSection">${body}</div></body></text></TEI>`;

describe('ParlaMint TEI: speakers', () => {
  it('names a speaker known only by an id ending in a year of birth without the year', async () => {
    const { transcript } = await read(tei('<titleStmt><title>Sitting</title></titleStmt>', `
<u who="#NovákJan.1961" ana="#chair"><seg>The sitting is open.</seg></u>
<u who="#LindEva.1984" ana="#regular"><seg>Thank you, chair.</seg></u>`));
    assert.deepEqual(speakers(transcript), ['Novák Jan', 'Lind Eva']);
  });

  it('leaves out the agenda number printed before a label', async () => {
    const { transcript } = await read(tei('<titleStmt><title>Sitting</title></titleStmt>', `
<note type="speaker">03.01 Eva Lind (XY):</note>
<u who="#LindEva" ana="#regular"><seg>My question is short.</seg></u>
<note type="speaker">03.02 Minister Jan Novák:</note>
<u who="#NovákJan" ana="#regular"><seg>So is my answer.</seg></u>`));
    assert.deepEqual(speakers(transcript), ['Eva Lind', 'Minister Jan Novák']);
  });

  it('keeps a label that only starts with a number', async () => {
    const { transcript } = await read(tei('<titleStmt><title>Sitting</title></titleStmt>', `
<note type="speaker">2. Vizepräsidentin Eva Lind:</note>
<u who="#LindEva" ana="#chair"><seg>Bitte.</seg></u>`));
    assert.deepEqual(speakers(transcript), ['2. Vizepräsidentin Eva Lind']);
  });
});
