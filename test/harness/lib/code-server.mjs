// Runs code-server (the Node extension host that desktop VS Code also uses)
// on loopback, with all its state in a throw-away folder, in its own process
// group so that it and its extension hosts can be ended together.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CODE_SERVER_ENTRY, NODE24_DIR, ensureCodeServer, node24Env } from './install.mjs';
import { freePort } from './web.mjs';

/**
 * Starts code-server and waits until it answers `/healthz`. `stateDir` gets
 * the user data, extensions and XDG folders. `testDriver` (the integration
 * harness's) passes VS Code's smoke-test driver option, which the page's test
 * payload needs and which also hides notification toasts: `npm start` never
 * passes it. Resolves with `{ origin, pageUrl(folder, payload), close(), output() }`.
 */
export async function startCodeServer({ stateDir, startTimeoutMs = 60_000, port: preferredPort = 0, testDriver = true }) {
  await ensureCodeServer();
  const dirs = stateDirs(stateDir);
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
    ...(testDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ];
  const env = serverEnv(dirs);
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

/** The folders of a server's state, made when missing. */
function stateDirs(stateDir) {
  const dirs = {};
  for (const name of ['user-data', 'extensions', 'xdg-config', 'xdg-data', 'xdg-cache']) {
    dirs[name] = path.join(stateDir, name);
    mkdirSync(dirs[name], { recursive: true });
  }
  return dirs;
}

/** code-server's environment: Node 24, its XDG folders in the state, no extension gallery. */
function serverEnv(dirs) {
  const env = {
    ...node24Env(),
    XDG_CONFIG_HOME: dirs['xdg-config'],
    XDG_DATA_HOME: dirs['xdg-data'],
    XDG_CACHE_HOME: dirs['xdg-cache'],
    EXTENSIONS_GALLERY: '{}',
  };
  delete env.VSCODE_IPC_HOOK_CLI;
  return env;
}

/**
 * The user settings `npm start` serves VS Code with, as a user of the extension
 * would have them: no Chat panel opening on start (the AI features off). A
 * user's own changes to the file are kept; these keys are set on each start.
 */
export const USER_SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
};

/** Writes the user settings into the state's profile, keeping the user's other keys. */
function writeUserSettings(userDataDir) {
  const dir = path.join(userDataDir, 'User');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'settings.json');
  let current = {};
  if (existsSync(file)) {
    try {
      current = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      // A settings file with comments is the user's: leave it as it is.
      console.warn(`serve: ${file} is not plain JSON (${error.message}); it is left as it is.`);
      return;
    }
  }
  writeFileSync(file, JSON.stringify({ ...current, ...USER_SETTINGS }, null, 2));
}

/**
 * `npm start -- <folder>`: VS Code as a user has it. The extension is
 * installed from its `.vsix` with code-server's `--install-extension` (as a user
 * installs a downloaded extension), the folder opened, no test driver: the
 * window title names the folder, notifications show as toasts. Resolves with
 * `{ url, origin, close(), output() }`.
 */
export async function serveAsUser({ folder, stateDir, vsix, port = 0 }) {
  await ensureCodeServer();
  const dirs = stateDirs(stateDir);
  writeUserSettings(dirs['user-data']);
  const install = spawnSync(
    path.join(NODE24_DIR, 'bin', 'node'),
    [CODE_SERVER_ENTRY, '--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions, '--install-extension', vsix, '--force'],
    { env: serverEnv(dirs), encoding: 'utf8' },
  );
  if (install.status !== 0) throw new Error(`code-server could not install ${vsix} (exit ${install.status}):\n${install.stdout}\n${install.stderr}`);
  const server = await startCodeServer({ stateDir, port, testDriver: false });
  return { ...server, url: server.pageUrl(folder) };
}

/**
 * code-server with this extension loaded from `extensionPath` and `folder`
 * open: a real VS Code server, so every edit, tag and export made in the
 * browser is written to `folder` on disk. With `testsPath`, the page runs that
 * test bundle: the integration harness's Node lane (`npm start` uses `serveAsUser`).
 * Resolves with `{ url, origin, close(), output() }`.
 */
export async function serveFolder({ folder, stateDir, extensionPath, testsPath, port = 0 }) {
  const server = await startCodeServer({ stateDir, port });
  const remote = (p) => `vscode-remote://remote${p}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)]];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  return { ...server, url: server.pageUrl(folder, payload) };
}
