/**
 * Chooses, reports and fits the check-worthiness model on labelled
 * transcripts in the CLEF CheckThat! 2019 layout, and writes its weights
 * into `src/core/claims/weights.ts`.
 *
 *   npx tsx scripts/fit-checkworthiness.ts [data folder] [--outer K] [--inner K] [--report-only] [--about TEXT]
 *   npx tsx scripts/fit-checkworthiness.ts --evaluate <folder of .tsv>
 *   npx tsx scripts/fit-checkworthiness.ts --evaluate-text <folder of .tsv>
 *
 * The protocol: the transcripts of the latest year in the data (by the date
 * their names start with) are set aside before anything else and scored once,
 * at the end, by the shipped model. On the others, a nested cross-validation
 * grouped by transcript (outer K folds, 6 by default; inner K folds, 3) reports
 * MAP and precision at 10 of models whose fit and ranking settings were chosen
 * without the transcripts they rank, separately for debates and speeches; it
 * also reports ranking settings chosen again for each kind, which ship only
 * when neither kind loses and one gains at least 0.005 MAP. The
 * shipped model is then chosen by the inner procedure on all of them, fitted on
 * all of them, and written. `--report-only` stops before writing. `--about`
 * says where the data came from and under which terms, for the weights' header.
 *
 * `--vectors <file,...>` adds each sentence's mean GloVe word vector to the
 * features (checkworthiness/vectors.ts; `--vectors-idf`: each word weighted by
 * its idf over the transcripts fitted on), for the outer figures only; `--inter`
 * adds one cue (a figure and a claim verb in one sentence), `--near` two
 * cues of nearness to the marked sentences of the other transcripts fitted on
 * (checkworthiness/nearness.ts), and `--trees`
 * offers boosted trees over the cues (checkworthiness/trees.ts) to the inner
 * split, each outer group also chosen without them from the same fits, both
 * for the outer figures only too.
 *
 * `--encoder <folder>` offers the inner split a logistic model on each
 * sentence's vector from a sentence encoder (checkworthiness/encoder.ts; with
 * `--encoder-neighbours`, also the mean vector of the sentences around it), its
 * margins averaged with the others' at a share chosen there, each outer group
 * also chosen without it and with it alone (for the outer figures only);
 * `--encoder-held-out` instead chooses and fits it on all development
 * transcripts and scores the held-out year once, writing nothing.
 *
 * `--folds 1,2` runs those outer groups only and prints each transcript's
 * outcome; `--merge <log>,<log>...` (names without commas) puts such runs'
 * outcomes together, so that the groups can be run by several processes.
 *
 * `--evaluate` scores another folder of labelled transcripts with the shipped
 * weights (MAP and precision at 10, by kind); `--evaluate-text` does so through
 * the product's path (written as a plain transcript, read, split into sentences
 * and scored as `suggest` does).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeWeights, encodeWeights, scoreLabelled, scoreWith } from '../src/core/claims/checkWorthiness';
import { meanAveragePrecision, precisionAt } from '../src/core/claims/evaluate';
import { DENSE_FEATURES, FEATURE_COUNT, HASH_BITS, HASH_SIZE, type FeatureVector } from '../src/core/claims/features';
import { labelledFeatures, readLabelledTsv, type LabelledTranscript } from '../src/core/claims/labelled';
import { scoreTranscript } from '../src/core/claims/score';
import { TextIndex } from '../src/core/annotations/positions';
import { readTranscript } from '../src/core/formats';
import * as shipped from '../src/core/claims/weights';
import { choose, chooseByKind, combined, example, fit, fitAll, kindOf, marginsOf, nested, outOfFold, rank, scaledAux, setRefitted, setRowLength, setSideModel, setSpeakerScale, setTrees, summary, TREES, WORD_FITS, yearOf, type Choice, type Example, type KindChoice, type Outcome, type Weights, type WordFit } from './checkworthiness/protocol';
import { fitAuxiliary, readAuxiliary } from './checkworthiness/auxiliary';
import { pack } from './checkworthiness/fitting';
import { bucketTerms, CLOSE, nearness, terms } from './checkworthiness/nearness';
import { appended, meanVector, readVectors, vectorTokens } from './checkworthiness/vectors';
import { denseMargins, ENCODER_FIT, fitDense, readEncoded, withNeighbours, type Vectors } from './checkworthiness/encoder';

const args = process.argv.slice(2);
const root = join(import.meta.dirname, '..');
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const VALUED = ['--outer', '--inner', '--about', '--double', '--out', '--test', '--folds', '--aux', '--merge', '--vectors', '--judge', '--relabel', '--near-buckets', '--encoder'];
/** Where the default data came from, for the weights' header. */
const ABOUT_DEFAULT = `the CLEF 2019 CheckThat! Task 1 training transcripts (fact-checkers' labels;
 * "free for general research use"; Atanasova et al., CEUR-WS Vol-2380)`;

function readFolder(folder: string): LabelledTranscript[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => readLabelledTsv(f, readFileSync(join(folder, f), 'utf8')));
}

/** Prints MAP and precision at 10 of some rankings, overall and by kind. */
function report(title: string, rows: readonly Outcome[]): string {
  const lines = [title];
  for (const [label, group] of [['all', rows], ['debates', rows.filter((r) => r.kind === 'debate')], ['speeches', rows.filter((r) => r.kind === 'speech')]] as const) {
    if (group.length === 0) continue;
    const s = summary(group);
    lines.push(`  ${label.padEnd(9)} ${String(s.count).padStart(2)} transcripts  MAP ${s.map.toFixed(4)}  P@10 ${s.p10.toFixed(4)}`);
  }
  return lines.join('\n');
}

function outcomes(data: readonly LabelledTranscript[], scoresOf: (t: LabelledTranscript) => number[]): Outcome[] {
  return data.map((t) => {
    const scores = scoresOf(t);
    return { name: t.name, kind: kindOf(t), ap: meanAveragePrecision([{ scores, labels: t.labels }]), p10: precisionAt(10, scores, t.labels), choice: undefined! };
  });
}

/** The outcomes that runs of some outer groups each (`--folds`) printed, checked to cover every development transcript once. */
function mergeOutcomes(logs: readonly string[], dev: readonly Example[]): { same: Outcome[]; byKind: Outcome[] } {
  const want = dev.map((e) => e.t.name).sort();
  // Runs still going: waited for, a minute at a time, for at most two hours.
  const count = (log: string): number => (existsSync(log) ? readFileSync(log, 'utf8').split('\noutcome byKind ').length - 1 : 0);
  const complete = (): boolean => logs.reduce((a, log) => a + count(log), 0) >= want.length;
  for (let waited = 0; !complete() && waited < 120; waited++) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  const out = { same: [] as Outcome[], byKind: [] as Outcome[] };
  for (const log of logs)
    for (const line of readFileSync(log, 'utf8').split('\n')) {
      const m = /^outcome (same|byKind) (\S+) (debate|speech) (\S+) (\S+)$/.exec(line);
      if (m) out[m[1] as 'same' | 'byKind'].push({ name: m[2]!, kind: m[3] as Example['kind'], ap: Number(m[4]), p10: Number(m[5]), choice: undefined! });
    }
  for (const group of [out.same, out.byKind]) {
    const names = group.map((r) => r.name).sort();
    if (JSON.stringify(names) !== JSON.stringify(want)) throw new Error(`--merge: the logs hold ${names.length} outcomes, not one for each of the ${want.length} development transcripts`);
  }
  return out;
}

function main(): void {
  if (args[0] === '--evaluate-text') {
    // The product's path: each labelled transcript written as a plain transcript (`SPEAKER: sentence` a line),
    // read, split and scored as `suggest` does; each labelled line gets the best score of the sentences on it.
    const data = readFolder(args[1] ?? '.');
    const rows = outcomes(data, (t) => {
      const lines = t.sentences.map((s) => `${s.speaker ?? 'SPEAKER'}: ${s.text}`);
      const text = lines.join('\n');
      const scored = scoreTranscript(text, readTranscript(text));
      const index = new TextIndex(text);
      const scores = new Array<number>(lines.length).fill(0);
      for (const s of scored) {
        const line = index.lineOf(s.start);
        scores[line] = Math.max(scores[line]!, s.score);
      }
      return scores;
    });
    console.log(report(`${data.length} transcripts read as text, with the shipped weights:`, rows));
    return;
  }
  if (args[0] === '--evaluate') {
    const data = readFolder(args[1] ?? '.');
    const rows = outcomes(data, scoreLabelled);
    if (args.includes('--verbose')) for (const r of rows) console.log(`  ${r.name} (${r.kind}) AP ${r.ap.toFixed(4)} P@10 ${r.p10.toFixed(2)}`);
    console.log(report(`${data.length} transcripts, with the shipped weights:`, rows));
    return;
  }
  const folder = args.find((a, i) => !a.startsWith('-') && !VALUED.includes(args[i - 1]!)) ?? join(root, '..', 'shared', 'checkworthiness', 'train');
  const all = readFolder(folder);
  // Decided before anything else: the latest year's transcripts are never seen by the choosing or the fitting.
  const latest = Math.max(...all.map((t) => yearOf(t.name) ?? 0));
  const heldOut = all.filter((t) => yearOf(t.name) === latest);
  const dev = all.filter((t) => yearOf(t.name) !== latest).map((t) => example(t, labelledFeatures(t)));
  // `--double <folder>`: the transcripts also found (by file name) in that folder count twice in every fit.
  const doubled = args.includes('--double') ? new Set(readdirSync(args[args.indexOf('--double') + 1]!)) : new Set<string>();
  for (const e of dev) if (doubled.has(e.t.name)) e.weight = 2;
  if (doubled.size > 0) console.log(`counted twice: ${dev.filter((e) => e.weight === 2).length} transcripts`);
  // `--judge <folder>`: the transcripts of that folder (by file name, the same sentences) are also scored, under the
  // outer split, against its labels (another edition's); `--relabel <folder>`: they are fitted with those labels
  // instead, the outer figures still scoring them against their own. Both for the outer figures only.
  for (const flag of ['--judge', '--relabel'] as const) {
    if (!args.includes(flag)) continue;
    if (!args.includes('--folds') && !args.includes('--report-only')) throw new Error(`${flag}: for the outer figures only; add --folds or --report-only`);
    const other = readFolder(args[args.indexOf(flag) + 1]!);
    const marked = (labels: readonly number[]): number => labels.filter((l) => l === 1).length;
    let before = 0;
    for (const o of other) {
      const e = dev.find((d) => d.t.name === o.name);
      if (!e) throw new Error(`${flag}: ${o.name} is not one of the development transcripts`);
      if (o.labels.length !== e.t.labels.length) throw new Error(`${flag}: ${o.name} has ${o.labels.length} sentences, the development copy ${e.t.labels.length}`);
      e.alsoJudged = o.labels;
      before += marked(e.t.labels);
      if (flag === '--relabel') {
        e.scoredOn = e.t.labels;
        e.t = { ...e.t, labels: o.labels };
        e.rows = pack(e.full, o.labels);
      }
    }
    console.log(`${flag}: ${other.length} transcripts with other labels (${other.reduce((a, t) => a + marked(t.labels), 0)} marked, against ${before})`);
  }
  // `--vectors <file,file...>`: each sentence's mean word vector (vectors.ts) as more features, for the outer figures
  // only (with --folds or --report-only): the product cannot compute them, so no weights are written with them.
  if (args.includes('--vectors')) {
    if (!args.includes('--folds') && !args.includes('--report-only')) throw new Error('--vectors: the product does not compute these features; add --folds or --report-only');
    const v = readVectors(args[args.indexOf('--vectors') + 1]!.split(','));
    const tokens = new Map(dev.map((e) => [e, e.t.sentences.map((s) => vectorTokens(s.text))]));
    const withMeans = (e: Example, weightOf?: (word: string) => number): void => {
      e.rows = pack(e.full.map((x, i) => appended(x, FEATURE_COUNT, meanVector(v, tokens.get(e)![i]!, weightOf))), e.t.labels);
    };
    for (const e of dev) withMeans(e);
    setRowLength(FEATURE_COUNT + v.dims);
    // `--vectors-idf`: each word's vector weighted by its inverse document frequency, counted for every fit (inner and
    // outer) on the sentences of the transcripts it is fitted on alone (as --near's idf).
    if (args.includes('--vectors-idf'))
      setRefitted((on, targets) => {
        const df = new Map<string, number>();
        let n = 0;
        for (const e of on) for (const t of tokens.get(e)!) { n++; for (const w of new Set(t)) df.set(w, (df.get(w) ?? 0) + 1); }
        for (const e of targets) withMeans(e, (w) => Math.log((n + 1) / ((df.get(w) ?? 0) + 1)));
      });
    console.log(`word vectors: ${v.table.size} of ${v.dims} dimensions, each sentence's ${args.includes('--vectors-idf') ? 'idf-weighted ' : ''}mean after the ${FEATURE_COUNT} features`);
  }
  // `--inter`: one more cue, 1 where a sentence holds both a figure and a claim verb, for the outer figures only (as
  // --vectors: the product does not compute it).
  if (args.includes('--inter')) {
    if (args.includes('--vectors')) throw new Error('--inter: not with --vectors');
    if (!args.includes('--folds') && !args.includes('--report-only')) throw new Error('--inter: the product does not compute this cue; add --folds or --report-only');
    const [digit, claim] = [HASH_SIZE + DENSE_FEATURES.indexOf('hasDigit'), HASH_SIZE + DENSE_FEATURES.indexOf('claimVerb')];
    const valueAt = (x: FeatureVector, j: number): number => x.value[x.index.indexOf(j)] ?? 0;
    for (const e of dev) e.rows = pack(e.full.map((x) => appended(x, FEATURE_COUNT, [valueAt(x, digit) && valueAt(x, claim) ? 1 : 0])), e.t.labels);
    setRowLength(FEATURE_COUNT + 1);
    console.log(`one more cue after the ${FEATURE_COUNT} features: a figure and a claim verb in one sentence`);
  }
  // `--near`: two cues of how near a sentence comes to the marked sentences of the other transcripts fitted on
  // (checkworthiness/nearness.ts), made again for every fit from its transcripts alone; for the outer figures only.
  if (args.includes('--near')) {
    if (args.includes('--vectors') || args.includes('--inter')) throw new Error('--near: not with --vectors or --inter');
    if (!args.includes('--folds') && !args.includes('--report-only')) throw new Error('--near: the product does not compute these cues; add --folds or --report-only');
    // `--near-buckets K`: over the product's hashed buckets instead of words and pairs, each marked sentence cut to its K weightiest.
    const buckets = args.includes('--near-buckets') ? Number(args[args.indexOf('--near-buckets') + 1]) : undefined;
    const termsOf = (e: Example, i: number): string[] => (buckets === undefined ? terms(e.t.sentences[i]!.text) : bucketTerms(e.t.sentences[i]!.text, e.full[i]!.index, HASH_SIZE));
    const sources = new Map(dev.map((e) => [e, { terms: e.t.sentences.map((_, i) => termsOf(e, i)), labels: e.t.labels }]));
    setRowLength(FEATURE_COUNT + 2);
    setRefitted((on, targets) => {
      const cues = nearness(on.map((e) => sources.get(e)!), targets.map((e) => sources.get(e)!), buckets);
      targets.forEach((e, k) => (e.rows = pack(e.full.map((x, i) => appended(x, FEATURE_COUNT, cues[k]![i]!)), e.t.labels)));
    });
    console.log(`two more cues after the ${FEATURE_COUNT} features: nearness to the marked sentences of the other transcripts fitted on (cosine >= ${CLOSE} counts as near)${buckets === undefined ? '' : `, over the product's hashed buckets, each marked sentence cut to its ${buckets} weightiest`}`);
  }
  // `--trees`: boosted trees over the cues (checkworthiness/trees.ts) offered to the inner split at several shares, for
  // the outer figures only (the product does not score with trees), each outer group also chosen without them.
  // `--lambdamart`: the same trees, each pair weighed by the change in NDCG its swap would make.
  if (args.includes('--trees') || args.includes('--lambdamart')) {
    if (!args.includes('--folds') && !args.includes('--report-only')) throw new Error('--trees: the product does not score with trees; add --folds or --report-only');
    const trees: typeof TREES = args.includes('--lambdamart') ? { ...TREES, weighting: 'ndcg' } : TREES;
    setTrees(trees);
    console.log(`boosted trees over the cues offered: ${JSON.stringify(trees)}`);
  }
  // `--speaker-scale`: every choice offered with each speaker's margins brought to one spread (protocol.ts,
  // speakerScaled), for the outer figures only too, each outer group also chosen without it.
  if (args.includes('--speaker-scale')) {
    if (!args.includes('--folds') && !args.includes('--report-only')) throw new Error('--speaker-scale: the product does not rank so; add --folds or --report-only');
    setSpeakerScale(true);
  }
  // `--encoder <folder>`: each sentence's vector from a sentence encoder (checkworthiness/encoder.ts, one `.f32` file a
  // transcript), a logistic model fitted on them for every fit, its margins offered to the inner split at several shares;
  // `--encoder-neighbours`: with the mean vector of the sentences before and after. For the outer figures only, as
  // --vectors; `--encoder-held-out` then also chooses and fits on all development transcripts and scores the held-out
  // year once.
  let encoded: Map<string, Vectors> | undefined;
  if (args.includes('--encoder')) {
    if (!args.includes('--folds') && !args.includes('--report-only') && !args.includes('--encoder-held-out')) throw new Error('--encoder: the product does not compute these vectors; add --folds, --report-only or --encoder-held-out');
    const folder = args[args.indexOf('--encoder') + 1]!;
    const near = args.includes('--encoder-neighbours');
    encoded = new Map(all.map((t) => [t.name, near ? withNeighbours(readEncoded(folder, t)) : readEncoded(folder, t)]));
    setSideModel((on) => {
      const w = fitDense(on.map((e) => ({ v: encoded!.get(e.t.name)!, labels: e.t.labels })), ENCODER_FIT);
      return (e) => denseMargins(w, encoded!.get(e.t.name)!);
    });
    console.log(`sentence encoder: ${encoded.get(all[0]!.name)!.dims} numbers a sentence${near ? ' (its own, then its neighbours\' mean)' : ''}, a logistic model on them offered at shares of its margins`);
  }
  const outerK = option('--outer', 6);
  const innerK = option('--inner', 3);
  const about = args.includes('--about') ? args[args.indexOf('--about') + 1]!.replace(/\n/g, '\n * ') : ABOUT_DEFAULT;
  console.log(`${all.length} transcripts; held out (latest year, ${latest}): ${heldOut.map((t) => t.name).join(' ')}`);
  console.log(`development: ${dev.filter((e) => e.kind === 'debate').length} debates, ${dev.filter((e) => e.kind === 'speech').length} speeches`);

  const file = args.includes('--out') ? args[args.indexOf('--out') + 1]! : join(root, 'src', 'core', 'claims', 'weights.ts');
  // `--aux <folder>`: other labelled sentences (auxiliary.ts), fitted once, apart from every CLEF transcript.
  let aux: Float64Array | undefined;
  if (args.includes('--aux')) {
    const started = Date.now();
    const blocks = readAuxiliary(args[args.indexOf('--aux') + 1]!);
    aux = fitAuxiliary(blocks);
    console.log(`auxiliary model: ${blocks.length} blocks, ${blocks.reduce((a, b) => a + b.labels.length, 0)} sentences, fitted in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  if (args.includes('--encoder-held-out')) {
    // The final candidate only: chosen by the inner procedure on all development transcripts, fitted on all of them,
    // and the held-out year scored once. Nothing is written: the product does not compute the encoder's vectors.
    const inner = outOfFold(dev, innerK, console.log);
    const { choice, map } = choose(inner);
    const kinds = chooseByKind(inner, choice);
    console.log(`choice on all development transcripts ${JSON.stringify(choice)} (inner MAP ${map.toFixed(4)}); by kind ${JSON.stringify(kinds)}`);
    const w = fitAll(dev);
    const held = heldOut.map((t) => example(t, labelledFeatures(t)));
    for (const [label, pick] of [['one ranking for all', () => choice], ['ranking settings by kind', (e: Example) => kinds[e.kind]]] as const)
      console.log(report(`held out (${latest}), scored once, ${label}:`, held.map((e) => {
        const scores = rank(e, marginsOf(e, w), pick(e));
        return { name: e.t.name, kind: e.kind, ap: meanAveragePrecision([{ scores, labels: e.t.labels }]), p10: precisionAt(10, scores, e.t.labels), choice: pick(e) };
      })));
    return;
  }
  if (args.includes('--final-only')) {
    // The shipped settings, fitted again on all development transcripts (after a change to the words' hash, say):
    // no choosing, so the cross-validated figures stay those of the run that chose them, kept from the weights' header.
    const auxShare = (shipped as { AUX_SHARE?: number }).AUX_SHARE;
    if (auxShare && !aux) throw new Error(`src/core/claims/weights.ts: AUX_SHARE is ${auxShare}, so the refit needs the auxiliary data: add --aux <folder>`);
    const choice: Choice = { base: shipped.FIT as WordFit, denseShare: shipped.DENSE_SHARE, ...(auxShare === undefined ? {} : { auxShare }), neighbours: shipped.NEIGHBOURS, turnMean: shipped.TURN_MEAN, speakerMean: shipped.SPEAKER_MEAN };
    const debate: Choice = { ...choice, neighbours: shipped.DEBATE_NEIGHBOURS, turnMean: shipped.DEBATE_TURN_MEAN, speakerMean: shipped.DEBATE_SPEAKER_MEAN };
    const kinds: KindChoice = { speech: choice, debate: JSON.stringify(debate) === JSON.stringify(choice) ? choice : debate };
    if (!(WORD_FITS as readonly string[]).includes(choice.base)) throw new Error(`src/core/claims/weights.ts: FIT '${shipped.FIT}' is none of the fits the protocol knows (${WORD_FITS.join(', ')})`);
    const header = /\* (Nested cross-validation[\s\S]*?all MAP [\d.]+, P@10 [\d.]+\.)/.exec(readFileSync(join(root, 'src', 'core', 'claims', 'weights.ts'), 'utf8'));
    const cv = header ? `${header[1]!} (From the run that chose the settings; refitted with them since.)` : 'Nested cross-validation: not run for these weights.';
    const from = /from ([\s\S]*?), those of \d+ held out\./.exec(readFileSync(join(root, 'src', 'core', 'claims', 'weights.ts'), 'utf8'));
    const source = args.includes('--about') || !from ? about : from[1]!;
    console.log(`final fit only, with the shipped choice ${JSON.stringify(kinds)}`);
    ship(file, source, latest, heldOut, dev, choice, kinds, cv, shipped.CROSS_VALIDATED_MAP, aux);
    return;
  }
  const only = args.includes('--folds') ? args[args.indexOf('--folds') + 1]!.split(',').map(Number) : undefined;
  // `--merge <log,log...>`: the outer groups were run apart (`--folds`, each process a share of them); their
  // outcomes are put together here, and every group must be there once, as one run would have made them.
  // The choice on all development transcripts does not depend on the outer figures: made first, while those runs go on.
  const merging = args.includes('--merge');
  const early = merging && !args.includes('--report-only') ? outOfFold(dev, innerK, console.log, aux) : undefined;
  const { same, byKind, without, alone, judged: nestedJudged } = merging ? { ...mergeOutcomes(args[args.indexOf('--merge') + 1]!.split(','), dev), without: undefined, alone: undefined, judged: undefined } : nested(dev, outerK, innerK, console.log, only, aux);
  if (without) {
    console.log(report(`without what was offered (the same fits, the choices without it), one ranking for all:`, without.same));
    console.log(report(`the same, ranking settings chosen again for debates and for speeches:`, without.byKind));
  }
  console.log(report(`nested cross-validation (outer ${outerK} folds${only ? ` ${only.join(',')} only` : ''}, inner ${innerK}, grouped by transcript), one ranking for all:`, same));
  console.log(report(`the same, ranking settings chosen again for debates and for speeches:`, byKind));
  // Decided before the figures were seen: settings by kind ship only if neither kind loses and one gains clearly.
  const gain = (kind: string): number => summary(byKind.filter((r) => r.kind === kind)).map - summary(same.filter((r) => r.kind === kind)).map;
  const keepByKind = gain('debate') >= 0 && gain('speech') >= 0 && Math.max(gain('debate'), gain('speech')) >= 0.005;
  console.log(`ranking settings by kind: ${keepByKind ? 'kept' : 'not kept'} (MAP gain: debates ${gain('debate').toFixed(4)}, speeches ${gain('speech').toFixed(4)})`);
  const rows = keepByKind ? byKind : same;
  for (const r of rows) console.log(`  ${r.name.padEnd(32)} ${r.kind.padEnd(7)} AP ${r.ap.toFixed(4)}  P@10 ${r.p10.toFixed(2)}  ${JSON.stringify(r.choice)}`);
  // Every outcome of both rankings, one a line, so that runs of some outer groups each (`--folds`) can be put together.
  if (only) for (const [label, group] of [['same', same], ['byKind', byKind]] as const) for (const r of group) console.log(`outcome ${label} ${r.name} ${r.kind} ${r.ap} ${r.p10}`);
  const judged = merging ? undefined : nestedJudged;
  if (only && judged) for (const [label, group] of [['same', judged.same], ['byKind', judged.byKind]] as const) for (const r of group) console.log(`judged ${label} ${r.name} ${r.kind} ${r.ap} ${r.p10}`);
  if (only && without) for (const [label, group] of [['same', without.same], ['byKind', without.byKind]] as const) for (const r of group) console.log(`without ${label} ${r.name} ${r.kind} ${r.ap} ${r.p10}`);
  if (alone) {
    console.log(report(`the side model alone (the same fits), one ranking for all:`, alone.same));
    console.log(report(`the same, ranking settings chosen again for debates and for speeches:`, alone.byKind));
  }
  if (only && alone) for (const [label, group] of [['same', alone.same], ['byKind', alone.byKind]] as const) for (const r of group) console.log(`alone ${label} ${r.name} ${r.kind} ${r.ap} ${r.p10}`);
  if (args.includes('--report-only') || only) return;

  const inner = early ?? outOfFold(dev, innerK, console.log, aux);
  const { choice, map: innerMap } = choose(inner);
  const kinds: KindChoice = keepByKind ? chooseByKind(inner, choice) : { speech: choice, debate: choice };
  console.log(`shipped choice ${JSON.stringify(choice)} (inner MAP ${innerMap.toFixed(4)}); speeches ranked with ${JSON.stringify(kinds.speech)}, debates with ${JSON.stringify(kinds.debate)}`);
  const by = (kind: string): ReturnType<typeof summary> => summary(rows.filter((r) => r.kind === kind));
  const [d, s, a] = [by('debate'), by('speech'), summary(rows)];
  const cv = `Nested cross-validation grouped by transcript (outer ${outerK} folds, inner ${innerK}):
 * debates (${d.count}) MAP ${d.map.toFixed(4)}, P@10 ${d.p10.toFixed(4)}; speeches (${s.count}) MAP ${s.map.toFixed(4)}, P@10 ${s.p10.toFixed(4)};
 * all MAP ${a.map.toFixed(4)}, P@10 ${a.p10.toFixed(4)}.`;
  ship(file, about, latest, heldOut, dev, choice, kinds, cv, a.map, aux);
}

/**
 * Fits the chosen model on all development transcripts, writes its weights
 * and settings to `file` (the ranking settings of each kind as `kinds` has
 * them: chosen again for speeches too when settings by kind are kept), and scores the held-out transcripts (the latest
 * year, and `--test <folder>` when given) with it, once.
 */
function ship(file: string, about: string, latest: number, heldOut: readonly LabelledTranscript[], dev: readonly Example[], choice: Choice, kinds: KindChoice, cv: string, cvMap: number, aux?: Float64Array): void {
  const fits = { [choice.base]: fit(choice.base, dev), dense: choice.denseShare > 0 ? fit('dense', dev) : new Float64Array(FEATURE_COUNT) } as unknown as Weights;
  if (aux && choice.auxShare) fits.aux = scaledAux(aux, fits.pairwise ?? fit('pairwise', dev), dev);
  const w = combined(fits, choice);
  console.log(`dense weights: ${DENSE_FEATURES.map((name, d) => `${name}=${w[HASH_SIZE + d]!.toFixed(3)}`).join(' ')}`);
  const { scale, base64 } = encodeWeights(w);
  const write = (held: string): void =>
    writeFileSync(
      file,
      `/**
 * The check-worthiness model's weights, written by scripts/fit-checkworthiness.ts
 * from ${about}, those of ${latest} held out.
 * Only the fitted numbers ship, no sentence of the data.
 *
 * ${cv} ${held}
 */
/** Bits of the hashed word table the weights were fitted with. */
export const HASH_BITS = ${HASH_BITS};
/** The dense features the weights were fitted with, in order. */
export const DENSE_FEATURES = '${DENSE_FEATURES.join(' ')}';
/** Weight = int16 value × scale. */
export const SCALE = ${scale};
/** ${FEATURE_COUNT} little-endian int16 weights: hashed words and pairs, then the dense features. */
export const WEIGHTS = '${base64}';
/** The fit the weights come from (scripts/checkworthiness/protocol.ts), for \`--final-only\` refits. */
export const FIT = '${choice.base}';
/** The share of the cues-only fit averaged into the weights, for \`--final-only\` refits. */
export const DENSE_SHARE = ${choice.denseShare};${choice.auxShare === undefined ? '' : `
/** The share of the auxiliary model (scripts/checkworthiness/auxiliary.ts, fitted on --aux data) averaged in, for \`--final-only\` refits. */
export const AUX_SHARE = ${choice.auxShare};`}
/** The share of each neighbour's margin in its turn added to a sentence's (see ranking.ts). */
export const NEIGHBOURS = ${kinds.speech.neighbours};
/** The share of the turn's mean margin added to a sentence's (see ranking.ts). */
export const TURN_MEAN = ${kinds.speech.turnMean};
/** The share of the speaker's mean margin added to a sentence's (see ranking.ts). */
export const SPEAKER_MEAN = ${kinds.speech.speakerMean};
/** NEIGHBOURS for debates (kind.ts): ${kinds.debate === kinds.speech ? 'the same, as choosing it apart did not help' : 'chosen for them alone'}. */
export const DEBATE_NEIGHBOURS = ${kinds.debate.neighbours};
/** TURN_MEAN for debates. */
export const DEBATE_TURN_MEAN = ${kinds.debate.turnMean};
/** SPEAKER_MEAN for debates. */
export const DEBATE_SPEAKER_MEAN = ${kinds.debate.speakerMean};
/** Outer cross-validated MAP over all development transcripts when these weights were chosen. */
export const CROSS_VALIDATED_MAP = ${cvMap.toFixed(4)};
`,
    );
  write('Held out: not scored yet.');
  // The shipped model, decoded from its 16-bit weights as the product does, scores the held-out transcripts: once.
  const decoded = decodeWeights(base64, scale);
  const scoreHeld = (data: readonly LabelledTranscript[]): Outcome[] => outcomes(data, (t) => scoreWith(decoded, kinds[kindOf(t)], t.sentences, t.turnOf));
  const held = scoreHeld(heldOut);
  const h = summary(held);
  console.log(report(`held out (${latest}), scored once by the shipped model:`, held));
  const heldBy = (kind: string): string => {
    const k = summary(held.filter((r) => r.kind === kind));
    return k.count === 0 ? '' : ` ${kind === 'debate' ? 'debates' : 'speeches'} (${k.count}) MAP ${k.map.toFixed(4)}, P@10 ${k.p10.toFixed(4)};`;
  };
  write(`Held out (${heldOut.length} transcript${heldOut.length === 1 ? '' : 's'} of ${latest}):${heldBy('debate')}${heldBy('speech')}\n * all MAP ${h.map.toFixed(4)}, P@10 ${h.p10.toFixed(4)}.`);
  console.log(`wrote ${file} (${base64.length} characters)`);
  if (args.includes('--test')) {
    const test = readFolder(args[args.indexOf('--test') + 1]!);
    console.log(report(`test set (${test.length} transcripts), scored once by the shipped model:`, scoreHeld(test)));
  }
}

main();
