/**
 * The W3C Web Annotation test suite's MUST assertions (JSON schemas, from
 * github.com/w3c/web-annotation-tests) over our W3C export: the collection,
 * its page and every annotation, including a tag whose source is no web
 * address. It runs when W3C_ANNOTATION_TESTS names a checkout of that
 * repository and a JSON-schema validator (ajv 6, which reads the suite's
 * draft-04 schemas) can be loaded; otherwise it is skipped, saying so.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { writeW3c } from '../../src/core/export/w3c';
import { briefingCorpus, briefingSidecar, briefingSource, briefingTags } from './exportFixtures';

const SUITE = process.env.W3C_ANNOTATION_TESTS;

interface Validator {
  addMetaSchema(schema: unknown): void;
  addSchema(schema: unknown, key: string): void;
  validate(schema: unknown, data: unknown): boolean;
  errors?: unknown;
}

function validator(): Validator | undefined {
  try {
    const require = createRequire(import.meta.url);
    const Ajv = require('ajv') as new (options: Record<string, unknown>) => Validator;
    const ajv = new Ajv({ schemaId: 'auto', unknownFormats: 'ignore', logger: false });
    ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
    return ajv;
  } catch {
    // No ajv 6 here: the test says so and is skipped.
    return undefined;
  }
}

describe('W3C export: the Web Annotation test suite', () => {
  it('passes every MUST assertion for the collection, its page and each annotation', (t) => {
    if (!SUITE || !existsSync(join(SUITE, 'definitions', 'annotations.json'))) {
      t.skip('W3C_ANNOTATION_TESTS does not name a checkout of w3c/web-annotation-tests; the suite is not run.');
      return;
    }
    const ajv = validator();
    if (!ajv) {
      t.skip('ajv 6 cannot be loaded; the suite is not run.');
      return;
    }
    for (const f of readdirSync(join(SUITE, 'definitions')).filter((f) => f.endsWith('.json'))) ajv.addSchema(JSON.parse(readFileSync(join(SUITE, 'definitions', f), 'utf8')), f);
    const tags = briefingTags().map((tag) => (tag.id === 't-0000000b' ? { ...tag, source: 'javascript:alert(1)' } : tag));
    const collection = JSON.parse(writeW3c(briefingCorpus({ orphans: 'include' }, [briefingSource(briefingSidecar(tags))]).corpus));
    const context = { '@context': collection['@context'] };
    const subjects: Array<[string, string, unknown]> = [
      ['collections/collectionMusts.test', 'the collection', collection],
      ['collections/pages/pageMusts.test', 'the page', { ...context, ...collection.first }],
      ...(collection.first.items as Array<Record<string, unknown>>).map((a, i): [string, string, unknown] => ['annotations/annotationMusts.test', `annotation ${i + 1}`, { ...context, ...a }]),
    ];
    const failures: string[] = [];
    let checked = 0;
    for (const [test, what, data] of subjects) {
      for (const assertion of JSON.parse(readFileSync(join(SUITE, test), 'utf8')).assertions as unknown[]) {
        if (typeof assertion !== 'string') continue;
        const schema = JSON.parse(readFileSync(join(SUITE, assertion), 'utf8')) as Record<string, unknown>;
        if (schema.assertionType !== 'must') continue;
        delete schema.id;
        checked++;
        if (ajv.validate(schema, data) !== ((schema.expectedResult ?? 'valid') === 'valid')) failures.push(`${what}: ${assertion}: ${String(schema.errorMessage)}`);
      }
    }
    assert.ok(checked > 50, `only ${checked} assertions were checked`);
    assert.deepEqual(failures, []);
  });
});
