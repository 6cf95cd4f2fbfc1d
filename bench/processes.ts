/**
 * Whole processes timed side by side: each command started afresh, the
 * commands taken in turn within each round (so that every one sees the same
 * machine state), the median of each kept. The references a whole-process row
 * is read against: bare `node` (the floor any Node command line stands on) and
 * markdown-it parsing the same bytes (no command line of its own: a one-line
 * script that reads the file and parses it).
 */
import { spawnSync } from 'node:child_process';
import { median } from './measure';

/** A command to time: its name and its arguments to `node`. */
export interface TimedCommand {
  name: string;
  args: string[];
}

/** Times each command `runs` times (at least five), alternating; the median wall time of each, in ms. */
export function timeProcesses(commands: readonly TimedCommand[], runs = 5): Map<string, number> {
  const times = new Map(commands.map((c) => [c.name, [] as number[]]));
  for (const c of commands) run(c); // once each to warm the file cache
  for (let round = 0; round < Math.max(5, runs); round++) {
    for (const c of commands) {
      const t = performance.now();
      run(c);
      times.get(c.name)!.push(performance.now() - t);
    }
  }
  return new Map([...times].map(([name, xs]) => [name, median(xs)]));
}

function run(c: TimedCommand): void {
  const r = spawnSync(process.execPath, c.args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${c.name} (node ${c.args.join(' ')}) failed with ${r.status ?? r.signal}: ${String(r.stderr).slice(0, 500)}`);
}

/** `node -e` arguments that parse a file with markdown-it, as a command line would. */
export function markdownItArgs(file: string): string[] {
  return ['-e', `require('markdown-it')().parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'), {})`];
}
