/**
 * A real reader of our REFI-QDA projects: QualCoder's own importer, run
 * headless by scripts/qualcoder-import.py on the hostile corpus. It runs when
 * QUALCODER_SRC names a QualCoder checkout's `src` folder and python3 has
 * PyQt6; otherwise it is skipped, saying so.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { qualCoderImporter } from './qualcoder';
import { writeSidecar } from '../../src/core/annotations/sidecar';
import { gatherCorpus } from '../../src/core/export/gather';
import { writeQdpx } from '../../src/core/export/refiQda';
import { BRIEFING, briefingSidecar, CATEGORIES, HOSTILE, hostileTags } from './exportFixtures';
import { scratchFolder } from './scratch';


describe("QualCoder's importer on our .qdpx", () => {
  it('imports every code, coding, note and speaker case, each coding on the very words tagged', (t) => {
    const qualCoder = qualCoderImporter(t);
    if (!qualCoder) return;
    const dir = scratchFolder('transcript-qualcoder-');
    const mixed = BRIEFING.replace(/\n/g, '\r\n').replace('Place: Port Ellis\r\n', 'Place: Port Ellis\n');
    const corpus = gatherCorpus(
      [
        { path: 'briefings/briefing.txt', uri: 'file:///c/briefing.txt', text: mixed, sidecar: { name: 's1', text: briefingSidecar() } },
        { path: 'council/2025/hearing.txt', uri: 'file:///c/hearing.txt', text: HOSTILE, sidecar: { name: 's2', text: writeSidecar({ transcriptName: 'hearing.txt', text: HOSTILE, tags: hostileTags() }) } },
      ],
      CATEGORIES,
      { orphans: 'skip', created: '2025-01-01T00:00:00Z', origin: 'Transcript Annotator 0.1.0' },
    ).corpus;
    const file = join(dir, 'hard.qdpx');
    writeFileSync(file, writeQdpx(corpus, 'Hard').bytes);
    const got = qualCoder(file, join(dir, 'project')) as { sources: unknown[][]; codes: unknown[][]; codings: unknown[][]; annotations: unknown[][]; cases: unknown[][]; case_text: unknown[][] };
    assert.deepEqual(got.sources.map((s) => s[1]), ['briefings%2Fbriefing.txt', 'council%2F2025%2Fhearing.txt']);
    assert.deepEqual(got.codes.map((c) => c[1]), CATEGORIES.map((c) => c.label));
    const tags = corpus.documents.flatMap((d) => d.tags);
    assert.equal(got.codings.length, tags.length);
    const quotes = (q: string) => q.replace(/\ud800/g, '\ufffd');
    assert.deepEqual(got.codings.map((c) => c[4]).sort(), tags.map((t) => quotes(t.quote)).sort());
    assert.deepEqual(got.codings.map((c) => c[5]).sort(), tags.map((t) => t.author ?? 'Unattributed').sort());
    assert.equal(got.annotations.length, tags.filter((t) => t.note || t.verdict).length);
    assert.deepEqual(got.cases.map((c) => c[1]), ['Chair', 'Director Vance', 'Moderator', 'Question', 'Treasurer']);
    assert.equal(got.case_text.length, corpus.documents.reduce((n, d) => n + d.turns.length, 0));
  });
});
