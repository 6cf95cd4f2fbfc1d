import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { GUID_PATTERN, guidFor } from '../../src/core/export/guid';
import { writeCodebook, writeProject, writeQdpx, RefiQdaError } from '../../src/core/export/refiQda';
import { escapeAttribute, escapeText } from '../../src/core/export/xml';
import { childrenNamed, parseXml, XmlError, type XmlElement } from '../../src/core/export/xmlRead';
import { crc32, writeZip } from '../../src/core/export/zip';
import { BRIEFING, briefingCorpus, CATEGORIES } from './exportFixtures';

const SCHEMAS = join(import.meta.dirname, '..', '..', '..', 'shared', 'refi-qda');
const dir = mkdtempSync(join(tmpdir(), 'transcript-export-'));

/** Validates an XML text against one of the REFI-QDA schemas with xmllint; fails with xmllint's words. */
function validate(xml: string, schema: 'Codebook.xsd' | 'Project.xsd', name: string): void {
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

  it('writes a codebook that validates against Codebook.xsd, parents nesting their children', () => {
    const qdc = writeCodebook(corpus.categories, corpus.origin);
    validate(qdc, 'Codebook.xsd', 'codebook.qdc');
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

  it('writes a project that validates against Project.xsd', () => {
    const { qde } = writeProject(corpus, 'Harbour briefings');
    validate(qde, 'Project.xsd', 'project.qde');
    const withOrphans = writeProject(briefingCorpus({ orphans: 'include' }).corpus, 'With orphans');
    validate(withOrphans.qde, 'Project.xsd', 'orphans.qde');
    assert.equal(withOrphans.leftOut, 1);
  });

  it('makes tags coded selections with code-point positions, notes notes, speakers cases', () => {
    const { qde, sources } = writeProject(corpus, 'Harbour briefings');
    const root = parseXml(qde);
    const source = all(root, 'TextSource')[0]!;
    const guid = source.attributes.guid!;
    assert.equal(source.attributes.plainTextPath, `internal://${guid}.txt`);
    assert.deepEqual(sources, [{ path: `sources/${guid}.txt`, text: BRIEFING }]);
    const selections = childrenNamed(source, 'PlainTextSelection');
    assert.equal(selections.length, 3);
    const points = Array.from(BRIEFING);
    const quotes = selections.map((s) => points.slice(Number(s.attributes.startPosition), Number(s.attributes.endPosition)).join(''));
    assert.deepEqual(quotes, ['Cargo volumes rose 12% last year', 'We will dredge the north channel by June.', 'No, that is simply "wrong"']);
    const coded = selections.map((s) => all(s, 'CodeRef')[0]!.attributes.targetGUID);
    assert.deepEqual(coded, [guidFor('code', 'statistic'), guidFor('code', 'commitment'), guidFor('code', 'denial')]);
    const noteRef = all(selections[2]!, 'NoteRef')[0]!.attributes.targetGUID;
    const note = all(root, 'Note').find((n) => n.attributes.guid === noteRef)!;
    assert.match(childrenNamed(note, 'PlainTextContent')[0]!.text, /^Says "wrong", but\nthe budget fell 48%.*\nVerdict: misleading\nSource: https:\/\/example.org/);
    const cases = all(root, 'Case');
    assert.deepEqual(cases.map((c) => c.attributes.name), ['Director Vance', 'Moderator', 'Question']);
    const vance = cases[0]!;
    assert.deepEqual(childrenNamed(vance, 'SelectionRef').map((r) => r.attributes.targetGUID), selections.map((s) => s.attributes.guid));
    assert.equal(all(vance, 'TextValue')[0]!.text, 'respondent');
    assert.deepEqual(all(root, 'User').map((u) => u.attributes.name), ['Ines']);
    assert.equal(all(source, 'DateValue')[0]!.text, '2024-03-14');
  });

  it('packs project.qde at the root and each source under sources/ named by its GUID', () => {
    const { bytes } = writeQdpx(corpus, 'Harbour briefings');
    const file = join(dir, 'project.qdpx');
    writeFileSync(file, bytes);
    const listing = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n');
    const guid = guidFor('source', 'briefings/briefing.txt');
    assert.deepEqual(listing, ['project.qde', `sources/${guid}.txt`]);
    const files = unzipSync(bytes);
    assert.equal(new TextDecoder().decode(files[`sources/${guid}.txt`]), BRIEFING);
    validate(new TextDecoder().decode(files['project.qde']), 'Project.xsd', 'from-zip.qde');
  });

  it('validates with every category unused, no speakers and no tags', () => {
    const { corpus: empty } = briefingCorpus({}, [{ path: 'plain.txt', uri: 'file:///plain.txt', text: 'Just a note to self.\n' }]);
    validate(writeProject(empty, 'Empty').qde, 'Project.xsd', 'empty.qde');
    validate(writeProject({ ...empty, documents: [], categories: CATEGORIES }, 'No documents').qde, 'Project.xsd', 'nodocs.qde');
  });
});
