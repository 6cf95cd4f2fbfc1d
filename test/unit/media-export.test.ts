import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { contextAround, writeSidecar, type Tag } from '../../src/core/annotations';
import { writeClaimReview } from '../../src/core/export/claimReview';
import { writeCsv } from '../../src/core/export/csv';
import { gatherCorpus, type SourceDocument } from '../../src/core/export/gather';
import { writeProject } from '../../src/core/export/refiQda';
import { writeW3c } from '../../src/core/export/w3c';
import { parseXml, type XmlElement } from '../../src/core/export/xmlRead';
import { run } from './helpers';
import { scratchFolder } from './scratch';

/** A podcast with a timestamp on each turn: the guest's words run from offset 40 (30 s) to the next label (45 s). */
const PODCAST = ['[00:00:10] Host: Who built the sea wall?', '[00:00:30] Guest: The council paid nine million for it.', '[00:00:45] Host: Thank you.', ''].join('\n');
const CLAIM = 'nine million';
const TIME = '2025-02-01T10:00:00Z';

function claimTag(extra: Partial<Tag> = {}): Tag {
  const start = PODCAST.indexOf(CLAIM);
  return { id: 't-00000001', category: 'statistic', quote: CLAIM, start, end: start + CLAIM.length, ...contextAround(PODCAST, start, start + CLAIM.length), speaker: 'Guest', section: null, created: TIME, modified: TIME, status: 'anchored', verdict: 'true', ...extra };
}

function source(extra: Record<string, unknown> = {}, media?: string): SourceDocument {
  const sidecar = writeSidecar({ transcriptName: 'podcast.txt', text: PODCAST, tags: [claimTag()], extra });
  return { path: 'shows/podcast.txt', uri: 'file:///corpus/shows/podcast.txt', text: PODCAST, sidecar: { name: 'shows/podcast.txt.annotations.yaml', text: sidecar }, ...(media ? { media } : {}) };
}

function corpusOf(s: SourceDocument) {
  return gatherCorpus([s], [{ id: 'statistic', label: 'Statistic' }], { orphans: 'skip', created: '2025-02-02T00:00:00Z', origin: 'Transcript Annotator test' }).corpus;
}

/** The claim's time as interpolated: 30 s at the guest's first word, 15 s over the characters to the next label. */
function expectedTime(): { start: number; end: number } {
  const wordsStart = PODCAST.indexOf('The council');
  const next = PODCAST.indexOf('[00:00:45]');
  const at = (offset: number) => Math.round((30 + (15 * (offset - wordsStart)) / (next - wordsStart)) * 1000) / 1000;
  const start = PODCAST.indexOf(CLAIM);
  return { start: at(start), end: at(start + CLAIM.length) };
}

describe('exports carry each claim\'s time', () => {
  it('CSV: start_time and end_time in seconds', async () => {
    const rows = writeCsv(corpusOf(source()), { bom: false }).trimEnd().split('\r\n').map((r) => r.split(','));
    const header = rows[0]!;
    const { start, end } = expectedTime();
    assert.deepEqual([rows[1]![header.indexOf('start_time')], rows[1]![header.indexOf('end_time')]], [String(start), String(end)]);
  });

  it('W3C: a media-fragment target on the recording beside the text target', async () => {
    const doc = JSON.parse(writeW3c(corpusOf(source({}, 'podcast.mp3'))));
    const target = doc.first.items[0].target;
    const { start, end } = expectedTime();
    assert.equal(target[0].source, 'file:///corpus/shows/podcast.txt');
    assert.deepEqual(target[1], { source: 'file:///corpus/shows/podcast.mp3', selector: { type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: `t=${start},${end}` } });
  });

  it('W3C: one text target when there is no recording', async () => {
    const doc = JSON.parse(writeW3c(corpusOf(source())));
    assert.equal(doc.first.items[0].target.source, 'file:///corpus/shows/podcast.txt');
  });

  it('takes the recording linked in the sidecar (media:) before the one beside it', async () => {
    const corpus = corpusOf(source({ media: '../audio/wall.m4a' }, 'podcast.mp3'));
    assert.deepEqual(corpus.documents[0]!.recording, { uri: 'file:///corpus/audio/wall.m4a', kind: 'audio' });
  });

  it('ClaimReview: the appearance has a clip with the claim\'s start and end', async () => {
    const reviews = JSON.parse(writeClaimReview(corpusOf(source({}, 'podcast.mp3'))));
    const list = Array.isArray(reviews) ? reviews : (reviews['@graph'] ?? [reviews]);
    const { start, end } = expectedTime();
    assert.deepEqual(list[0].itemReviewed.appearance.hasPart, { '@type': 'Clip', startOffset: start, endOffset: end, url: `file:///corpus/shows/podcast.mp3#t=${start},${end}` });
  });

  it('REFI-QDA: the recording as an AudioSource whose transcript is the text, with its sync points', async () => {
    const { qde } = writeProject(corpusOf(source({}, 'podcast.mp3')), 'Podcast');
    const all = (el: XmlElement, name: string): XmlElement[] => [...(el.name === name ? [el] : []), ...el.children.flatMap((c) => all(c, name))];
    const root = parseXml(qde);
    const audio = all(root, 'AudioSource');
    assert.equal(audio.length, 1);
    assert.equal(audio[0]!.attributes.path, 'file:///corpus/shows/podcast.mp3');
    const text = all(root, 'TextSource')[0]!;
    const transcript = all(audio[0]!, 'Transcript')[0]!;
    assert.equal(transcript.attributes.plainTextPath, text.attributes.plainTextPath);
    const points = all(transcript, 'SyncPoint').map((p) => [Number(p.attributes.position), Number(p.attributes.timeStamp)]);
    assert.deepEqual(points[0], [0, 10_000]);
    assert.ok(points.some(([pos, ms]) => pos === PODCAST.indexOf('[00:00:30]') && ms === 30_000), JSON.stringify(points));
    const schemas = join(import.meta.dirname, '..', '..', '..', 'shared', 'refi-qda');
    if (!existsSync(schemas)) return void console.log('# ../shared/refi-qda is absent: the project is not validated against Project.xsd');
    const file = join(scratchFolder('transcript-media-'), 'project.qde');
    writeFileSync(file, qde);
    const result = spawnSync('xmllint', ['--noout', '--schema', join(schemas, 'Project.xsd'), file], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
  });

  it('the command line finds the recording beside the transcript', async () => {
    const folder = join(scratchFolder('transcript-media-cli-'), 'shows');
    mkdirSync(folder);
    writeFileSync(join(folder, 'podcast.transcript.txt'), PODCAST);
    writeFileSync(join(folder, 'podcast.transcript.txt.annotations.yaml'), writeSidecar({ transcriptName: 'podcast.transcript.txt', text: PODCAST, tags: [claimTag()] }));
    writeFileSync(join(folder, 'podcast.mp3'), new Uint8Array(0));
    const { code, out, err } = (await run('export', folder, '--format', 'w3c', '-o', '-'));
    assert.equal(code, 0, err);
    const target = JSON.parse(out).first.items[0].target;
    assert.ok(Array.isArray(target) && target[1].source.endsWith('/shows/podcast.mp3'), JSON.stringify(target));
  });
});
