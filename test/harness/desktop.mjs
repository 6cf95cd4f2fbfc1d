#!/usr/bin/env node
// `npm run test:desktop`: the integration suite in desktop VS Code (Electron),
// through @vscode/test-electron. It downloads VS Code into .vscode-test/ on
// first use, so it needs the network; offline, use `npm run test:integration`
// (VS Code for the Web and code-server's Node extension host).
//
//   node test/harness/desktop.mjs [--version stable|insiders|1.100.0]
//
// On Linux without a display, run it under `xvfb-run -a`.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, ensureWebHarness } from './lib/install.mjs';

const { values: options } = parseArgs({
  options: { version: { type: 'string', default: process.env.VSCODE_VERSION ?? 'stable' } },
});

const testsPath = path.join(REPO_ROOT, 'dist', 'test', 'integration.js');
if (!existsSync(testsPath) || !existsSync(path.join(REPO_ROOT, 'dist', 'extension.js'))) {
  console.error('desktop: dist/ is missing: build first (npm run build).');
  process.exit(1);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.warn('desktop: no display; if VS Code fails to start, run this under `xvfb-run -a`.');
}

await ensureWebHarness();
const { downloadAndUnzipVSCode, runTests } = await import('@vscode/test-electron');

const cachePath = path.join(REPO_ROOT, '.vscode-test');
let vscodeExecutablePath;
try {
  vscodeExecutablePath = await downloadAndUnzipVSCode({ version: options.version, cachePath, timeout: 30_000 });
} catch (error) {
  console.error(
    `desktop: could not download VS Code ${options.version} (${error?.message ?? error}).\n` +
      'desktop: this lane needs the network. Offline, `npm run test:integration` runs the same suite ' +
      'in VS Code for the Web and in code-server (the Node extension host desktop VS Code also uses).',
  );
  process.exit(1);
}

// Desktop VS Code works on the real disk: give it a copy of the fixture.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'transcript-desktop-'));
const workspace = path.join(tmp, 'workspace');
cpSync(path.join(REPO_ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
let code = 1;
try {
  code = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath: testsPath,
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      `--user-data-dir=${path.join(tmp, 'user-data')}`,
      `--extensions-dir=${path.join(tmp, 'extensions')}`,
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
} catch (error) {
  console.error(`desktop: ${error?.message ?? error}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
// The suite prints its own `[integration] result` line; this is the run's verdict.
console.log(code === 0 ? 'desktop: passed' : 'desktop: FAILED');
process.exit(code === 0 ? 0 : 1);
