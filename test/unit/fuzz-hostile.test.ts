/**
 * Hostile and random input, fuzzed: every reader and every command that
 * writes. Whatever it is given, a reader fails only with its own error (a
 * message for the user), and a command never crashes with a stack trace,
 * never writes outside its output, never changes an input it was not asked
 * to change, and never writes a sidecar that `validate` would reject.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { Zip, ZipPassThrough } from 'fflate';
import { readCodebook } from '../../src/core/annotations/codebook';
import { readSidecar, writeSidecar } from '../../src/core/annotations/sidecar';
import type { Tag } from '../../src/core/annotations';
import { FormatError, readDocument, readTranscript } from '../../src/core/formats';
import { CodebookImportError, readQdc } from '../../src/core/export/importQdc';
import { ProjectImportError, readQdpx } from '../../src/core/export/importQdpx';
import { AnnotationImportError, readW3c } from '../../src/core/export/importW3c';
import { parseXml, XmlError } from '../../src/core/export/xmlRead';
import { gatherCorpus } from '../../src/core/export/gather';
import { writeQdpx } from '../../src/core/export/refiQda';
import { NotTextError } from '../../src/core/text';
import { run } from './helpers';
import { scratchFolder } from './scratch';

/** Pieces that have broken readers and writers elsewhere: format markers, object machinery, bidi controls, formulas, paths. */
const HOSTILE = [
  '__proto__', 'constructor', 'prototype', '{"__proto__": {"x": 1}}', '__proto__: {id: x}', 'constructor: "c"',
  '\u202E', '\u2066', '\u200B', '\uFEFF', '\u0000', '\uD800', '\r', '\r\n', '\t', '\u00a0=1+1', ' =HYPERLINK("http://x")', '@SUM(A1)',
  'WEBVTT\n\n', '00:00:01.000 --> 00:00:02.000\n', '1\n00:00:01,000 --> 00:00:02,000\n', '{"segments": [{"start": 1e999, "end": -1, "text": "x"}]}',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "&a;&a;">]><x>&a;</x>', '<Project><Sources/></Project>', '%PDF-1.7\n', 'PK\u0003\u0004',
  '---\nmedia: ../../etc/passwd.mp3\n---\n', 'Host: ', 'SPEAKER 1: ', 'Q: ', 'MR. PRICE: ', '[00:01:02] Guest: ', '**Chair:** ',
  'javascript:alert(1)', 'data:text/html,<b>x</b>', '../../outside.txt', '<<<<<<< ours\n', '=======\n', '>>>>>>> theirs\n',
  'tags:\n  - id: "t-1"\n', '&x: [*x, *x]', '9'.repeat(400), '-0', 'NaN',
];
const hostileText = fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 30 }).map((parts) => parts.join(''));
const hostileBytes = fc.oneof(fc.uint8Array({ maxLength: 3000 }), hostileText.map((s) => new TextEncoder().encode(s)));

const FILE_NAMES = ['talk.txt', 'talk.transcript', 'talk.vtt', 'talk.srt', 'talk.sbv', 'talk.json', 'talk.xml', 'talk.html', 'talk.docx', 'talk.pdf', 'talk.md'];

/** Runs a property over random inputs; failures are shrunk and reported by fast-check. */
const RUNS = { numRuns: 150 };
const COMMAND_RUNS = { numRuns: 40 };

/**
 * A zip archive holding entries under any names, `../`, absolute, repeated and `__proto__` ones
 * included, as a hostile archive would hold them. Written entry by entry: fflate's `zipSync` takes
 * names as an object's keys, and fails on a name such as `__proto__` before our reader is reached.
 */
function hostileZip(entries: ReadonlyArray<{ path: string; data: Uint8Array }>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const e of entries) {
    const file = new ZipPassThrough(e.path);
    zip.add(file);
    file.push(e.data, true);
  }
  zip.end();
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

describe('fuzz: every reader fails only with its own message', () => {
  it('reads any bytes as any kind of transcript or document, or says why not (FormatError, NotTextError)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILE_NAMES), hostileBytes, async (fileName, bytes) => {
        try {
          await readDocument(bytes, { fileName });
        } catch (e) {
          if (!(e instanceof FormatError || e instanceof NotTextError)) throw e;
        }
      }),
      RUNS,
    );
  });

  it('reads any text as a plain transcript, every turn inside the text, or says why not (NotTextError, FormatError)', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        let t;
        try {
          t = readTranscript(text);
        } catch (e) {
          if (e instanceof NotTextError || e instanceof FormatError) return;
          throw e;
        }
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const turn of t.turns) assert.ok(turn.line >= 0 && turn.endLine < lines, `a turn at ${turn.line}-${turn.endLine} of ${lines} lines`);
      }),
      RUNS,
    );
  });

  it('reads any text as a sidecar without throwing, and a sidecar it reads writes back readable', () => {
    const head = fc.constantFrom('', 'version: 1\n', 'version: 1\ntranscript: "talk.txt"\n', 'version: 1\n__proto__: {a: 1}\nconstructor: x\n');
    fc.assert(
      fc.property(head, hostileText, (top, body) => {
        const read = readSidecar(top + body);
        if (read.kind !== 'ok') return;
        const again = readSidecar(writeSidecar({ transcriptName: 'talk.txt', text: 'Host: hello there.\n', tags: [], invalid: read.sidecar.invalid, extra: read.sidecar.extra }));
        assert.equal(again.kind, 'ok', JSON.stringify(again.problems));
      }),
      RUNS,
    );
  });

  it('reads any text as a codebook without throwing', () => {
    fc.assert(fc.property(hostileText, (text) => void readCodebook(`categories:\n${text}`)), RUNS);
  });

  it('reads any text as W3C annotations, or says why not (AnnotationImportError)', () => {
    const json = fc.oneof(hostileText, fc.jsonValue().map((v) => JSON.stringify(v)), fc.jsonValue().map((v) => JSON.stringify({ type: 'Annotation', __proto__: v, target: v, body: [v] })));
    fc.assert(
      fc.property(json, (text) => {
        try {
          readW3c(text);
        } catch (e) {
          if (!(e instanceof AnnotationImportError)) throw e;
        }
      }),
      RUNS,
    );
  });

  it('reads any text as XML or a REFI-QDA codebook, or says why not (XmlError, CodebookImportError)', () => {
    const xml = fc.oneof(hostileText, hostileText.map((s) => `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="${s}" name="${s}" isCodable="true"/></Codes></CodeBook>`));
    fc.assert(
      fc.property(xml, (text) => {
        try {
          parseXml(text);
        } catch (e) {
          if (!(e instanceof XmlError)) throw e;
        }
        try {
          readQdc(text);
        } catch (e) {
          if (!(e instanceof CodebookImportError)) throw e;
        }
      }),
      RUNS,
    );
  });

  it('reads any bytes or zip as a REFI-QDA project, or says why not (ProjectImportError)', () => {
    const entry = fc.record({ path: fc.oneof(fc.constantFrom('project.qde', 'sources/a.txt', '../evil.txt', '/abs.txt', 'sources/../../x.txt'), hostileText), data: hostileBytes });
    const archive = fc.oneof(hostileBytes, fc.array(entry, { maxLength: 4 }).map(hostileZip));
    fc.assert(
      fc.property(archive, (bytes) => {
        try {
          readQdpx(bytes, { now: '2025-01-01T00:00:00Z' });
        } catch (e) {
          if (!(e instanceof ProjectImportError)) throw e;
        }
      }),
      RUNS,
    );
  });
});

/** Every file under `root`, by path relative to it, with its bytes. */
function snapshot(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(root, path), readFileSync(path));
    }
  };
  walk(root);
  return files;
}

/** The files added or changed between two snapshots. */
function changed(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const out: string[] = [];
  for (const [path, bytes] of after) if (!before.get(path)?.equals(bytes)) out.push(path);
  for (const path of before.keys()) if (!after.has(path)) out.push(path);
  return out.sort();
}

const roots: string[] = [];
after(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const TRANSCRIPT = 'Host: Welcome back to the briefing.\nGuest: Inflation fell to two percent last year.\nHost: And the budget?\nGuest: It is balanced.\n';

/** A workspace for one command: `in/` with a transcript (hostile or ordinary) and its sidecar (valid, hostile or garbage), and an empty `out/`. */
function workspace(transcript: string, sidecar: string | undefined): { root: string; file: string; sidecar: string } {
  const root = scratchFolder('transcript-fuzz-');
  roots.push(root);
  mkdirSync(join(root, 'in'));
  mkdirSync(join(root, 'out'));
  const file = join(root, 'in', 'talk.txt');
  writeFileSync(file, transcript);
  if (sidecar !== undefined) writeFileSync(`${file}.annotations.yaml`, sidecar);
  return { root, file, sidecar: `${file}.annotations.yaml` };
}

/** A valid sidecar of TRANSCRIPT with hostile but legal values and unknown fields named like object machinery. */
const validSidecar = fc.record({ note: hostileText, speaker: hostileText, source: fc.constantFrom('javascript:alert(1)', 'https://example.org/x', 'data:,x', ''), key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra') }).map(({ note, speaker, source, key }) => {
  const start = TRANSCRIPT.indexOf('Inflation');
  const tag: Tag = { id: 't-00000001', category: 'claim', quote: 'Inflation fell', start, end: start + 14, prefix: '', suffix: '', speaker, section: null, note, source, created: '2025-01-01T00:00:00Z', modified: '2025-01-01T00:00:00Z', status: 'anchored', extra: { [key]: note } };
  return writeSidecar({ transcriptName: 'talk.txt', text: TRANSCRIPT, tags: [tag], extra: Object.defineProperty({}, key, { value: speaker, enumerable: true, writable: true, configurable: true }) });
});
const anySidecar = fc.option(fc.oneof(validSidecar, hostileText, validSidecar.map((s) => s.replace('tags:', `${'__proto__'}: {a: 1}\ntags:`))), { nil: undefined });
const anyTranscript = fc.oneof(fc.constant(TRANSCRIPT), hostileText, hostileText.map((s) => TRANSCRIPT + s));

/** What every command run must satisfy: one-line messages, only the allowed files written, every written sidecar valid. */
function checkRun(result: { code: number; err: string }, before: Map<string, Buffer>, root: string, allowed: (path: string) => boolean): void {
  assert.ok([0, 1, 2].includes(result.code), `exit code ${result.code}`);
  assert.doesNotMatch(result.err, /unexpected error|\n\s+at \S+ \(|\n\s+at file:/, 'no stack trace');
  const after = snapshot(root);
  for (const path of changed(before, after)) {
    assert.ok(allowed(path), `wrote ${path}, which it must not:\n${result.err}`);
    if (/\.annotations(\.[^/]+)?\.yaml$/.test(path) && after.has(path)) {
      const read = readSidecar(after.get(path)!.toString('utf8'));
      assert.equal(read.kind, 'ok', `${path} cannot be read back: ${JSON.stringify(read.problems)}`);
      const wasValid = before.has(path) ? readSidecar(before.get(path)!.toString('utf8')) : undefined;
      if (!wasValid || (wasValid.kind === 'ok' && !wasValid.problems.some((p) => p.severity === 'error'))) {
        assert.ok(!read.problems.some((p) => p.severity === 'error'), `${path} is written invalid: ${JSON.stringify(read.problems)}`);
      }
    }
  }
}

/** Outputs a command may be pointed at: its own inputs spelled many ways, other folders, and its output folder. */
const OUTPUTS = ['out/x', 'in/talk.txt', 'in/./talk.txt', 'out/../in/talk.txt', 'in/talk.txt.annotations.yaml', 'in/talk.txt.annotations.ana.yaml', 'in/TALK.txt', 'elsewhere.txt', 'out/sub/none/x'];

describe('fuzz: the commands that write', () => {
  it('export writes only its output, never an input, whatever the transcripts, sidecars and output', async () => {
    const formats = ['csv', 'yaml', 'w3c', 'qdpx', 'qdc', 'claimreview', 'taguette'];
    await fc.assert(
      fc.asyncProperty(anyTranscript, anySidecar, fc.constantFrom(...formats), fc.constantFrom(...OUTPUTS), fc.boolean(), async (transcript, sidecar, format, output, force) => {
        const w = workspace(transcript, sidecar);
        const before = snapshot(w.root);
        const target = join(w.root, output);
        const result = await run('export', join(w.root, 'in'), '--format', format, '-o', target, ...(force ? ['--force'] : []));
        // in/TALK.txt is another file on a case-sensitive file system; on others it is the input, refused, and never seen changed under this name.
        checkRun(result, before, w.root, (path) => path === join('out', 'x') || path === 'elsewhere.txt' || path === join('in', 'TALK.txt'));
      }),
      COMMAND_RUNS,
    );
  });

  it('convert writes only its output, never the original or its sidecar', async () => {
    await fc.assert(
      fc.asyncProperty(anyTranscript, anySidecar, fc.constantFrom(...OUTPUTS, undefined), async (transcript, sidecar, output) => {
        const w = workspace(transcript, sidecar);
        const before = snapshot(w.root);
        const result = await run('convert', w.file, ...(output ? ['-o', join(w.root, output)] : []), '--force');
        checkRun(result, before, w.root, (path) => path === join('out', 'x') || path === 'elsewhere.txt' || path === join('in', 'TALK.txt') || path === join('in', 'talk.transcript'));
      }),
      COMMAND_RUNS,
    );
  });

  it('tag writes only the transcript’s sidecar, and writes it valid', async () => {
    const quote = fc.oneof(fc.constantFrom('Inflation fell', 'budget', 'Host', 'Welcome back'), hostileText.filter((s) => s.trim() !== ''));
    await fc.assert(
      fc.asyncProperty(anyTranscript, anySidecar, quote, hostileText, fc.option(fc.constantFrom('ana', 'Bea Ortiz', '\u202Eevil', '../x'), { nil: undefined }), async (transcript, sidecar, words, category, author) => {
        const w = workspace(transcript, sidecar);
        const before = snapshot(w.root);
        const result = await run('tag', w.file, '--quote', words, '--category', category.trim() === '' ? 'claim' : category, ...(author ? ['--author', author] : []));
        checkRun(result, before, w.root, (path) => path.startsWith(join('in', 'talk.txt.annotations')) && path.endsWith('.yaml'));
      }),
      COMMAND_RUNS,
    );
  });

  it('merge --resolve writes only the sidecar it resolves, never a transcript', async () => {
    const conflicted = fc.tuple(validSidecar, validSidecar).map(([a, b]) => `<<<<<<< ours\n${a}=======\n${b}>>>>>>> theirs\n`);
    await fc.assert(
      fc.asyncProperty(anyTranscript, fc.oneof(conflicted, hostileText), fc.constantFrom('in/talk.txt.annotations.yaml', 'in/talk.txt'), async (transcript, text, given) => {
        const w = workspace(transcript, undefined);
        writeFileSync(join(w.root, given), given.endsWith('.yaml') ? text : transcript + text);
        const before = snapshot(w.root);
        const result = await run('merge', '--resolve', join(w.root, given));
        checkRun(result, before, w.root, (path) => path === join('in', 'talk.txt.annotations.yaml') && given.endsWith('.yaml'));
      }),
      COMMAND_RUNS,
    );
  });

  it('import writes only inside its output folder, never over the project, and every sidecar valid', async () => {
    const project = fc.oneof(
      hostileBytes,
      fc.tuple(anyTranscript, fc.constantFrom('talk.txt', 'sub/talk.txt', '../escape.txt', 'project.qdpx', '\u202Ename.txt')).map(([text, path]) => {
        const sidecar = writeSidecar({ transcriptName: 'talk.txt', text, tags: [] });
        const corpus = gatherCorpus([{ path, uri: `file:///c/${encodeURIComponent(path)}`, text, sidecar: { name: 's', text: sidecar } }], [], { orphans: 'skip', created: '2025-01-01T00:00:00Z', origin: 'fuzz' }).corpus;
        return writeQdpx(corpus, 'Fuzz').bytes;
      }),
    );
    await fc.assert(
      fc.asyncProperty(project, fc.constantFrom('out', 'in'), fc.boolean(), async (bytes, folder, force) => {
        const w = workspace(TRANSCRIPT, undefined);
        const projectFile = join(w.root, folder, 'project.qdpx');
        writeFileSync(projectFile, bytes);
        const before = snapshot(w.root);
        const result = await run('import', projectFile, '-o', join(w.root, folder), ...(force ? ['--force'] : []));
        checkRun(result, before, w.root, (path) => path.startsWith(join(folder, '/')) && path !== join(folder, 'project.qdpx'));
      }),
      COMMAND_RUNS,
    );
  });
});
