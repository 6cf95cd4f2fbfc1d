/**
 * Choosing where ambiguous tags belong, for a whole transcript: tags of one
 * duplicated passage are grouped so that one choice places them all, and the
 * command line's `anchors --choose` does it without asking.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { run } from './helpers';
import { ambiguityGroups, parseChoices, placeGroup, readSidecar, resolveChoices, type Tag } from '../../src/core/annotations';
import { scratchFolder } from './scratch';

function ambiguousTag(id: string, quote: string, starts: number[]): Tag {
  return {
    id, category: 'c', quote, start: starts[0]!, end: starts[0]!, prefix: '', suffix: '', speaker: null, section: null, created: 'x', modified: 'x', status: 'orphaned',
    candidates: starts.map((s) => ({ start: s, end: s + quote.length })),
  };
}

describe('grouping ambiguous tags by duplicated passage', () => {
  it('tags whose candidates lie the same distance apart form one group', () => {
    const a = ambiguousTag('t-a', 'four percent', [10, 110]);
    const b = ambiguousTag('t-b', 'two percent', [40, 140]);
    const c = ambiguousTag('t-c', 'the mayor', [300, 520]);
    const groups = ambiguityGroups([c, b, a]);
    assert.deepEqual(groups.map((g) => g.tags.map((t) => t.id)), [['t-a', 't-b'], ['t-c']]);
    assert.deepEqual(placeGroup(groups[0]!, 2).map((p) => [p.tag.id, p.start, p.end]), [['t-a', 110, 122], ['t-b', 140, 151]]);
  });

  it('a placed tag or an orphan without candidates is not asked about', () => {
    const placed: Tag = { ...ambiguousTag('t-p', 'x', [1, 5]), status: 'anchored' };
    const lost: Tag = { ...ambiguousTag('t-l', 'y', [1]), candidates: undefined };
    assert.deepEqual(ambiguityGroups([placed, lost]), []);
  });

  it('a tag id chooses for its whole passage; the same passage cannot go two ways', () => {
    const groups = ambiguityGroups([ambiguousTag('t-a', 'four percent', [10, 110]), ambiguousTag('t-b', 'two percent', [40, 140])]);
    assert.deepEqual(resolveChoices(groups, parseChoices('t-b=2')).map((p) => [p.tag.id, p.start]), [['t-a', 110], ['t-b', 140]]);
    assert.throws(() => resolveChoices(groups, parseChoices('t-a=1,t-b=2')), /t-a and t-b stand in the same duplicated passage/);
    assert.throws(() => resolveChoices(groups, parseChoices('t-a=3')), /t-a fits 2 places \(1 to 2\); there is no place 3/);
    assert.throws(() => resolveChoices(groups, parseChoices('t-z=1')), /No ambiguous tag has the id t-z/);
  });

  it('a choice that is not first or id=place is refused, saying which part', () => {
    assert.throws(() => parseChoices('t-a:2'), /“t-a:2” is not a choice/);
    assert.throws(() => parseChoices(' , '), /No choice given/);
  });
});

describe('command line: anchors --choose', () => {
  const dir = scratchFolder('transcript-choose-');
  const PARAGRAPH = 'Minister Ana Costa: The budget grows by four percent this year, and the debt falls by two percent next year, as promised in the spring.';
  let n = 0;
  /** A transcript with two tags in one paragraph, then the same paragraph pasted again below it. */
  async function duplicated(): Promise<{ file: string; copyAt: number; ids: string[] }> {
    const file = join(dir, `briefing-${++n}.txt`);
    const before = `Q: What about the budget?\n\n${PARAGRAPH}\n\nQ: And the schools?\n`;
    writeFileSync(file, before);
    for (const quote of ['four percent', 'two percent']) assert.equal((await run('tag', file, '--quote', quote, '--category', 'statistic')).code, 0);
    const after = `Q: What about the budget?\n\n${PARAGRAPH}\n\n${PARAGRAPH}\n\nQ: And the schools?\n`;
    writeFileSync(file, after);
    const read = readSidecar(readFileSync(file + '.annotations.yaml', 'utf8'));
    const ids = read.kind === 'ok' ? read.sidecar.tags.map((t) => t.id) : [];
    return { file, copyAt: after.lastIndexOf(PARAGRAPH), ids };
  }
  const stored = (file: string) => {
    const read = readSidecar(readFileSync(file + '.annotations.yaml', 'utf8'));
    assert.equal(read.kind, 'ok');
    return read.kind === 'ok' ? read.sidecar.tags.map((t) => ({ quote: t.quote, start: t.start, status: t.status })).sort((a, b) => a.start - b.start) : [];
  };

  it('after a paragraph is pasted twice, its tags are ambiguous and --choose first places both on the first copy', async () => {
    const { file } = await duplicated();
    const listed = await run('anchors', file);
    assert.match(listed.out, /ambiguous .*four percent/);
    assert.match(listed.out, /ambiguous .*two percent/);
    const chose = await run('anchors', file, '--choose', 'first');
    assert.equal(chose.code, 0, chose.err);
    assert.match(chose.err, /Placed 2 ambiguous tags \(1 duplicated passage\)/);
    const first = 27;
    assert.deepEqual(stored(file), [
      { quote: 'four percent', start: first + PARAGRAPH.indexOf('four percent'), status: 'anchored' },
      { quote: 'two percent', start: first + PARAGRAPH.indexOf('two percent'), status: 'anchored' },
    ]);
    assert.doesNotMatch((await run('anchors', file)).out, /ambiguous/);
  });

  it('--choose <tag id>=2 puts every tag of that passage on the second copy', async () => {
    const { file, copyAt, ids } = await duplicated();
    const chose = await run('anchors', file, '--choose', `${ids[1]}=2`);
    assert.equal(chose.code, 0, chose.err);
    assert.deepEqual(stored(file).map((t) => t.start), [copyAt + PARAGRAPH.indexOf('four percent'), copyAt + PARAGRAPH.indexOf('two percent')]);
  });

  it('a choice naming no ambiguous tag is refused with exit code 2 and the sidecar is left as it was', async () => {
    const { file } = await duplicated();
    const before = readFileSync(file + '.annotations.yaml', 'utf8');
    const chose = await run('anchors', file, '--choose', 't-nothing=1');
    assert.equal(chose.code, 2);
    assert.match(chose.err, /anchors --choose: No ambiguous tag has the id t-nothing/);
    assert.equal(readFileSync(file + '.annotations.yaml', 'utf8'), before);
  });
});
