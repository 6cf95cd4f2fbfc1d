/**
 * The plain-text reader on text extracted from documents (PDF pages, Word
 * paragraphs): record headings, group labels after a time range, the
 * interviewer of a two-person dialogue, case captions and quotations. Every
 * text here is written for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readTranscript } from '../../src/core/formats';

/** The speakers of the labelled turns, in order. */
function speakers(text: string): (string | null)[] {
  return readTranscript(text).turns.filter((u) => u.speaker !== null).map((u) => u.speaker);
}

describe('record headings in capitals', () => {
  it('takes no heading in capitals for a speaker where the labels are `Hon. Name:` colons', () => {
    const text = [
      'THE RECORD', '', 'Tuesday, 3rd March 2026', 'THE RECORD', '', 'PRAYERS', '',
      'Hon. Chair: Order, Members. We begin with the notices.', '',
      'Hon. Ada Wren (Northfield, LP): I rise to give notice of a motion.', '',
      'Hon. Chair: Thank you. Next order.', '',
      'BILL', 'THE FISHERIES (AMENDMENT) BILL', '(Bill No.4 of 2025)', '',
      'Hon. Ben Stroud (Eastmoor, UP): I second the motion.', '',
      'BILL', 'THE WATER BILL', '(Bill deferred)', '',
      'Hon. Chair: The House stands adjourned.',
    ].join('\n');
    assert.deepEqual(speakers(text), ['Hon. Chair', 'Hon. Ada Wren', 'Hon. Chair', 'Hon. Ben Stroud', 'Hon. Chair']);
  });

  it('takes a capitals line followed by a bracketed note for a heading, even where capitals are the labels', () => {
    const text = ['PREGUNTA', '¿Cómo valora el acuerdo?', '', 'MINISTRA', 'Lo valoro bien.', '', 'ANEXO', '(Documento adjunto)', '', 'PREGUNTA', '¿Y los plazos?', '', 'MINISTRA', 'Se cumplirán.'].join('\n');
    assert.deepEqual(speakers(text), ['Pregunta', 'Ministra', 'Pregunta', 'Ministra']);
  });
});
