/**
 * Pre-trained word vectors as features, for screening and for the protocol
 * (`--vectors`): a GloVe text file (`word v1 v2 ...` a line; Pennington,
 * Socher and Manning 2014, under the Public Domain Dedication and License)
 * read into a table, and each sentence's mean vector over the words that
 * have one, appended to its feature row after the weight table's features.
 * The product does not compute these features.
 */
import { readFileSync } from 'node:fs';
import type { FeatureVector } from '../../src/core/claims/features';

/** Word vectors by word, all of `dims` numbers. */
export interface WordVectors {
  dims: number;
  table: Map<string, Float32Array>;
}

/** Reads one or more GloVe text files (the first file's vector wins for a word found in several). */
export function readVectors(files: readonly string[]): WordVectors {
  const table = new Map<string, Float32Array>();
  let dims = 0;
  for (const file of files)
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const f = line.trimEnd().split(' ');
      if (f.length < 3) continue;
      if (dims === 0) dims = f.length - 1;
      if (f.length - 1 !== dims) throw new Error(`${file}: a vector of ${f.length - 1} numbers among vectors of ${dims}`);
      if (!table.has(f[0]!)) table.set(f[0]!, Float32Array.from(f.slice(1), Number));
    }
  return { dims, table };
}

/** A sentence's words as GloVe's tokenizer gives them, roughly: lower case, clitics apart. */
export function vectorTokens(text: string): string[] {
  return text.toLowerCase().replace(/n't\b/g, " n't").replace(/'(s|re|ve|ll|d|m)\b/g, " '$1").match(/n't|'[a-z]+|[a-z]+(?:-[a-z]+)*|[0-9]+(?:[.,][0-9]+)*/g) ?? [];
}

/** The mean vector of some words (each weighted by `weightOf`, 1 when not given); zeros when none has a vector. */
export function meanVector(v: WordVectors, words: readonly string[], weightOf?: (word: string) => number): Float64Array {
  const sum = new Float64Array(v.dims);
  let total = 0;
  for (const w of words) {
    const x = v.table.get(w);
    if (!x) continue;
    const k = weightOf ? weightOf(w) : 1;
    total += k;
    for (let d = 0; d < v.dims; d++) sum[d]! += k * x[d]!;
  }
  if (total > 0) for (let d = 0; d < v.dims; d++) sum[d]! /= total;
  return sum;
}

/** A feature row with `extra` values appended at indices `from`, `from + 1`, ... */
export function appended(x: FeatureVector, from: number, extra: ArrayLike<number>): FeatureVector {
  const index = new Int32Array(x.index.length + extra.length);
  const value = new Float32Array(x.value.length + extra.length);
  index.set(x.index);
  value.set(x.value);
  for (let d = 0; d < extra.length; d++) {
    index[x.index.length + d] = from + d;
    value[x.index.length + d] = extra[d]!;
  }
  return { index, value };
}
