/**
 * Sidecars that merge: the three-way merge by tag id, and the git scenarios
 * of issue 11 run through real `git merge` with the command line as the
 * merge driver. Every tag either branch made is kept.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildSync } from 'esbuild';
import { conflictVersions, contextAround, mergeSidecars, readSidecar, withGitAttributes, withMergeDriver, writeSidecar, type Tag } from '../../src/core/annotations';
import { scratchFolder } from './scratch';

const TEXT = [
  'Chair: Good morning. We begin with the budget.',
  '',
  'Minister: The budget grows by four percent next year.',
  '',
  'Q: Will taxes rise?',
  '',
  'Minister: No. Taxes will not rise this year or next year.',
  '',
  'Q: And the rail line?',
  '',
  'Minister: The rail line opens in May, on time and on budget.',
].join('\n');

let counter = 0;
function tagOn(quote: string, id = `t-${(++counter).toString(16).padStart(8, '0')}`, extra: Partial<Tag> = {}): Tag {
  const start = TEXT.indexOf(quote);
  assert.ok(start >= 0, quote);
  return { id, category: 'factual-claim', quote, start, end: start + quote.length, ...contextAround(TEXT, start, start + quote.length), speaker: 'Minister', section: null, created: '2025-05-01T10:00:00.000Z', modified: '2025-05-01T10:00:00.000Z', status: 'anchored', ...extra };
}

const sidecar = (...tags: Tag[]) => writeSidecar({ transcriptName: 'briefing.txt', text: TEXT, tags });
const ids = (text: string) => {
  const read = readSidecar(text);
  assert.equal(read.kind, 'ok', JSON.stringify(read.problems));
  return read.kind === 'ok' ? read.sidecar.tags.map((t) => t.id).sort() : [];
};
const tagsOf = (text: string) => {
  const read = readSidecar(text);
  return read.kind === 'ok' ? read.sidecar.tags : [];
};

describe('merging sidecars by tag id', () => {
  const a = tagOn('four percent', 't-0000000a');
  const b = tagOn('Taxes will not rise', 't-0000000b');
  const c = tagOn('opens in May', 't-0000000c');

  it('keeps the tags each side added', () => {
    const m = mergeSidecars(sidecar(a), sidecar(a, b), sidecar(a, c), 'briefing.txt');
    assert.deepEqual(ids(m.text), ['t-0000000a', 't-0000000b', 't-0000000c']);
    assert.deepEqual(m.conflicts, []);
  });

  it('combines edits of different fields of one tag', () => {
    const m = mergeSidecars(sidecar(a), sidecar({ ...a, note: 'Check the figure.', modified: '2025-05-02T00:00:00.000Z' }), sidecar({ ...a, category: 'commitment', modified: '2025-05-03T00:00:00.000Z' }), 'briefing.txt');
    const [t] = tagsOf(m.text);
    assert.equal(t!.note, 'Check the figure.');
    assert.equal(t!.category, 'commitment');
    assert.equal(t!.modified, '2025-05-03T00:00:00.000Z');
    assert.deepEqual(m.conflicts, []);
  });

  it('keeps both versions of a tag changed differently on both sides, and reports it', () => {
    const m = mergeSidecars(sidecar(a), sidecar({ ...a, note: 'Ours.' }), sidecar({ ...a, note: 'Theirs.' }), 'briefing.txt');
    const tags = tagsOf(m.text);
    assert.equal(tags.length, 2);
    assert.deepEqual(tags.map((t) => t.note).sort(), ['Ours.', 'Theirs.']);
    assert.equal(m.conflicts.length, 1);
    assert.match(m.conflicts[0]!, /t-0000000a was changed on both sides \(note\)/);
    assert.equal(tags.find((t) => t.note === 'Theirs.')!.extra?.conflictWith, 't-0000000a');
  });

  it('removes a tag one side removed and the other left alone', () => {
    const m = mergeSidecars(sidecar(a, b), sidecar(a), sidecar(a, b, c), 'briefing.txt');
    assert.deepEqual(ids(m.text), ['t-0000000a', 't-0000000c']);
  });

  it('keeps a tag one side removed and the other changed, and says so', () => {
    const m = mergeSidecars(sidecar(a, b), sidecar(a), sidecar(a, { ...b, note: 'Keep me.' }), 'briefing.txt');
    assert.deepEqual(ids(m.text), ['t-0000000a', 't-0000000b']);
    assert.equal(m.conflicts.length, 1);
  });

  it('merges two sidecars created on both sides from nothing', () => {
    const m = mergeSidecars('', sidecar(a), sidecar(c), 'briefing.txt');
    assert.deepEqual(ids(m.text), ['t-0000000a', 't-0000000c']);
  });

  it('resolves a sidecar with conflict markers from its marker sections', () => {
    const ours = sidecar(a, b);
    const theirs = sidecar(a, c);
    const marked = `<<<<<<< HEAD\n${ours}=======\n${theirs}>>>>>>> other\n`;
    const read = readSidecar(marked);
    assert.equal(read.kind, 'unreadable');
    assert.equal(read.kind === 'unreadable' && read.conflict, true);
    assert.equal(read.problems.length, 1);
    assert.match(read.problems[0]!.message, /unresolved git merge/);
    const v = conflictVersions(marked)!;
    const m = mergeSidecars(v.base, v.ours, v.theirs, 'briefing.txt');
    assert.deepEqual(ids(m.text), ['t-0000000a', 't-0000000b', 't-0000000c']);
  });
});

const hasGit = spawnSync('git', ['--version']).status === 0;

describe('git merges sidecars through the driver', { skip: hasGit ? false : 'git is not installed' }, () => {
  let dir: string;
  let cli: string;
  before(() => {
    dir = scratchFolder('ta-merge-');
    cli = join(dir, 'cli.js');
    buildSync({ entryPoints: [join(import.meta.dirname, '..', '..', 'src', 'cli', 'index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: cli, logLevel: 'silent' });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  let n = 0;
  /** A fresh repository with the driver set up as “Set Up Git Merging” does, on branch main. */
  function repo(): string {
    const r = join(dir, `repo-${++n}`);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: r, stdio: 'pipe' });
    execFileSync('git', ['init', '-q', '-b', 'main', r]);
    git('config', 'user.email', 'test@example.org');
    git('config', 'user.name', 'Test');
    // The same text the command writes into .git/config and .gitattributes.
    const config = join(r, '.git', 'config');
    writeFileSync(config, withMergeDriver(readFileSync(config, 'utf8'), `node "${cli}"`));
    writeFileSync(join(r, '.gitattributes'), withGitAttributes(undefined)!);
    writeFileSync(join(r, 'briefing.txt'), TEXT);
    git('add', '-A');
    git('commit', '-qm', 'transcript');
    return r;
  }

  /** Commits `base` (undefined: no sidecar), then `ours` on main and `theirs` on a branch, and merges the branch. */
  function scenario(base: string | undefined, ours: string, theirs: string): { status: number; text: string } {
    const r = repo();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: r, stdio: 'pipe' });
    const file = join(r, 'briefing.txt.annotations.yaml');
    if (base !== undefined) {
      writeFileSync(file, base);
      git('add', '-A');
      git('commit', '-qm', 'base');
    }
    git('checkout', '-qb', 'other');
    writeFileSync(file, theirs);
    git('add', '-A');
    git('commit', '-qm', 'theirs');
    git('checkout', '-q', 'main');
    writeFileSync(file, ours);
    git('add', '-A');
    git('commit', '-qm', 'ours');
    const merge = spawnSync('git', ['merge', '-q', '--no-edit', 'other'], { cwd: r, encoding: 'utf8' });
    return { status: merge.status ?? -1, text: readFileSync(file, 'utf8') };
  }

  const x = tagOn('Good morning', 't-00000001');
  const y = tagOn('Will taxes rise?', 't-00000002');
  const p = tagOn('grows by four percent', 't-00000003');
  const q = tagOn('Taxes will not rise', 't-00000004');
  const s = tagOn('The rail line opens in May', 't-00000005');
  const t = tagOn('on time and on budget', 't-00000006');

  it('new tags in the same gap between existing tags', () => {
    const { status, text } = scenario(sidecar(x, y), sidecar(x, p, y), sidecar(x, tagOn('The budget grows', 't-00000009'), y));
    assert.equal(status, 0);
    assert.deepEqual(ids(text), ['t-00000001', 't-00000002', 't-00000003', 't-00000009']);
  });

  it('new tags on both sides after the last tag', () => {
    const { status, text } = scenario(sidecar(x), sidecar(x, s), sidecar(x, t));
    assert.equal(status, 0);
    assert.deepEqual(ids(text), ['t-00000001', 't-00000005', 't-00000006']);
  });

  it('the first tags of an empty `tags: []`', () => {
    const { status, text } = scenario(sidecar(), sidecar(p), sidecar(q));
    assert.equal(status, 0);
    assert.deepEqual(ids(text), ['t-00000003', 't-00000004']);
  });

  it('both branches creating the sidecar', () => {
    const { status, text } = scenario(undefined, sidecar(p, s), sidecar(q));
    assert.equal(status, 0);
    assert.deepEqual(ids(text), ['t-00000003', 't-00000004', 't-00000005']);
  });

  it('removing a tag next to one the other side added', () => {
    const { status, text } = scenario(sidecar(x, p, s), sidecar(x, s), sidecar(x, p, q, s));
    assert.equal(status, 0);
    assert.deepEqual(ids(text), ['t-00000001', 't-00000004', 't-00000005']);
  });

  it('a real conflict keeps both versions and leaves the merge unfinished', () => {
    const { status, text } = scenario(sidecar(p), sidecar({ ...p, note: 'Ours.' }), sidecar({ ...p, note: 'Theirs.' }));
    assert.notEqual(status, 0);
    assert.deepEqual(tagsOf(text).map((tg) => tg.note).sort(), ['Ours.', 'Theirs.']);
  });
});
