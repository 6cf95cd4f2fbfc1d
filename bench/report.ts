/**
 * BENCHMARKS.md as data: reading the rows of the last report back, keeping
 * those a run did not measure again (marked as such), and judging a goal on
 * several runs so that one noisy run does not flip the result.
 */
import type { BenchRow } from './measure';

/** A section of the report: the benchmark file's name and its rows. */
export interface ReportSection {
  title: string;
  rows: BenchRow[];
}

/** A row kept from an earlier report: it was not measured in this run. */
export interface KeptRow extends BenchRow {
  /** When it was measured, as the earlier report said. */
  measured?: string;
}

/** A row's identity across runs: its name without the figures in it (counts and dates change from run to run). */
export function rowKey(name: string): string {
  return name.replace(/\d[\d.,:-]*/g, '#').replace(/\s+/g, ' ').trim();
}

/** The sections and rows of a BENCHMARKS.md, and the date it was written. */
export function readReport(markdown: string): { date?: string; sections: Array<{ title: string; rows: KeptRow[] }> } {
  const date = /(?:on|started) (\d{4}-\d{2}-\d{2})/.exec(markdown)?.[1];
  const sections: Array<{ title: string; rows: KeptRow[] }> = [];
  let current: { title: string; rows: KeptRow[] } | undefined;
  for (const line of markdown.split('\n')) {
    const heading = /^## (.+)$/.exec(line);
    if (heading) {
      current = { title: heading[1]!.trim(), rows: [] };
      sections.push(current);
      continue;
    }
    if (!current || !line.startsWith('| ') || line.startsWith('| Benchmark') || line.startsWith('| ---')) continue;
    const cells = line.slice(2, -2).split(' | ');
    if (cells.length < 6) continue;
    const [name, value, reference, ratio, goal, met] = cells as [string, string, string, string, string, string];
    const measured = /not re-measured; from (\d{4}-\d{2}-\d{2})/.exec(met)?.[1] ?? date;
    const row: KeptRow = { name, value, pass: /^yes/.test(met) };
    if (reference) row.reference = reference;
    if (ratio && !Number.isNaN(Number(ratio))) row.ratio = Number(ratio);
    if (goal) row.goal = goal;
    if (measured) row.measured = measured;
    current.rows.push(row);
  }
  return { ...(date ? { date } : {}), sections };
}

/**
 * The sections of this run, with every row of the earlier report that this
 * run did not measure again kept in its section (and sections this run did
 * not touch kept whole), marked as not re-measured.
 */
export function mergeReport(fresh: readonly ReportSection[], earlier: ReturnType<typeof readReport>): Array<{ title: string; rows: KeptRow[] }> {
  const out: Array<{ title: string; rows: KeptRow[] }> = [];
  const kept = (row: KeptRow): KeptRow => ({ ...row, measured: row.measured ?? earlier.date ?? 'an earlier run' });
  // The earlier report's order, each row replaced by this run's when it was measured again; new sections and rows after.
  for (const old of earlier.sections) {
    const now = fresh.find((s) => s.title === old.title);
    const byKey = new Map((now?.rows ?? []).map((r) => [rowKey(r.name), r] as const));
    const rows: KeptRow[] = old.rows.map((r) => byKey.get(rowKey(r.name)) ?? kept(r));
    const placed = new Set(old.rows.map((r) => rowKey(r.name)));
    for (const r of now?.rows ?? []) if (!placed.has(rowKey(r.name))) rows.push(r);
    out.push({ title: old.title, rows });
  }
  for (const s of fresh) if (!out.some((o) => o.title === s.title)) out.push({ title: s.title, rows: [...s.rows] });
  return out;
}

/** Whether a row was kept from an earlier report. */
export function isKept(row: BenchRow): row is KeptRow & { measured: string } {
  return typeof (row as KeptRow).measured === 'string';
}

/**
 * One row per benchmark from several runs of the same file: a goal counts as
 * missed only when every run missed it. The row shown is the first run that
 * met its goal, else the last run.
 */
export function judgeRuns(runs: readonly BenchRow[][]): BenchRow[] {
  const last = runs[runs.length - 1] ?? [];
  return last.map((row, i) => {
    const key = rowKey(row.name);
    // The same place in each run first: rows whose names differ only in their figures are different rows.
    const same = runs.map((r) => (r[i] && rowKey(r[i].name) === key ? r[i] : r.find((x) => rowKey(x.name) === key))).filter((x): x is BenchRow => !!x);
    const passed = same.find((r) => r.pass);
    if (!passed) return row;
    return runs.length > 1 && same.some((r) => !r.pass) ? { ...passed, goal: `${passed.goal ?? ''} (met in ${same.filter((r) => r.pass).length} of ${same.length} runs)`.trim() } : passed;
  });
}

/** The report's table line of a row. */
export function tableLine(r: BenchRow): string {
  const met = isKept(r) ? `${r.pass ? 'yes' : '**no**'} (not re-measured; from ${r.measured})` : r.pass ? 'yes' : '**no**';
  return `| ${r.name} | ${r.value} | ${r.reference ?? ''} | ${r.ratio?.toFixed(2) ?? ''} | ${r.goal ?? ''} | ${met} |`;
}
