// Builds the three bundles: the Node extension (desktop VS Code), the browser
// extension (VS Code for the Web) and the command line. `--watch` rebuilds on
// change; `--production` minifies.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as fs from 'node:fs';
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  // The test hooks (the API `activate` returns, the `_listTags`/`_flushTags` commands) are left out of the published build.
  define: { TEST_BUILD: production ? 'false' : 'true', WEB_BUILD: 'false' },
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  target: 'es2022',
};

/**
 * Chunks: code built as files of its own and loaded the first time it is needed
 * (src/core/formats/documents/chunks.ts): each document reader, and the export
 * writers and importers (only exporting and importing need them).
 */
const chunks = Object.fromEntries([
  ...fs.readdirSync('src/core/formats/documents/chunks').filter((f) => f.endsWith('.ts')).map((f) => [f.replace(/\.ts$/, ''), `src/core/formats/documents/chunks/${f}`]),
  ['export', 'src/core/export/chunk.ts'],
  ['report', 'src/core/report/chunk.ts'],
  ['agreement', 'src/core/agreement/chunk.ts'],
  ['claims', 'src/core/claims/chunk.ts'],
]);

/**
 * The command line: `dist/cli.js` only dispatches; each command (`src/cli/commands/<name>.ts`) is built
 * as `dist/cli/<name>.js` and required when that command runs, so start-up parses no command's code.
 * The plugin turns the dispatcher's `import('./commands/<name>')` into a load of that file with its
 * code cache, where the build made one (src/cli/commandFile.ts).
 */
const cliCommands = Object.fromEntries(fs.readdirSync('src/cli/commands').filter((f) => f.endsWith('.ts') && f !== 'help.ts').map((f) => [f.replace(/\.ts$/, ''), `src/cli/commands/${f}`]));
/** @type {import('esbuild').Plugin} */
const commandsApart = {
  name: 'cli-commands-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/commands\/[\w-]+$/ }, (args) =>
      args.kind === 'dynamic-import' && args.importer.endsWith('src/cli/index.ts') ? { path: args.path.slice('./commands/'.length), namespace: 'cli-command' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'cli-command' }, (args) => ({
      contents: `module.exports = require('./commandFile').requireCommand(${JSON.stringify(args.path)});`,
      resolveDir: 'src/cli',
      loader: 'js',
    }));
  },
};

/**
 * For `help`, which needs only each command's usage text: every module counts as free of side effects,
 * so what the usage texts do not use (the commands' code and libraries) is left out.
 * @type {import('esbuild').Plugin}
 */
const usageOnly = {
  name: 'usage-only',
  setup(build) {
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === 'usage-only' || args.kind === 'entry-point' || args.path.startsWith('node:')) return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'usage-only' });
      return resolved.errors.length ? resolved : { ...resolved, sideEffects: false };
    });
  },
};

/**
 * The extension bundles load the `yaml` parser (about 110 KB) from a chunk of its own: `yaml` resolves to
 * `src/core/annotations/yamlOnDemand.ts`. The Node bundle requires `dist/chunks/yaml.js` (`yamlChunk.ts`) the
 * first time a sidecar or the codebook is read or written; the web bundle, whose chunks load asynchronously,
 * fetches `dist/web/chunks/yaml.js` when the extension starts (`src/host/chunks.ts`). The command line keeps
 * the parser inline.
 * @type {import('esbuild').Plugin}
 */
const yamlOnDemand = {
  name: 'yaml-on-demand',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, (args) => (args.importer.endsWith('yamlOnDemand.ts') ? undefined : { path: fileURLToPath(new URL('src/core/annotations/yamlOnDemand.ts', import.meta.url)) }));
  },
};

const builds = [
  {
    ...common,
    entryPoints: { ...chunks, yaml: 'src/core/annotations/yamlChunk.ts' },
    outdir: 'dist/chunks',
    platform: 'node',
    format: 'cjs',
    // The report's charts are drawn without a canvas, in Node as in the web worker: Vega's
    // browser canvas module (none without a DOM) replaces its Node one, which loads node-canvas.
    alias: { 'vega-canvas': './node_modules/vega-canvas/build/vega-canvas.browser.js' },
  },
  {
    // The browser extension host fetches these from the extension's address and runs them as
    // VS Code runs the extension itself: CommonJS in a function (src/host/chunks.ts).
    ...common,
    entryPoints: { ...chunks, yaml: 'src/core/annotations/yamlChunk.ts' },
    outdir: 'dist/web/chunks',
    platform: 'browser',
    format: 'cjs',
    mainFields: ['browser', 'module', 'main'],
  },
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    plugins: [yamlOnDemand],
  },
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    define: { ...common.define, WEB_BUILD: 'true' },
    format: 'cjs',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
    plugins: [yamlOnDemand],
  },
  {
    ...common,
    entryPoints: ['src/cli/index.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [commandsApart],
    // `require` the commands' files: Node's `import()` of a CommonJS file first scans all of it for its exports.
    supported: { 'dynamic-import': false },
  },
  {
    ...common,
    entryPoints: cliCommands,
    outdir: 'dist/cli',
    platform: 'node',
    format: 'cjs',
    // These files are one folder below the bundles the document readers' chunks sit beside (src/core/formats/documents/chunks.ts).
    define: { ...common.define, CHUNKS_FOLDER: '"../chunks/"' },
    // A chunk is `require`d: these files run from their code cache (src/cli/commandFile.ts), where Node 20 cannot `import()`.
    supported: { 'dynamic-import': false },
  },
  {
    ...common,
    entryPoints: { help: 'src/cli/commands/help.ts' },
    outdir: 'dist/cli',
    platform: 'node',
    format: 'cjs',
    plugins: [usageOnly],
  },
  {
    // The integration suite, loaded by the extension host under test in both
    // hosts; mocha is bundled so the browser host needs no module loader.
    ...common,
    entryPoints: ['test/integration/index.ts'],
    outfile: 'dist/test/integration.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
    define: { ...common.define, 'process.env.NODE_ENV': '"test"' },
  },
];

/**
 * `--help` prints one text: the built `help` file is run once here and replaced by that text and a
 * `run` that prints it, so the command line's start-up for help parses about 10 KB of text instead of the usage
 * texts' modules (with the constants and helpers they share, about 40 KB) and runs none of their code.
 */
function usageAsText(file) {
  const path = fileURLToPath(new URL(file, import.meta.url));
  const { USAGE } = createRequire(import.meta.url)(path);
  if (typeof USAGE !== 'string' || !USAGE.startsWith('Usage: ')) throw new Error(`${file}: no usage text`);
  fs.writeFileSync(
    path,
    `"use strict";\n// Made by esbuild.config.mjs from src/cli/commands/help.ts: the usage text its modules put together.\nconst USAGE = ${JSON.stringify(USAGE)};\nexports.USAGE = USAGE;\nexports.run = async (_args, out) => (out.write(USAGE), 0);\n`,
  );
}

// Node looks for the nearest package.json above a file it runs to learn whether it is CommonJS; without
// this one it reads the project's own (50 KB, the editor's manifest) at every start of the command line.
fs.mkdirSync('dist', { recursive: true });
fs.writeFileSync('dist/package.json', '{ "type": "commonjs" }\n');

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  usageAsText('dist/cli/help.js');
  // The outline command's code cache, made by running it on the samples in a fresh process (src/cli/commandFile.ts).
  execFileSync(process.execPath, ['scripts/cli-code-cache.mjs'], { stdio: 'inherit' });
}
