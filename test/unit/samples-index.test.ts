/** The samples' index, which VS Code for the Web reads because it cannot list the extension's folder, names every sample file. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SAMPLES = join(import.meta.dirname, '..', '..', 'samples');

test('samples/index.json lists exactly the files of samples/', () => {
  const onDisk = readdirSync(SAMPLES).filter((n) => n !== 'index.json').sort();
  const listed = (JSON.parse(readFileSync(join(SAMPLES, 'index.json'), 'utf8')) as string[]).slice().sort();
  assert.deepEqual(listed, onDisk, 'update samples/index.json when a sample is added or removed');
});
