// Runs code-server (the Node extension host that desktop VS Code also uses)
// on loopback, with all its state in a throw-away folder, in its own process
// group so that it and its extension hosts can be ended together.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { CODE_SERVER_ENTRY, NODE24_DIR, ensureCodeServer, node24Env } from './install.mjs';
import { freePort } from './web.mjs';

/**
 * Starts code-server and waits until it answers `/healthz`. `stateDir` gets
 * the user data, extensions and XDG folders. Resolves with
 * `{ origin, pageUrl(folder, payload), close(), output() }`.
 */
export async function startCodeServer({ stateDir, startTimeoutMs = 60_000, port: preferredPort = 0 }) {
  await ensureCodeServer();
  const dirs = {};
  for (const name of ['user-data', 'extensions', 'xdg-config', 'xdg-data', 'xdg-cache']) {
    dirs[name] = path.join(stateDir, name);
    mkdirSync(dirs[name], { recursive: true });
  }
  const port = await freePort(preferredPort);
  const origin = `http://127.0.0.1:${port}`;
  const args = [
    CODE_SERVER_ENTRY,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--user-data-dir', dirs['user-data'],
    '--extensions-dir', dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  const env = {
    ...node24Env(),
    XDG_CONFIG_HOME: dirs['xdg-config'],
    XDG_DATA_HOME: dirs['xdg-data'],
    XDG_CACHE_HOME: dirs['xdg-cache'],
    EXTENSIONS_GALLERY: '{}',
  };
  delete env.VSCODE_IPC_HOOK_CLI;
  const child = spawn(path.join(NODE24_DIR, 'bin', 'node'), args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let exited = null;
  const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = { code, signal }))));

  const close = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5_000);
    await exitPromise;
    clearTimeout(timer);
  };

  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server exited (${exited.code ?? exited.signal}) before it was ready:\n${output}`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await close();
      throw new Error(`code-server did not answer ${origin}/healthz within ${startTimeoutMs / 1000} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  /** The page that opens `folder` and runs the given development payload. */
  const pageUrl = (folder, payload) => {
    const url = new URL(origin);
    url.searchParams.set('folder', folder);
    if (payload) url.searchParams.set('payload', JSON.stringify(payload));
    return url.toString();
  };
  return { origin, pageUrl, close, output: () => output, pid: child.pid };
}

/**
 * code-server with this extension loaded from `extensionPath` and `folder`
 * open: a real VS Code server, so every edit, tag and export made in the
 * browser is written to `folder` on disk. With `testsPath`, the page runs that
 * test bundle. Used by `npm start -- <folder>` and by the Node lane alike.
 * Resolves with `{ url, origin, close(), output() }`.
 */
export async function serveFolder({ folder, stateDir, extensionPath, testsPath, port = 0 }) {
  const server = await startCodeServer({ stateDir, port });
  const remote = (p) => `vscode-remote://remote${p}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)]];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  return { ...server, url: server.pageUrl(folder, payload) };
}
