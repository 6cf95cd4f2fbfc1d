/**
 * Web pages: the page's blocks read as a transcript, what is not content left
 * out, labels marked by styling alone found, places by paragraph (or by page
 * for a PDF converted by pdftohtml), title and date from the page's metadata.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { page, read, turns } from './htmlPages';

describe('web pages: what is read', () => {
  it('is recognised by its name or by its head', async () => {
    const r = await read(page('<p>Ana: Hello.</p>'), 'notes.txt');
    assert.equal(r.transcript.format, 'html');
    assert.equal((await read('<p>Ana: Hello.</p>', 'talk.htm')).transcript.format, 'html');
  });

  it('leaves out scripts, styles, templates, comments, navigation, the page header and footer, hidden and cookie elements', async () => {
    const r = await read(page(`
      <header><a href="/">Home</a></header><nav><ul><li>Menu: all</li></ul></nav>
      <div class="cookie-notice">Cookies: we use them.</div>
      <script>var label = "Ghost: boo";</script><style>p { color: red }</style><template><p>Draft: none</p></template>
      <noscript>Script: off</noscript><svg><text>Shape: circle</text></svg><div aria-hidden="true">Hidden: yes</div>
      <main><p>Ana: The dam holds.</p><!-- Note: not said --><p>Ben: For now.</p></main>
      <div id="site-footer">Contact: us</div><footer>Rights: reserved</footer>`));
    assert.deepEqual(turns(r), ['Ana: The dam holds.', 'Ben: For now.']);
    assert.doesNotMatch(r.text, /Ghost|Menu|Cookies|Draft|Script|Shape|Hidden|Note|Contact|Rights/);
  });

  it('keeps an article\'s own header', async () => {
    const r = await read(page('<article><header><h1>Dam inspection</h1></header><p>Ana: The dam holds.</p></article>'));
    assert.match(r.text, /^Dam inspection\n/);
  });

  it('decodes entities and keeps line breaks', async () => {
    const r = await read(page('<p>Ana: Salt &amp; sand&nbsp;both.<br>They wash out.</p>'));
    assert.match(r.text, /Ana: Salt & sand both\.\nThey wash out\./);
  });
});

describe('web pages: labels marked by styling', () => {
  it('writes a bold name without a colon as a label, adding only the colon', async () => {
    const r = await read(page('<p><b>Ana Ruiz</b> The level is falling.</p><p><strong>Ben Ode</strong> How fast?</p><p><b>Ana Ruiz</b> Slowly.</p>'));
    assert.deepEqual(turns(r), ['Ana Ruiz: The level is falling.', 'Ben Ode: How fast?', 'Ana Ruiz: Slowly.']);
  });

  it('keeps a bold label that has its colon as it is', async () => {
    const r = await read(page('<p><strong>ANA:</strong> Ready.</p><p><b>BEN ODE</b>: Go on.</p>'));
    assert.deepEqual(turns(r), ['ANA: Ready.', 'Ben Ode: Go on.']);
    assert.match(r.text, /^ANA: Ready\.\n\nBEN ODE: Go on\.$/m);
  });

  it('reads a span styled bold, and a class used only at the start of paragraphs, as labels', async () => {
    const styled = await read(page('<p><span style="font-weight:bold">Ana</span> One.</p><p><span style="font-weight: 700">Ben</span> Two.</p>'));
    assert.deepEqual(turns(styled), ['Ana: One.', 'Ben: Two.']);
    const classed = await read(page('<p><span class="spk">Ana</span> One more.</p><p><span class="spk">Ben</span> Two more.</p><p>A <span class="em">plain</span> line.</p>'));
    // The class used inside a sentence too is no label class: that paragraph continues Ben's turn.
    assert.deepEqual(turns(classed), ['Ana: One more.', 'Ben: Two more. A plain line.']);
  });

  it('does not take bold words inside a sentence or a bold heading as labels', async () => {
    const r = await read(page('<h2><b>Summary</b> of the day</h2><p>Ana: It was <b>very</b> wet.</p>'));
    assert.deepEqual(turns(r).filter((t) => !t.startsWith('(none)')), ['Ana: It was very wet.']);
  });

  it('takes a bold name on a line of its own, before speech, as a label when it comes back', async () => {
    const r = await read(page('<p><strong>Ana Ruiz</strong></p><p>The level is falling.</p><p><strong>Ben Ode</strong></p><p>How fast?</p><p><strong>Ana Ruiz</strong></p><p>Slowly.</p><p><strong>Ben Ode</strong></p><p>Thanks.</p>'));
    assert.deepEqual(turns(r), ['Ana Ruiz: The level is falling.', 'Ben Ode: How fast?', 'Ana Ruiz: Slowly.', 'Ben Ode: Thanks.']);
  });

  it('does not take a bold heading on a line of its own for a label', async () => {
    const r = await read(page('<p><b>REPORTS</b></p><p>THE HARBOUR REPORT</p><p>Ana: Noted.</p><p><b>REPORTS</b></p><p>THE RIVER REPORT</p><p>Ben: Noted too.</p>'));
    assert.deepEqual(turns(r).filter((t) => !t.startsWith('(none)')).map((t) => t.split(':')[0]), ['Ana', 'Ben']);
  });

  it('reads a briefing\'s `Q` followed by no-break spaces as the question label', async () => {
    const r = await read(page('<p>MS. HART: Questions?<br><br>Q &nbsp; &nbsp;When does the bridge open?<br><br>MS. HART: In May.<br><br>Q&nbsp;&nbsp;And the cost?<br><br>MS. HART: Less than planned.</p>'));
    assert.deepEqual(turns(r).map((t) => t.split(':')[0]), ['Ms. Hart', 'Q', 'Ms. Hart', 'Q', 'Ms. Hart']);
    assert.match(r.text, /^Q {4}When does the bridge open\?$/m);
  });

  it('does not take a sentence that starts with the word A for an answer label', async () => {
    const r = await read(page('<p>Ana: The plan is set.</p><p>A  dozen crews start on Monday.</p>'));
    assert.deepEqual(turns(r).map((t) => t.split(':')[0]), ['Ana']);
  });

  it('reads a table with a speaker column', async () => {
    const r = await read(page('<table><tr><td>Ana</td><td>We sail at noon.</td></tr><tr><td>Ben</td><td>Weather permitting.</td></tr></table>'));
    assert.deepEqual(turns(r), ['Ana: We sail at noon.', 'Ben: Weather permitting.']);
  });
});

describe('web pages: places and metadata', () => {
  it('gives each block its paragraph as its place', async () => {
    const r = await read(page('<p>Ana: First.</p><p>Ben: Second.</p>'));
    const second = r.transcript.turns[1]!;
    const place = r.transcript.origin!.places.find((p) => p.start <= second.segments[0]!.start && second.segments[0]!.start < p.end);
    assert.deepEqual([place?.ref, place?.paragraph], ['¶ 2', 2]);
  });

  it('parts a block at an empty line (two line breaks), each part a paragraph of its own', async () => {
    const r = await read(page('<p>Intro.</p><p>MS. HART: The bridge opens in May.<br>\n<br>\nIt cost less than planned.<br>&nbsp;<br>MR. LOWE: Who paid?</p>'));
    const placeOf = (needle: string) => r.transcript.origin!.places.find((p) => p.start <= r.text.indexOf(needle) && r.text.indexOf(needle) < p.end)?.ref;
    assert.deepEqual([placeOf('The bridge'), placeOf('It cost'), placeOf('Who paid')], ['¶ 2', '¶ 3', '¶ 4']);
    assert.deepEqual(turns(r), ['Ms. Hart: The bridge opens in May. It cost less than planned.', 'Mr. Lowe: Who paid?']);
  });

  it('keeps each line on the line of the page it came from, and preformatted text as it is', async () => {
    const html = ['<html>', '<head><title>Record</title></head>', '<body><pre>', 'The sitting opened.', '', '  Ms. HART. I move the motion.', '  Mr. LOWE. I second it.', '</pre></body></html>'].join('\n');
    const r = await read(html, 'record.htm');
    assert.deepEqual(r.text.split('\n').slice(3, 7), ['The sitting opened.', '', '  Ms. HART. I move the motion.', '  Mr. LOWE. I second it.']);
  });

  it('takes the title and the date from the page\'s metadata where the text has none', async () => {
    const r = await read(page('<p>Ana: First.</p><p>Ben: Second.</p>', '<title>Site | Page</title><meta property="og:title" content="River hearing"><meta property="article:published_time" content="2023-06-09T08:00:00Z">'), 'river.html');
    assert.equal(r.transcript.metadata.title, 'River hearing');
    assert.equal(r.transcript.metadata.titleFrom, 'page metadata');
    assert.equal(r.transcript.metadata.date, '2023-06-09');
    assert.equal(r.transcript.metadata.dateFrom, 'page metadata');
  });

  it('reads pdftohtml pages: lines in order of their place, the page as their place', async () => {
    const line = (top: number, left: number, text: string) => `<p style="position:absolute;top:${top}px;left:${left}px;white-space:nowrap" class="ft01">${text}</p>`;
    const html = page(
      `<div id="page1-div" style="position:relative;width:900px;height:1200px;">${line(200, 100, 'Ben: Agreed.')}${line(100, 100, 'Ana: We start')}${line(100, 300, 'on time.')}</div>` +
      `<div id="page2-div" style="position:relative;width:900px;height:1200px;">${line(100, 100, 'Ana: Then we finish.')}</div>`,
      '<meta name="generator" content="pdftohtml 0.36">',
    );
    const r = await read(html, 'minutes-converted.html');
    assert.deepEqual(turns(r), ['Ana: We start on time.', 'Ben: Agreed.', 'Ana: Then we finish.']);
    const last = r.transcript.turns[2]!;
    assert.equal(r.transcript.origin!.places.find((p) => p.start <= last.segments[0]!.start && last.segments[0]!.start < p.end)?.ref, 'p. 2');
  });

  it('reads pdftohtml lines whose label sits a few pixels above its words as one line, and a piece of several lines line by line', async () => {
    const at = (top: number, left: number, inner: string) => `<p style="position:absolute;top:${top}px;left:${left}px;white-space:nowrap">${inner}</p>`;
    const html = page(`<div id="page1-div" style="position:relative;">${at(100, 100, '<b>Ana Ruiz</b>')}${at(104, 300, ': We start now.')}${at(120, 100, 'Then we vote.')}${at(140, 100, 'Ben Ode: Agreed.<br/>Ana Ruiz: Good.')}</div>`);
    const r = await read(html, 'sitting.html');
    assert.deepEqual(turns(r), ['Ana Ruiz: We start now. Then we vote.', 'Ben Ode: Agreed.', 'Ana Ruiz: Good.']);
  });

  it('reads pdftohtml\'s simple output with page anchors', async () => {
    const r = await read(page('<a name=1></a>Ana: We start.<br/>Ben: Agreed.<br/><hr/><a name=2></a>Ana: Done.<br/>'), 'simple.html');
    assert.deepEqual(turns(r), ['Ana: We start.', 'Ben: Agreed.', 'Ana: Done.']);
    assert.deepEqual([...new Set(r.transcript.origin!.places.map((p) => p.ref))], ['p. 1', 'p. 2']);
  });
});
