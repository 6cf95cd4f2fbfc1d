import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import { run } from './helpers';
import { BRIEFING, briefingSidecar } from './exportFixtures';
import { scratchFolder } from './scratch';

const dir = scratchFolder('transcript-export-cli-');
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

  it('exports the transcripts of a folder to CSV, naming a broken sidecar and exiting with 1', async () => {
    const { code, out, err } = (await run('export', 'corpus', '--format', 'csv', '-o', 'tags.csv'));
    assert.equal(code, 1);
    assert.match(err, /^corpus\/broken\.transcript\.annotations\.yaml(:\d+)?: error: /m);
    assert.match(err, /left out of the export/);
    assert.match(out, /^Exported 3 tags from 2 documents to tags\.csv as CSV\. 1 orphaned tag skipped/);
    const csv = readFileSync('tags.csv', 'utf8');
    assert.ok(csv.startsWith('\ufeffdocument,title,'));
    assert.equal(csv.split('\r\n').filter((l) => l.startsWith('corpus/briefings/harbour.txt,')).length, 3);
    assert.ok(!csv.includes('node_modules'));
  });

  it('refuses to replace an existing file unless --force is given', async () => {
    writeFileSync('keep.yaml', 'mine');
    const refused = (await run('export', 'corpus/briefings', '--format', 'yaml', '-o', 'keep.yaml'));
    assert.equal(refused.code, 1);
    assert.match(refused.err, /keep\.yaml: already exists; add --force to replace it/);
    assert.equal(readFileSync('keep.yaml', 'utf8'), 'mine');
    const forced = (await run('export', 'corpus/briefings', '--format', 'yaml', '-o', 'keep.yaml', '--force'));
    assert.equal(forced.code, 0, forced.err);
    assert.equal(parseYaml(readFileSync('keep.yaml', 'utf8')).documents[0].path, 'corpus/briefings/harbour.txt');
  });

  it('writes a .qdpx project the REFI-QDA way', async () => {
    const { code, err } = (await run('export', 'corpus/briefings/harbour.txt', 'corpus/untagged.transcript', '--format', 'qdpx', '-o', 'harbour.qdpx', '--name', 'Harbour'));
    assert.equal(code, 0, err);
    const files = Object.keys(unzipSync(readFileSync('harbour.qdpx')));
    assert.equal(files[0], 'project.qde');
    assert.equal(files.length, 3);
    assert.ok(files.slice(1).every((f) => /^sources\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.txt$/.test(f)));
  });

  it('writes text formats to standard output with -o -, the summary going to stderr', async () => {
    const { code, out, err } = (await run('export', 'corpus/briefings', '--format', 'w3c', '-o', '-', '--include-orphans'));
    assert.equal(code, 0, err);
    assert.equal(JSON.parse(out).total, 4);
    assert.match(err, /1 orphaned tag included/);
  });

  it('takes a sidecar given by name as its transcript', async () => {
    const { code, out } = (await run('export', 'corpus/briefings/harbour.txt.annotations.yaml', '--format', 'claimreview', '-o', '-'));
    assert.equal(code, 0);
    assert.equal(JSON.parse(out)['@graph'].length, 1);
  });

  it('uses the workspace codebook when there is one', async () => {
    mkdirSync('.transcripts', { recursive: true });
    writeFileSync('.transcripts/codebook.yaml', 'version: 1\ncategories:\n  - id: statistic\n    label: Number\n    color: "#ff0000"\n');
    const { code, out } = (await run('export', 'corpus/briefings', '--format', 'qdc', '-o', '-'));
    assert.equal(code, 0);
    assert.match(out, /<Code guid="[^"]+" name="Number" isCodable="true" color="#ff0000"\/>/);
    assert.match(out, /name="commitment"/);
  });

  it('gives a usage error for a wrong call', async () => {
    assert.equal((await run('export', 'corpus', '-o', 'x.csv')).code, 2);
    const unknown = (await run('export', 'corpus', '--format', 'pdf', '-o', 'x.pdf'));
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /unknown format 'pdf' \(one of csv, yaml, w3c, qdpx, qdc, taguette, claimreview\)/);
    assert.equal((await run('export', '--format', 'csv', '-o', 'x.csv')).code, 2);
    assert.equal((await run('export', 'corpus', '--format', 'qdpx', '-o', '-')).code, 2);
    const missing = (await run('export', 'nowhere', '--format', 'csv', '-o', 'x.csv'));
    assert.equal(missing.code, 1);
    assert.match(missing.err, /nowhere: no such file or folder/);
    assert.ok(!existsSync('x.csv'));
  });
});

describe('command line: export options for readers', () => {
  const folder = scratchFolder('transcript-export-opts-');
  before(() => {
    writeFileSync(join(folder, 'sums.transcript'), 'CLERK: =SUM(A1:A9) was in the minutes.\nMAYOR: So it was.\n');
    writeFileSync(join(folder, 'sums.transcript.annotations.yaml'), 'version: 1\ntags:\n  - id: "t-00000001"\n    category: "claim"\n    quote: "=SUM(A1:A9)"\n    start: 7\n    end: 18\n    prefix: "CLERK: "\n    suffix: " was in the minutes."\n    speaker: "Clerk"\n    section: null\n    created: "2025-01-01T00:00:00Z"\n    modified: "2025-01-01T00:00:00Z"\n    verdict: "true"\n');
  });

  it('neutralises formula cells in CSV by default, and writes them as they are with --no-neutralise', async () => {
    const safe = (await run('export', folder, '--format', 'csv', '-o', '-'));
    assert.equal(safe.code, 0, safe.err);
    assert.match(safe.out, /,'=SUM\(A1:A9\),/);
    const raw = (await run('export', folder, '--format', 'csv', '-o', '-', '--no-neutralise'));
    assert.match(raw.out, /,=SUM\(A1:A9\),/);
  });

  it('gives ClaimReview the publisher and url from --publisher-name and --publisher-url, and says when they are missing', async () => {
    const { out } = (await run('export', folder, '--format', 'claimreview', '-o', '-', '--publisher-name', 'Town Checks', '--publisher-url', 'https://checks.example/council'));
    const review = JSON.parse(out)['@graph'][0];
    assert.equal(review.url, 'https://checks.example/council#t-00000001');
    assert.equal(review.publisher.name, 'Town Checks');
    const bare = (await run('export', folder, '--format', 'claimreview', '-o', '-'));
    assert.match(bare.err, /no `url`/);
  });

  it('writes a Taguette codebook with its two columns', async () => {
    const { code, out } = (await run('export', folder, '--format', 'taguette', '-o', '-'));
    assert.equal(code, 0);
    assert.match(out, /^tag,description\r\n/);
  });
});

describe('command line: export of Windows-1252 transcripts', () => {
  // Bytes 0x93 and 0x94 are curly quotes and 0x96 an en dash in Windows-1252; Node's own decoder makes them C1 controls.
  it('decodes curly quotes and dashes, never control characters', async () => {
    const folder = scratchFolder('transcript-export-1252-');
    const text = 'SENATOR: We said \u201cnever\u201d \u2013 and meant it.\nAIDE: Noted.\n';
    const bytes = Uint8Array.from([...text].map((c) => ({ '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96 })[c] ?? c.charCodeAt(0)));
    writeFileSync(join(folder, 'old.transcript'), bytes);
    writeFileSync(join(folder, 'old.transcript.annotations.yaml'), 'version: 1\ntags:\n  - id: "t-00000099"\n    category: "claim"\n    quote: "We said \u201cnever\u201d \u2013 and meant it."\n    start: 9\n    end: 40\n    prefix: "SENATOR: "\n    suffix: ""\n    speaker: "Senator"\n    section: null\n    created: "2025-01-01T00:00:00Z"\n    modified: "2025-01-01T00:00:00Z"\n');
    const { code, out } = (await run('export', folder, '--format', 'csv', '-o', '-'));
    assert.equal(code, 0);
    assert.ok(out.includes('We said \u201cnever\u201d \u2013 and meant it.'), out);
    assert.doesNotMatch(out, /[\u0080-\u009f]/);
  });
});

describe('command line: a .qdpx of UTF-16 and CRLF transcripts in subfolders', () => {
  it('writes UTF-8 LF sources named without a slash, positions on the words tagged', async () => {
    const folder = scratchFolder('transcript-export-utf16-');
    mkdirSync(join(folder, 'radio', 'morning'), { recursive: true });
    const text = 'HOST: Добрый день — welcome.\r\nGUEST: The dam holds 📈 more water than in 2019.\r\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(utf16.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    writeFileSync(join(folder, 'radio', 'morning', 'show.transcript'), utf16);
    const quote = 'more water than in 2019.';
    const start = Array.from(text.slice(0, text.indexOf(quote))).length;
    writeFileSync(join(folder, 'radio', 'morning', 'show.transcript.annotations.yaml'), `version: 1\ntags:\n  - id: "t-00000077"\n    category: "claim"\n    quote: "${quote}"\n    start: ${start}\n    end: ${start + quote.length}\n    prefix: ""\n    suffix: ""\n    speaker: "Guest"\n    section: null\n    created: "2025-01-01T00:00:00Z"\n    modified: "2025-01-01T00:00:00Z"\n`);
    const out = join(folder, 'radio.qdpx');
    const { code, err } = (await run('export', join(folder, 'radio'), '--format', 'qdpx', '-o', out));
    assert.equal(code, 0, err);
    const files = unzipSync(readFileSync(out));
    const qde = new TextDecoder().decode(files['project.qde']);
    const name = /<TextSource [^>]*name="([^"]+)"/.exec(qde)![1]!;
    assert.ok(!name.includes('/'), name);
    assert.match(name, /radio%2Fmorning%2Fshow\.transcript$/);
    const sourceFile = Object.keys(files).find((f) => f.startsWith('sources/'))!;
    const source = new TextDecoder('utf-8', { fatal: true }).decode(files[sourceFile]);
    assert.equal(source, text.replace(/\r\n/g, '\n'));
    const at = /<PlainTextSelection [^>]*name="more water[^"]*" startPosition="(\d+)" endPosition="(\d+)"/.exec(qde)!;
    assert.equal(Array.from(source).slice(Number(at[1]), Number(at[2])).join(''), quote);
  });
});
