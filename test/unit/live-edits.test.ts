/**
 * Live edits never make a tag jump: examples from issue 11, and random
 * sequences of typing, deleting, pasting and undoing with several tags,
 * checked against a reference model that follows each character.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyChanges, contextAround, type Tag } from '../../src/core/annotations';
import { reloadChange } from './combinedEdits';

function tagAt(text: string, start: number, end: number, id: string): Tag {
  return { id, category: 'factual-claim', quote: text.slice(start, end), start, end, ...contextAround(text, start, end), speaker: null, section: null, created: 'x', modified: 'x', status: 'anchored' };
}

/** An undo step: one change of `before`, or the changes its undo makes (several cursors). */
interface Step {
  before: string;
  start: number;
  end: number;
  length: number;
  undo?: Array<{ start: number; end: number; text: string }>;
}

/**
 * An editor: the text, its tags, and undo as VS Code does it. Each edit is an
 * undo step of its own, unless it is merged into the step before it, as
 * VS Code merges a run of typing: an undo then takes back the whole step as
 * one change (the inverse of its edits composed), which the editor reports
 * as one change.
 */
class Editor {
  private readonly steps: Step[] = [];
  private readonly redos: Array<{ step: Step; redo: Array<{ start: number; end: number; text: string }> }> = [];
  constructor(public text: string, public tags: Tag[]) {}
  change(start: number, end: number, insert: string, reason: 'edit' | 'undo' = 'edit', merge = false): void {
    const before = this.text;
    this.text = this.text.slice(0, start) + insert + this.text.slice(end);
    const current = this.text;
    // The editor says which changes are undos (VS Code's `TextDocumentChangeReason`).
    applyChanges(this.tags, [{ start, end, text: insert }], (s, e) => current.slice(Math.max(0, s), Math.max(0, e)), reason);
    if (reason === 'undo') return;
    this.redos.length = 0;
    const last = this.steps[this.steps.length - 1];
    const merged = merge && last ? composeAfter(last, start, end, insert.length) : undefined;
    if (last && merged) Object.assign(last, merged);
    else this.steps.push({ before, start, end, length: insert.length });
  }
  /**
   * Several changes in one batch, as several cursors make them: `ranges`
   * (on the text before the batch, not overlapping) each replaced by `insert`,
   * reported from the last to the first, so that each change holds on the
   * text the one before it left. The batch is an undo step of its own, or
   * joins the last step when that too came from several cursors and `merge`
   * says so (typing on with the same cursors); an undo reverts the whole
   * step in one batch, reported the same way.
   */
  changeMany(ranges: Array<[number, number]>, insert: string, merge = false): Array<[number, number]> {
    const sorted = [...ranges].sort((x, y) => y[0] - x[0]).filter(([, e], i, all) => i === 0 || e < all[i - 1]![0]);
    const before = this.text;
    const changes = sorted.map(([start, end]) => ({ start, end, text: insert }));
    for (const c of changes) this.text = this.text.slice(0, c.start) + c.text + this.text.slice(c.end);
    const current = this.text;
    applyChanges(this.tags, changes, (s, e) => current.slice(Math.max(0, s), Math.max(0, e)), 'edit');
    this.redos.length = 0;
    // The undo, from the last change to the first, each on the text after the batch less the undos before it.
    const undo = sorted.map(([start, end], i) => {
      const shift = sorted.slice(i + 1).reduce((sum, [s2, e2]) => sum + insert.length - (e2 - s2), 0);
      return { start: start + shift, end: start + shift + insert.length, text: before.slice(start, end) };
    });
    const last = this.steps[this.steps.length - 1];
    if (merge && last?.undo) last.undo = [...undo, ...last.undo];
    else this.steps.push({ before, start: -1, end: -1, length: -1, undo });
    return sorted;
  }

  /** True when the last undo step came from several cursors. */
  lastFromCursors(): boolean {
    return this.steps[this.steps.length - 1]?.undo !== undefined;
  }

  /** True when `change(…, merge = true)` would join the last undo step. */
  canMerge(start: number, end: number): boolean {
    const last = this.steps[this.steps.length - 1];
    return last !== undefined && last.undo === undefined && composeAfter(last, start, end, 0) !== undefined;
  }
  undo(): boolean {
    const step = this.steps.pop();
    if (!step) return false;
    const changes = step.undo ?? [{ start: step.start, end: step.start + step.length, text: step.before.slice(step.start, step.end) }];
    // A redo does again what the undo took back: the inverse of each of its changes, the last first.
    const redo = this.batch(changes, 'undo').reverse();
    this.redos.push({ step, redo });
    return true;
  }
  redo(): boolean {
    const last = this.redos.pop();
    if (!last) return false;
    this.batch(last.redo, 'redo');
    this.steps.push(last.step);
    return true;
  }
  /** Applies changes in order, each on the text the one before left, as one batch; returns their inverses in the same order. */
  private batch(changes: Array<{ start: number; end: number; text: string }>, reason: 'undo' | 'redo'): Array<{ start: number; end: number; text: string }> {
    const inverse = changes.map((c) => {
      const removed = this.text.slice(c.start, c.end);
      this.text = this.text.slice(0, c.start) + c.text + this.text.slice(c.end);
      return { start: c.start, end: c.start + c.text.length, text: removed };
    });
    const current = this.text;
    applyChanges(this.tags, changes, (s, e) => current.slice(Math.max(0, s), Math.max(0, e)), reason);
    return inverse;
  }
  words(tag: Tag): string {
    return this.text.slice(tag.start, tag.end);
  }
}

/**
 * A step that replaced [start, end) of its text before with `length`
 * characters, followed by a change of [s, e) into `n` characters: the one
 * change they make together, or undefined when they do not touch.
 */
function composeAfter(step: { start: number; end: number; length: number }, s: number, e: number, n: number): { start: number; end: number; length: number } | undefined {
  const { start, end, length } = step;
  if (s > start + length || e < start) return undefined;
  const newStart = Math.min(start, s);
  const newEnd = e > start + length ? e - (start + length) + end : end;
  const regionEnd = Math.max(start + length, e) + n - (e - s);
  return { start: newStart, end: newEnd, length: regionEnd - newStart };
}

describe('live edits: a tag follows its own words', () => {
  it('typing beside a tag that lost a word does not move it to another copy (the UN Council)', () => {
    const text = 'A: the Council met. B: the Council agreed.';
    const start = text.lastIndexOf('the Council');
    const ed = new Editor(text, [tagAt(text, start, start + 'the Council'.length, 't-1')]);
    ed.change(start, start + 4, '');
    ed.change(start, start, 'UN ');
    const tag = ed.tags[0]!;
    assert.equal(ed.text, 'A: the Council met. B: UN Council agreed.');
    assert.equal(ed.words(tag), 'Council');
    assert.equal(tag.start, ed.text.lastIndexOf('Council'));
    assert.equal(tag.status, 'anchored');
  });

  it('pasting over all of a tag’s words orphans it; it is not moved to another copy', () => {
    const text = 'A: the Council met. B: the Council agreed.';
    const start = text.lastIndexOf('the Council');
    const ed = new Editor(text, [tagAt(text, start, start + 11, 't-1')]);
    ed.change(start, start + 11, 'the committee');
    assert.equal(ed.tags[0]!.status, 'orphaned');
    assert.equal(ed.tags[0]!.quote, 'the Council');
  });

  it('undo after pasting over a tag’s words puts the tag back on them', () => {
    const text = 'A: the Council met. B: the Council agreed.';
    const start = text.lastIndexOf('the Council');
    const ed = new Editor(text, [tagAt(text, start, start + 11, 't-1')]);
    ed.change(start, start + 11, 'the committee');
    ed.undo();
    assert.equal(ed.tags[0]!.status, 'anchored');
    assert.equal(ed.tags[0]!.start, start);
    assert.equal(ed.words(ed.tags[0]!), 'the Council');
  });

  it('undo of a deletion that cut a tag’s first words gives them back to the tag', () => {
    const text = 'Mayor: The barrier cost eleven million pounds, and more.';
    const start = text.indexOf('eleven');
    const ed = new Editor(text, [tagAt(text, start, start + 'eleven million pounds'.length, 't-1')]);
    ed.change(text.indexOf('cost'), text.indexOf('million'), '');
    assert.equal(ed.words(ed.tags[0]!), 'million pounds');
    ed.undo();
    assert.equal(ed.words(ed.tags[0]!), 'eleven million pounds');
  });

  it('the candidate places of an ambiguous tag move with edits, and one an edit touched is dropped', () => {
    const text = 'A: grain was sent. B: grain was sent. C: done.';
    const tag: Tag = { ...tagAt(text, 0, 0, 't-1'), quote: 'grain was sent', status: 'orphaned', candidates: [{ start: 3, end: 17 }, { start: 22, end: 36 }] };
    const ed = new Editor(text, [tag]);
    ed.change(0, 0, 'Note. ');
    assert.deepEqual(tag.candidates!.map((c) => ed.text.slice(c.start, c.end)), ['grain was sent', 'grain was sent']);
    ed.change(ed.text.indexOf('B: grain') + 3, ed.text.indexOf('B: grain') + 8, 'wheat');
    assert.deepEqual(tag.candidates!.map((c) => [c.start, ed.text.slice(c.start, c.end)]), [[9, 'grain was sent']]);
  });

  it('a paste right after a tag that has the shape of an undo does not give the tag words it lost', () => {
    const text = 'Chair: the motion carried today, by nine votes.';
    const start = text.indexOf('the motion');
    const ed = new Editor(text, [tagAt(text, start, start + 'the motion carried'.length, 't-1')]);
    // Cuts " carried" (and what follows) off the tag's end: 12 characters out, 3 in.
    ed.change(start + 'the motion'.length, start + 'the motion carried toda'.length, 'ZZZ');
    assert.equal(ed.words(ed.tags[0]!), 'the motion');
    // Not an undo, though it has an undo's shape: 3 characters out, 13 in, beginning with the words the tag lost.
    const at = ed.tags[0]!.end;
    ed.change(at, at + 3, ' carried, yes');
    assert.equal(ed.words(ed.tags[0]!), 'the motion');
  });

  it('a one-character tag typed over, then its old character typed over the one before it: it stays orphaned', () => {
    const text = 'Q: Was it 5 or 6?';
    const at = text.indexOf('5');
    const ed = new Editor(text, [tagAt(text, at, at + 1, 't-1')]);
    ed.change(at, at + 1, '7');
    ed.change(at - 1, at, '5');
    assert.equal(ed.text, 'Q: Was it57 or 6?');
    assert.equal(ed.tags[0]!.status, 'orphaned');
    ed.undo();
    ed.undo();
    assert.equal(ed.tags[0]!.status, 'anchored');
    assert.equal(ed.words(ed.tags[0]!), '5');
  });

  it('an undo of a later edit that puts the same character back where an orphan stood does not bring the tag back; its own undo does', () => {
    const text = 'Q: Was it 5 or 6?';
    const at = text.indexOf('5');
    const ed = new Editor(text, [tagAt(text, at, at + 1, 't-1')]);
    ed.change(at, at + 1, '');
    ed.change(at, at, '5');
    ed.change(at, at + 1, '');
    // This undo puts back the typed 5, with the very shape of the first deletion's undo.
    ed.undo();
    assert.equal(ed.text, text);
    assert.equal(ed.tags[0]!.status, 'orphaned');
    ed.undo();
    ed.undo();
    assert.equal(ed.text, text);
    assert.equal(ed.tags[0]!.status, 'anchored');
    assert.equal(ed.words(ed.tags[0]!), '5');
  });

  it('typing over a tag’s words, merged into one undo step with the typing after it: one undo gives the words back', () => {
    const text = 'A: the Council met on Monday.';
    const at = text.indexOf('Council');
    const ed = new Editor(text, [tagAt(text, at, at + 7, 't-1')]);
    ed.change(at, at + 7, 'X');
    ed.change(at + 1, at + 1, 'Y', 'edit', true);
    ed.change(at + 2, at + 2, 'Z', 'edit', true);
    assert.equal(ed.tags[0]!.status, 'orphaned');
    ed.undo();
    assert.equal(ed.text, text);
    assert.equal(ed.tags[0]!.status, 'anchored');
    assert.equal(ed.words(ed.tags[0]!), 'Council');
  });

  it('backspacing a tag’s first words in one undo step: one undo gives them back', () => {
    const text = 'Mayor: The barrier cost eleven million pounds.';
    const start = text.indexOf('eleven');
    const ed = new Editor(text, [tagAt(text, start, start + 'eleven million pounds'.length, 't-1')]);
    // The cursor after "eleven ", backspaced nine times: into the tag, then before it.
    for (let k = 0; k < 9; k++) {
      const at = start + 'eleven '.length - k;
      ed.change(at - 1, at, '', 'edit', k > 0);
    }
    assert.equal(ed.words(ed.tags[0]!), 'million pounds');
    ed.undo();
    assert.equal(ed.text, text);
    assert.equal(ed.words(ed.tags[0]!), 'eleven million pounds');
  });

  it('typing with two cursors over two tags, key by key in one undo step: one undo gives both their words back', () => {
    const text = 'A: the council met. B: the mayor agreed.';
    const one = text.indexOf('council');
    const two = text.indexOf('mayor');
    const ed = new Editor(text, [tagAt(text, one, one + 7, 't-1'), tagAt(text, two, two + 5, 't-2')]);
    const cursors = ed.changeMany([[one, one + 7], [two, two + 5]], 'X');
    assert.deepEqual(cursors, [[two, two + 5], [one, one + 7]]);
    ed.changeMany([[one + 1, one + 1], [two - 6 + 1, two - 6 + 1]], 'Y', true);
    assert.equal(ed.text, 'A: the XY met. B: the XY agreed.');
    assert.deepEqual(ed.tags.map((t) => t.status), ['orphaned', 'orphaned']);
    ed.undo();
    assert.equal(ed.text, text);
    assert.deepEqual(ed.tags.map((t) => ed.words(t)), ['council', 'mayor']);
  });

  it('a redo of a merged step puts a tag back where the step had left it, typed characters inside it included', () => {
    const text = 'A: the council met.';
    const at = text.indexOf('council');
    const ed = new Editor(text, [tagAt(text, at, at + 7, 't-1')]);
    ed.change(at + 1, at + 1, 'ZZ');
    ed.change(at - 2, at + 2, '', 'edit', true);
    assert.equal(ed.words(ed.tags[0]!), 'Zouncil');
    ed.undo();
    assert.equal(ed.words(ed.tags[0]!), 'council');
    ed.redo();
    assert.equal(ed.text, 'A: thZouncil met.');
    assert.equal(ed.words(ed.tags[0]!), 'Zouncil');
    ed.undo();
    assert.equal(ed.words(ed.tags[0]!), 'council');
  });

  it('redo after typing over a tag orphans it again, and undo gives it back again', () => {
    const text = 'Q: Was it 5 or 6?';
    const at = text.indexOf('5');
    const ed = new Editor(text, [tagAt(text, at, at + 1, 't-1')]);
    ed.change(at, at + 1, '7');
    ed.undo();
    assert.equal(ed.tags[0]!.status, 'anchored');
    ed.redo();
    assert.equal(ed.tags[0]!.status, 'orphaned');
    ed.undo();
    assert.equal(ed.words(ed.tags[0]!), '5');
  });

  it('an undo that matches no step the tags saw (edits made before they were loaded) gives nothing back', () => {
    const text = 'A: the Council met.';
    const at = text.indexOf('Council');
    const tags = [tagAt(text, at, at + 7, 't-1')];
    const read = (t: string) => (s: number, e: number) => t.slice(s, e);
    let now = text.slice(0, at) + text.slice(at + 7);
    applyChanges(tags, [{ start: at, end: at + 7, text: '' }], read(now), 'edit');
    now = now.slice(0, at) + 'X' + now.slice(at);
    applyChanges(tags, [{ start: at, end: at, text: 'X' }], read(now), 'edit');
    // Not the inverse of the last edit, nor of the last two together: the history cannot say what came back.
    applyChanges(tags, [{ start: 0, end: 0, text: 'B' }], read('B' + now), 'undo');
    assert.equal(tags[0]!.status, 'orphaned');
  });

  it('a transcript reloaded while open (the changed lines replaced in one change, as VS Code does) keeps its tags on their words', () => {
    const before = [
      'MODERATOR: Welcome back to the evening session.',
      '',
      'MAYOR: We have planted “four thousand trees” since the spring, and the river path is open again.',
      '',
      'MODERATOR: Thank you. Next question.',
      '',
      'RESIDENT: When will the library reopen?',
    ].join('\n');
    const after = [
      'MODERATOR: Welcome back to the evening session.',
      'Editor’s note: corrected on Tuesday.',
      '',
      'MAYOR: We have planted "four thousand trees" since the spring, and the river path is open again.',
      '',
      'MODERATOR: Thank you. Next questoin.',
      '',
      'RESIDENT: When will the library reopen?',
    ].join('\n');
    const trees = before.indexOf('planted');
    const path = before.indexOf('the river path');
    const tags = [tagAt(before, trees, before.indexOf(' since'), 't-1'), tagAt(before, path, path + 'the river path is open again'.length, 't-2')];
    applyChanges(tags, [reloadChange(before, after)], (s, e) => after.slice(Math.max(0, s), Math.max(0, e)), 'reload');
    assert.deepEqual(
      tags.map((t) => [t.status === 'orphaned' ? 'orphaned' : 'placed', after.slice(t.start, t.end)]),
      [
        ['placed', 'planted "four thousand trees"'],
        ['placed', 'the river path is open again'],
      ],
    );
  });

  it('the same passage pasted by the user over a tag’s words orphans it, the same words included; a reload of it keeps the tag', () => {
    const text = 'A: the council met on Monday. B: the council agreed.';
    const at = text.indexOf('met on Monday');
    const sentence = text.slice(text.indexOf('the council met'), text.indexOf(' B:'));
    const from = text.indexOf(sentence);
    const paste = { start: from, end: from + sentence.length, text: sentence };
    const read = (s: number, e: number) => text.slice(Math.max(0, s), Math.max(0, e));
    const typed = [tagAt(text, at, at + 'met on Monday'.length, 't-1')];
    applyChanges(typed, [paste], read, 'edit');
    assert.equal(typed[0]!.status, 'orphaned');
    const reloaded = [tagAt(text, at, at + 'met on Monday'.length, 't-1')];
    applyChanges(reloaded, [paste], read, 'reload');
    assert.deepEqual([reloaded[0]!.status, text.slice(reloaded[0]!.start, reloaded[0]!.end)], ['anchored', 'met on Monday']);
  });

  it('a reload that leaves a tag’s words in several places alike keeps it for the user, its candidates named by lines of the whole transcript', () => {
    const repeated = Array.from({ length: 8 }, () => 'B: Agreed, and so say all of us on this side of the chamber.');
    const before = ['A: Opening words.', 'A: The minutes.', ...repeated, 'A: Closing words.'].join('\n');
    // The second and the last lines changed, so that the change covers every line between; a tag on the fourth repeated line.
    const after = ['A: Opening words.', 'A: The minutes, as corrected.', ...repeated, 'A: Closing words, as delivered.'].join('\n');
    const at = before.split('\n').slice(0, 5).join('\n').length + 1 + 3;
    const tags = [tagAt(before, at, at + 'Agreed'.length, 't-1')];
    applyChanges(tags, [reloadChange(before, after)], (s, e) => after.slice(Math.max(0, s), Math.max(0, e)), 'reload');
    const tag = tags[0]!;
    assert.equal(tag.status, 'orphaned');
    assert.ok((tag.candidates?.length ?? 0) >= 2, `candidates: ${JSON.stringify(tag.candidates)}`);
    for (const c of tag.candidates!) assert.equal(after.slice(c.start, c.end), 'Agreed');
    // The tag stood on line 6 and the last repeated line is line 10 of the transcript (of the changed passage, 5 and 9).
    assert.match(tag.anchorNote ?? '', /\(lines (\d+, )*6, (\d+, )*10\)/);
  });

  it('retyping the deleted words by hand beside an orphan does not bring the tag back', () => {
    const text = 'A: the Council met. B: the Council agreed.';
    const start = text.lastIndexOf('the Council');
    const ed = new Editor(text, [tagAt(text, start, start + 11, 't-1')]);
    ed.change(start, start + 11, '');
    ed.change(start, start, 'the Council and more');
    assert.equal(ed.tags[0]!.status, 'orphaned');
  });
});

/**
 * The reference: every character has an identity; a tag is the set of
 * characters it holds. Characters put in between two of a tag's own (or in
 * place of some of them, but not all) join it; an undo puts characters back
 * with their identity. A tag spans its first to its last character present;
 * with none present it is orphaned.
 */
class Reference {
  private next = 0;
  chars: Array<{ ch: string; id: number }>;
  members: Array<Set<number>>;
  private readonly undos: Array<Array<{ start: number; end: number; chars: Array<{ ch: string; id: number }> }>> = [];
  private readonly redos: Array<Array<{ start: number; end: number; chars: Array<{ ch: string; id: number }> }>> = [];

  constructor(text: string, tags: Array<[number, number]>) {
    this.chars = [...text].map((ch) => ({ ch, id: this.next++ }));
    this.members = tags.map(([s, e]) => new Set(this.chars.slice(s, e).map((c) => c.id)));
  }

  get text(): string {
    return this.chars.map((c) => c.ch).join('');
  }

  span(k: number): [number, number] | undefined {
    const m = this.members[k]!;
    let first = -1;
    let last = -1;
    this.chars.forEach((c, i) => {
      if (m.has(c.id)) {
        if (first < 0) first = i;
        last = i;
      }
    });
    return first < 0 ? undefined : [first, last + 1];
  }

  change(start: number, end: number, insert: string | Array<{ ch: string; id: number }>, record = true, merge = false, redoing = false): void {
    if (record && !redoing) this.redos.length = 0;
    const fresh = typeof insert === 'string' ? [...insert].map((ch) => ({ ch, id: this.next++ })) : insert;
    const spans = this.members.map((_, k) => this.span(k));
    const removed = this.chars.slice(start, end);
    this.chars.splice(start, end - start, ...fresh);
    if (typeof insert === 'string') {
      spans.forEach((sp, k) => {
        if (!sp) return;
        const [a, b] = sp;
        const inside = end === start ? start > a && start < b : start >= a && end <= b && !(start === a && end === b);
        if (inside) for (const c of fresh) this.members[k]!.add(c.id);
      });
    }
    const step = { start, end: start + fresh.length, chars: removed };
    if (!record) return;
    if (merge && this.undos.length) this.undos[this.undos.length - 1]!.push(step);
    else this.undos.push([step]);
  }

  /** Takes back the last undo step, its changes in reverse order, each character with its identity. */
  undo(): boolean {
    const step = this.undos.pop();
    if (!step) return false;
    const redo: Array<{ start: number; end: number; chars: Array<{ ch: string; id: number }> }> = [];
    for (const u of step.reverse()) {
      redo.unshift({ start: u.start, end: u.start + u.chars.length, chars: this.chars.slice(u.start, u.end) });
      this.change(u.start, u.end, u.chars, false);
    }
    this.redos.push(redo);
    return true;
  }

  /** Does the last undone step again, with the very characters it had put in. */
  redo(): boolean {
    const step = this.redos.pop();
    if (!step) return false;
    step.forEach((r, i) => this.change(r.start, r.end, r.chars, true, i > 0, true));
    return true;
  }
}

describe('live edits against a reference model', () => {
  const base = 'A: the council met on Monday. B: the council agreed. C: on Monday the council met again, and the mayor agreed.';
  const op = fc.oneof(
    fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: fc.stringMatching(/^[XYZ0-9 ]{1,3}$/), merge: fc.boolean() }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }), merge: fc.boolean() }),
    fc.record({ kind: fc.constant('paste' as const), at: fc.nat(), length: fc.integer({ min: 0, max: 15 }), text: fc.stringMatching(/^[XYZ0-9 ]{1,20}$/), merge: fc.boolean() }),
    fc.record({ kind: fc.constant('cursors' as const), at: fc.array(fc.nat(), { minLength: 2, maxLength: 3 }), length: fc.integer({ min: 0, max: 3 }), text: fc.stringMatching(/^[XYZ0-9 ]{0,3}$/), merge: fc.boolean() }),
    fc.record({ kind: fc.constant('undo' as const) }),
    fc.record({ kind: fc.constant('redo' as const) }),
  );
  const tagSpans = fc.array(fc.tuple(fc.nat(base.length - 2), fc.integer({ min: 1, max: 15 })), { minLength: 1, maxLength: 5 });

  it('random typing, deleting, pasting and undoing with several tags never diverge from the reference', () => {
    fc.assert(
      fc.property(tagSpans, fc.array(op, { maxLength: 30 }), (spans, ops) => {
        const ranges = spans.map(([s, l]) => [s, Math.min(base.length, s + l)] as [number, number]);
        const ed = new Editor(base, ranges.map(([s, e], k) => tagAt(base, s, e, `t-${k}`)));
        const ref = new Reference(base, ranges);
        for (const o of ops) {
          const n = ed.text.length;
          if (o.kind === 'undo') {
            ed.undo();
            ref.undo();
          } else if (o.kind === 'redo') {
            ed.redo();
            ref.redo();
          } else if (o.kind === 'cursors') {
            // Several cursors (or selections) typing the same text at once.
            if (n === 0 || (o.length === 0 && o.text === '')) continue;
            const ranges = o.at.map((x) => [x % n, Math.min(n, (x % n) + o.length)] as [number, number]);
            const merge = o.merge && ed.lastFromCursors();
            const applied = ed.changeMany(ranges, o.text, merge);
            ref.change(applied[0]![0], applied[0]![1], o.text, true, merge);
            for (const [s, e] of applied.slice(1)) ref.change(s, e, o.text, true, true);
          } else if (o.kind === 'type') {
            const at = o.at % (n + 1);
            const merge = o.merge && ed.canMerge(at, at);
            ed.change(at, at, o.text, 'edit', merge);
            ref.change(at, at, o.text, true, merge);
          } else {
            if (n === 0) continue;
            const at = o.at % n;
            const end = Math.min(n, at + o.length);
            const text = o.kind === 'paste' ? o.text : '';
            if (end === at && text === '') continue;
            const merge = o.merge && ed.canMerge(at, end);
            ed.change(at, end, text, 'edit', merge);
            ref.change(at, end, text, true, merge);
          }
          assert.equal(ed.text, ref.text);
          ed.tags.forEach((tag, k) => {
            const span = ref.span(k);
            if (!span) assert.equal(tag.status, 'orphaned', `${tag.id} should be orphaned in ${JSON.stringify(ed.text)}`);
            else {
              assert.notEqual(tag.status, 'orphaned', `${tag.id} should stand on ${JSON.stringify(ed.text.slice(...span))}`);
              assert.deepEqual([tag.start, tag.end], span, `${tag.id} in ${JSON.stringify(ed.text)}`);
            }
          });
        }
      }),
      {
        numRuns: Number(process.env.LIVE_EDIT_RUNS ?? 15000),
        examples: [
          // Found by a CI run: a later deletion's undo put back the orphan's character in its old place.
          [
            [[21, 1], [0, 1]],
            [
              { kind: 'paste', at: 251702, length: 7, text: '0', merge: false },
              { kind: 'delete', at: 47428702, length: 10, merge: false },
              { kind: 'paste', at: 0, length: 7, text: 'XZXXYY', merge: false },
              { kind: 'paste', at: 11810370, length: 6, text: '00XX0YXXZ0', merge: false },
              { kind: 'type', at: 0, text: 'Y', merge: false },
              { kind: 'delete', at: 1459304981, length: 9, merge: false },
              { kind: 'delete', at: 488642, length: 1, merge: false },
              { kind: 'delete', at: 1364229341, length: 12, merge: false },
              { kind: 'delete', at: 896282605, length: 9, merge: false },
              { kind: 'undo' },
            ],
          ],
          // Found by a run: a tag on one space, the same space pasted over it (with a second cursor elsewhere): typed over, so orphaned.
          [[[14, 1], [0, 1]], [{ kind: 'cursors', at: [539711934, 72856], length: 1, text: ' ', merge: false }]],
          // Found while building redo: a redone batch of two cursors, then typing merged into its step, then undo.
          [
            [[7, 1], [0, 1]],
            [
              { kind: 'cursors', at: [0, 334913157], length: 1, text: '', merge: false },
              { kind: 'undo' },
              { kind: 'redo' },
              { kind: 'cursors', at: [0, 0], length: 0, text: '0', merge: true },
              { kind: 'undo' },
            ],
          ],
        ],
      },
    );
  });
});
