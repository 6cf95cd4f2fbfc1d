#!/usr/bin/env node
// `npm start`: VS Code in the browser with this extension, until Ctrl-C. Open
// the printed address in a browser.
//
//   npm start -- <folder>       your folder, in code-server (a real VS Code
//                               server) as a user has it: the extension packaged
//                               as a .vsix and installed, no test driver (so
//                               notifications show), the Chat panel off. Every
//                               tag, edit and export is written to the folder on
//                               disk. The first start installs code-server and
//                               Node 24 (2-3 minutes).
//   npm start                   the samples/, in VS Code for the Web: quick to
//                               start, but edits stay in the browser's memory.
//
//   node test/harness/serve.mjs [<folder>] [--port 3000] [--web]
//
// `--web` opens a folder in VS Code for the Web instead (read from disk, edits in memory).
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { HARNESS_DIR, REPO_ROOT } from './lib/install.mjs';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    // The old spelling of the folder argument.
    folder: { type: 'string' },
    web: { type: 'boolean', default: false },
  },
});

const given = positionals[0] ?? options.folder;
const folderPath = path.resolve(given ?? path.join(REPO_ROOT, 'samples'));
if (!existsSync(folderPath) || !statSync(folderPath).isDirectory()) {
  console.error(`serve: ${folderPath} is not a folder.`);
  process.exit(1);
}
const onDisk = given !== undefined && !options.web;
const bundle = onDisk ? path.join('dist', 'extension.js') : path.join('dist', 'web', 'extension.js');
if (!existsSync(path.join(REPO_ROOT, bundle))) {
  console.error(`serve: ${bundle} is missing: build first (npm run build).`);
  process.exit(1);
}

let server;
if (onDisk) {
  const { serveAsUser } = await import('./lib/code-server.mjs');
  const { packageVsix } = await import('./lib/vsix.mjs');
  // Settings and state persist between starts, in an ignored folder.
  const stateDir = path.join(HARNESS_DIR, '.serve-state');
  mkdirSync(stateDir, { recursive: true });
  const vsix = packageVsix(path.join(stateDir, 'transcript-annotator.vsix'));
  server = await serveAsUser({ folder: folderPath, stateDir, vsix, port: Number(options.port) });
  console.log(`\nOpen ${server.url} in your browser.`);
  console.log(`The workspace is ${folderPath}: tags, edits and exports are written there.`);
} else {
  const { startWebWorkbench } = await import('./lib/web.mjs');
  server = await startWebWorkbench({ extensionDevelopmentPath: REPO_ROOT, folderPath, port: Number(options.port) });
  const port = Number(new URL(server.url).port);
  if (port !== Number(options.port)) console.log(`serve: port ${options.port} is taken, using ${port}`);
  console.log(`\nOpen ${server.url} in your browser (${path.relative(REPO_ROOT, folderPath) || '.'} is the workspace).`);
  console.log('Edits stay in the browser’s memory: to keep your work, run `npm start -- <your folder>` instead, or download files with Explorer → Download.');
}
console.log(onDisk ? 'The extension is installed from its .vsix: run `npm start -- <folder>` again to pick up changes. Ctrl-C stops.' : 'Rebuild with `npm run build` (or keep `npm run watch` running) and reload the page to pick up changes. Ctrl-C stops.');

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await server.close();
    process.exit(0);
  });
}
