import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchLabel, normaliseSpeaker } from '../../src/core/formats/labels';
import { asciiForm, asciiOrUnicode } from '../../src/core/text/asciiRegExp';

/** Every match of `re` in `text`, with its groups, for comparing two expressions. */
function matches(re: RegExp, text: string): unknown[] {
  const flags = re.flags.includes('g') ? re.flags : re.flags + 'g';
  return [...text.matchAll(new RegExp(re.source, flags))].map((m) => [m.index, [...m], m.groups]);
}

// An expression with Unicode classes runs in an ASCII form on ASCII text: both must take the same text the same way.
describe('expressions with an ASCII form', () => {
  it('cut each Unicode class to its ASCII characters, in a class and outside one', () => {
    assert.equal(asciiForm(String.raw`^[\p{Lu}\p{Lt}][\p{L}\p{M}'’.-]*$`, 'u'), String.raw`^[A-Z][A-Za-z'’.-]*$`);
    assert.equal(asciiForm(String.raw`^[^\p{Ll}]*\p{Lu}(?!\p{N})`, 'u'), String.raw`^[^a-z]*[A-Z](?![0-9])`);
    assert.equal(asciiForm(String.raw`x\p{Lo}`, 'u'), 'x[]');
  });

  it('have none where a class has no ASCII form or case folding could take a character to an ASCII letter', () => {
    assert.equal(asciiForm(String.raw`\p{Script=Han}`, 'u'), undefined);
    assert.equal(asciiForm(String.raw`\P{L}`, 'u'), undefined);
    assert.equal(asciiForm(String.raw`\u{1F600}`, 'u'), undefined);
    assert.equal(asciiForm('[a-c\u017f]', 'iu'), undefined);
    assert.equal(asciiForm(String.raw`[\u0100-\u0200]`, 'iu'), undefined);
    assert.equal(asciiForm('\u212aelvin', 'iu'), undefined);
    assert.equal(asciiForm('[a-c]', 'i'), undefined);
  });

  it('match ASCII text as the expression as written does', () => {
    const expressions: Array<[string, string]> = [
      [String.raw`^[\p{Lu}\p{Lt}][\p{L}\p{M}'’.-]*$`, 'u'],
      [String.raw`(?<![\p{L}.])((?:Mr|Dr)\.)(?=\p{Lu}\p{Ll})`, 'gu'],
      [String.raw`^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$`, 'u'],
      [String.raw`(?<![\p{L}\p{N}])(\d{1,2}) (may|june) (\d{4})(?!\p{N})`, 'giu'],
      [String.raw`\b(?:transcribed|captions?) by\b`, 'iu'],
    ];
    const texts = ['Dr Amal Reyes', "O'Neill", 'MR.SMITH AND DR.JONES', 'Mr.Smith met Dr.Jones', 'x12 May 2021', '12 MAY 2021, 3 june 19999', 'TRANSCRIBED BY otter', 'Captions by', 'a', '', 'ABC def', 'Hon. (Dr) Lee'];
    for (const [source, flags] of expressions) {
      const written = new RegExp(source, flags);
      const ascii = new RegExp(asciiForm(source, flags)!, flags.replace('u', ''));
      for (const text of texts) assert.deepEqual(matches(ascii, text), matches(written, text), `${source} on ${text}`);
    }
  });

  it('run the expression as written on text with any other character', () => {
    const capitalised = asciiOrUnicode(String.raw`^[\p{Lu}][\p{L}]*$`, 'u');
    assert.equal(capitalised('Ana').flags, '');
    assert.equal(capitalised('Ángela').flags, 'u');
    assert.equal(capitalised('Ángela').test('Ángela'), true);
    assert.equal(capitalised('Ana').test('Ana'), true);
    assert.equal(asciiOrUnicode(String.raw`\p{Script=Han}`, 'u')('abc').flags, 'u');
  });

  it('read labels and names alike in ASCII and beyond', () => {
    assert.equal(matchLabel('Dr Amal Reyes: Thank you.')?.name, 'Dr Amal Reyes');
    assert.equal(matchLabel('Dr Ámal Reyes: Thank you.')?.name, 'Dr Ámal Reyes');
    assert.equal(matchLabel('Mr. Jordan. Thank you.')?.name, 'Mr. Jordan');
    assert.equal(matchLabel('Mr. Jördan. Thank you.')?.name, 'Mr. Jördan');
    assert.equal(normaliseSpeaker('Hon.Otieno'), 'Hon. Otieno');
    assert.equal(normaliseSpeaker('Hon.Ótieno'), 'Hon. Ótieno');
  });
});
