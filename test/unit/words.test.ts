import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NUMBER_HASH, PERCENT_HASH, scanWords, T_ODD_SPACE, T_QUOTE, W_ALLCAPS, W_CAPITAL, W_ED, W_EST, W_NT, W_NUMBER, W_SIGN, W_YEAR, wordHash, YEAR_HASH } from '../../src/core/claims/words';

function words(text: string, exact = false): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  scanWords(text, 0, text.length, (h, flags) => out.push([h, flags]), exact);
  return out;
}

describe('reading words as hashes', () => {
  it('hashes words without case, with inner apostrophes and hyphens, curly or straight', () => {
    assert.deepEqual(words('Don’t well-known NATO').map(([h]) => h), [wordHash("don't"), wordHash('well-known'), wordHash('nato')]);
    assert.deepEqual(words('Don’t well-known NATO').map(([, f]) => f), [W_CAPITAL | W_NT, 0, W_CAPITAL | W_ALLCAPS]);
  });

  it('reads a word of small letters on through a capital, an inner apostrophe or hyphen, and a letter outside ASCII', () => {
    assert.deepEqual(words('mcDonald don’t well-known naïve').map(([h]) => h), [wordHash('mcdonald'), wordHash("don't"), wordHash('well-known'), wordHash('naïve')]);
    assert.deepEqual(words('mcDonald don’t well-known naïve').map(([, f]) => f), [0, W_NT, 0, 0]);
  });

  it('reads letters beyond ASCII without case, in capitals too, and ends a word at a sign beyond ASCII', () => {
    const text = 'ÉCOLE École Москва МОСКВА naïve—so a漢b';
    assert.deepEqual(
      words(text).map(([h]) => h),
      ['école', 'école', 'москва', 'москва', 'naïve', 'so', 'a漢b'].map((w) => wordHash(w)),
    );
    assert.deepEqual(words(text).map(([, f]) => f), [W_CAPITAL | W_ALLCAPS, W_CAPITAL, W_CAPITAL, W_CAPITAL | W_ALLCAPS, 0, 0, 0]);
    // Asked again, the answers kept for each character are the same.
    assert.deepEqual(words(text), words(text));
  });

  it('ends a word of small letters at a space, a digit, a sign or a mark no letter follows', () => {
    assert.deepEqual(words("taxes1 rose? jobs' cut-").map(([h]) => h), [wordHash('taxes'), NUMBER_HASH, wordHash('rose'), wordHash('?'), wordHash('jobs'), wordHash('cut')]);
  });

  it('reads a word of small letters only up to the end of the stretch, however the text goes on', () => {
    const hashes: number[] = [];
    scanWords('taxes rose', 0, 3, (h) => hashes.push(h));
    assert.deepEqual(hashes, [wordHash('tax')]);
  });

  it('marks the endings of words of small letters as of capitalised ones', () => {
    assert.deepEqual(words('created biggest can’t Created').map(([, f]) => f), [W_ED, W_EST, W_NT, W_CAPITAL | W_ED]);
  });

  it('reads numbers, percentages and years as their class, or as written when asked', () => {
    assert.deepEqual(words('3.5 38% 2019 12,000').map(([h]) => h), [NUMBER_HASH, PERCENT_HASH, YEAR_HASH, NUMBER_HASH]);
    assert.equal(words('2019')[0]![1], W_NUMBER | W_YEAR);
    const exact = words('38% 40%', true).map(([h]) => h);
    assert.notEqual(exact[0], exact[1]);
  });

  it('counts the signs $ ? ! as words and marks past forms', () => {
    assert.deepEqual(words('$5? created!').map(([h, f]) => [h === wordHash('$') || h === wordHash('?') || h === wordHash('!') ? 'sign' : h === NUMBER_HASH ? 'num' : 'word', f]), [['sign', W_SIGN], ['num', W_NUMBER], ['sign', W_SIGN], ['word', W_ED], ['sign', W_SIGN]]);
  });

  it('reads an ending back from a word cut by the end of the stretch, and only from the stretch', () => {
    const text = 'They rested, tested';
    const flags: number[] = [];
    scanWords(text, 5, 11, (_, f) => flags.push(f));
    assert.deepEqual(flags, [W_ED], 'rested');
    flags.length = 0;
    scanWords(text, 15, text.length, (_, f) => flags.push(f));
    assert.deepEqual(flags, [0], 'sted: too short for a past form');
  });

  it('says when the text holds white space other than single plain spaces, and when it holds quotation marks', () => {
    const flagsOf = (text: string): number => scanWords(text, 0, text.length, () => undefined);
    assert.equal(flagsOf('one two three'), 0);
    assert.equal(flagsOf('one\ntwo'), T_ODD_SPACE);
    assert.equal(flagsOf('one\ttwo'), T_ODD_SPACE);
    assert.equal(flagsOf('one  two'), T_ODD_SPACE);
    assert.equal(flagsOf('one \u00a0two'), T_ODD_SPACE);
    assert.equal(flagsOf('one, "two"'), T_QUOTE);
  });
});
