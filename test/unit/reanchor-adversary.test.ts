/**
 * An adversary's edit scripts over the real transcripts of ../shared/corpus/real:
 * sentences swapped inside a paragraph, a sentence quoted again later, a
 * label changed at some turns only, list marks, lines wrapped again, page
 * headers every few lines, characters of no width and Unicode forms, each
 * with some of a re-scrape's changes (see adversaryEdit). No tag may land on
 * other words, and no tag whose words remain may be orphaned (an ordered
 * list's numbers put before paragraphs are layout, as bullets are: words cut
 * by a paragraph move with them between still compare alike). Skipped with a
 * message where the corpus is absent; the same over a folder of outside
 * transcripts when ANCHOR_OUTSIDE names one (see outsideFiles).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { adversaryEdit, describeFailure, outsideFiles, seedRange, tallyEdits } from './combinedEdits';

const REAL = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real');
const skip = existsSync(REAL) ? false : `the real transcripts are not here (${REAL} is absent)`;
/** Seeds per file (2, from 1); ANCHOR_SEEDS and ANCHOR_SEED_FROM change them. */
const SEEDS = seedRange(2);
const OUTSIDE = outsideFiles();

function run(folder: string, files: string[]) {
  const { counts, failures } = tallyEdits(folder, files, SEEDS, adversaryEdit);
  return { counts, failures: failures.map(describeFailure) };
}

describe("re-anchoring after an adversary's edits to real transcripts", () => {
  it('no tag on other words, and no false orphan', { skip }, () => {
    const files = skip ? [] : readdirSync(REAL).filter((f) => !/^(SOURCES|README)|\.json$/.test(f)).sort();
    const { counts, failures } = run(REAL, files);
    console.log(`adversary's edits (${files.length} files, seeds ${SEEDS.join('-')}): ${JSON.stringify(counts)}`);
    assert.deepEqual(failures, []);
  });

  it('the same over the outside transcripts of ANCHOR_OUTSIDE', { skip: OUTSIDE ? false : 'ANCHOR_OUTSIDE names no folder of outside transcripts' }, () => {
    const { folder, names, half } = OUTSIDE!;
    const { counts, failures } = run(folder, names);
    console.log(`adversary's edits, outside (${half}, ${names.length} files, seeds ${SEEDS.join('-')}): ${JSON.stringify(counts)}`);
    assert.deepEqual(failures, []);
  });
});
