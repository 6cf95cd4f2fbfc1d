/**
 * Names from others' files are shown safely (characters that reorder or hide
 * text made visible) in messages, views and exports' headers, and only
 * http(s) addresses become links.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSourceAddress, writeSidecar } from '../../src/core/annotations';
import { agreementReport, compareAnnotators, reportHtml, type AnnotatorTag } from '../../src/core/agreement';
import { formatProblem } from '../../src/core/export/summary';
import { claimLabel } from '../../src/core/workspace/claims';
import { documentLabel, documentTooltip } from '../../src/core/workspace/documents';
import { run } from './helpers';

const RLO = '\u202E';

describe('names shown safely', () => {
  it('shows a right-to-left override in a file name as <U+202E> in the command line’s messages', async () => {
    const { code, err } = await run('outline', `minutes${RLO}txt.exe`);
    assert.notEqual(code, 0);
    assert.match(err, /minutes<U\+202E>txt\.exe: no such file/);
    assert.doesNotMatch(err, new RegExp(RLO));
  });

  it('shows invisible characters in a claim’s speaker, note and document in the Claims view', () => {
    const claim = {
      document: { key: 'file:///w/a.txt', title: `Brief${RLO}ing`, path: `a${RLO}.txt` },
      tag: { id: 't1', category: 'claim', quote: 'Rates fell', range: { startLine: 0, startCharacter: 0, endLine: 0, endCharacter: 10 }, status: 'anchored' as const, speaker: `Mr\u200B Price`, section: null, note: `see\u2066 this` },
    };
    const { description, tooltip } = claimLabel(claim, 'category');
    assert.equal(description, 'Mr<U+200B> Price · Brief<U+202E>ing');
    assert.match(tooltip, /— Mr<U\+200B> Price\n/);
    assert.match(tooltip, /Note: see<U\+2066> this/);
    assert.match(tooltip, /\(a<U\+202E>\.txt\)/);
  });

  it('shows invisible characters in a document’s title and path in the Transcripts view', () => {
    const entry = { key: 'file:///w/x', path: `hearings/evil${RLO}fdp.txt`, summary: { looksLikeTranscript: true, title: `Hearing${RLO}` } };
    const { label } = documentLabel(entry);
    const tooltip = documentTooltip(entry);
    assert.equal(label, 'Hearing<U+202E>');
    assert.match(tooltip, /hearings\/evil<U\+202E>fdp\.txt$/);
  });

  it('shows invisible characters in the file an export problem names', () => {
    assert.equal(formatProblem({ file: `a${RLO}b.txt`, severity: 'warning', message: 'left out' }), 'a<U+202E>b.txt: warning: left out');
  });
});

describe('links only http(s)', () => {
  it('takes a web address as a tag’s source link', () => {
    assert.ok(isSourceAddress('https://example.org/fact-check/42'));
    assert.ok(isSourceAddress(' http://example.org '));
  });

  it('never takes another scheme, a host-less or a spaced address as one', () => {
    for (const text of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'https://', 'http:///x', 'vscode:extension/x', 'https://exa mple.org']) {
      assert.equal(isSourceAddress(text), false, text);
    }
  });
});

describe('names shown safely in reports and headers', () => {
  it('shows invisible characters in annotators’ and documents’ names on the agreement report page', () => {
    const text = 'A: Rates fell last year. And more.';
    const start = text.indexOf('Rates');
    const tag = (category: string): AnnotatorTag => ({ id: `t-${category}`, start, end: start + 10, category, quote: 'Rates fell' });
    const docs = [{ path: `a${RLO}txt.transcript`, text, sets: [{ key: 'ana', name: `Ana${RLO}`, tags: [tag('claim')] }, { key: 'bo', name: 'Bo\u2066', tags: [tag('promise')] }] }];
    const report = agreementReport(docs, { unit: 'sentence' });
    const differences = compareAnnotators(docs[0]!.sets.map((s) => s.tags)).map((d) => ({ document: docs[0]!.path, quote: text.slice(d.start, d.end), kind: d.kind, categories: d.tags.map((x) => x?.category) }));
    const html = reportHtml({ report, nonce: 'n', differences });
    assert.ok(!html.includes(RLO) && !html.includes('\u2066'), 'no raw control character');
    assert.ok(html.includes('Ana&lt;U+202E&gt;') || html.includes('Ana<U+202E>'), 'the annotator is shown with its control character made visible');
  });

  it('names the transcript in a sidecar’s header comment with its invisible characters shown, and keeps the name as data', () => {
    const text = writeSidecar({ transcriptName: `evil${RLO}txt.exe`, text: 'Host: hi.\n', tags: [] });
    assert.match(text.split('\n')[0]!, /^# Tags of evil<U\+202E>txt\.exe, kept by/);
    assert.match(text, /^transcript: "evil\u202Etxt\.exe"$/m);
  });
});
