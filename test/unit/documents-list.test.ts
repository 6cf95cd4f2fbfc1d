import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentLabel, documentTooltip, summarizeHead, type DocumentEntry } from '../../src/core/workspace/documents';

/** A document as the list shows it: its label and description, and the tooltip a hover asks for. */
const shown = (entry: DocumentEntry) => ({ ...documentLabel(entry), tooltip: documentTooltip(entry) });

describe('documents in the Transcripts view', () => {
  it('lists a document its reader cannot read as such, with the reader\'s reason in the tooltip', () => {
    const entry = { key: 'file:///w/notice.pdf', path: 'hearings/notice.pdf', summary: { looksLikeTranscript: false, unreadable: 'broken' as const, problem: 'Cannot be read as a transcript: no text layer: run OCR first' } };
    const { label, description, tooltip } = shown(entry);
    assert.equal(label, 'notice.pdf');
    assert.equal(description, 'cannot be read');
    assert.match(tooltip, /^notice\.pdf\nCannot be read as a transcript: no text layer: run OCR first\nhearings\/notice\.pdf$/);
  });

  it('shows the date and title that are known, and says where each came from', () => {
    const summary = summarizeHead('Harbour Board Briefing\nMarch 4, 2025\n\nCHAIR: We begin.\nQ: Why now?\nCHAIR: Because.\n');
    const { description, tooltip } = shown({ key: 'file:///w/b.txt', path: 'b.txt', summary });
    assert.match(description, /^2025-03-04/);
    assert.equal(tooltip, 'Harbour Board Briefing\nTitle from the header\nDate: 2025-03-04 (from the header)\nb.txt');
  });

  it('says so when no date was found, instead of leaving the reader to guess', () => {
    const { tooltip } = shown({ key: 'file:///w/notes.txt', path: 'notes.txt', summary: { title: 'Notes' } });
    assert.equal(tooltip, 'Notes\nDate: none found\nnotes.txt');
  });

  it('counts tags in the description and the tooltip, and says nothing of tags for a document that has none, read or not yet read', () => {
    const summary = { title: 'Ferry Briefing', date: '2025-05-06' };
    const tagged = shown({ key: 'file:///w/f.txt', path: 'f.txt', summary, tagCount: 3 });
    assert.equal(tagged.description, '2025-05-06 · 3 tags');
    assert.match(tagged.tooltip, /\nTags: 3\n/);
    const none = shown({ key: 'file:///w/f.txt', path: 'f.txt', summary, tagCount: 0 });
    const unread = shown({ key: 'file:///w/f.txt', path: 'f.txt', summary });
    assert.deepEqual(none, unread);
    assert.doesNotMatch(none.tooltip, /Tags/);
  });
});
