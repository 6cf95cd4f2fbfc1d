import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli';
import { readTranscript } from '../../src/core/formats';
import type { Transcript } from '../../src/core/transcript';

/** Reads one of the project's own fixture transcripts. */
export function fixture(name: string): string {
  return readFileSync(join(import.meta.dirname, '..', 'fixtures', 'transcripts', name), 'utf8');
}

/** Turns as `line speaker role` strings (1-based lines), easy to compare at a glance. */
export function turnsOf(t: Transcript): string[] {
  return t.turns.map((u) => `${u.line + 1}-${u.endLine + 1} ${u.speaker ?? '(none)'} ${u.role}`);
}

/** Sections as `kind title lines` strings (1-based lines). */
export function sectionsOf(t: Transcript): string[] {
  return t.sections.map((s) => `${s.kind} ${s.title} ${s.line + 1}-${s.endLine + 1}`);
}

/** Parses a transcript given as lines. */
export function parseLines(...lines: string[]): Transcript {
  return readTranscript(lines.join('\n'));
}

/** Runs the command line in this process: its exit code and what it wrote to each stream. */
export async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}
