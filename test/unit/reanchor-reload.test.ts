/**
 * The live path over real transcripts: a transcript open with no unsaved
 * changes is scraped again on disk (the harder re-scrape's changes, several
 * at once), and VS Code replaces the lines that differ in one change (see
 * reloadChange). The editor's tags follow that change as they follow typing,
 * and are judged against where their characters went, as the sidecar's are:
 * no tag on other words, and no tag orphaned whose words remain. Over
 * ../shared/corpus/real (skipped with a message where it is absent), and over
 * a folder of outside transcripts when ANCHOR_OUTSIDE names one.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { describeFailure, onReload, outsideFiles, rescrapeEdit, seedRange, tallyEdits } from './combinedEdits';
import { contextAround, reanchorTags, type Tag } from '../../src/core/annotations';

const REAL = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real');
const skip = existsSync(REAL) ? false : `the real transcripts are not here (${REAL} is absent)`;
/** Seeds per file (2, from 1); ANCHOR_SEEDS and ANCHOR_SEED_FROM change them. */
const SEEDS = seedRange(2);
const OUTSIDE = outsideFiles();

function run(folder: string, files: string[]) {
  const { counts, failures } = tallyEdits(folder, files, SEEDS, rescrapeEdit, onReload);
  return { counts, failures: failures.map(describeFailure) };
}

describe('re-anchoring while open: a re-scrape saved over a transcript with no unsaved changes', () => {
  it('a tag on the first line that changed, a letter of it changed too, is found with its side before among the lines kept', () => {
    const before = 'Title: Evening hearing on the ferry\nPlace: the town hall of\nHarwich, Essex, on the first Monday in May\n\nChair: We begin with the timetable.\n\nMember: Thank you, Chair.';
    const after = before.replace('Harwich,', 'Harwick,').replace('Thank you, Chair.', 'Thank you, Madam Chair.');
    const at = before.indexOf('Harwich,');
    const tag: Tag = { id: 't-1', category: 'c', quote: 'Harwich,', start: at, end: at + 8, ...contextAround(before, at, at + 8), speaker: null, section: null, created: 'x', modified: 'x', status: 'anchored' };
    // VS Code replaces the lines from the third to the last in one change: the tag's side before is in the two kept.
    const [found] = onReload([tag], [], before, after);
    assert.equal(found!.status, 'moved', found!.anchorNote);
    assert.equal(after.slice(found!.start, found!.end), 'Harwick,');
    assert.match(found!.anchorNote!, /at line 3\./);
  });

  it('a new version that is the old one edited with a copy of it after a line of page furniture, VS Code keeping the copy’s last lines as the old ones: a long tag from the changed lines into the kept ones waits with both places, as it does read from the sidecar', () => {
    // One block of lines, no blank line between them, as a talk written down line by line.
    const lines = ['Speaker: Good evening, and thank you all for coming out on such a cold night to the hall.', 'We are here to talk about the ferry, which has served this island for more than forty years.', 'The board met last week with the crews and with the harbour master to go over the winter rosters.', 'Two of the crews are in training until the spring, so the boats will leave less often for a while.', 'Students keep their discount at the harbour office. Season tickets stay valid until they run out. The night boat keeps its times.', 'We looked at hiring crews from the mainland, but the agency could not promise anyone before the new year.', 'The first boat of the morning still leaves at six, and the last one comes back just before midnight.', 'Thank you again, and now I will take your questions one at a time, starting at the back of the hall.'];
    const before = lines.join('\n') + '\n';
    // The new version: a letter of the first line changed and a sentence deleted from the fifth, then a line of page
    // furniture and a copy of the old lines, harbour spelt harbor all through. Its last lines are the old ones from
    // the sixth on: VS Code keeps them and replaces the rest.
    const edited = [lines[0]!.replace('cold', 'cald'), ...lines.slice(1, 4), lines[4]!.replace(' Season tickets stay valid until they run out.', ''), ...lines.slice(5)];
    const after = ([...edited, '', 'Advertisement: continue reading below', '', ...lines].join('\n') + '\n').replaceAll('harbour', 'harbor');
    const tagOn = (id: string, from: number, to: number): Tag => ({ id, category: 'c', quote: before.slice(from, to), start: from, end: to, ...contextAround(before, from, to), speaker: null, section: null, created: 'x', modified: 'x', status: 'anchored' });
    const from = before.indexOf('so the boats will leave');
    const to = before.indexOf('comes back just before midnight') + 'comes back just before midnight'.length;
    const tags = [tagOn('t-1', before.indexOf('served this island'), before.indexOf('served this island') + 18), tagOn('t-2', before.indexOf('winter rosters'), before.indexOf('winter rosters') + 14), tagOn('t-3', from, to)];
    const found = onReload(tags, [], before, after).find((t) => t.id === 't-3')!;
    assert.equal(found.status, 'orphaned', `left on “${after.slice(found.start, found.start + 40)}…” at ${found.start}`);
    const [fromSidecar] = reanchorTags(tags.map((t) => ({ ...t })), after).filter((t) => t.id === 't-3');
    assert.deepEqual(found.candidates?.map((c) => c.start), fromSidecar!.candidates?.map((c) => c.start));
    assert.deepEqual(found.candidates?.map((c) => c.start), [after.indexOf('so the boats will leave'), after.lastIndexOf('so the boats will leave')]);
  });

  it('a paragraph put in again further on by the new version, a tag on the lines kept waits with both places, as it does read from the sidecar', () => {
    const report = 'Harbour master: The ferry timetable changes on Monday. Boats will leave every forty minutes instead of every half hour, because two of the crews are in training until the autumn.';
    const before = ['Chair: We begin with the ferry.', report, 'Member: Thank you, Chair.'].join('\n\n') + '\n';
    const after = ['Chair: We begin with the ferry.', report, 'Member: Thank you, Chair.', report].join('\n\n') + '\n';
    const at = before.indexOf('every forty minutes');
    const tag: Tag = { id: 't-1', category: 'c', quote: 'every forty minutes', start: at, end: at + 19, ...contextAround(before, at, at + 19), speaker: null, section: null, created: 'x', modified: 'x', status: 'anchored' };
    // VS Code keeps the lines both versions share and puts the rest in as one change: the copy at the end.
    const [found] = onReload([tag], [], before, after);
    assert.equal(found!.status, 'orphaned', `left on “${after.slice(found!.start, found!.end)}” at ${found!.start}`);
    assert.deepEqual(found!.candidates?.map((c) => c.start), [at, after.lastIndexOf('every forty minutes')]);
    // The same tag read from the sidecar: its words fit both places equally well.
    const [fromSidecar] = reanchorTags([{ ...tag }], after);
    assert.deepEqual(fromSidecar!.candidates?.map((c) => c.start), found!.candidates?.map((c) => c.start));
  });

  it('a new version that replaced the middle lines of a long tag with other words: the tag is not left covering them, it is judged as the sidecar judges it', () => {
    const report = ['Harbour master: The ferry timetable changes on Monday. Boats will leave', 'every forty minutes instead of every half hour, because two of the crews', 'are in training until the autumn, and the third boat is in dry dock.', 'We expect the usual service back by the first week of October.'];
    const before = ['Chair: We begin with the harbour report.', '', ...report, '', 'Member: Thank you.'].join('\n') + '\n';
    // The re-scrape put a member's question where the middle of the report stood (VS Code replaces those two lines only).
    const after = before.replace(`${report[1]}\n${report[2]}`, 'Member: Will the night boat still run on Fridays, and who pays\nfor the extra fuel while the crews are away on their course?');
    const from = before.indexOf('The ferry timetable');
    const to = before.indexOf('of October.') + 'of October.'.length;
    const tag: Tag = { id: 't-1', category: 'c', quote: before.slice(from, to), start: from, end: to, ...contextAround(before, from, to), speaker: null, section: null, created: 'x', modified: 'x', status: 'anchored' };
    const [found] = onReload([tag], [], before, after);
    assert.equal(found!.status, 'orphaned', `left on “${after.slice(found!.start, found!.end)}”`);
    const [fromSidecar] = reanchorTags([{ ...tag }], after);
    assert.equal(fromSidecar!.status, found!.status);
    // A letter fixed inside the same tag is still an edit inside its words: the tag stays on them.
    const fixed = before.replace('in dry dock', 'in drydock');
    const [kept] = onReload([{ ...tag }], [], before, fixed);
    assert.notEqual(kept!.status, 'orphaned', kept!.anchorNote);
    assert.equal(fixed.slice(kept!.start, kept!.end), fixed.slice(from, to - 1));
  });

  it('a new version that put a copy of a tag’s first paragraph before it and edited the rest: the tag is not left on the copy, it is judged as the sidecar judges it', () => {
    const first = 'Harbour master: The ferry timetable changes on Monday, and boats will leave every forty minutes.';
    const second = 'Two of the crews are in training until the autumn. The third boat is in dry dock until the end of September. We expect the usual service back by the first week of October, weather permitting.';
    const before = ['Chair: We begin with the harbour report.', first, second, 'Member: Thank you.'].join('\n\n') + '\n';
    // The copy of the first paragraph stands where it stood, so VS Code keeps its lines: the change starts in the tag.
    const after = ['Chair: We begin with the harbour report.', first, first, second.replace(' The third boat is in dry dock until the end of September.', ''), 'Member: Thank you.'].join('\n\n') + '\n';
    const from = before.indexOf('The ferry timetable');
    const to = before.indexOf('first week of October') + 'first week of October'.length;
    const tag: Tag = { id: 't-1', category: 'c', quote: before.slice(from, to), start: from, end: to, ...contextAround(before, from, to), speaker: null, section: null, created: 'x', modified: 'x', status: 'anchored' };
    const [found] = onReload([tag], [], before, after);
    const [fromSidecar] = reanchorTags([{ ...tag }], after);
    assert.notDeepEqual([found!.status, found!.start, found!.end], ['anchored', from, after.indexOf(first, from) - 2]);
    assert.deepEqual([found!.status, found!.start, found!.end, found!.candidates], [fromSidecar!.status, fromSidecar!.start, fromSidecar!.end, fromSidecar!.candidates]);
  });

  it('a tag inside that first paragraph, on the lines kept, its words in the new lines too: it waits as the sidecar’s way has it wait, beside the long tag', () => {
    const first = 'Harbour master: The ferry timetable changes on Monday, and boats will leave every forty minutes.';
    const second = 'Two of the crews are in training until the autumn. The third boat is in dry dock until the end of September. We expect the usual service back by the first week of October, weather permitting.';
    const before = ['Chair: We begin with the harbour report.', first, second, 'Member: Thank you.'].join('\n\n') + '\n';
    const after = ['Chair: We begin with the harbour report.', first, first, second.replace(' The third boat is in dry dock until the end of September.', ''), 'Member: Thank you.'].join('\n\n') + '\n';
    const make = (id: string, from: number, to: number): Tag => ({ id, category: 'c', quote: before.slice(from, to), start: from, end: to, ...contextAround(before, from, to), speaker: null, section: null, created: 'x', modified: 'x', status: 'anchored' });
    const from = before.indexOf('The ferry timetable');
    const tags = [make('t-1', from, before.indexOf('first week of October') + 'first week of October'.length), make('t-2', from, from + 'The ferry timetable'.length)];
    const live = onReload(tags, [], before, after);
    const fromSidecar = reanchorTags(tags.map((t) => ({ ...t })), after);
    const inner = fromSidecar.find((t) => t.id === 't-2')!;
    assert.equal(inner.status, 'orphaned', inner.anchorNote);
    const found = live.find((t) => t.id === 't-2')!;
    assert.equal(found.status, 'orphaned', `left on “${after.slice(found.start, found.end)}” at ${found.start}`);
    assert.deepEqual(found.candidates, inner.candidates);
  });

  it('no tag on other words, and no false orphan', { skip }, () => {
    const files = skip ? [] : readdirSync(REAL).filter((f) => !/^(SOURCES|README)|\.json$/.test(f)).sort();
    const { counts, failures } = run(REAL, files);
    console.log(`reloaded after a re-scrape (${files.length} files, seeds ${SEEDS.join('-')}): ${JSON.stringify(counts)}`);
    assert.deepEqual(failures, []);
  });

  it('the same over the outside transcripts of ANCHOR_OUTSIDE', { skip: OUTSIDE ? false : 'ANCHOR_OUTSIDE names no folder of outside transcripts' }, () => {
    const { folder, names, half } = OUTSIDE!;
    const { counts, failures } = run(folder, names);
    console.log(`reloaded after a re-scrape, outside (${half}, ${names.length} files, seeds ${SEEDS.join('-')}): ${JSON.stringify(counts)}`);
    assert.deepEqual(failures, []);
  });
});
