#!/usr/bin/env node
// The workbench `npm start -- <folder>` serves, tried in Chromium as a user
// would: the extension installed from its .vsix, no test driver. Checks that
//   - the window title names the folder, with no "Extension Development Host";
//   - a transcript with no-break spaces shows no Unicode highlight (a JavaScript
//     file with the same spaces does: the check can see highlights);
//   - a command that finds nothing says so in a notification toast;
//   - opening a transcript ticks the walkthrough's first step;
//   - a tag made with the keyboard and the palette lands in the folder on disk;
//   - the browser console has no error about the extension's manifest.
// Ends with `N passed, N failed`. Needs `npm run build` first.
//
//   node test/harness/served.mjs [--verbose] [--keep]
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM } from './lib/browser.mjs';
import { ensureWebHarness, REPO_ROOT } from './lib/install.mjs';

const { values: options } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } } });

const TIMEOUT = 60_000;
/** Two sentences kept apart by a no-break space and a space, as White House transcripts write them (our own words). */
const NBSP_TEXT = 'CHAIR: We begin.\u00a0 The harbour opened in 1990.\u00a0 Cargo rose by twelve per cent.\n';
const TRANSCRIPT = ['Harbour Board Briefing', 'March 4, 2025', '', NBSP_TEXT.trimEnd(), 'Q: Why now?', 'CHAIR: Because the tide turned.', ''].join('\n');

const tmp = mkdtempSync(path.join(os.tmpdir(), 'transcript-served-'));
const folder = path.join(tmp, 'harbour-briefings');
mkdirSync(folder);
writeFileSync(path.join(folder, 'briefing.transcript'), TRANSCRIPT);
// In a string, not a comment: VS Code highlights comments only in untrusted workspaces.
writeFileSync(path.join(folder, 'notes.js'), `const said = ${JSON.stringify(NBSP_TEXT.trimEnd())};\n`);

const results = [];
let server;
let browser;
try {
  if (!existsSync(path.join(REPO_ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first.');
  const { packageVsix } = await import('./lib/vsix.mjs');
  const { serveAsUser } = await import('./lib/code-server.mjs');
  const vsix = packageVsix(path.join(tmp, 'transcript-annotator.vsix'));
  server = await serveAsUser({ folder, stateDir: path.join(tmp, 'state'), vsix });
  await ensureWebHarness();
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const consoleLines = [];
  page.on('console', (m) => {
    consoleLines.push({ type: m.type(), text: m.text() });
    if (options.verbose) console.log(`[console ${m.type()}] ${m.text()}`);
  });
  page.setDefaultTimeout(TIMEOUT);
  await page.goto(server.url);
  await page.waitForSelector('.monaco-workbench');
  // The extension is installed and active once its activity bar entry is there.
  await page.waitForSelector('.activitybar [aria-label^="Transcripts"]');

  const palette = async (command) => {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input');
    await page.keyboard.type(command);
    await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${command.replace(/"/g, '\\"')}"]`);
    await page.keyboard.press('Enter');
  };
  const openFile = async (name) => {
    await page.click(`.explorer-folders-view .monaco-list-row[aria-label^="${name}"]`);
    await page.waitForSelector(`.tabs-container .tab.active[aria-label^="${name}"]`);
    await page.waitForSelector('.editor-instance .monaco-editor .view-lines .view-line');
  };
  const check = async (name, body) => {
    try {
      await page.keyboard.press('Escape');
      await body();
      results.push({ name, ok: true });
      console.log(`  ✓ ${name}`);
    } catch (error) {
      results.push({ name, ok: false });
      console.log(`  ✗ ${name}\n    ${String(error.message ?? error).split('\n').join('\n    ')}`);
      await page.screenshot({ path: path.join(tmp, `failed-${results.length}.png`) }).catch(() => undefined);
    }
  };
  console.log('served workbench:');

  await check('the window title names the folder and not the Extension Development Host', async () => {
    const title = await page.title();
    if (/Extension Development Host/i.test(title)) throw new Error(`title: ${title}`);
    if (!title.includes('harbour-briefings')) throw new Error(`the title does not name the folder: ${title}`);
  });

  await check('a JavaScript file with no-break spaces shows Unicode highlights (the check can see them)', async () => {
    await openFile('notes.js');
    await page.waitForSelector('.editor-instance .monaco-editor .unicode-highlight');
  });

  await check('a command that finds nothing says so in a notification toast', async () => {
    await openFile('briefing.transcript');
    await page.waitForSelector('.editor-instance .monaco-editor .view-line >> text=Cargo rose');
    await palette('Transcript: Go to Next Tag');
    await page.waitForSelector('.notifications-toasts .notification-toast >> text=This transcript has no tags yet.');
  });

  await check('a transcript with the same no-break spaces shows none', async () => {
    // Counted after the round trip of the command above, by when the highlighter (which runs after the text is drawn) has long had its turn.
    if (!(await page.locator('.tabs-container .tab.active[aria-label^="briefing.transcript"]').count())) throw new Error('the transcript is not the active editor');
    const marks = await page.locator('.editor-instance .monaco-editor .unicode-highlight').count();
    if (marks !== 0) throw new Error(`${marks} Unicode highlight(s) in the transcript`);
  });

  await check('opening a transcript ticks the walkthrough\'s first step, done without its button', async () => {
    const openWalkthrough = async () => {
      await page.keyboard.press('Escape');
      await palette('Welcome: Open Walkthrough...');
      await page.waitForSelector('.quick-input-list .monaco-list-row[aria-label*="Transcript Annotator"]');
      await page.keyboard.type('Transcript Annotator');
      // Enter takes the focused row: wait until the filter has made it ours, or another walkthrough opens.
      await page.waitForSelector('.quick-input-list .monaco-list-row.focused[aria-label*="Transcript Annotator"]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-done-step-id$="transcript.walkthrough.open"]');
    };
    await openWalkthrough();
    // The transcript, shown again once the walkthrough is open: VS Code registers an extension's
    // walkthrough seconds after start-up, and the step must tick even when the transcript came first.
    await openFile('briefing.transcript');
    await openWalkthrough();
    await page.waitForSelector('[data-done-step-id$="transcript.walkthrough.open"][aria-checked="true"]');
  });

  await check('a tag made with the keyboard and the palette lands in the folder on disk', async () => {
    await openFile('briefing.transcript');
    await page.click('.editor-instance .monaco-editor .view-line >> text=Cargo rose');
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await palette('Transcript: Tag Claim');
    // The category (the first one, focused once the picker has its items), then the optional note.
    await page.waitForSelector('.quick-input-widget input[placeholder^="Category"]');
    await page.waitForSelector('.quick-input-list .monaco-list-row.focused[aria-label*="1"]');
    await page.keyboard.press('Enter');
    // The optional note: skipped with Enter. Whether the tag was made is what the file on disk says below.
    const note = await page.waitForSelector('.quick-input-widget input[placeholder*="What to check"]', { timeout: 15_000 }).catch(() => undefined);
    if (note) await page.keyboard.press('Enter');
    const sidecar = path.join(folder, 'briefing.transcript.annotations.yaml');
    const deadline = Date.now() + 20_000;
    while (!(existsSync(sidecar) && readFileSync(sidecar, 'utf8').includes('Cargo rose'))) {
      if (Date.now() > deadline) throw new Error(`no tag in ${sidecar} after 20 s`);
      // Another process writes the file: there is no event to wait for here.
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });

  await check('the browser console has no error about the extension\'s manifest', async () => {
    const bad = consoleLines.filter((l) => (l.type === 'error' || l.type === 'warning') && /transcript-annotator|transcript\.walkthrough|completionEvents|package\.nls|walkthrough/i.test(l.text));
    if (bad.length) throw new Error(bad.map((l) => `${l.type}: ${l.text}`).join('\n'));
  });
} catch (error) {
  results.push({ name: 'the served workbench starts', ok: false });
  console.error(`served: ${error.stack ?? error}`);
  if (server) console.error(server.output().slice(-4000));
} finally {
  await browser?.close();
  await server?.close();
  if (options.keep) console.log(`served: kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`served: ${passed} passed, ${failed} failed`);
process.exit(failed || passed === 0 ? 1 : 0);
