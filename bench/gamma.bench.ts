/**
 * Mathet's γ with three to five annotators: 200 tags each on one transcript,
 * claims a sentence or two long with gaps between them as fact-checkers place
 * them; the annotators agree on most tags, move some boundaries, change some
 * categories, miss some and add their own. γ as `agreement --gamma` computes
 * it: the best alignment and 30 random continua for chance. The yardstick is
 * γ of the same tags of two annotators.
 */
import { gammaAgreement, type GammaUnit } from '../src/core/agreement/gamma';
import { random } from './generate';
import { quick, time, type BenchRow } from './measure';

const TAGS = 200;
const CATEGORIES = ['claim', 'statistic', 'promise', 'attack'];

/** `annotators` annotators' tags over the same 200 claims. */
export function continuum(annotators: number, seed: number): GammaUnit[] {
  const rnd = random(seed);
  const claims: Array<{ start: number; end: number; category: string }> = [];
  let at = 0;
  for (let i = 0; i < TAGS; i++) {
    at += 40 + Math.floor(rnd() * 400);
    const length = 60 + Math.floor(rnd() * 240);
    claims.push({ start: at, end: at + length, category: CATEGORIES[Math.floor(rnd() * 4)]! });
    at += length;
  }
  const units: GammaUnit[] = [];
  for (let a = 0; a < annotators; a++) {
    const annotator = `Annotator ${a + 1}`;
    for (const c of claims) {
      if (rnd() < 0.08) continue;
      const shift = rnd() < 0.3 ? Math.floor(rnd() * 40) - 20 : 0;
      const trim = rnd() < 0.2 ? Math.floor(rnd() * 30) : 0;
      units.push({ annotator, start: c.start + shift, end: c.end + shift - trim, category: rnd() < 0.85 ? c.category : CATEGORIES[Math.floor(rnd() * 4)]! });
    }
    // Tags of this annotator's own, where the others placed none.
    for (let k = 0; k < TAGS * 0.08; k++) {
      const c = claims[Math.floor(rnd() * claims.length)]!;
      units.push({ annotator, start: c.end + 10, end: c.end + 10 + 40 + Math.floor(rnd() * 60), category: CATEGORIES[Math.floor(rnd() * 4)]! });
    }
  }
  return units;
}

export default async function bench(): Promise<BenchRow[]> {
  const runs = quick ? 1 : 3;
  const two = continuum(2, 5);
  const reference = time(runs, () => gammaAgreement(two));
  // A case far over the goal is timed once: more runs would not change the verdict.
  const timed = (fn: () => void): number => {
    const once = time(1, fn);
    return once > 10_000 ? once : time(runs, fn);
  };
  const rows: BenchRow[] = [];
  const names = ['', '', '', 'three', 'four', 'five'];
  for (const annotators of [3, 4, 5]) {
    const units = continuum(annotators, 5);
    let value = 0;
    const ms = timed(() => (value = gammaAgreement(units).value));
    rows.push({
      name: `γ of ${names[annotators]} annotators × ${TAGS} tags (best alignment and 30 random continua; γ = ${value.toFixed(3)})`,
      value: `${ms.toFixed(0)} ms`,
      reference: `${reference.toFixed(0)} ms (2 annotators × ${TAGS} tags)`,
      ratio: ms / reference,
      goal: '< 2000 ms',
      pass: ms < 2000,
    });
  }
  return rows;
}
