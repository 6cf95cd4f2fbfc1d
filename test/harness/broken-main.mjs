#!/usr/bin/env node
// Checks the checker: the Node lane must fail when the extension's `main`
// bundle is broken, which proves it runs the bundle desktop VS Code loads.
// Copies the built extension to a temporary folder, puts a `throw` at the top
// of its dist/extension.js, runs the suite's Node lane on it and expects failure.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './lib/install.mjs';

const copy = mkdtempSync(path.join(os.tmpdir(), 'transcript-broken-main-'));
try {
  for (const entry of ['package.json', 'language-configuration.json', 'syntaxes', 'media', 'dist', 'schemas']) {
    try {
      cpSync(path.join(REPO_ROOT, entry), path.join(copy, entry), { recursive: true });
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
  }
  const main = path.join(copy, 'dist', 'extension.js');
  writeFileSync(main, "throw new Error('deliberately broken main bundle');\n" + readFileSync(main, 'utf8'));
  const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'test', 'harness', 'run.mjs'), '--lane', 'node', '--extension-path', copy, '--timeout', '120'], {
    encoding: 'utf8',
  });
  const output = `${run.stdout}\n${run.stderr}`;
  if (run.status === 0) {
    console.error(output);
    console.error('harness check: FAILED — the Node lane passed with a broken main bundle, so it does not test what desktop VS Code loads.');
    process.exit(1);
  }
  if (!output.includes('deliberately broken main bundle')) {
    console.error(output);
    console.error('harness check: FAILED — the Node lane failed, but not because of the broken main bundle.');
    process.exit(1);
  }
  console.log('harness check: the Node lane fails on a broken main bundle, as it must.');
} finally {
  rmSync(copy, { recursive: true, force: true });
}
