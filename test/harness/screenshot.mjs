#!/usr/bin/env node
// Takes the README's first picture, media/language-mode.png: the harbour
// briefing of samples/ (without its tags) in code-server, with the Outline
// open and the cursor in Q&A 2, at 1400 × 860. Build first (npm run build).
//
//   node test/harness/screenshot.mjs [<output.png>]
//
// Not a test: the waits give the workbench time to draw.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM } from './lib/browser.mjs';
import { serveFolder } from './lib/code-server.mjs';
import { ensureWebHarness, REPO_ROOT } from './lib/install.mjs';

const output = path.resolve(process.argv[2] ?? path.join(REPO_ROOT, 'media', 'language-mode.png'));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'transcript-screenshot-'));
const folder = path.join(tmp, 'samples');
cpSync(path.join(REPO_ROOT, 'samples'), folder, { recursive: true });
for (const name of readdirSync(folder)) if (name.endsWith('.annotations.yaml')) rmSync(path.join(folder, name));

await ensureWebHarness();
const { chromium } = await import('playwright-core');
const server = await serveFolder({ folder, stateDir: path.join(tmp, 'state'), extensionPath: REPO_ROOT });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const pause = (ms) => page.waitForTimeout(ms);
  /** Runs a command by its title from the command palette. */
  const run = async (title) => {
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(title);
    await pause(800);
    await page.keyboard.press('Enter');
    await pause(800);
  };
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await pause(7000);
  await run('Close Secondary Side Bar');
  await run('View: Close All Editors');
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type('harbour-briefing.txt');
  await pause(800);
  await page.keyboard.press('Enter');
  await page.locator('.view-line', { hasText: 'A follow-up' }).click({ position: { x: 2, y: 5 } });
  await pause(800);
  await page.getByText('Outline', { exact: true }).click();
  await pause(3000);
  await page.screenshot({ path: output });
  console.log(`screenshot: ${path.relative(process.cwd(), output)}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
}
