// Packages the extension as a user gets it: a `.vsix` made by vsce from the
// built `dist/` (run `npm run build` first). vsce runs from a staged copy
// whose package.json has no prepublish script, so that packaging neither
// rebuilds nor touches the repository's own `dist/`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './install.mjs';

/** What the package is made from; vsce keeps only what package.json's `files` lists. */
const ENTRIES = ['dist', 'l10n', 'media', 'samples', 'schemas', 'syntaxes', 'language-configuration.json', 'README.md', 'CHANGELOG.md', 'BENCHMARKS.md', 'LICENSE'];

/** Writes the extension's `.vsix` to `outFile` (from `extensionPath`, default the repository) and returns its path. */
export function packageVsix(outFile, extensionPath = REPO_ROOT) {
  const stage = mkdtempSync(path.join(os.tmpdir(), 'transcript-vsix-'));
  try {
    for (const entry of ENTRIES) if (existsSync(path.join(extensionPath, entry))) cpSync(path.join(extensionPath, entry), path.join(stage, entry), { recursive: true });
    for (const name of readdirNls(extensionPath)) cpSync(path.join(extensionPath, name), path.join(stage, name));
    const manifest = JSON.parse(readFileSync(path.join(extensionPath, 'package.json'), 'utf8'));
    // The build is already there: no prepublish build in the stage.
    manifest.scripts = {};
    writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2));
    const vsce = path.join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const run = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', outFile], { cwd: stage, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`vsce could not package the extension (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    return outFile;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

function readdirNls(dir) {
  return ['package.nls.json', ...['de', 'fr', 'es', 'it', 'ja', 'zh-cn', 'pt-br'].map((l) => `package.nls.${l}.json`)].filter((n) => existsSync(path.join(dir, n)));
}
