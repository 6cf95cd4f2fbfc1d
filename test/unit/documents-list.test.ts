import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentLabel } from '../../src/core/workspace/documents';

describe('documents in the Transcripts view', () => {
  it('lists a document its reader cannot read as such, with the reader\'s reason in the tooltip', () => {
    const entry = { key: 'file:///w/notice.pdf', path: 'hearings/notice.pdf', summary: { looksLikeTranscript: false, unreadable: 'broken' as const, problem: 'Cannot be read as a transcript: no text layer: run OCR first' } };
    const { label, description, tooltip } = documentLabel(entry);
    assert.equal(label, 'notice.pdf');
    assert.equal(description, 'cannot be read');
    assert.match(tooltip, /^notice\.pdf\nCannot be read as a transcript: no text layer: run OCR first\nhearings\/notice\.pdf$/);
  });
});
