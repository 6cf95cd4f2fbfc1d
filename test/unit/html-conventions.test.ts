/**
 * Web pages in the conventions a held-out check of real pages showed: speakers
 * named by a heading before their words (podcast and conference sites), the
 * page's title in its first heading, and the page's navigation links after
 * the transcript. The pages here are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { page, read, turns } from './htmlPages';

describe('web pages: a heading names the speaker', () => {
  it('reads a speaker heading before each turn as its label', async () => {
    const r = await read(page(`
      <h1>Tides and harbours</h1>
      <span class="ts">00:00:05</span><h3 class="speaker">Mira</h3><p>Welcome back to the show.</p><p>Today we talk about tides.</p>
      <span class="ts">00:00:40</span><h3 class="speaker">Joss</h3><p>Thanks for having me.</p>
      <span class="ts">00:01:02</span><h3 class="speaker">Mira</h3><p>Where do we start?</p>
      <span class="ts">00:01:10</span><h3 class="speaker">Joss</h3><p>With the moon, always.</p>`));
    assert.deepEqual(
      r.transcript.turns.map((t) => t.speaker),
      ['Mira', 'Joss', 'Mira', 'Joss'],
    );
    assert.match(turns(r)[0]!, /^Mira: Welcome back to the show\./);
  });

  it('reads a heading with a name and a button to play from there as a label', async () => {
    const r = await read(page(`<article>
      <h2 id="a">Lena Ortiz <button onclick="skip('0:00')">0:00</button></h2><p>Thank you all for coming.</p>
      <h2 id="b">Lena Ortiz <button onclick="skip('3:10')">3:10</button></h2><p>So, the second point.</p>
      <h2 id="c">Audience <button onclick="skip('9:02')">9:02</button></h2><p>What about fees?</p>
      <h2 id="d">Lena Ortiz <button onclick="skip('9:20')">9:20</button></h2><p>They go down.</p>
      <h2 id="e">Audience <button onclick="skip('9:41')">9:41</button></h2><p>And the risks?</p></article>`));
    assert.deepEqual(
      r.transcript.turns.map((t) => t.speaker),
      ['Lena Ortiz', 'Lena Ortiz', 'Audience', 'Lena Ortiz', 'Audience'],
    );
  });

  it('keeps a heading that names something once as a heading, not a label', async () => {
    const r = await read(page(`
      <h2>Introduction</h2><p>Mira: We begin.</p><p>Joss: Good.</p>
      <h2>Questions</h2><p>Mira: Any?</p><p>Joss: None.</p>`));
    assert.deepEqual(
      r.transcript.turns.map((t) => t.speaker),
      ['Mira', 'Joss', 'Mira', 'Joss'],
    );
  });
});

describe('web pages: the title the page states', () => {
  it('takes the first heading as the title when the head\'s title repeats it, over the lines before the talk', async () => {
    const r = await read(
      page(`<h1>Tides and harbours</h1><p class="meta">Harbour Radio · Season 2 · harbourradio.example</p>
        <p>Mira: Welcome back.</p><p>Joss: Thanks.</p>`, '<title>Tides and harbours -- Harbour Radio</title>'),
    );
    assert.equal(r.transcript.metadata.title, 'Tides and harbours');
    assert.equal(r.transcript.metadata.titleFrom, 'page heading');
  });

  it('does not take a site\'s logo heading in the page header for the title', async () => {
    const r = await read(
      page(`<header><h1>Harbour Radio</h1></header><main><h2>Tides and harbours</h2><p>Mira: Welcome back.</p><p>Joss: Thanks.</p></main>`, '<title>Tides and harbours -- Harbour Radio</title>'),
    );
    assert.notEqual(r.transcript.metadata.title, 'Harbour Radio');
  });
});

describe('web pages: links around the transcript', () => {
  it('leaves out a block of links after the talk (`Next:` and the next talks), which read as a label', async () => {
    const r = await read(page(`<article><p>Mira: Welcome back.</p><p>Joss: Thanks for having me.</p></article>
      <aside><div>Next: <a href="/talks/2">Fees and contracts</a> <a href="/talks/3">Tides again</a></div></aside>`));
    assert.deepEqual(turns(r), ['Mira: Welcome back.', 'Joss: Thanks for having me.']);
  });

  it('keeps a turn that holds links among its words', async () => {
    const r = await read(page(`<p>Mira: Read <a href="/a">the report</a> and <a href="/b">the annex</a> before Friday, please.</p><p>Joss: Will do.</p>`));
    assert.deepEqual(turns(r), ['Mira: Read the report and the annex before Friday, please.', 'Joss: Will do.']);
  });
});
