/**
 * QualCoder's own importer, run headless by scripts/qualcoder-import.py on a
 * .qdpx we wrote: the real reader of our REFI-QDA projects. It runs where
 * QUALCODER_SRC names a QualCoder checkout's `src` folder and python3 has
 * PyQt6; elsewhere the test is skipped, saying why.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from 'node:test';

const SOURCE = process.env.QUALCODER_SRC;
const PYTHON = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import PyQt6'], { encoding: 'utf8' }).status === 0);

/** Imports a .qdpx into a new QualCoder project in `projectDir` and answers with what QualCoder's database holds. */
export type QualCoderImport = (qdpx: string, projectDir: string) => unknown;

/** QualCoder's importer where it can run; otherwise skips the test, saying what is missing, and answers undefined. */
export function qualCoderImporter(t: TestContext): QualCoderImport | undefined {
  if (!SOURCE || !existsSync(join(SOURCE, 'qualcoder', 'refi.py'))) {
    t.skip('QUALCODER_SRC does not name a QualCoder checkout (its src folder); QualCoder is not run.');
    return undefined;
  }
  if (!PYTHON) {
    t.skip('python3 with PyQt6 is not installed (Debian: apt-get install python3-pyqt6 python3-lxml); QualCoder is not run.');
    return undefined;
  }
  return (qdpx, projectDir) => {
    const run = spawnSync(PYTHON, [join(import.meta.dirname, '..', '..', 'scripts', 'qualcoder-import.py'), qdpx, projectDir], { encoding: 'utf8', env: { ...process.env, QUALCODER_SRC: SOURCE } });
    assert.equal(run.status, 0, run.stderr);
    const line = run.stdout.split('\n').find((l) => l.startsWith('QUALCODER-RESULT '));
    assert.ok(line, `QualCoder printed no result:\n${run.stdout}\n${run.stderr}`);
    return JSON.parse(line.slice('QUALCODER-RESULT '.length)) as unknown;
  };
}
