/** `npm run bench -- --quick`: fewer runs and no BENCHMARKS.md, for development. */
export const quick = process.env.BENCH_QUICK === '1';

/** A benchmark's result row, as BENCHMARKS.md shows it. */
export interface BenchRow {
  name: string;
  value: string;
  reference?: string;
  ratio?: number;
  goal?: string;
  pass: boolean;
}

/** The median of a list of timings. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Runs `fn` `runs` times and gives the median time in milliseconds. */
export function time(runs: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}
