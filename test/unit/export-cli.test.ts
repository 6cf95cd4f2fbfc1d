import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import { run } from './helpers';
import { BRIEFING, briefingSidecar } from './exportFixtures';

const dir = mkdtempSync(join(tmpdir(), 'transcript-export-cli-'));
const home = process.cwd();

describe('command line: export', () => {
  before(() => {
    mkdirSync(join(dir, 'corpus', 'briefings'), { recursive: true });
    mkdirSync(join(dir, 'corpus', 'node_modules'), { recursive: true });
    writeFileSync(join(dir, 'corpus', 'briefings', 'harbour.txt'), BRIEFING);
    writeFileSync(join(dir, 'corpus', 'briefings', 'harbour.txt.annotations.yaml'), briefingSidecar());
    writeFileSync(join(dir, 'corpus', 'untagged.transcript'), 'HOST: Welcome back.\nGUEST: Glad to be here.\n');
    writeFileSync(join(dir, 'corpus', 'shopping.txt'), 'eggs\nmilk\n');
    writeFileSync(join(dir, 'corpus', 'node_modules', 'dep.transcript'), 'A: b\nC: d\n');
    writeFileSync(join(dir, 'corpus', 'broken.transcript'), BRIEFING);
    writeFileSync(join(dir, 'corpus', 'broken.transcript.annotations.yaml'), 'version: 1\ntags: [\n  - id: "t-1"\n');
    process.chdir(dir);
  });
  after(() => process.chdir(home));

  it('exports the transcripts of a folder to CSV, naming a broken sidecar and exiting with 1', () => {
    const { code, out, err } = run('export', 'corpus', '--format', 'csv', '-o', 'tags.csv');
    assert.equal(code, 1);
    assert.match(err, /^corpus\/broken\.transcript\.annotations\.yaml(:\d+)?: error: /m);
    assert.match(err, /left out of the export/);
    assert.match(out, /^Exported 3 tags from 2 documents to tags\.csv as CSV\. 1 orphaned tag skipped/);
    const csv = readFileSync('tags.csv', 'utf8');
    assert.ok(csv.startsWith('\ufeffdocument,title,'));
    assert.equal(csv.split('\r\n').filter((l) => l.startsWith('corpus/briefings/harbour.txt,')).length, 3);
    assert.ok(!csv.includes('node_modules'));
  });

  it('refuses to replace an existing file unless --force is given', () => {
    writeFileSync('keep.yaml', 'mine');
    const refused = run('export', 'corpus/briefings', '--format', 'yaml', '-o', 'keep.yaml');
    assert.equal(refused.code, 1);
    assert.match(refused.err, /keep\.yaml: already exists; add --force to replace it/);
    assert.equal(readFileSync('keep.yaml', 'utf8'), 'mine');
    const forced = run('export', 'corpus/briefings', '--format', 'yaml', '-o', 'keep.yaml', '--force');
    assert.equal(forced.code, 0, forced.err);
    assert.equal(parseYaml(readFileSync('keep.yaml', 'utf8')).documents[0].path, 'corpus/briefings/harbour.txt');
  });

  it('writes a .qdpx project the REFI-QDA way', () => {
    const { code, err } = run('export', 'corpus/briefings/harbour.txt', 'corpus/untagged.transcript', '--format', 'qdpx', '-o', 'harbour.qdpx', '--name', 'Harbour');
    assert.equal(code, 0, err);
    const files = Object.keys(unzipSync(readFileSync('harbour.qdpx')));
    assert.equal(files[0], 'project.qde');
    assert.equal(files.length, 3);
    assert.ok(files.slice(1).every((f) => /^sources\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.txt$/.test(f)));
  });

  it('writes text formats to standard output with -o -, the summary going to stderr', () => {
    const { code, out, err } = run('export', 'corpus/briefings', '--format', 'w3c', '-o', '-', '--include-orphans');
    assert.equal(code, 0, err);
    assert.equal(JSON.parse(out).total, 4);
    assert.match(err, /1 orphaned tag included/);
  });

  it('takes a sidecar given by name as its transcript', () => {
    const { code, out } = run('export', 'corpus/briefings/harbour.txt.annotations.yaml', '--format', 'claimreview', '-o', '-');
    assert.equal(code, 0);
    assert.equal(JSON.parse(out)['@graph'].length, 1);
  });

  it('uses the workspace codebook when there is one', () => {
    mkdirSync('.transcripts', { recursive: true });
    writeFileSync('.transcripts/codebook.yaml', 'version: 1\ncategories:\n  - id: statistic\n    label: Number\n    color: "#ff0000"\n');
    const { code, out } = run('export', 'corpus/briefings', '--format', 'qdc', '-o', '-');
    assert.equal(code, 0);
    assert.match(out, /<Code guid="[^"]+" name="Number" isCodable="true" color="#ff0000"\/>/);
    assert.match(out, /name="commitment"/);
  });

  it('gives a usage error for a wrong call', () => {
    assert.equal(run('export', 'corpus', '-o', 'x.csv').code, 2);
    const unknown = run('export', 'corpus', '--format', 'pdf', '-o', 'x.pdf');
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /unknown format 'pdf' \(one of csv, yaml, w3c, qdpx, qdc, claimreview\)/);
    assert.equal(run('export', '--format', 'csv', '-o', 'x.csv').code, 2);
    assert.equal(run('export', 'corpus', '--format', 'qdpx', '-o', '-').code, 2);
    const missing = run('export', 'nowhere', '--format', 'csv', '-o', 'x.csv');
    assert.equal(missing.code, 1);
    assert.match(missing.err, /nowhere: no such file or folder/);
    assert.ok(!existsSync('x.csv'));
  });
});
