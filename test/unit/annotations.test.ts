import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse } from 'yaml';
import { codePointSlice, contextAround, createTag, sha256Bytes, sha256Text, TextIndex, trimSelection, yamlString } from '../../src/core/annotations';
import { readTranscript } from '../../src/core/formats';

describe('sha256', () => {
  it('gives the digests Node gives for the standard vectors', () => {
    assert.equal(sha256Text(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(sha256Text('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('agrees with Node at every padding boundary', () => {
    for (let n = 0; n < 200; n++) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 31 + n) & 0xff);
      assert.equal(sha256Bytes(bytes), createHash('sha256').update(bytes).digest('hex'), `length ${n}`);
    }
  });

  it('agrees with Node on any text, emoji and Cyrillic included', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => sha256Text(s) === createHash('sha256').update(s, 'utf8').digest('hex')));
    assert.equal(sha256Text('Привет, мир 👋🏽'), createHash('sha256').update('Привет, мир 👋🏽').digest('hex'));
  });

  it('agrees with Node on a megabyte', () => {
    const big = 'Question: Will the barrier hold?\n'.repeat(32 * 1024);
    assert.equal(sha256Text(big), createHash('sha256').update(big).digest('hex'));
  });
});

describe('code points against UTF-16', () => {
  const text = 'Мэр: 👋 Привет!\nQ: 🇺🇦 flag? 😀';

  it('counts an emoji as one code point and Cyrillic letters as one each', () => {
    const index = new TextIndex(text);
    assert.equal(index.codePointLength, [...text].length);
    const wave = text.indexOf('👋');
    assert.equal(index.toCodePoint(wave), 5);
    assert.equal(index.toCodePoint(wave + 2), 6);
    assert.equal(index.toUtf16(6), wave + 2);
  });

  it('converts every boundary both ways', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        const index = new TextIndex(s);
        const cps = [...s];
        let u16 = 0;
        for (let cp = 0; cp <= cps.length; cp++) {
          if (index.toUtf16(cp) !== u16 || index.toCodePoint(u16) !== cp) return false;
          u16 += cps[cp]?.length ?? 0;
        }
        return true;
      }),
    );
  });

  it('counts an offset inside a surrogate pair as the pair start', () => {
    const index = new TextIndex('a😀b');
    assert.equal(index.toCodePoint(2), 1);
  });

  it('gives 1-based lines and code-point columns', () => {
    const index = new TextIndex(text);
    const q = text.indexOf('flag');
    // Q, colon, space, two regional indicators (one flag, two code points), space: `flag` is column 7.
    assert.deepEqual(index.lineColumn(q), { line: 2, column: 7 });
    assert.deepEqual(index.lineColumn(0), { line: 1, column: 1 });
  });

  it('ends lines at CRLF, LF and a lone CR', () => {
    const index = new TextIndex('a\r\nb\rc\nd');
    assert.deepEqual(['a', 'b', 'c', 'd'].map((ch) => index.lineColumn('a\r\nb\rc\nd'.indexOf(ch)).line), [1, 2, 3, 4]);
  });

  it('clamps offsets outside the text', () => {
    const index = new TextIndex('abc');
    assert.equal(index.toUtf16(99), 3);
    assert.equal(index.toCodePoint(-4), 0);
  });

  it('slices by code points, never splitting an emoji', () => {
    assert.equal(codePointSlice('😀😀😀', 2), '😀😀');
    assert.equal(codePointSlice('ab😀', 1, true), '😀');
  });
});

describe('a new tag', () => {
  const text = 'Header line\n\nMayor Ines Varga: The barrier cost eleven million pounds.\n\nQuestion: Is it strong enough?\n\nMayor Ines Varga: Yes.';

  it('records the quote, 32 code points of context, speaker and section', () => {
    const start = text.indexOf('eleven');
    const end = start + 'eleven million pounds'.length;
    const tag = createTag(text, { start, end, category: 'statistic', note: 'Check the budget.', author: 'Ana' }, readTranscript(text), 2, '2025-04-08T10:00:00.000Z', new Set());
    assert.match(tag.id, /^t-[0-9a-f]{8}$/);
    assert.equal(tag.quote, 'eleven million pounds');
    assert.equal(tag.prefix, 'ne\n\nMayor Ines Varga: The barrier cost '.slice(-32));
    assert.equal(tag.suffix, '.\n\nQuestion: Is it strong enough');
    assert.equal(tag.speaker, 'Mayor Ines Varga');
    assert.equal(tag.section, 'Opening statement');
    assert.deepEqual([tag.note, tag.author, tag.created, tag.modified, tag.status], ['Check the budget.', 'Ana', '2025-04-08T10:00:00.000Z', '2025-04-08T10:00:00.000Z', 'anchored']);
  });

  it('takes context in code points, so emoji count once', () => {
    const emoji = '😀'.repeat(40);
    const { prefix, suffix } = contextAround(`${emoji}X${emoji}`, 80, 81);
    assert.equal([...prefix].length, 32);
    assert.equal([...suffix].length, 32);
  });

  it('trims white space off a selection', () => {
    assert.deepEqual(trimSelection('  a b  ', 0, 7), { start: 2, end: 5 });
  });
});

describe('YAML strings as the sidecar writes them', () => {
  it('read back as the same string, whatever the characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => parse(`k: ${yamlString(s)}`).k === s && JSON.parse(yamlString(s)) === s));
  });

  it('keep readable text unescaped', () => {
    assert.equal(yamlString('Привет "мир" 👋'), '"Привет \\"мир\\" 👋"');
  });
});
