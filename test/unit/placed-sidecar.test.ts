/**
 * Reading a sidecar and placing its tags through the file seam: the same code
 * serves the editor and the command line, so it is specified here over the
 * in-memory host.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contextAround, MAX_SIDECAR_BYTES, writeSidecar, type Tag } from '../../src/core/annotations';
import { readPlaced, readSidecarText } from '../../src/core/annotations/placedSidecar';
import { MemoryFiles } from './memoryFiles';

const TEXT = 'MODERATOR: Next question.\nREPORTER: Did exports rise last year?\nMINISTER: Exports rose by four per cent last year.\n';

function tagOn(text: string, words: string, id: string): Tag {
  const start = text.indexOf(words);
  const end = start + words.length;
  return { id, category: 'factual-claim', quote: words, start, end, ...contextAround(text, start, end), speaker: 'MINISTER', section: null, created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', status: 'anchored' };
}

const SIDECAR = '/desk/briefing.txt.annotations.yaml';
const sidecarText = writeSidecar({ transcriptName: 'briefing.txt', text: TEXT, tags: [tagOn(TEXT, 'Exports rose by four per cent', 't-00000001')] });

describe('readPlaced: a sidecar read through the file seam and its tags placed', () => {
  it('says missing when the transcript has no sidecar yet, without asking for the text', async () => {
    let asked = false;
    const placed = await readPlaced(new MemoryFiles(), SIDECAR, async () => ((asked = true), TEXT));
    assert.equal(placed.kind, 'missing');
    assert.equal(asked, false);
  });

  it('places the tags in the text as it is now', async () => {
    const edited = 'PRESS OFFICER: Good morning.\n' + TEXT;
    const placed = await readPlaced(new MemoryFiles({ [SIDECAR]: sidecarText }), SIDECAR, async () => edited);
    assert.equal(placed.kind, 'ok');
    assert.ok(placed.kind === 'ok');
    assert.equal(placed.tags.length, 1);
    assert.equal(edited.slice(placed.tags[0]!.start, placed.tags[0]!.end), 'Exports rose by four per cent');
    assert.equal(placed.refound, true);
    assert.equal(placed.onDisk, sidecarText);
  });

  it('keeps a sidecar with conflict markers unread, and says so', async () => {
    const conflicted = `<<<<<<< ours\n${sidecarText}=======\n${sidecarText}>>>>>>> theirs\n`;
    const placed = await readPlaced(new MemoryFiles({ [SIDECAR]: conflicted }), SIDECAR, async () => TEXT);
    assert.equal(placed.kind, 'unreadable');
    assert.ok(placed.kind === 'unreadable' && placed.conflict);
  });

  it('refuses a sidecar over the size limit, or a folder in its place, by its size alone', async () => {
    const files = new MemoryFiles();
    await files.makeFolder(SIDECAR);
    const folder = await readPlaced(files, SIDECAR, async () => TEXT);
    assert.equal(folder.kind, 'unreadable');
    const huge = new MemoryFiles({ [SIDECAR]: new Uint8Array(MAX_SIDECAR_BYTES + 1) });
    const big = await readPlaced(huge, SIDECAR, async () => TEXT);
    assert.equal(big.kind, 'unreadable');
    assert.match(big.kind === 'unreadable' ? big.problems[0]!.message : '', /large|limit|MB/i);
  });

  it('reports a sidecar that is not text as a failed read, naming the file', async () => {
    const placed = await readPlaced(new MemoryFiles({ [SIDECAR]: new Uint8Array([0, 1, 2, 0, 0, 0, 0, 0]) }), SIDECAR, async () => TEXT);
    assert.equal(placed.kind, 'failed');
    assert.match(placed.kind === 'failed' ? (placed.error as Error).message : '', /briefing\.txt\.annotations\.yaml: not a text file/);
  });

  it('passes on why a sidecar could not be read, as the host said it', async () => {
    const files = new MemoryFiles({ [SIDECAR]: sidecarText });
    files.readBytes = async () => {
      throw new Error('permission denied');
    };
    await assert.rejects(readSidecarText(files, SIDECAR), /^Error: permission denied$/);
    const placed = await readPlaced(files, SIDECAR, async () => TEXT);
    assert.equal(placed.kind, 'failed');
  });
});
