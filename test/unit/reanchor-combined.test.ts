/**
 * Re-scrapes of the real transcripts of ../shared/corpus/real: several
 * outside changes at once (quotes, typos, spaces, line ends, a sentence
 * deleted, a paragraph moved, boilerplate), seeded, judged against a model
 * that follows each character. No tag may land on other words, and no tag
 * whose words remain (at least 80 % alike) may be orphaned. One file in four
 * (every fourth in name order) is reported on its own: it was held out of all
 * tuning until the one wrong placement found on it was studied, and is tuned
 * material since. Skipped with a message where the corpus is absent; the same
 * over a folder of outside transcripts when ANCHOR_OUTSIDE names one (see
 * outsideFiles).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { decodeText } from '../../src/core/text';
import { combinedEdit, judgedEdits, outsideFiles, seedRange, type Verdict } from './combinedEdits';

const REAL = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real');
const skip = existsSync(REAL) ? false : `the real transcripts are not here (${REAL} is absent)`;
/** Seeds per file (6, from 1); ANCHOR_SEEDS and ANCHOR_SEED_FROM change them. */
const SEEDS = seedRange(6);
const OUTSIDE = outsideFiles();

interface Tally {
  counts: Record<Verdict, number>;
  failures: string[];
}

function run(files: string[], folder = REAL): Tally {
  const tally: Tally = { counts: { placed: 0, orphaned: 0, ambiguous: 0, wrong: 0, falseOrphan: 0 }, failures: [] };
  const texts = files.map((name) => ({ name, text: decodeText(readFileSync(join(folder, name))).text }));
  for (const { file, seed, edits, tag, found, after, verdict } of judgedEdits(texts, SEEDS, combinedEdit)) {
    tally.counts[verdict]++;
    if (verdict === 'wrong' || verdict === 'falseOrphan') {
      const where = found.status === 'orphaned' ? found.anchorNote : `on “${after.slice(found.start, found.end).slice(0, 60)}”`;
      tally.failures.push(`${file} seed ${seed} [${edits.join(', ')}] ${tag.id} “${tag.quote.slice(0, 60)}” (${tag.quote.length} characters): ${verdict}, ${where}`);
    }
  }
  return tally;
}

const summary = (name: string, t: Tally) => {
  const c = t.counts;
  const all = Object.values(c).reduce((x, y) => x + y, 0);
  return `${name}: ${all} tags, ${c.placed} placed, ${c.orphaned} orphaned (words gone), ${c.ambiguous} ambiguous, ${c.wrong} on wrong words, ${c.falseOrphan} false orphans`;
};

describe('re-anchoring after a re-scrape of real transcripts (several changes at once)', () => {
  const files = skip ? [] : readdirSync(REAL).filter((f) => !/^(SOURCES|README)|\.json$/.test(f)).sort();
  const heldOut = files.filter((_, k) => k % 4 === 3);
  const tuned = files.filter((_, k) => k % 4 !== 3);

  it('no tag on wrong words and no false orphan, on the files tuned on', { skip }, () => {
    const tally = run(tuned);
    console.log(summary(`tuned on (${tuned.length} files)`, tally));
    assert.deepEqual(tally.failures, []);
  });

  it('no tag on wrong words and no false orphan, on the files reported apart (every fourth)', { skip }, () => {
    const tally = run(heldOut);
    console.log(summary(`reported apart, once held out (${heldOut.join(', ')})`, tally));
    assert.deepEqual(tally.failures, []);
  });

  it('the same over the outside transcripts of ANCHOR_OUTSIDE', { skip: OUTSIDE ? false : 'ANCHOR_OUTSIDE names no folder of outside transcripts' }, () => {
    const { folder, names, half } = OUTSIDE!;
    const tally = run(names, folder);
    console.log(summary(`outside (${half}, ${names.length} files, seeds ${SEEDS.join('-')})`, tally));
    assert.deepEqual(tally.failures, []);
  });
});
