/**
 * How the model's raw margins of one transcript's sentences become their
 * ranking: each margin plus a share of its neighbours' in the same turn (a
 * claim rarely stands alone in a turn of claims), a share of its turn's mean
 * margin (a turn of figures against a turn of thanks) and a share of its
 * speaker's mean margin (a moderator's sentences sink together, a
 * candidate's rise). The fitting script chooses both shares by
 * cross-validation; the product applies the shipped ones.
 */
import { SpeakerNumbers } from './columns';

/** The shares chosen with the weights. */
export interface RankingSettings {
  /** The share of each neighbour's margin (previous and next sentence of the same turn) added to a sentence's. */
  neighbours: number;
  /** The share of the turn's mean margin added to a sentence's. */
  turnMean: number;
  /** The share of the speaker's mean margin over the transcript added to a sentence's. */
  speakerMean: number;
}

/** The ranking margins of one transcript's sentences, in order; `speakers` gives each one's speaker's name. */
export function rankingMargins(z: ArrayLike<number>, turnOf: ArrayLike<number>, speakers: ReadonlyArray<string | null>, s: RankingSettings): Float64Array {
  const numbers = new SpeakerNumbers();
  const speaker = Int32Array.from(speakers, (name) => numbers.of(name));
  return rankingMarginsOf(z, turnOf, speaker, numbers.count, s);
}

/** The ranking margins of one transcript's sentences, in order; `speaker` gives each one's speaker number, under `speakers`. */
export function rankingMarginsOf(z: ArrayLike<number>, turnOf: ArrayLike<number>, speaker: Int32Array, speakers: number, s: RankingSettings): Float64Array {
  const n = z.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let v = z[i]!;
    if (s.neighbours !== 0) {
      if (i > 0 && turnOf[i - 1] === turnOf[i]) v += s.neighbours * z[i - 1]!;
      if (i + 1 < n && turnOf[i + 1] === turnOf[i]) v += s.neighbours * z[i + 1]!;
    }
    out[i] = v;
  }
  if (s.turnMean !== 0) {
    let from = 0;
    while (from < n) {
      let to = from + 1;
      let sum = z[from]!;
      while (to < n && turnOf[to] === turnOf[from]) sum += z[to++]!;
      for (let i = from; i < to; i++) out[i]! += s.turnMean * (sum / (to - from));
      from = to;
    }
  }
  if (s.speakerMean !== 0) {
    // Each speaker's margins summed in text order.
    const sums = new Float64Array(speakers);
    const counts = new Int32Array(speakers);
    for (let i = 0; i < n; i++) {
      sums[speaker[i]!]! += z[i]!;
      counts[speaker[i]!]!++;
    }
    for (let i = 0; i < n; i++) out[i]! += s.speakerMean * (sums[speaker[i]!]! / counts[speaker[i]!]!);
  }
  return out;
}
