/**
 * Agreement from sidecars on disk: units from tags, annotators from sidecar
 * names and authors, and `agreement --json` end to end on Krippendorff's
 * unitizing example written as two annotators' sidecars.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotatorSidecarPath, sidecarPath } from '../../src/core/annotations/sidecarPaths';
import { TextIndex, writeSidecar, type Tag } from '../../src/core/annotations';
import { agreementReport, annotatorSets, compareAnnotators, splitSentences, type AnnotatorTag } from '../../src/core/agreement';
import fc from 'fast-check';
import { run } from './helpers';
import { scratchFolder } from './scratch';

function tagAt(text: string, index: TextIndex, cpStart: number, cpEnd: number, category: string, id: string, author?: string): Tag {
  const start = index.toUtf16(cpStart);
  const end = index.toUtf16(cpEnd);
  return {
    id, category, start, end, quote: text.slice(start, end), prefix: '', suffix: '', speaker: null, section: null,
    created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', status: 'anchored', ...(author ? { author } : {}),
  };
}

/** A text of exactly `n` code points; some of them outside the Basic Multilingual Plane, so code points and UTF-16 differ. */
function textOf(n: number): string {
  const words = ['The', 'minister', 'said', 'that', 'exports', 'rose', '🚀', 'sharply', 'this', 'year.'];
  let out = '';
  for (let i = 0; [...out].length < n; i++) out += (out ? ' ' : '') + words[i % words.length];
  return [...out].slice(0, n).join('');
}

function writeStudy(folder: string, name: string, text: string, coders: Record<string, Array<[number, number, string]>>): string {
  const file = join(folder, name);
  writeFileSync(file, text);
  const index = new TextIndex(text);
  for (const [author, units] of Object.entries(coders)) {
    const tags = units.map(([s, e, c], i) => tagAt(text, index, s, e, c, `t-${i}`.padEnd(10, '0'), author));
    writeFileSync(annotatorSidecarPath(file, author), writeSidecar({ transcriptName: name, text, tags }));
  }
  return file;
}

test('agreement --unit character gives Krippendorff\'s published αu 0.8591 from two annotators\' sidecars', async () => {
  const folder = scratchFolder('agreement-');
  const text = textOf(300);
  assert.equal([...text].length, 300);
  assert.notEqual(text.length, 300, 'the text has characters outside the BMP');
  // Krippendorff (2004) p. 254, shifted from 150 to 0: the continuum is the whole text.
  const file = writeStudy(folder, 'briefing.txt', text, {
    Ana: [[75, 145, 'c'], [220, 250, 'c'], [30, 90, 'k'], [150, 200, 'k']],
    'Bo Li': [[70, 150, 'c'], [205, 225, 'c'], [250, 270, 'c'], [30, 90, 'k'], [150, 200, 'k']],
  });
  const r = (await run('agreement', file, '--unit', 'character', '--json'));
  assert.equal(r.code, 0, r.err);
  const json = JSON.parse(r.out);
  assert.deepEqual(json.annotators, ['Ana', 'Bo Li']);
  assert.ok(Math.abs(json.unitizedAlpha.overall - 0.8591) < 0.0005, `αu ${json.unitizedAlpha.overall}`);
  assert.ok(Math.abs(json.unitizedAlpha.byCategory.c - 0.7286) < 0.0001);
  assert.equal(json.unitizedAlpha.byCategory.k, 1);
  assert.equal(json.unitizedAlpha.units, 9);
  for (const m of ['percentAgreement', 'cohenKappa', 'fleissKappa', 'krippendorffAlpha', 'unitizedAlpha']) {
    assert.equal(typeof json[m].overall, 'number', m);
    assert.deepEqual(Object.keys(json[m].byCategory), ['c', 'k'], m);
  }
  assert.equal(json.percentAgreement.units, 300, 'one unit per code point');
  // The folder gives the same; a sidecar given stands for its transcript.
  assert.deepEqual(JSON.parse((await run('agreement', folder, '--unit', 'character', '--json')).out).unitizedAlpha, json.unitizedAlpha);
  assert.deepEqual(JSON.parse((await run('agreement', annotatorSidecarPath(file, 'Ana'), '--unit', 'character', '--json')).out).unitizedAlpha, json.unitizedAlpha);
});

test('agreement prints a table with every measure and the confusion matrix', async () => {
  const folder = scratchFolder('agreement-');
  const text = 'MODERATOR: Welcome. Exports rose by ten percent. Prices fell.\nMINISTER: Thank you. We built two schools.\n';
  const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;
  const file = writeStudy(folder, 'talk.transcript', text, {
    ana: [[...at('Exports rose by ten percent.'), 'claim'], [...at('We built two schools.'), 'claim']],
    bo: [[...at('Exports rose'), 'claim'], [...at('Prices fell.'), 'statistic']],
  });
  const r = (await run('agreement', file));
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Annotators: ana, bo/);
  assert.match(r.out, /unit: sentence/);
  assert.match(r.out, /Krippendorff's alpha/);
  assert.match(r.out, /Confusion matrix \(rows ana, columns bo\)/);
});

test('agreement with fewer than two annotators says what it needs', async () => {
  const folder = scratchFolder('agreement-');
  writeStudy(folder, 'one.transcript', 'A: Hello there.\n', { ana: [[3, 9, 'claim']] });
  const r = (await run('agreement', folder));
  assert.equal(r.code, 1);
  assert.match(r.err, /only one annotator \(ana\)/);
  assert.equal((await run('agreement', folder, '--unit', 'word')).code, 2);
});

test('annotators come from sidecar names and from authors in the shared sidecar', async () => {
  const text = 'A: One two three four five six.';
  const index = new TextIndex(text);
  const shared = writeSidecar({ transcriptName: 'x.txt', text, tags: [tagAt(text, index, 3, 6, 'claim', 't-00000001', 'Carla'), tagAt(text, index, 7, 10, 'claim', 't-00000002')] });
  const mine = writeSidecar({ transcriptName: 'x.txt', text, tags: [tagAt(text, index, 3, 6, 'claim', 't-00000003')] });
  const empty = writeSidecar({ transcriptName: 'x.txt', text, tags: [] });
  const agreed = writeSidecar({ transcriptName: 'x.txt', text, tags: [tagAt(text, index, 3, 6, 'claim', 't-00000004')] });
  const read = annotatorSets(text, [
    { path: sidecarPath('d/x.txt'), text: shared },
    { path: annotatorSidecarPath('d/x.txt', 'ana'), text: mine },
    { path: annotatorSidecarPath('d/x.txt', 'dan'), text: empty },
    { path: sidecarPath('d/x.txt', { kind: 'agreed' }), text: agreed },
  ]);
  assert.deepEqual(read.sets.map((s) => [s.key, s.name, s.tags.length]), [['ana', 'ana', 1], ['carla', 'Carla', 1], ['dan', 'dan', 0]]);
  assert.equal(read.unattributed, 1);
  assert.equal(read.agreed?.tags.length, 1);
});

test('sentences end at full stops, question and exclamation marks, not after Mr. or U.S. or inside 3.5', async () => {
  const text = 'Mr. Smith went to the U.S. in May. Did he? Yes! Growth was 3.5 percent. The answer is no. Then';
  assert.deepEqual(splitSentences(text).map((s) => text.slice(s.start, s.end)), ['Mr. Smith went to the U.S. in May.', 'Did he?', 'Yes!', 'Growth was 3.5 percent.', 'The answer is no.', 'Then']);
});

const tag = (start: number, end: number, category: string, id = `${start}-${end}-${category}`): AnnotatorTag => ({ id, start, end, category, quote: '' });

test('comparison: same span same category, same span other category, overlapping, and one annotator only', async () => {
  const a = [tag(0, 5, 'x'), tag(10, 15, 'x'), tag(20, 30, 'x'), tag(40, 45, 'x')];
  const b = [tag(0, 5, 'x'), tag(10, 15, 'y'), tag(25, 35, 'x'), tag(50, 55, 'y')];
  assert.deepEqual(compareAnnotators([a, b]).map((d) => `${d.kind} ${d.start}-${d.end}`), ['agree 0-5', 'category 10-15', 'overlap 20-35', 'only 40-45', 'only 50-55']);
});

test('a tag is paired with the other annotator\'s tag it overlaps most', async () => {
  const a = [tag(0, 10, 'x'), tag(12, 20, 'x')];
  const b = [tag(8, 18, 'x')];
  const diffs = compareAnnotators([a, b]);
  assert.deepEqual(diffs.map((d) => `${d.kind} ${d.start}-${d.end}`), ['only 0-10', 'overlap 8-20']);
});

test('by sentence, by turn and by tag: units counted and coded', async () => {
  const text = 'A: One claim here. Another one.\nB: Nothing. Or maybe this.\n';
  const span = (s: string, category: string) => tag(text.indexOf(s), text.indexOf(s) + s.length, category);
  const docs = [{
    path: 't', text, sets: [
      { key: 'ana', name: 'ana', tags: [span('One claim here.', 'claim'), span('maybe this', 'claim')] },
      { key: 'bo', name: 'bo', tags: [span('One claim', 'claim'), span('Nothing.', 'claim')] },
    ],
  }];
  const bySentence = agreementReport(docs, { unit: 'sentence' });
  assert.equal(bySentence.measures.percentAgreement.units, 4);
  assert.equal(bySentence.measures.percentAgreement.overall, 0.5);
  assert.deepEqual(bySentence.confusion?.labels, ['claim', '(none)']);
  assert.deepEqual(bySentence.confusion?.counts, [[1, 1], [1, 1]]);
  const byTurn = agreementReport(docs, { unit: 'turn' });
  assert.equal(byTurn.measures.percentAgreement.units, 2);
  assert.equal(byTurn.measures.percentAgreement.overall, 1);
  const byTag = agreementReport(docs, { unit: 'tag' });
  assert.equal(byTag.measures.percentAgreement.units, 3);
});

test('export --tags agreed or an annotator\'s name exports that set of tags', async () => {
  const folder = scratchFolder('agreement-');
  const text = 'A: Exports rose by ten percent. Prices fell.\n';
  const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;
  const file = writeStudy(folder, 'talk.transcript', text, { ana: [[...at('Exports rose'), 'claim']], bo: [[...at('Prices fell.'), 'statistic']] });
  const index = new TextIndex(text);
  const [s, e] = at('ten percent');
  writeFileSync(sidecarPath(file, { kind: 'agreed' }), writeSidecar({ transcriptName: 'talk.transcript', text, tags: [tagAt(text, index, s, e, 'statistic', 't-agreed01')] }));
  const csv = async (set: string) => (await run('export', file, '--format', 'csv', '-o', '-', '--tags', set)).out;
  assert.match(await csv('agreed'), /ten percent/);
  assert.doesNotMatch(await csv('agreed'), /Exports rose|Prices fell/);
  assert.match(await csv('bo'), /Prices fell/);
  assert.doesNotMatch(await csv('bo'), /ten percent/);
  assert.equal((await run('export', file, '--format', 'csv', '-o', '-', '--tags', '!!')).code, 2);
});

test('three annotators: each unit holds at most one tag of each, and every tag is in exactly one unit', async () => {
  const span = fc.record({ start: fc.integer({ min: 0, max: 80 }), length: fc.integer({ min: 1, max: 15 }), category: fc.constantFrom('x', 'y') });
  fc.assert(fc.property(fc.array(fc.array(span, { maxLength: 8 }), { minLength: 3, maxLength: 3 }), (sets) => {
    const annotators = sets.map((list, a) => list.map((s, i) => tag(s.start, s.start + s.length, s.category, `${a}-${i}`)).sort((p, q) => p.start - q.start));
    const units = compareAnnotators(annotators);
    const seen = units.flatMap((u) => u.tags.filter((t) => t !== undefined).map((t) => t!.id));
    assert.deepEqual([...seen].sort(), annotators.flat().map((t) => t.id).sort());
    for (const u of units) {
      u.tags.forEach((t, a) => assert.ok(t === undefined || t.id.startsWith(`${a}-`), 'a tag sits in its annotator\'s slot'));
      if (u.kind === 'agree') assert.ok(u.tags.every((t) => t && t.category === u.tags[0]!.category && t.start === u.start && t.end === u.end));
    }
  }));
});

test('an annotator who did not code a transcript is missing there, not "no tag"', async () => {
  const text = 'A: One. Two. Three.';
  const at = (s: string, c: string) => tag(text.indexOf(s), text.indexOf(s) + s.length, c);
  const docs = [
    { path: 'a', text, sets: [{ key: 'ana', name: 'ana', tags: [at('One.', 'x')] }, { key: 'bo', name: 'bo', tags: [at('One.', 'x')] }] },
    { path: 'b', text, sets: [{ key: 'ana', name: 'ana', tags: [at('Two.', 'x')] }] },
  ];
  const report = agreementReport(docs, { unit: 'sentence' });
  assert.equal(report.complete, 1);
  assert.equal(report.measures.krippendorffAlpha.units, 3, 'only the first transcript\'s sentences are pairable');
  assert.equal(report.measures.percentAgreement.overall, 1);
  assert.equal(report.measures.unitizedAlpha.overall, 1);
});

test('agreement --gamma adds Mathet\'s γ: 1 for identical annotators, absent unless asked for', async () => {
  const folder = scratchFolder('agreement-');
  const text = 'A: Exports rose by ten percent. Prices fell. We built two schools.\n';
  const at = (s: string, c: string) => [text.indexOf(s), text.indexOf(s) + s.length, c] as [number, number, string];
  const same = [at('Exports rose', 'claim'), at('Prices fell.', 'statistic'), at('two schools', 'claim')];
  const file = writeStudy(folder, 'talk.transcript', text, { ana: same, bo: same });
  const withGamma = JSON.parse((await run('agreement', file, '--gamma', '5', '--json')).out);
  assert.deepEqual(withGamma.gamma, { overall: 1, byCategory: { claim: 1, statistic: 1 }, units: 6 });
  assert.equal(JSON.parse((await run('agreement', file, '--json')).out).gamma, undefined);
});
