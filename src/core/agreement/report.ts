/**
 * The agreement report of a corpus: the annotators' tags turned into units
 * (sentences, turns, whole tags or code points), every measure overall and per
 * category, and a confusion matrix. The command line and the editor's report
 * both print this.
 */
import { TextIndex } from '../annotations/positions';
import { readTranscript, type ParseOptions } from '../formats';
import { alignTags } from './align';
import type { AnnotatorSet, AnnotatorTag, LeftOutTag } from './annotators';
import { cohenKappa, fleissKappa, krippendorffAlpha, percentAgreement, type AlphaMetric, type CodedUnit } from './coding';
import { VERDICT_SCALE, verdictRank, verdictStep, type VerdictStep } from './verdictScale';
import { splitSentences, type Span } from './sentences';
import { unitizedAlpha, type ContinuumUnit } from './unitized';
import { bestAlignment, sampleContinuum, seededRandom, type GammaUnit } from './gamma';

/** What a unit of coding is. */
export type UnitKind = 'sentence' | 'turn' | 'tag' | 'character';
export const UNIT_KINDS: readonly UnitKind[] = ['sentence', 'turn', 'tag', 'character'];

/** What the annotators' values are: their tags' categories, or their verdicts on the scale false … true. */
export type AgreementOn = 'category' | 'verdict';
export const AGREEMENT_ON: readonly AgreementOn[] = ['category', 'verdict'];
/** The levels of measurement Krippendorff's α knows. */
export const ALPHA_LEVELS: readonly AlphaMetric[] = ['nominal', 'ordinal', 'interval'];

/** The value of a unit that an annotator coded without any tag. */
export const NO_CATEGORY = '(none)';

/** One transcript with its annotators' tags. */
export interface AgreementDocument {
  /** How the user knows the file. */
  path: string;
  text: string;
  /** The annotators who coded it (an annotator without a set is missing for this transcript). */
  sets: readonly AnnotatorSet[];
  /** Tags already left out while reading the sidecars (no author, words gone), listed in the report. */
  leftOut?: readonly LeftOutTag[];
}

/** A tag the report did not compare, with the transcript it belongs to. */
export type ReportLeftOut = LeftOutTag & { document: string };

export interface AgreementOptions {
  unit: UnitKind;
  /** The annotators to compare, by slug; all who coded anything when absent. */
  annotators?: readonly string[];
  /** Category ids in the codebook's order; categories not in it follow, sorted. */
  categoryOrder?: readonly string[];
  parseOptions?: ParseOptions;
  /** What is compared: categories (default) or verdicts. */
  on?: AgreementOn;
  /** Krippendorff's α's level of measurement: nominal for categories, ordinal for verdicts by default. */
  level?: AlphaMetric;
  /** Compute Mathet's γ too, with this many random continua per transcript (it is slower than the rest together). */
  gamma?: { samples: number; random?: () => number };
}

/** One measure: its value overall and per category, and the units it rests on. */
export interface MeasureSummary {
  /** `null` when the data cannot decide it (see the README: fewer than two annotators on any unit...). */
  overall: number | null;
  byCategory: Record<string, number | null>;
  units: number;
}

/** The five measures by their names in the JSON output. */
export interface Measures {
  percentAgreement: MeasureSummary;
  cohenKappa: MeasureSummary;
  fleissKappa: MeasureSummary;
  krippendorffAlpha: MeasureSummary;
  unitizedAlpha: MeasureSummary;
  /** Only when asked for (`gamma` option). */
  gamma?: MeasureSummary;
}

/** How often one annotator's value met another's on the same unit. */
export interface ConfusionMatrix {
  /** The two annotators (rows, columns). */
  between: [string, string];
  labels: string[];
  /** counts[row][column], in units (code points for `character`). */
  counts: number[][];
}

export interface AgreementReport {
  unit: UnitKind;
  on: AgreementOn;
  /** The level of measurement of Krippendorff's α. */
  level: AlphaMetric;
  /** Every tag not compared, and why. */
  leftOut: ReportLeftOut[];
  annotators: Array<{ key: string; name: string }>;
  /** Transcripts left out of γ, with the reason. */
  gammaSkipped?: Array<{ path: string; reason: string }>;
  /** How many transcripts were compared, and how many every compared annotator coded. */
  documents: number;
  complete: number;
  categories: string[];
  measures: Measures;
  confusion?: ConfusionMatrix;
}

/** Each unit's categories by each annotator: `null` where the annotator did not code the transcript. */
type Coded = Array<Array<string[] | null>>;

/** The units of one transcript for a span unit (sentence or turn): sorted, not overlapping. */
function spanUnits(text: string, kind: 'sentence' | 'turn', parseOptions?: ParseOptions): Span[] {
  const transcript = readTranscript(text, { ...parseOptions, skipNotes: true });
  const spans: Span[] = [];
  for (const turn of transcript.turns) {
    if (kind === 'turn') {
      if (turn.end > turn.textStart) spans.push({ start: turn.textStart, end: turn.end });
    } else if (turn.segments.length) {
      const first = turn.segments[0]!.start;
      const last = turn.segments[turn.segments.length - 1]!.end;
      splitSentences(text, first, last, spans);
    } else splitSentences(text, turn.textStart, turn.end, spans);
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return spans;
}

/** Marks, for each unit a tag overlaps, the tag's category for the annotator. */
function codeSpans(spans: readonly Span[], tags: readonly AnnotatorTag[], coded: Coded, column: number): void {
  for (const tag of tags) {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (spans[mid]!.end <= tag.start) lo = mid + 1;
      else hi = mid;
    }
    for (let u = lo; u < spans.length && spans[u]!.start < tag.end; u++) {
      const cell = coded[u]![column]!;
      if (!cell.includes(tag.category)) cell.push(tag.category);
    }
  }
}

/** Runs of code points coded alike: boundaries at every tag's start and end, each run weighted by its length. */
function codeCharacters(index: TextIndex, sets: ReadonlyArray<AnnotatorSet | undefined>, coded: Coded, weights: number[]): void {
  const n = index.codePointLength;
  const events: Array<{ at: number; column: number; category: string; delta: number }> = [];
  sets.forEach((set, column) => {
    if (!set) return;
    for (const t of set.tags) {
      const s = index.toCodePoint(t.start);
      const e = index.toCodePoint(t.end);
      if (e <= s) continue;
      events.push({ at: s, column, category: t.category, delta: 1 }, { at: e, column, category: t.category, delta: -1 });
    }
  });
  events.sort((a, b) => a.at - b.at);
  const active = sets.map(() => new Map<string, number>());
  let pos = 0;
  let e = 0;
  while (pos < n) {
    while (e < events.length && events[e]!.at <= pos) {
      const ev = events[e++]!;
      const m = active[ev.column]!;
      const v = (m.get(ev.category) ?? 0) + ev.delta;
      if (v) m.set(ev.category, v);
      else m.delete(ev.category);
    }
    const next = Math.min(n, e < events.length ? events[e]!.at : n);
    coded.push(sets.map((set, column) => (set ? [...active[column]!.keys()] : null)));
    weights.push(next - pos);
    pos = next;
  }
}

function labelOf(categories: string[] | null): string | null {
  if (categories === null) return null;
  if (categories.length === 0) return NO_CATEGORY;
  return categories.length === 1 ? categories[0]! : [...categories].sort().join(' + ');
}

/**
 * A unit's verdict for one annotator: a unit without a verdict is missing
 * (verdicts are compared only where given); several verdicts on one unit count
 * as the most false of them, so that a unit's value is a step of the scale.
 */
function verdictOf(steps: string[] | null): string | null {
  if (steps === null || steps.length === 0) return null;
  return steps.reduce((a, b) => (verdictRank(a as VerdictStep) <= verdictRank(b as VerdictStep) ? a : b));
}

/** The documents with each tag's verdict step as its value; tags without one are left out, with the reason. */
function onVerdicts(documents: readonly AgreementDocument[], leftOut: ReportLeftOut[]): AgreementDocument[] {
  return documents.map((doc) => ({
    ...doc,
    sets: doc.sets.map((set) => ({
      ...set,
      tags: set.tags.flatMap((t) => {
        const verdict = t.record?.verdict?.trim();
        const step = verdict ? verdictStep(verdict) : undefined;
        if (step) return [{ ...t, category: step }];
        leftOut.push({
          document: doc.path, file: doc.path, id: t.id, quote: t.quote, category: t.category, annotator: set.name,
          ...(verdict ? { reason: 'verdict off the scale' as const, verdict } : { reason: 'no verdict' as const }),
        });
        return [];
      }),
    })),
  }));
}

function summary(overall: number | null, units: number): MeasureSummary {
  return { overall, byCategory: {}, units };
}

/** Mean of the pairwise Cohen's κ (Light 1971) when there are more than two annotators. */
function pairwiseKappa(units: readonly CodedUnit[], weights: readonly number[] | undefined, k: number): { value: number | null; units: number } {
  let sum = 0;
  let count = 0;
  let used = 0;
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      const r = cohenKappa(units, weights, a, b);
      used = Math.max(used, r.units);
      if (r.value === null) continue;
      sum += r.value;
      count++;
    }
  }
  return { value: count ? sum / count : null, units: used };
}

/** Computes every measure over the corpus. */
export function agreementReport(given: readonly AgreementDocument[], options: AgreementOptions): AgreementReport {
  const on = options.on ?? 'category';
  const level = options.level ?? (on === 'verdict' ? 'ordinal' : 'nominal');
  if (level === 'interval' && on === 'category') throw new RangeError('interval α needs values that are numbers; categories are names (use --on verdict, or the nominal level)');
  const leftOut: ReportLeftOut[] = [];
  for (const doc of given) for (const t of doc.leftOut ?? []) leftOut.push({ ...t, document: doc.path });
  const documents = on === 'verdict' ? onVerdicts(given, leftOut) : given;
  const names = new Map<string, string>();
  for (const d of documents) for (const s of d.sets) if (!names.has(s.key)) names.set(s.key, s.name);
  const keys = options.annotators ? [...options.annotators] : [...names.keys()].sort();
  const annotators = keys.map((key) => ({ key, name: names.get(key) ?? key }));
  const k = keys.length;
  const coded: Coded = [];
  const weights: number[] = [];
  const continuum: ContinuumUnit[] = [];
  let offset = 0;
  let complete = 0;
  const gammaDocs: Array<{ path: string; units: GammaUnit[]; annotators: string[] }> = [];
  const seen = new Set<string>();
  for (const doc of documents) {
    const sets = keys.map((key) => doc.sets.find((s) => s.key === key));
    for (const s of sets) if (s) for (const t of s.tags) seen.add(t.category);
    if (sets.filter(Boolean).length === 0) continue;
    const index = new TextIndex(doc.text);
    if (options.unit === 'sentence' || options.unit === 'turn') {
      const spans = spanUnits(doc.text, options.unit, options.parseOptions);
      const start = coded.length;
      for (let u = 0; u < spans.length; u++) {
        coded.push(sets.map((s) => (s ? [] : null)));
        weights.push(1);
      }
      const mine = coded.slice(start);
      sets.forEach((s, column) => s && codeSpans(spans, s.tags, mine, column));
    } else if (options.unit === 'tag') {
      for (const unit of alignTags(sets.map((s) => s?.tags ?? []))) {
        coded.push(unit.map((t, column) => (sets[column] ? (t ? [t.category] : []) : null)));
        weights.push(1);
      }
    } else codeCharacters(index, sets, coded, weights);
    // αu needs every annotator on the whole continuum: only transcripts all of them coded.
    if (sets.every(Boolean)) {
      complete++;
      const gammaUnits: GammaUnit[] = [];
      sets.forEach((s, coder) => {
        for (const t of s!.tags) {
          const start = index.toCodePoint(t.start);
          const length = index.toCodePoint(t.end) - start;
          if (length > 0) {
            continuum.push({ coder, start: offset + start, length, category: t.category });
            gammaUnits.push({ annotator: String(coder).padStart(4, '0'), start, end: start + length, category: t.category });
          }
        }
      });
      if (options.gamma) gammaDocs.push({ path: doc.path, units: gammaUnits, annotators: keys.map((_, coder) => String(coder).padStart(4, '0')) });
      offset += index.codePointLength;
    }
  }
  const order = on === 'verdict' ? VERDICT_SCALE : (options.categoryOrder ?? []);
  const categories = [...order.filter((c) => seen.has(c)), ...[...seen].filter((c) => !order.includes(c)).sort()];
  const labels: CodedUnit[] = coded.map((u) => u.map(on === 'verdict' ? verdictOf : labelOf));
  const w = weights.every((x) => x === 1) ? undefined : weights;
  const percent = percentAgreement(labels, w);
  const kappa = k === 2 ? cohenKappa(labels, w) : pairwiseKappa(labels, w, k);
  const fleiss = fleissKappa(labels, w);
  // Interval α measures distances between numbers: a verdict's number is its place on the scale.
  const alphaLabels = level === 'interval' ? labels.map((u) => u.map((v) => (v === null ? null : String(verdictRank(v as VerdictStep))))) : labels;
  const alpha = krippendorffAlpha(alphaLabels, level, level === 'ordinal' ? order : undefined, w);
  const unitized = k >= 2 && offset > 0 ? unitizedAlpha({ coders: k, begin: 0, length: offset, units: continuum }) : undefined;
  const measures: Measures = {
    percentAgreement: summary(percent.value, percent.units),
    cohenKappa: summary(kappa.value, kappa.units),
    fleissKappa: summary(fleiss.value, fleiss.units),
    krippendorffAlpha: summary(alpha.value, alpha.units),
    unitizedAlpha: summary(unitized?.value ?? null, unitized?.units ?? 0),
  };
  for (const c of categories) {
    const binary: CodedUnit[] = coded.map((u) => u.map((v) => (v === null ? null : v.includes(c) ? c : NO_CATEGORY)));
    measures.percentAgreement.byCategory[c] = percentAgreement(binary, w).value;
    measures.cohenKappa.byCategory[c] = (k === 2 ? cohenKappa(binary, w) : pairwiseKappa(binary, w, k)).value;
    measures.fleissKappa.byCategory[c] = fleissKappa(binary, w).value;
    measures.krippendorffAlpha.byCategory[c] = krippendorffAlpha(binary, 'nominal', undefined, w).value;
    measures.unitizedAlpha.byCategory[c] = unitized?.byCategory.get(c)?.value ?? null;
  }
  const report: AgreementReport = { unit: options.unit, on, level, leftOut, annotators, documents: documents.length, complete, categories, measures };
  if (options.gamma && k >= 2) {
    const skipped: Array<{ path: string; reason: string }> = [];
    const overall = pooledGamma(gammaDocs, options.gamma, skipped);
    measures.gamma = summary(overall.value, overall.units);
    for (const c of categories) {
      const only = gammaDocs.map((d) => ({ ...d, units: d.units.filter((u) => u.category === c) }));
      measures.gamma.byCategory[c] = pooledGamma(only, options.gamma, []).value;
    }
    report.gammaSkipped = skipped;
  }
  if (k >= 2) report.confusion = confusion(labels, w, annotators[0]!.name, annotators[1]!.name, categories);
  return report;
}

/** The first two annotators' values against each other on the units both coded. */
function confusion(labels: readonly CodedUnit[], weights: readonly number[] | undefined, a: string, b: string, categories: readonly string[]): ConfusionMatrix {
  const cells = new Map<string, number>();
  const used = new Set<string>();
  labels.forEach((u, i) => {
    const x = u[0];
    const y = u[1];
    if (x === null || x === undefined || y === null || y === undefined) return;
    used.add(x).add(y);
    const key = `${x}\u0000${y}`;
    cells.set(key, (cells.get(key) ?? 0) + (weights ? weights[i]! : 1));
  });
  const rest = [...used].filter((l) => l !== NO_CATEGORY && !categories.includes(l)).sort();
  const all = [...categories.filter((c) => used.has(c)), ...rest, ...(used.has(NO_CATEGORY) ? [NO_CATEGORY] : [])];
  return { between: [a, b], labels: all, counts: all.map((x) => all.map((y) => cells.get(`${x}\u0000${y}`) ?? 0)) };
}

/**
 * Mathet's γ over several transcripts: each transcript is its own continuum
 * (no unit aligns across transcripts); the disorders are pooled, weighted by
 * each transcript's units per annotator, before γ = 1 − observed / expected.
 */
function pooledGamma(docs: ReadonlyArray<{ path: string; units: GammaUnit[]; annotators: string[] }>, options: { samples: number; random?: () => number }, skipped: Array<{ path: string; reason: string }>): { value: number | null; units: number } {
  const random = options.random ?? seededRandom();
  let observed = 0;
  let expected = 0;
  let units = 0;
  for (const doc of docs) {
    if (doc.units.length === 0) continue;
    try {
      const weight = doc.units.length / doc.annotators.length;
      observed += weight * bestAlignment(doc.units, { annotators: doc.annotators }).disorder;
      let sum = 0;
      for (let i = 0; i < options.samples; i++) sum += bestAlignment(sampleContinuum(doc.units, random, doc.annotators), { annotators: doc.annotators }).disorder;
      expected += (weight * sum) / options.samples;
      units += doc.units.length;
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      skipped.push({ path: doc.path, reason: e.message });
    }
  }
  if (expected === 0) return { value: observed === 0 && units > 0 ? 1 : null, units };
  return { value: observed === 0 ? 1 : 1 - observed / expected, units };
}
