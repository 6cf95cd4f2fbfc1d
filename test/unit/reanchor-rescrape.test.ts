/**
 * A harder re-scrape of the real transcripts of ../shared/corpus/real (the
 * files tuned on): besides the changes of the combined edit, a speaker
 * renamed everywhere, timestamps written another way, paragraphs split,
 * white space collapsed, HTML entities, and a paragraph copied elsewhere
 * before its original is edited. No tag may land on other words, not even on
 * the copy when it holds the tag's exact words with both of its whole sides
 * and the original lost them (the original's surroundings, left behind where
 * the tags around it are, tell a copy from a move). No tag whose words remain
 * is orphaned (a timestamp that lost its hours of zero is the same timestamp).
 * Skipped with a message where the corpus is absent; the same over a folder
 * of outside transcripts when ANCHOR_OUTSIDE names one (see outsideFiles).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { describeFailure, outsideFiles, rescrapeEdit, seedRange, tallyEdits } from './combinedEdits';

const REAL = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real');
const skip = existsSync(REAL) ? false : `the real transcripts are not here (${REAL} is absent)`;
/** Seeds per file (3, from 1); ANCHOR_SEEDS and ANCHOR_SEED_FROM change them. */
const SEEDS = seedRange(3);
const OUTSIDE = outsideFiles();

function run(folder: string, files: string[]) {
  const { counts, failures } = tallyEdits(folder, files, SEEDS, rescrapeEdit);
  return { counts, failures: failures.map(describeFailure) };
}

describe('re-anchoring after a harder re-scrape of real transcripts', () => {
  it('no tag on other words, an exact copy of its words and both sides included, and no false orphan', { skip }, () => {
    const files = skip ? [] : readdirSync(REAL).filter((f) => !/^(SOURCES|README)|\.json$/.test(f)).sort().filter((_, k) => k % 4 !== 3);
    const { counts, failures } = run(REAL, files);
    console.log(`harder re-scrape (${files.length} files, seeds ${SEEDS.join('-')}): ${JSON.stringify(counts)}`);
    assert.deepEqual(failures, []);
  });

  it('the same over the outside transcripts of ANCHOR_OUTSIDE', { skip: OUTSIDE ? false : 'ANCHOR_OUTSIDE names no folder of outside transcripts' }, () => {
    const { folder, names, half } = OUTSIDE!;
    const { counts, failures } = run(folder, names);
    console.log(`harder re-scrape, outside (${half}, ${names.length} files, seeds ${SEEDS.join('-')}): ${JSON.stringify(counts)}`);
    assert.deepEqual(failures, []);
  });
});
