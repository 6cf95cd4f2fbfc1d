/**
 * An output never replaces an input: export, convert, import and merge
 * --resolve refuse, even with --force, an output that is one of the files
 * they read or a sidecar of a transcript they read, however it is spelled.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { writeSidecar } from '../../src/core/annotations/sidecar';
import { gatherCorpus } from '../../src/core/export/gather';
import { writeQdpx } from '../../src/core/export/refiQda';
import { normalPath, replacedInput } from '../../src/core/workspace/outputGuard';
import { BRIEFING, briefingTags, CATEGORIES, CREATED } from './exportFixtures';
import { run } from './helpers';
import { scratchFolder } from './scratch';

const TRANSCRIPT = 'Host: Welcome back.\nGuest: Inflation fell to two percent last year.\n';

/** A fresh folder holding talk.txt and its sidecar; returns the folder and the bytes of both. */
function workspace(): { dir: string; transcript: string; sidecar: string; before: () => void } {
  const dir = scratchFolder('transcript-guard-');
  const transcript = join(dir, 'talk.txt');
  const sidecar = `${transcript}.annotations.yaml`;
  writeFileSync(transcript, TRANSCRIPT);
  writeFileSync(sidecar, writeSidecar({ transcriptName: 'talk.txt', text: TRANSCRIPT, tags: [] }));
  const kept = [readFileSync(transcript), readFileSync(sidecar)];
  const before = () => {
    assert.deepEqual(readFileSync(transcript), kept[0], 'the transcript is unchanged');
    assert.deepEqual(readFileSync(sidecar), kept[1], 'the sidecar is unchanged');
  };
  return { dir, transcript, sidecar, before };
}

describe('output guard: paths compared as the file system sees them', () => {
  it('resolves . and .. and backslashes', () => {
    assert.equal(normalPath('/a/./b/../c//d.txt'), '/a/c/d.txt');
    assert.equal(normalPath('C:\\work\\x\\..\\talk.txt'), 'C:/work/talk.txt');
  });

  it('finds the input an output names, and the transcript whose sidecar it names', () => {
    const inputs = [{ path: '/w/talk.txt', transcript: true }, { path: '/w/codebook.yaml' }];
    const fold = { caseInsensitive: false };
    assert.deepEqual(replacedInput('/w/sub/../talk.txt', inputs, fold), { input: '/w/talk.txt', as: 'file' });
    assert.deepEqual(replacedInput('/w/talk.txt.annotations.yaml', inputs, fold), { input: '/w/talk.txt', as: 'sidecar' });
    assert.deepEqual(replacedInput('/w/talk.txt.annotations.ana.yaml', inputs, fold), { input: '/w/talk.txt', as: 'sidecar' });
    assert.deepEqual(replacedInput('/w/./codebook.yaml', inputs, fold), { input: '/w/codebook.yaml', as: 'file' });
    assert.equal(replacedInput('/w/codebook.yaml.annotations.yaml', inputs, fold), undefined, 'only a transcript has sidecars');
    assert.equal(replacedInput('/w/talk.csv', inputs, fold), undefined);
  });

  it('folds case only on a case-insensitive file system', () => {
    const inputs = [{ path: '/w/talk.txt', transcript: true }];
    assert.equal(replacedInput('/W/Talk.TXT', inputs, { caseInsensitive: false }), undefined);
    assert.deepEqual(replacedInput('/W/Talk.TXT', inputs, { caseInsensitive: true }), { input: '/w/talk.txt', as: 'file' });
    assert.deepEqual(replacedInput('/w/TALK.txt.Annotations.yaml'.replace('Annotations', 'annotations'), inputs, { caseInsensitive: true }), { input: '/w/talk.txt', as: 'sidecar' });
  });
});

describe('output guard: export', () => {
  it('refuses its own transcript as the output, even with --force, spelled ./ or through ..', async () => {
    const w = workspace();
    for (const output of [w.transcript, `${w.dir}/./talk.txt`, `${w.dir}/x/../talk.txt`]) {
      const { code, err } = await run('export', w.transcript, '--format', 'csv', '-o', output, '--force');
      assert.equal(code, 2, err);
      assert.match(err, /talk\.txt is .*talk\.txt, one of the files read; it is never written over \(not even with --force\)/);
    }
    w.before();
  });

  it('refuses the sidecar of a transcript it reads, even with --force', async () => {
    const w = workspace();
    const { code, err } = await run('export', w.dir, '--format', 'yaml', '-o', w.sidecar, '--force');
    assert.equal(code, 2, err);
    assert.match(err, /is a sidecar of .*talk\.txt, one of the transcripts read/);
    w.before();
  });

  it('refuses a link that points at its transcript', async () => {
    const w = workspace();
    const link = join(w.dir, 'out.csv');
    symlinkSync(w.transcript, link);
    const { code, err } = await run('export', w.transcript, '--format', 'csv', '-o', link, '--force');
    assert.equal(code, 2, err);
    w.before();
  });

  it('still writes an output beside its inputs', async () => {
    const w = workspace();
    const { code, err } = await run('export', w.transcript, '--format', 'csv', '-o', join(w.dir, 'tags.csv'));
    assert.equal(code, 0, err);
    w.before();
  });
});

describe('output guard: convert', () => {
  it('refuses the original given as ./name, a link to it, or its sidecar, even with --force', async () => {
    const w = workspace();
    const link = join(w.dir, 'link.transcript');
    symlinkSync(w.transcript, link);
    const cwd = process.cwd();
    process.chdir(w.dir);
    try {
      for (const output of ['./talk.txt', 'sub/../talk.txt', link, 'talk.txt.annotations.yaml']) {
        mkdirSync(join(w.dir, 'sub'), { recursive: true });
        const { code, err } = await run('convert', 'talk.txt', '-o', output, '--force');
        assert.equal(code, 2, `${output}: ${err}`);
        assert.match(err, /never written over/);
      }
    } finally {
      process.chdir(cwd);
    }
    w.before();
  });
});

describe('output guard: merge --resolve', () => {
  it('refuses a file not named as a sidecar, leaving it as it is', async () => {
    const w = workspace();
    writeFileSync(w.transcript, '<<<<<<< ours\nversion: 1\n=======\nversion: 1\n>>>>>>> theirs\n');
    const kept = readFileSync(w.transcript);
    const { code, err } = await run('merge', '--resolve', w.transcript);
    assert.equal(code, 2, err);
    assert.match(err, /is not named as a sidecar/);
    assert.deepEqual(readFileSync(w.transcript), kept);
  });

  it('refuses a sidecar that is a link to its own transcript', async () => {
    const dir = scratchFolder('transcript-guard-');
    const transcript = join(dir, 'talk.txt');
    writeFileSync(transcript, '<<<<<<< ours\nversion: 1\n=======\nversion: 1\n>>>>>>> theirs\n');
    const kept = readFileSync(transcript);
    symlinkSync(transcript, `${transcript}.annotations.yaml`);
    const { code, err } = await run('merge', '--resolve', `${transcript}.annotations.yaml`);
    assert.equal(code, 2, err);
    assert.match(err, /one of the files read/);
    assert.deepEqual(readFileSync(transcript), kept);
  });
});

describe('output guard: import', () => {
  it('refuses to write a source over the project being imported, even with --force', async () => {
    const dir = scratchFolder('transcript-guard-');
    const tags = writeSidecar({ transcriptName: 'briefing.txt', text: BRIEFING, tags: briefingTags() });
    const corpus = gatherCorpus([{ path: 'briefing.txt', uri: 'file:///c/briefing.txt', text: BRIEFING, sidecar: { name: 's', text: tags } }], CATEGORIES, { orphans: 'skip', created: CREATED, origin: 'test' }).corpus;
    // The project is saved under the name its one source would be written to.
    const project = join(dir, 'briefing.txt');
    writeFileSync(project, writeQdpx(corpus, 'Briefings').bytes);
    const kept = readFileSync(project);
    const { code, err } = await run('import', project, '-o', dir, '--force');
    assert.equal(code, 2, err);
    assert.match(err, /briefing\.txt is .*briefing\.txt, one of the files read/);
    assert.deepEqual(readFileSync(project), kept);
  });
});
