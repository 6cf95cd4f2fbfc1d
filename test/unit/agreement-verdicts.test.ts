/**
 * Agreement on verdicts and the tags agreement leaves out: verdicts are
 * steps of an ordered scale (false … true) measured with ordinal α by
 * default; every tag not compared is listed with its reason, in the core's
 * report, its page and the command line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { agreementReport, annotatorSets, krippendorffAlpha, reportHtml, verdictStep, type AnnotatorTag } from '../../src/core/agreement';
import { writeSidecar, type Tag } from '../../src/core/annotations';
import { annotatorSidecarPath, sidecarPath } from '../../src/core/annotations/sidecarPaths';
import { run } from './helpers';
import { scratchFolder } from './scratch';

const TEXT = 'A: One. Two. Three. Four.';

/** A tag on the n-th sentence (0-based) of TEXT, with a verdict. */
function on(n: number, verdict?: string, category = 'claim'): AnnotatorTag {
  const words = ['One.', 'Two.', 'Three.', 'Four.'][n]!;
  const start = TEXT.indexOf(words);
  const record = { verdict } as Tag;
  return { id: `t${n}${verdict ?? ''}`, start, end: start + words.length, category, quote: words, record };
}

function doc(ana: AnnotatorTag[], bo: AnnotatorTag[]) {
  return [{ path: 'briefing.txt', text: TEXT, sets: [{ key: 'ana', name: 'Ana', tags: ana }, { key: 'bo', name: 'Bo', tags: bo }] }];
}

test('verdicts are read onto the scale whatever their case, spacing or synonym; unverifiable has no step', () => {
  assert.equal(verdictStep('Mostly True'), 'mostly true');
  assert.equal(verdictStep('mostly-false'), 'mostly false');
  assert.equal(verdictStep('Pants on Fire'), 'false');
  assert.equal(verdictStep('Unverifiable'), undefined);
});

test('on verdicts, α is ordinal by default and counts near verdicts as a smaller disagreement than far ones', () => {
  const near = agreementReport(doc([on(0, 'True'), on(1, 'False'), on(2, 'Half true'), on(3, 'True')], [on(0, 'Mostly true'), on(1, 'False'), on(2, 'Half true'), on(3, 'True')]), { unit: 'sentence', on: 'verdict' });
  const far = agreementReport(doc([on(0, 'True'), on(1, 'False'), on(2, 'Half true'), on(3, 'True')], [on(0, 'False'), on(1, 'False'), on(2, 'Half true'), on(3, 'True')]), { unit: 'sentence', on: 'verdict' });
  assert.equal(near.level, 'ordinal');
  assert.deepEqual(near.categories, ['false', 'half true', 'mostly true', 'true']);
  assert.ok(near.measures.krippendorffAlpha.overall! > far.measures.krippendorffAlpha.overall!, `${near.measures.krippendorffAlpha.overall} > ${far.measures.krippendorffAlpha.overall}`);
});

test('ordinal α on verdicts equals Krippendorff\'s ordinal α on the same values in scale order', () => {
  const r = agreementReport(doc([on(0, 'True'), on(1, 'False'), on(2, 'Misleading')], [on(0, 'Mostly true'), on(1, 'Mostly false'), on(2, 'Misleading')]), { unit: 'sentence', on: 'verdict' });
  const expected = krippendorffAlpha([['true', 'mostly true'], ['false', 'mostly false'], ['misleading', 'misleading']], 'ordinal', ['false', 'mostly false', 'misleading', 'half true', 'mostly true', 'true']);
  assert.equal(r.measures.krippendorffAlpha.overall, expected.value);
});

test('interval α on verdicts measures the distance between the steps\' numbers', () => {
  const r = agreementReport(doc([on(0, 'True'), on(1, 'False')], [on(0, 'Mostly true'), on(1, 'False')]), { unit: 'sentence', on: 'verdict', level: 'interval' });
  const expected = krippendorffAlpha([['6', '5'], ['1', '1']], 'interval');
  assert.equal(r.level, 'interval');
  assert.equal(r.measures.krippendorffAlpha.overall, expected.value);
});

test('interval α on categories is refused: categories are names, not numbers', () => {
  assert.throws(() => agreementReport(doc([on(0)], [on(0)]), { unit: 'sentence', level: 'interval' }), /interval α needs values that are numbers/);
});

test('on verdicts, tags without a verdict or with one off the scale are listed as left out, with the annotator', () => {
  const r = agreementReport(doc([on(0, 'True'), on(1)], [on(0, 'True'), on(1, 'Unverifiable')]), { unit: 'sentence', on: 'verdict' });
  assert.deepEqual(r.leftOut.map((t) => [t.quote, t.annotator, t.reason, t.verdict]), [
    ['Two.', 'Ana', 'no verdict', undefined],
    ['Two.', 'Bo', 'verdict off the scale', 'Unverifiable'],
  ]);
});

function tag(id: string, words: string, author?: string): Tag {
  const start = TEXT.indexOf(words);
  return {
    id, category: 'claim', start, end: start + words.length, quote: words, prefix: '', suffix: '', speaker: null, section: null,
    created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', status: 'anchored', ...(author ? { author } : {}),
  };
}

test('a shared sidecar\'s tag without an author is left out as having no author, and the page lists it with the reason', () => {
  const shared = { path: '/w/briefing.txt.annotations.yaml', text: writeSidecar({ transcriptName: 'briefing.txt', text: TEXT, tags: [tag('t-unnamed0', 'Three.')] }) };
  const mine = { path: '/w/briefing.txt.annotations.bo.yaml', text: writeSidecar({ transcriptName: 'briefing.txt', text: TEXT, tags: [tag('t-bo000000', 'One.')] }) };
  const theirs = { path: '/w/briefing.txt.annotations.ana.yaml', text: writeSidecar({ transcriptName: 'briefing.txt', text: TEXT, tags: [tag('t-ana00000', 'One.')] }) };
  const read = annotatorSets(TEXT, [shared, mine, theirs]);
  assert.deepEqual(read.leftOut.map((t) => [t.file, t.quote, t.reason, t.annotator]), [['/w/briefing.txt.annotations.yaml', 'Three.', 'no author', undefined]]);
  const report = agreementReport([{ path: 'briefing.txt', text: TEXT, sets: read.sets, leftOut: read.leftOut }], { unit: 'sentence' });
  const html = reportHtml({ report, nonce: 'n' });
  assert.match(html, /<h2 id="left-out">Tags left out<\/h2><p>1 tag was not compared\.<\/p>/);
  assert.match(html, /<td class="quote">Three\.<\/td><td>claim<\/td><td><span class="none">none<\/span><\/td><td>no author: the tag was made before transcript\.tagging\.author was set/);
});

test('agreement --on verdict --level ordinal on the command line: the JSON names the level and lists the tag left out', async () => {
  const folder = scratchFolder('agreement-verdicts-');
  const file = join(folder, 'briefing.txt');
  writeFileSync(file, TEXT);
  const withVerdict = (t: Tag, verdict?: string): Tag => (verdict ? { ...t, verdict } : t);
  writeFileSync(annotatorSidecarPath(file, 'Ana'), writeSidecar({ transcriptName: 'briefing.txt', text: TEXT, tags: [withVerdict(tag('t-a1000000', 'One.', 'Ana'), 'True'), withVerdict(tag('t-a2000000', 'Two.', 'Ana'), 'False')] }));
  writeFileSync(annotatorSidecarPath(file, 'Bo'), writeSidecar({ transcriptName: 'briefing.txt', text: TEXT, tags: [withVerdict(tag('t-b1000000', 'One.', 'Bo'), 'Mostly true'), tag('t-b2000000', 'Two.', 'Bo')] }));
  writeFileSync(sidecarPath(file), writeSidecar({ transcriptName: 'briefing.txt', text: TEXT, tags: [tag('t-n1000000', 'Four.')] }));
  const r = await run('agreement', file, '--on', 'verdict', '--level', 'ordinal', '--json');
  assert.equal(r.code, 0, r.err);
  const json = JSON.parse(r.out);
  assert.equal(json.on, 'verdict');
  assert.equal(json.level, 'ordinal');
  assert.deepEqual(json.leftOut.map((t: { quote: string; reason: string }) => [t.quote, t.reason]), [['Four.', 'no author'], ['Two.', 'no verdict']]);
  const text = await run('agreement', file, '--on', 'verdict');
  assert.match(text.out, /alpha: ordinal/);
  assert.match(text.out, /Left out \(2 tags\):\n {2}.*"Four\." \(claim\): no author/);
});

test('agreement refuses an unknown --on or --level, and interval on categories, saying why', async () => {
  const folder = scratchFolder('agreement-verdicts-');
  const file = join(folder, 'briefing.txt');
  writeFileSync(file, TEXT);
  const bad = await run('agreement', file, '--level', 'ratio');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--level 'ratio' is not known \(one of nominal, ordinal, interval\)/);
  const interval = await run('agreement', file, '--level', 'interval');
  assert.equal(interval.code, 2);
  assert.match(interval.err, /--level interval needs values that are numbers/);
});
