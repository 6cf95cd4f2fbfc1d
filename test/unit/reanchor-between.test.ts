/**
 * Changed words found between their two sides: both sides still stand whole,
 * a little apart, and what stands between them is at least 80 % like the
 * words. The cases the combined-edit property runs found, in words of our
 * own: a header that lost its first sentence, at the start of the text, and
 * a closing passage split by a page mark moved into it, at the end.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reanchorTags } from '../../src/core/annotations';
import { recordOn } from './tagRecords';

describe('re-anchoring changed words between their two sides', () => {
  it('a header tag that lost its first sentence is found between the start of the text and its side after', () => {
    const before = '---\ntitle: Harbour levy hearing\nnotes_by: the clerk via minutes.portauthority.example\nsource: https://video.example/watch?v=k3J9\ntags:\n  - levy\n  - harbour\n  - hearings\n  - budget 2024\nspeakers:\n  - Ana Ruiz\n  - Tomas Berg\ndate: 2023-07-10\n---\nAna Ruiz 00:00:05\n\nWelcome to the hearing on the harbour levy, everyone.';
    const quote = 'notes_by: the clerk via minutes.portauthority.example\nsource: https://video.example/watch?v=k3J9\ntags:\n  - levy\n  - harbour\n  - hearings\n  - budget 2024\nspeakers:\n  - Ana Ruiz\n  - Tomas Berg\ndate: 2023-07-10\n---\nAna Ruiz';
    // The first line read as a sentence and dropped (“notes_by: the clerk via minutes.”), a letter changed in the rest.
    const after = before.replace('notes_by: the clerk via minutes.', '').replace('portauthority', 'portauthorty');
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.equal(tag!.status, 'moved', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), 'portauthorty.example\nsource: https://video.example/watch?v=k3J9\ntags:\n  - levy\n  - harbour\n  - hearings\n  - budget 2024\nspeakers:\n  - Ana Ruiz\n  - Tomas Berg\ndate: 2023-07-10\n---\nAna Ruiz');
  });

  it('a closing passage with a page mark moved into it is found between its side before and the end of the text', () => {
    const before = '  Mr. ADEYEMI. I ask that the report of the harbour committee be printed in the Record.\n  The PRESIDING OFFICER. Without objection, it is so ordered.\n\n                    ____________________\n\n\n</pre></body>\n</html>';
    const quote = 'PRESIDING OFFICER. Without objection, it is so ordered.\n\n                    ____________________\n\n\n</pre';
    const after = before.replace('____________________\n\n\n</pre', '____________________\n\n[[Page H4410]]\n\n\n</pre');
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.equal(tag!.status, 'moved', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), 'PRESIDING OFFICER. Without objection, it is so ordered.\n\n                    ____________________\n\n[[Page H4410]]\n\n\n</pre');
  });
  it('words that lost a turn’s label, its time and one short word, four words in five still standing in order between both whole sides, are found there', () => {
    const before = 'Harbour podcast, episode 12.\n[Speaker 1] [05:32] The wheels came off the trolley, and then, Maria, did you see how the old ramp bent under the weight? Did it\n[Speaker 2] [05:41] Sure? Sure. That was quite the morning.\n[Speaker 1] [05:44] It was. We had to call the harbour office twice.';
    const quote = 'did you see how the old ramp bent under the weight? Did it\n[Speaker 2] [05:41] Sure? Sure. That was quite the';
    // The re-scrape dropped “[Speaker 2] [05:41] Sure?” as one sentence: a fifth of the characters, four words of twenty-one.
    const after = before.replace('[Speaker 2] [05:41] Sure? ', ' ');
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.equal(tag!.status, 'moved', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), 'did you see how the old ramp bent under the weight? Did it\n Sure. That was quite the');
  });

  it('words with a line of page furniture put among them and a number written in figures, four words in five still in order between both whole sides, are found there though their characters grew by more than a fifth', () => {
    const before = 'Clerk: The minutes were read and approved.\n\nChair: So the first item is the ferry. It runs at six on weekdays, and at ten and at two on a day off, so we go in a van to the pier. Any questions?\n\nMember: Thank you, Chair, that is clear.\n';
    const quote = 'ferry. It runs at six on weekdays, and at ten and at two on a day off, so we go in a van to the pier.';
    // The new scrape put the site's header line among the words and wrote a number in figures (six as 6).
    const after = before.replace('ferry. It runs at six on weekdays,', 'ferry.\nHarbour council record — page 2\nIt runs at 6 on weekdays,');
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.equal(tag!.status, 'moved', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), 'ferry.\nHarbour council record — page 2\nIt runs at 6 on weekdays, and at ten and at two on a day off, so we go in a van to the pier.');
  });
});
