// Builds the three bundles: the Node extension (desktop VS Code), the browser
// extension (VS Code for the Web) and the command line. `--watch` rebuilds on
// change; `--production` minifies.
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
]);

const builds = [
  {
    ...common,
    entryPoints: chunks,
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
    entryPoints: chunks,
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
  },
  {
    ...common,
    entryPoints: ['src/cli/index.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
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

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
