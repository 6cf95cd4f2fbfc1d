/**
 * Makes the auxiliary data (auxiliary.ts) from ClaimBuster's labelled
 * sentences of US presidential debates (Arslan et al. 2020; CC BY 4.0), as
 * JSON `[{ sentence_id, label, text }]` (label 1: a check-worthy factual
 * claim), e.g. `data/two_class/kfold_30ncs.json` of utaresearch/claimbuster-spotter:
 *
 *   npx tsx scripts/checkworthiness/claimbuster.ts <file.json> <out folder> <CLEF folder>...
 *
 * Every sentence also found in a CLEF transcript (any of the folders given:
 * give them all, training, held-out and test sets, so that no CLEF sentence is
 * ever trained on twice or scored after training on it) is left out, by its
 * text with case, punctuation and spacing ignored. So is every sentence near
 * (by ClaimBuster's ids, which run through each debate in order) a stretch of
 * long sentences found in CLEF: the rest of a debate that CLEF also has. The
 * rest is written in the CLEF layout, in blocks of a thousand ids (about one
 * debate each: ClaimBuster has about 32,000 sentences of 33 debates); the
 * sentences have no speakers.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One labelled ClaimBuster sentence. */
interface Sentence {
  sentence_id: number;
  label: number;
  text: string;
}

/** A sentence's text for comparing: lower case, letters and digits, single spaces. */
export function normalised(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The id spans of debates that CLEF also has: runs of at least 3 matched
 * sentences of 6 words or more, each within 400 ids of the last, widened by
 * 500 ids on each side.
 */
export function sharedSpans(matchedIds: readonly number[]): Array<[number, number]> {
  const runs: Array<{ from: number; to: number; count: number }> = [];
  for (const id of [...matchedIds].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && id - last.to <= 400) {
      last.to = id;
      last.count++;
    } else runs.push({ from: id, to: id, count: 1 });
  }
  return runs.filter((r) => r.count >= 3).map((r) => [r.from - 500, r.to + 500]);
}

function main(): void {
  const [file, out, ...clefFolders] = process.argv.slice(2);
  if (!file || !out || clefFolders.length === 0) throw new Error('usage: claimbuster.ts <file.json> <out folder> <CLEF folder>...');
  const clef = new Set<string>();
  for (const folder of clefFolders)
    for (const f of readdirSync(folder).filter((name) => name.endsWith('.tsv')))
      for (const line of readFileSync(join(folder, f), 'utf8').split(/\r?\n/)) {
        const fields = line.split('\t');
        if (fields.length >= 3) clef.add(normalised(fields[2]!));
      }
  const data = (JSON.parse(readFileSync(file, 'utf8')) as Sentence[]).sort((a, b) => a.sentence_id - b.sentence_id);
  const matched = data.filter((s) => clef.has(normalised(s.text)) && normalised(s.text).split(' ').length >= 6).map((s) => s.sentence_id);
  const spans = sharedSpans(matched);
  const kept = data.filter((s) => !clef.has(normalised(s.text)) && !spans.some(([from, to]) => s.sentence_id >= from && s.sentence_id <= to));
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(out).filter((name) => name.endsWith('.tsv'))) rmSync(join(out, f));
  const blocks = new Map<number, Sentence[]>();
  for (const s of kept) {
    const b = Math.floor(s.sentence_id / 1000);
    blocks.set(b, [...(blocks.get(b) ?? []), s]);
  }
  for (const [b, sentences] of blocks)
    writeFileSync(join(out, `claimbuster_${String(b).padStart(2, '0')}.tsv`), sentences.map((s, i) => `${i + 1}\t\t${s.text.replace(/[\t\r\n]/g, ' ')}\t${s.label}\n`).join(''));
  console.log(`${clef.size} CLEF sentences; ${matched.length} long ClaimBuster sentences found in them; left out the ids ${spans.map(([a, b]) => `${a}–${b}`).join(', ')}`);
  console.log(`kept ${kept.length} of ${data.length} sentences (${kept.filter((s) => s.label === 1).length} check-worthy) in ${blocks.size} blocks`);
}

// Run as a script; imported (by tests), it only lends its helpers.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
