#!/usr/bin/env node
// Takes the README's pictures of the samples in code-server, at 1400 × 860:
//   language-mode  media/language-mode.png: the harbour briefing without its
//                  tags, the Outline open, the cursor in Q&A 2
//   views          media/views.png: the Transcripts views, the briefing
//                  expanded into its sections, its tags in the editor
//   tagging        media/tagging.png: the same, with a tag's hover
// Build first (npm run build).
//
//   node test/harness/screenshot.mjs [language-mode|views|tagging ...] [--out <folder>]
//
// Not a test: the pauses give the workbench time to draw.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM } from './lib/browser.mjs';
import { serveFolder } from './lib/code-server.mjs';
import { ensureWebHarness, REPO_ROOT } from './lib/install.mjs';

const { values: options, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: path.join(REPO_ROOT, 'media') } } });

/** The pictures: whether the samples keep their tags, and what to do before the picture. */
const SHOTS = {
  'language-mode': {
    tags: false,
    async stage(ui) {
      await ui.open('harbour-briefing.txt');
      await ui.page.locator('.view-line', { hasText: 'A follow-up' }).click({ position: { x: 2, y: 5 } });
      await ui.pause(800);
      await ui.page.getByText('Outline', { exact: true }).click();
    },
  },
  views: {
    tags: true,
    async stage(ui) {
      await ui.run('View: Show Transcripts');
      await ui.page.getByText('Port Authority press briefing on the northern harbour works', { exact: true }).first().click();
      await ui.pause(1500);
      await ui.page.locator('.monaco-list-row', { hasText: 'Opening statement' }).first().waitFor();
      await ui.page.locator('.monaco-list-row', { hasText: 'Header' }).first().click();
      await ui.pause(1500);
      // The click selects the header: put the cursor at its start instead.
      await ui.page.locator('.view-line').first().click({ position: { x: 2, y: 5 } });
    },
  },
  tagging: {
    tags: true,
    async stage(ui) {
      await SHOTS.views.stage(ui);
      await ui.pause(1500);
      // The hover of a tag: its category, speaker, note, verdict, the day it was tagged and its actions.
      await ui.page.locator('.view-line', { hasText: 'the dredging contract' }).getByText('dredging contract').first().hover();
    },
  },
};

const wanted = positionals.length ? positionals : Object.keys(SHOTS);
for (const name of wanted) if (!SHOTS[name]) throw new Error(`No picture "${name}": use ${Object.keys(SHOTS).join(' or ')}.`);

await ensureWebHarness();
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  for (const name of wanted) {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'transcript-screenshot-'));
    const folder = path.join(tmp, 'samples');
    cpSync(path.join(REPO_ROOT, 'samples'), folder, { recursive: true });
    if (!SHOTS[name].tags) for (const file of readdirSync(folder)) if (file.endsWith('.annotations.yaml')) rmSync(path.join(folder, file));
    const server = await serveFolder({ folder, stateDir: path.join(tmp, 'state'), extensionPath: REPO_ROOT });
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    try {
      const pause = (ms) => page.waitForTimeout(ms);
      const ui = {
        page,
        pause,
        /** Runs a command by its title from the command palette. */
        async run(title) {
          await page.keyboard.press('F1');
          await page.locator('.quick-input-widget input').waitFor();
          await page.keyboard.type(title);
          await pause(800);
          await page.keyboard.press('Enter');
          await pause(800);
        },
        /** Opens a file of the folder by name. */
        async open(file) {
          await page.keyboard.press('Control+P');
          await page.locator('.quick-input-widget input').waitFor();
          await page.keyboard.type(file);
          await pause(800);
          await page.keyboard.press('Enter');
          await page.locator('.view-line').first().waitFor();
          await pause(1500);
        },
      };
      await page.goto(server.url, { waitUntil: 'domcontentloaded' });
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      await pause(7000);
      await ui.run('Close Secondary Side Bar');
      await ui.run('View: Close All Editors');
      await SHOTS[name].stage(ui);
      await pause(3000);
      const output = path.join(options.out, `${name}.png`);
      await page.screenshot({ path: output });
      console.log(`screenshot: ${path.relative(process.cwd(), output)}`);
    } finally {
      await page.close();
      await server.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}
