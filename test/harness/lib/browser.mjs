// Drives a workbench page in Debian's Chromium until the extension tests call
// `window.codeAutomationExit(code)`. The extension host's console output comes
// through `window.codeAutomationLog(type, args)`.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { ensureWebHarness } from './install.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // The recording player starts playing on a command, not on a click in its page.
  '--autoplay-policy=no-user-gesture-required',
];

/**
 * Workbench chatter that comes through `codeAutomationLog` with the extension
 * host's output; hidden unless `verbose`.
 */
const NOISE = [
  /^\[(AgentHost|AgentHost:remote|ChatModelSelection|AccountPolicyGate|reconnection-grace-time|Service Worker)\]/,
  /^Ignoring fetching additional builtin extensions/,
  /^Updating additional builtin extensions cache/,
  /^Found additional builtin location extensions/,
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket/,
  /^Ignoring the error while validating workspace folder/,
  /^Loading development extension at/,
  /^vscode-test-web-support fs provider registers/,
  /^Timed out waiting for authentication provider 'github'/,
];

/**
 * Opens `url` and resolves with `{ code, result }` when the tests exit, where
 * `result` is the suite's `[integration] result {...}` line, parsed. Rejects
 * after `timeoutMs`.
 *
 * @param {{ url: string, lane: string, timeoutMs: number, verbose?: boolean }} options
 */
export async function runTestsInPage({ url, lane, timeoutMs, verbose = false }) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  // playwright-core is in the web harness's packages: the Node lane needs them too.
  await ensureWebHarness();
  const { chromium } = await import('playwright-core');
  // A persistent profile, not an incognito one: webviews run on another site (`<uuid>.localhost`) and
  // register a service worker, which Chromium refuses to third-party frames of an incognito profile.
  const profile = mkdtempSync(join(tmpdir(), 'transcript-chromium-'));
  mkdirSync(join(profile, 'Default'));
  // Third-party cookies (and with them the webviews' service worker) allowed.
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
  const browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  /** Page-side errors, shown only if the lane fails: the workbench is chatty. */
  const pageErrors = [];
  let result;
  let hidden = 0;
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (error) => pageErrors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console error: ${message.text()}`);
    });

    let exit;
    const exited = new Promise((resolve) => (exit = resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      if (!verbose && NOISE.some((pattern) => pattern.test(text))) {
        hidden++;
        return;
      }
      for (const line of text.split('\n')) {
        const match = /^\[integration\] result (\{.*\})$/.exec(line);
        if (match) result = JSON.parse(match[1]);
        console.log(`[${lane}] ${line}`);
      }
    });
    await page.exposeFunction('codeAutomationExit', (code) => exit(code));

    let timer;
    const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const loadedAndExited = page.goto(url, { waitUntil: 'domcontentloaded', timeout: 0 }).then(() => exited);
    const code = await Promise.race([loadedAndExited, timedOut]).finally(() => clearTimeout(timer));
    if (hidden) console.log(`[${lane}] (${hidden} lines of workbench chatter hidden; --verbose shows them)`);
    if (code === 'timeout') {
      const error = new Error(
        `The ${lane} lane timed out after ${timeoutMs / 1000} s (--timeout <seconds> allows more): the tests never called codeAutomationExit ` +
          `(${result ? 'they did report a result' : 'no result was reported'}).`,
      );
      error.pageErrors = pageErrors;
      error.result = result;
      throw error;
    }
    return { code, result, pageErrors };
  } finally {
    await browser.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
}
