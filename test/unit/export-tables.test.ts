import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IMPORTERS } from '../../src/core/export/importers';
import { EXPORT_WRITERS, exportWriter } from '../../src/core/export/writers';

describe('the table of export writers', () => {
  it('lists each format once, in the order of the format picker', () => {
    assert.deepEqual(EXPORT_WRITERS.map((w) => w.id), ['csv', 'yaml', 'w3c', 'qdpx', 'qdc', 'taguette', 'claimreview']);
  });

  it('suggests for each format a file name with one of its extensions', () => {
    for (const w of EXPORT_WRITERS) assert.ok(w.filter.extensions.some((e) => w.fileName.endsWith(`.${e}`)), `${w.id}: ${w.fileName}`);
  });

  it('finds a writer by its id, and none for an unknown id', () => {
    assert.equal(exportWriter('w3c')?.label, 'W3C Web Annotation');
    assert.equal(exportWriter('docx'), undefined);
  });
});

describe('the table of importers', () => {
  it('lists each import format once, each with the files its open dialog offers', () => {
    assert.deepEqual(IMPORTERS.map((i) => i.id), ['qdpx', 'qdc', 'w3c']);
    for (const i of IMPORTERS) assert.ok(Object.values(i.filters).flat().length > 0, i.id);
  });
});
