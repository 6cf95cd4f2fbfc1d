/**
 * What the faster import of REFI-QDA projects must still do, where it now
 * takes a shorter way: repeated element and attribute names read once,
 * times read once per distinct value, the words of a case's passages kept
 * only for selections a case links to (named or not), and string fields
 * written between quotes the sidecar's text already holds. The projects
 * are built here, in this file's own words.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { yamlString, yamlStringBody } from '../../src/core/annotations/yamlText';
import { readQdpx } from '../../src/core/export/importQdpx';
import { isoTime } from '../../src/core/export/refiImportParts';
import { firstChildNamed, parseXml } from '../../src/core/export/xmlRead';
import { writeZip } from '../../src/core/export/zip';

const CODE = '20000000-0000-4000-8000-000000000001';
const SOURCE = '30000000-0000-4000-8000-000000000001';
const FERRY = '40000000-0000-4000-8000-000000000001';
const QUAY = '40000000-0000-4000-8000-000000000002';
const TEXT = 'The ferry runs at eight. The quay opens in June.\n';

function project(cases: string): Uint8Array {
  const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });
  const selection = (guid: string, words: string) =>
    `<PlainTextSelection guid="${guid}" startPosition="${at(words).start}" endPosition="${at(words).end}"><Coding guid="5${guid.slice(1)}"><CodeRef targetGUID="${CODE}"/></Coding></PlainTextSelection>`;
  const qde = `<Project xmlns="urn:QDA-XML:project:1.0" name="Harbour" origin="Some tool"><CodeBook><Codes><Code guid="${CODE}" name="Claim" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="${SOURCE}" name="Meeting" plainTextPath="internal://${SOURCE}.txt">${selection(FERRY, 'The ferry runs at eight.')}${selection(QUAY, 'The quay opens in June.')}</TextSource></Sources><Cases>${cases}</Cases></Project>`;
  return writeZip([
    { path: 'project.qde', data: new TextEncoder().encode(qde) },
    { path: `sources/${SOURCE}.txt`, data: new TextEncoder().encode(TEXT) },
  ]);
}

describe('importing a project, the shorter ways', () => {
  it('keeps the words of the passages a case links to, whether the case has a name or not', () => {
    const read = readQdpx(project(`<Case guid="60000000-0000-4000-8000-000000000001" name="Harbour master"><SelectionRef targetGUID="${FERRY}"/></Case><Case guid="60000000-0000-4000-8000-000000000002"><SelectionRef targetGUID="${QUAY}"/></Case>`), { now: '2025-06-01T10:00:00Z' });
    assert.deepEqual(
      read.cases.map((c) => ({ name: c.name, passages: c.passages })),
      [
        { name: 'Harbour master', passages: [{ transcript: 'Meeting.txt', quote: 'The ferry runs at eight.' }] },
        { name: 'Case 60000000-0000-4000-8000-000000000002', passages: [{ transcript: 'Meeting.txt', quote: 'The quay opens in June.' }] },
      ],
    );
  });

  it('reads a time the same way each time it comes, and a time that is none as none each time', () => {
    assert.equal(isoTime('2025-06-01T10:00:00.000Z'), '2025-06-01T10:00:00Z');
    assert.equal(isoTime('2025-06-01T10:00:00.000Z'), '2025-06-01T10:00:00Z');
    assert.equal(isoTime('2025-06-01T12:00:00+02:00'), '2025-06-01T10:00:00Z');
    assert.equal(isoTime('the morning after'), undefined);
    assert.equal(isoTime('the morning after'), undefined);
  });
});

describe('reading XML whose names repeat', () => {
  it('gives each element its own attributes, however often the names come', () => {
    const root = parseXml('<Sources>' + [1, 2, 3].map((n) => `<PlainTextSelection guid="g${n}" startPosition="${n}" endPosition="${n + 5}"/>`).join('') + '<PlainTextSelections guid="other"/></Sources>');
    assert.deepEqual(
      root.children.map((c) => [c.name, c.attributes.guid, c.attributes.startPosition]),
      [['PlainTextSelection', 'g1', '1'], ['PlainTextSelection', 'g2', '2'], ['PlainTextSelection', 'g3', '3'], ['PlainTextSelections', 'other', undefined]],
    );
  });

  it('still reads references, tabs and line breaks in attribute values among plain ones', () => {
    const root = parseXml('<a plain="7f-3a" ref="Q&amp;A" tab="one\ttwo" line="one\ntwo"/>');
    assert.deepEqual({ ...root.attributes }, { plain: '7f-3a', ref: 'Q&A', tab: 'one two', line: 'one two' });
  });

  it('finds the first child of a name, or none', () => {
    const root = parseXml('<Selection><Description>first</Description><Coding/><Description>second</Description></Selection>');
    assert.equal(firstChildNamed(root, 'Description')?.text, 'first');
    assert.equal(firstChildNamed(root, 'NoteRef'), undefined);
  });
});

describe('writing a string field of a sidecar', () => {
  it('writes between the quotes what yamlString writes inside them', () => {
    for (const s of ['plain words', 'a "quoted" word', 'back\\slash', 'two\nlines', 'tab\there', 'wave 🌊', 'lone \ud800 half', '\u2028', '']) {
      assert.equal(yamlString(s), `"${yamlStringBody(s)}"`);
    }
    assert.equal(yamlStringBody('a "quoted" word\n'), 'a \\"quoted\\" word\\n');
  });
});
