import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { unzipSync } from 'fflate';
import { GUID_PATTERN, guidFor } from '../../src/core/export/guid';
import { writeCodebook, writeProject, writeQdpx, RefiQdaError } from '../../src/core/export/refiQda';
import { escapeAttribute, escapeText } from '../../src/core/export/xml';
import { childrenNamed, parseXml, XmlError, type XmlElement } from '../../src/core/export/xmlRead';
import { crc32, writeZip } from '../../src/core/export/zip';
import fc from 'fast-check';
import { lfText, sourceName, sourcePath } from '../../src/core/export/refiText';
import { BRIEFING, briefingCorpus, briefingSource, CATEGORIES, hostileCorpus } from './exportFixtures';
import { scratchFolder } from './scratch';

const SCHEMAS = join(import.meta.dirname, '..', '..', '..', 'shared', 'refi-qda');
const dir = scratchFolder('transcript-export-');

/** Validates an XML text against one of the REFI-QDA schemas with xmllint; fails with xmllint's words. */
function validate(t: TestContext, xml: string, schema: 'Codebook.xsd' | 'Project.xsd', name: string): void {
  if (!existsSync(join(SCHEMAS, schema))) {
    t.skip(`${join(SCHEMAS, schema)} is not there (the shared folder with the REFI-QDA schemas); ${name} is not validated.`);
    return;
  }
  const version = spawnSync('xmllint', ['--version']);
  assert.equal(version.status, 0, 'xmllint is missing: install libxml2-utils (`node scripts/system-deps.mjs` does, as root on Debian).');
  const file = join(dir, name);
  writeFileSync(file, xml);
  const result = spawnSync('xmllint', ['--noout', '--schema', join(SCHEMAS, schema), file], { encoding: 'utf8' });
  assert.equal(result.status, 0, `${name} does not validate against ${schema}:\n${result.stderr}`);
}

function all(el: XmlElement, name: string): XmlElement[] {
  return [...(el.name === name ? [el] : []), ...el.children.flatMap((c) => all(c, name))];
}

describe('export: XML', () => {
  it('escapes markup, keeps line breaks in attributes, and replaces characters XML cannot hold', () => {
    assert.equal(escapeText('a < b & c > d'), 'a &lt; b &amp; c &gt; d');
    assert.equal(escapeAttribute('say "no"\nnow\t'), 'say &quot;no&quot;&#10;now&#9;');
    assert.equal(escapeText('bell\u0007 and \ud800 lone'), 'bell\ufffd and \ufffd lone');
    assert.equal(escapeText('emoji 🚢 stays'), 'emoji 🚢 stays');
    const el = parseXml(`<a title="${escapeAttribute('two\nlines "quoted" & <tagged>')}">${escapeText('x < y\r\nz')}</a>`);
    assert.equal(el.attributes.title, 'two\nlines "quoted" & <tagged>');
    assert.equal(el.text, 'x < y\r\nz');
  });

  it('reads elements by local name, entities, CDATA and comments', () => {
    const el = parseXml('<?xml version="1.0"?>\n<!-- c -->\n<q:Root xmlns:q="urn:x" q:a=\'1\'><Child>&#x1F6A2;&amp;<![CDATA[<raw>]]></Child><!-- c --><Child/></q:Root>');
    assert.equal(el.name, 'Root');
    assert.equal(el.attributes.a, '1');
    assert.equal(childrenNamed(el, 'Child').length, 2);
    assert.equal(el.children[0]!.text, '🚢&<raw>');
  });

  it('refuses malformed XML and document type declarations, with the line', () => {
    assert.throws(() => parseXml('<a>\n<b>\n</a>'), (e: unknown) => e instanceof XmlError && e.line === 3 && /closes <b>/.test(e.message));
    assert.throws(() => parseXml('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'), /document type declarations/);
    assert.throws(() => parseXml('<a>&nbsp;</a>'), /entity &nbsp; is not defined/);
    assert.throws(() => parseXml('<a></a><b/>'), /after the root/);
    assert.throws(() => parseXml('<a>'.repeat(5000) + '</a>'.repeat(5000)), /nest more than 200 deep/);
  });
});

describe('export: zip', () => {
  it('computes the standard CRC-32', () => {
    assert.equal(crc32(new TextEncoder().encode('123456789')), 0xcbf43926);
  });

  it('writes an archive that unzip tests as sound, deflating what shrinks and storing the rest', () => {
    const big = new TextEncoder().encode('A question and an answer. '.repeat(400));
    const tiny = new TextEncoder().encode('x');
    const zip = writeZip([{ path: 'project.qde', data: big }, { path: 'sources/ünï.txt', data: tiny }], new Date('2024-04-01T12:00:00Z'));
    const file = join(dir, 'sound.zip');
    writeFileSync(file, zip);
    const test = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
    if (test.error === undefined) assert.equal(test.status, 0, test.stdout + test.stderr);
    const back = unzipSync(zip);
    assert.deepEqual(Object.keys(back), ['project.qde', 'sources/ünï.txt']);
    assert.deepEqual(back['project.qde'], big);
    assert.deepEqual(back['sources/ünï.txt'], tiny);
    const view = new DataView(zip.buffer, zip.byteOffset);
    assert.equal(view.getUint16(8, true), 8, 'the large entry is deflated');
    assert.ok(zip.length < big.length);
  });

  it('refuses paths that would escape the archive, and the same path twice', () => {
    const data = new Uint8Array(1);
    assert.throws(() => writeZip([{ path: '../evil', data }]), /Not a path/);
    assert.throws(() => writeZip([{ path: '/abs', data }]), /Not a path/);
    assert.throws(() => writeZip([{ path: 'a', data }, { path: 'a', data }]), /twice/);
  });
});

describe('export: REFI-QDA', () => {
  const { corpus } = briefingCorpus();

  it('writes GUIDs in the form the schemas require, the same for the same name', () => {
    const g = guidFor('code', 'statistic');
    assert.match(g, GUID_PATTERN);
    assert.equal(g, guidFor('code', 'statistic'));
    assert.notEqual(g, guidFor('code', 'commitment'));
  });

  it('writes a codebook that validates against Codebook.xsd, parents nesting their children', (t) => {
    const qdc = writeCodebook(corpus.categories, corpus.origin);
    validate(t, qdc, 'Codebook.xsd', 'codebook.qdc');
    const root = parseXml(qdc);
    const top = childrenNamed(childrenNamed(root, 'Codes')[0]!, 'Code');
    assert.deepEqual(top.map((c) => c.attributes.name), ['Factual claim', 'Commitment', 'Denial']);
    const nested = childrenNamed(top[0]!, 'Code')[0]!;
    assert.deepEqual(nested.attributes, { guid: guidFor('code', 'statistic'), name: 'Statistic', isCodable: 'true', color: '#1f77b4' });
    assert.equal(childrenNamed(top[0]!, 'Description')[0]!.text, 'A statement of fact that can be checked.');
  });

  it('refuses a codebook with no category', () => {
    assert.throws(() => writeCodebook([], 'x'), RefiQdaError);
  });

  it('writes a project that validates against Project.xsd', (t) => {
    const { qde } = writeProject(corpus, 'Harbour briefings');
    validate(t, qde, 'Project.xsd', 'project.qde');
    const withOrphans = writeProject(briefingCorpus({ orphans: 'include' }).corpus, 'With orphans');
    validate(t, withOrphans.qde, 'Project.xsd', 'orphans.qde');
    assert.equal(withOrphans.leftOut, 1);
  });

  it('makes tags coded selections with code-point positions, each naming its user', () => {
    const { qde, sources } = writeProject(corpus, 'Harbour briefings');
    const root = parseXml(qde);
    const source = all(root, 'TextSource')[0]!;
    const guid = source.attributes.guid!;
    assert.equal(source.attributes.plainTextPath, `internal://${guid}.txt`);
    assert.deepEqual(sources, [{ path: `sources/${guid}.txt`, text: BRIEFING }]);
    const codeGuids = new Set(CATEGORIES.map((c) => guidFor('code', c.id)));
    const selections = childrenNamed(source, 'PlainTextSelection').filter((s) => codeGuids.has(all(s, 'CodeRef')[0]!.attributes.targetGUID!));
    assert.equal(selections.length, 3);
    const points = Array.from(BRIEFING);
    const quotes = selections.map((s) => points.slice(Number(s.attributes.startPosition), Number(s.attributes.endPosition)).join(''));
    assert.deepEqual(quotes, ['Cargo volumes rose 12% last year', 'We will dredge the north channel by June.', 'No, that is simply "wrong"']);
    const coded = selections.map((s) => all(s, 'CodeRef')[0]!.attributes.targetGUID);
    assert.deepEqual(coded, [guidFor('code', 'statistic'), guidFor('code', 'commitment'), guidFor('code', 'denial')]);
    const users = new Map(all(root, 'User').map((u) => [u.attributes.guid, u.attributes.name]));
    assert.deepEqual([...users.values()], ['Ines', 'Unattributed']);
    assert.deepEqual(selections.map((s) => users.get(s.attributes.creatingUser)), ['Ines', 'Unattributed', 'Ines']);
    assert.deepEqual(selections.map((s) => users.get(childrenNamed(s, 'Coding')[0]!.attributes.creatingUser)), ['Ines', 'Unattributed', 'Ines']);
    assert.equal(all(source, 'DateValue')[0]!.text, '2024-03-14');
  });

  it("hangs notes from the source, as QualCoder reads them: a NoteRef in the TextSource, the Note holding its text and the passage's selection", () => {
    const root = parseXml(writeProject(corpus, 'Harbour briefings').qde);
    const source = all(root, 'TextSource')[0]!;
    for (const s of childrenNamed(source, 'PlainTextSelection')) assert.equal(childrenNamed(s, 'NoteRef').length, 0, 'no NoteRef inside a selection');
    const refs = childrenNamed(source, 'NoteRef').map((r) => r.attributes.targetGUID);
    assert.equal(refs.length, 1);
    const note = all(root, 'Note').find((n) => n.attributes.guid === refs[0])!;
    assert.match(childrenNamed(note, 'PlainTextContent')[0]!.text, /^Says "wrong", but\nthe budget fell 48%.*\nVerdict: misleading\nSource: https:\/\/example.org/);
    const selection = childrenNamed(note, 'PlainTextSelection')[0]!;
    assert.match(selection.attributes.guid!, GUID_PATTERN);
    const points = Array.from(BRIEFING);
    assert.equal(points.slice(Number(selection.attributes.startPosition), Number(selection.attributes.endPosition)).join(''), 'No, that is simply "wrong"');
    assert.equal(all(root, 'User').find((u) => u.attributes.guid === note.attributes.creatingUser)!.attributes.name, 'Ines');
  });

  it("links each speaker's case to the turns they speak: SelectionRefs, and a code with the case's GUID coding those turns (QualCoder's case text)", () => {
    const root = parseXml(writeProject(corpus, 'Harbour briefings').qde);
    const cases = all(root, 'Case');
    assert.deepEqual(cases.map((c) => c.attributes.name), ['Director Vance', 'Moderator', 'Question']);
    const vance = cases[0]!;
    assert.equal(all(vance, 'TextValue')[0]!.text, 'respondent');
    const source = all(root, 'TextSource')[0]!;
    const byGuid = new Map(childrenNamed(source, 'PlainTextSelection').map((s) => [s.attributes.guid, s]));
    const points = Array.from(BRIEFING);
    const said = childrenNamed(vance, 'SelectionRef').map((r) => {
      const s = byGuid.get(r.attributes.targetGUID)!;
      assert.equal(all(s, 'CodeRef')[0]!.attributes.targetGUID, vance.attributes.guid);
      return points.slice(Number(s.attributes.startPosition), Number(s.attributes.endPosition)).join('');
    });
    assert.deepEqual(said, ['Cargo volumes rose 12% last year, the best since 2009. 🚢 We will dredge the north channel by June.', 'No, that is simply "wrong", and the figures show it.']);
    const speakerCodes = all(root, 'Code').find((c) => c.attributes.name === 'Speakers')!;
    assert.equal(speakerCodes.attributes.isCodable, 'false');
    assert.deepEqual(childrenNamed(speakerCodes, 'Code').map((c) => [c.attributes.name, c.attributes.guid]), cases.map((c) => [c.attributes.name, c.attributes.guid]));
  });

  it('writes sources with LF line ends and counts positions in code points of that text', (t) => {
    const crlf = BRIEFING.replace(/\n/g, '\r\n').replace('Place: Port Ellis\r\n', 'Place: Port Ellis\r');
    const gathered = briefingCorpus({}, [{ ...briefingSource(), text: crlf }]).corpus;
    const { qde, sources } = writeProject(gathered, 'Mixed endings');
    assert.ok(!sources[0]!.text.includes('\r'));
    const points = Array.from(sources[0]!.text);
    const root = parseXml(qde);
    const quotes = all(root, 'PlainTextSelection').filter((s) => s.attributes.name && !s.attributes.name.includes(':')).map((s) => points.slice(Number(s.attributes.startPosition), Number(s.attributes.endPosition)).join(''));
    assert.ok(quotes.includes('No, that is simply "wrong"'), JSON.stringify(quotes));
    assert.ok(quotes.includes('We will dredge the north channel by June.'), JSON.stringify(quotes));
    validate(t, qde, 'Project.xsd', 'mixed.qde');
  });

  it('maps every code-point offset of a text with CRLF, lone CR and emoji onto the same character of its LF text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'é', '\r', '\n', '\r\n', '😀'), { maxLength: 40 }), (pieces) => {
        const original = pieces.join('');
        const lf = lfText(original);
        assert.ok(!lf.text.includes('\r'));
        const from = Array.from(original);
        const to = Array.from(lf.text);
        from.forEach((c, i) => {
          // The CR of a CRLF is gone: its offset is the LF's.
          if (c === '\r' && from[i + 1] === '\n') assert.equal(lf.map(i), lf.map(i + 1));
          else assert.equal(to[lf.map(i)], c === '\r' ? '\n' : c);
        });
        assert.equal(lf.map(from.length), to.length);
      }),
    );
  });

  it('names sources without a slash, flattening subfolders in a way that gives the path back', () => {
    const root = parseXml(writeProject(corpus, 'Harbour briefings').qde);
    const name = all(root, 'TextSource')[0]!.attributes.name!;
    assert.equal(name, 'briefings%2Fbriefing.txt');
    assert.equal(sourcePath(name), 'briefings/briefing.txt');
    for (const path of ['a/b.txt', 'a%2Fb.txt', 'a:b?.txt', 'x\\y.txt', 'plain.txt']) {
      assert.ok(!sourceName(path).includes('/'));
      assert.equal(sourcePath(sourceName(path)), path);
    }
    assert.notEqual(sourceName('a/b.txt'), sourceName('a%2Fb.txt'));
  });

  it('always names a creating user: the project, its sources and every selection, coding and note', (t) => {
    const { qde } = writeProject(hostileCorpus().corpus, 'Hostile');
    validate(t, qde, 'Project.xsd', 'hostile.qde');
    const root = parseXml(qde);
    const users = new Set(all(root, 'User').map((u) => u.attributes.guid));
    assert.ok(users.has(root.attributes.creatingUserGUID));
    for (const kind of ['TextSource', 'PlainTextSelection', 'Coding', 'Note']) {
      for (const el of all(root, kind)) assert.ok(users.has(el.attributes.creatingUser), `${kind} on line ${el.line} has no known creatingUser`);
    }
  });

  it('packs project.qde at the root and each source under sources/ named by its GUID', (t) => {
    const { bytes } = writeQdpx(corpus, 'Harbour briefings');
    const file = join(dir, 'project.qdpx');
    writeFileSync(file, bytes);
    const listing = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n');
    const guid = guidFor('source', 'briefings/briefing.txt');
    assert.deepEqual(listing, ['project.qde', `sources/${guid}.txt`]);
    const files = unzipSync(bytes);
    assert.equal(new TextDecoder().decode(files[`sources/${guid}.txt`]), BRIEFING);
    validate(t, new TextDecoder().decode(files['project.qde']), 'Project.xsd', 'from-zip.qde');
  });

  it('validates with every category unused, no speakers and no tags', (t) => {
    const { corpus: empty } = briefingCorpus({}, [{ path: 'plain.txt', uri: 'file:///plain.txt', text: 'Just a note to self.\n' }]);
    validate(t, writeProject(empty, 'Empty').qde, 'Project.xsd', 'empty.qde');
    validate(t, writeProject({ ...empty, documents: [], categories: CATEGORIES }, 'No documents').qde, 'Project.xsd', 'nodocs.qde');
  });
});
