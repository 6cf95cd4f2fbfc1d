import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { addToCodebook, categoryIdFor, categoryPath, DEFAULT_CATEGORIES, pickerOrder, readCodebook, type Category } from '../../src/core/annotations';

describe('codebook', () => {
  it('ships categories for public statements, each with a colour and a digit', () => {
    assert.deepEqual(DEFAULT_CATEGORIES.map((c) => c.id), ['factual-claim', 'statistic', 'commitment', 'position', 'accusation', 'denial', 'call-to-action', 'prediction']);
    assert.ok(DEFAULT_CATEGORIES.every((c) => c.color?.startsWith('transcript.tag.') && c.shortcut !== undefined));
  });

  it('reads a workspace codebook with a hierarchy', () => {
    const { categories, problems } = readCodebook('categories:\n  - id: claim\n    label: Claim\n    color: "#ff0000"\n    shortcut: 1\n  - id: figure\n    label: Figure\n    parent: claim\n');
    assert.deepEqual(problems, []);
    const byId = new Map(categories.map((c) => [c.id, c]));
    assert.equal(categoryPath(byId.get('figure')!, byId), 'Claim › Figure');
  });

  it('reports a bad entry at its line and keeps the others', () => {
    const { categories, problems } = readCodebook('categories:\n  - id: claim\n    label: Claim\n  - id: "bad id!"\n    label: Bad\n  - id: x\n    label: X\n    color: blue-ish\n');
    assert.deepEqual(categories.map((c) => c.id), ['claim']);
    assert.deepEqual(problems.map((p) => p.line), [4, 6]);
    assert.match(problems[1]!.message, /`color` must be `#rrggbb` or a theme colour id/);
  });

  it('reports a parent that is missing or loops, and shows the category at the top', () => {
    const { categories, problems } = readCodebook('categories:\n  - {id: a, label: A, parent: b}\n  - {id: b, label: B, parent: a}\n  - {id: c, label: C, parent: zzz}\n');
    assert.equal(categories.find((c) => c.id === 'c')!.parent, undefined);
    assert.ok(problems.some((p) => /loop back/.test(p.message)));
    assert.ok(problems.some((p) => /parent 'zzz' is not in the codebook/.test(p.message)));
  });

  it('falls back to the defaults when the file is not YAML, saying where', () => {
    const read = readCodebook('categories:\n  - id: a\n   label: A\n');
    assert.equal(read.readable, false);
    assert.deepEqual(read.categories, [...DEFAULT_CATEGORIES]);
    assert.equal(read.problems[0]!.line, 3);
  });

  it('adds a category to a new file with the defaults', () => {
    const text = addToCodebook(undefined, { id: 'half-truth', label: 'Half truth' });
    const ids = parse(text).categories.map((c: { id: string }) => c.id);
    assert.deepEqual(ids, [...DEFAULT_CATEGORIES.map((c) => c.id), 'half-truth']);
    assert.deepEqual(readCodebook(text).problems, []);
  });

  it('adds a category to an existing file, keeping its comments', () => {
    const text = addToCodebook('# ours\ncategories:\n  - id: a # first\n    label: A\n', { id: 'b', label: 'B' });
    assert.match(text, /# ours/);
    assert.match(text, /# first/);
    assert.deepEqual(readCodebook(text).categories.map((c) => c.id), ['a', 'b']);
  });

  it('makes an id from a label', () => {
    assert.equal(categoryIdFor('Half-truth (mostly)', new Set()), 'half-truth-mostly');
    assert.equal(categoryIdFor('Claim', new Set(['claim'])), 'claim-2');
    assert.equal(categoryIdFor('Обещание', new Set()), 'category');
  });
});

describe('the tag picker’s order', () => {
  const cat = (id: string, parent?: string): Category => ({ id, label: id, ...(parent ? { parent } : {}) });
  const ids = (cs: Category[]) => cs.map((c) => c.id);

  it('lists recent categories first, most recent first, leaving out ones no longer in the codebook', () => {
    const { recent } = pickerOrder([cat('claim'), cat('denial'), cat('prediction')], ['prediction', 'gone', 'claim', 'prediction']);
    assert.deepEqual(ids(recent), ['prediction', 'claim']);
  });

  it('puts each category’s children right after it', () => {
    const { all } = pickerOrder([cat('statistic', 'claim'), cat('denial'), cat('claim'), cat('budget', 'statistic')], []);
    assert.deepEqual(ids(all), ['denial', 'claim', 'statistic', 'budget']);
  });

  it('still lists categories whose parents form a cycle or do not exist', () => {
    const { all } = pickerOrder([cat('a', 'b'), cat('b', 'a'), cat('c', 'missing'), cat('d', 'd')], []);
    assert.deepEqual(ids(all).sort(), ['a', 'b', 'c', 'd']);
    assert.equal(all.length, 4);
  });
});
