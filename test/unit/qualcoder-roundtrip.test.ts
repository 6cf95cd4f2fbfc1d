/**
 * The round trip through a real reader: a project written the way another
 * tool writes it (NVivo's UTF-16 positions, CRLF text, two coders with notes
 * on the same words, nested codes) is imported here, exported again, and
 * read by QualCoder's own importer (scripts/qualcoder-import.py, headless),
 * which must find every coding on the same words, every note with its
 * author, and every code in its place. It runs when QUALCODER_SRC names a
 * QualCoder checkout's `src` folder and python3 has PyQt6; otherwise it is
 * skipped, saying so.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { qualCoderImporter } from './qualcoder';
import { exportCategoriesOf, gatherCorpus } from '../../src/core/export/gather';
import { readQdpx } from '../../src/core/export/importQdpx';
import { writeQdpx } from '../../src/core/export/refiQda';
import { writeZip } from '../../src/core/export/zip';
import { scratchFolder } from './scratch';


/** A quay hearing with emoji before the codings and CRLF line ends. */
const HEARING = ['Quay hearing 🌊', 'ENGINEER: The piles are rotten 🪵 below the tide line.', 'MAYOR: We will rebuild the quay in two years 🏗️ and keep the ferry running.', ''].join('\r\n');
const U1 = '10000000-0000-4000-8000-00000000000a';
const U2 = '10000000-0000-4000-8000-00000000000b';
const CLAIMS = '20000000-0000-4000-8000-00000000000a';
const PROMISE = '20000000-0000-4000-8000-00000000000b';
const CONDITION = '20000000-0000-4000-8000-00000000000c';

/** UTF-16 positions, as NVivo writes them. */
function at(words: string): string {
  const start = HEARING.indexOf(words);
  return `startPosition="${start}" endPosition="${start + words.length}"`;
}

const QDE = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Quay" origin="NVivo for Windows 12.6">
<Users><User guid="${U1}" name="Ana"/><User guid="${U2}" name="Bo"/></Users>
<CodeBook><Codes><Code guid="${CLAIMS}" name="Claims" isCodable="true">
  <Code guid="${PROMISE}" name="Promise" isCodable="true"/><Code guid="${CONDITION}" name="Condition" isCodable="true"/>
</Code></Codes></CodeBook>
<Sources><TextSource guid="30000000-0000-4000-8000-00000000000a" name="Quay hearing" plainTextPath="internal://h.txt">
<PlainTextSelection guid="40000000-0000-4000-8000-00000000000a" ${at('The piles are rotten 🪵 below the tide line.')} creatingUser="${U1}"><Coding guid="50000000-0000-4000-8000-00000000000a" creatingUser="${U1}"><CodeRef targetGUID="${CONDITION}"/></Coding></PlainTextSelection>
<PlainTextSelection guid="40000000-0000-4000-8000-00000000000b" ${at('We will rebuild the quay in two years')} creatingUser="${U1}"><Coding guid="50000000-0000-4000-8000-00000000000b" creatingUser="${U1}"><CodeRef targetGUID="${PROMISE}"/></Coding></PlainTextSelection>
<PlainTextSelection guid="40000000-0000-4000-8000-00000000000c" ${at('keep the ferry running')} creatingUser="${U2}"><Coding guid="50000000-0000-4000-8000-00000000000c" creatingUser="${U2}"><CodeRef targetGUID="${PROMISE}"/></Coding></PlainTextSelection>
<NoteRef targetGUID="60000000-0000-4000-8000-00000000000a"/><NoteRef targetGUID="60000000-0000-4000-8000-00000000000b"/>
</TextSource></Sources>
<Notes>
<Note guid="60000000-0000-4000-8000-00000000000a" name="n1" creatingUser="${U1}"><PlainTextContent>Budget says three years.</PlainTextContent><PlainTextSelection guid="61000000-0000-4000-8000-00000000000a" ${at('We will rebuild the quay in two years')}/></Note>
<Note guid="60000000-0000-4000-8000-00000000000b" name="n2" creatingUser="${U2}"><PlainTextContent>Second opinion: two is possible.</PlainTextContent><PlainTextSelection guid="61000000-0000-4000-8000-00000000000b" ${at('We will rebuild the quay in two years')}/></Note>
</Notes>
</Project>`;

describe("QualCoder's importer after a round trip of another tool's project", () => {
  it('keeps every coding on the same words, every note with its author, every code in its place', (t) => {
    const qualCoder = qualCoderImporter(t);
    if (!qualCoder) return;
    const foreign = writeZip([{ path: 'project.qde', data: new TextEncoder().encode(QDE) }, { path: 'Sources/h.txt', data: new TextEncoder().encode(HEARING) }]);
    const imported = readQdpx(foreign, { now: '2025-06-01T10:00:00Z' });
    const corpus = gatherCorpus(
      imported.transcripts.map((x) => ({ path: x.path, uri: `file:///w/${x.path}`, text: x.text, sidecar: { name: `${x.path}.annotations.yaml`, text: x.sidecar } })),
      exportCategoriesOf(imported.categories),
      { orphans: 'skip', created: '2025-06-01T10:00:00Z', origin: 'Transcript Annotator 0.1.0' },
    ).corpus;
    const dir = scratchFolder('transcript-qualcoder-trip-');
    const file = join(dir, 'again.qdpx');
    writeFileSync(file, writeQdpx(corpus, 'Quay').bytes);
    const got = qualCoder(file, join(dir, 'project')) as { codings: string[][]; annotations: unknown[][]; code_places: Array<[string, string | null]>; category_places: Array<[string, string | null]> };
    assert.deepEqual(
      got.codings.map((c) => [c[0], c[4], c[5]]),
      [
        ['Condition', 'The piles are rotten 🪵 below the tide line.', 'Ana'],
        ['Promise', 'We will rebuild the quay in two years', 'Ana'],
        // Bo's note on Ana's words is a tag of its own (category Note), so that his name stays on it.
        ['Note', 'We will rebuild the quay in two years', 'Bo'],
        ['Promise', 'keep the ferry running', 'Bo'],
      ],
    );
    assert.deepEqual(got.annotations.map((a) => [a[3], a[4]]), [['Budget says three years.', 'Ana'], ['Second opinion: two is possible.', 'Bo']]);
    const place = (name: string) => got.code_places.find((c) => c[0] === name)?.[1] ?? got.category_places.find((c) => c[0] === name)?.[1];
    assert.equal(place('Promise'), 'Claims');
    assert.equal(place('Condition'), 'Claims');
  });
});
