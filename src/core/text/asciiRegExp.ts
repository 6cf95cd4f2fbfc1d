/**
 * Regular expressions with Unicode classes (`\p{Lu}`, `\p{L}`...) or Unicode
 * case folding (`/iu`), made as two: the expression as written, for text with
 * any character outside ASCII, and the same expression with each class cut to
 * its ASCII characters and without the `u` flag, for text all in ASCII, where
 * the two match alike. Each `\p{…}` builds its set from the Unicode tables
 * when the expression is made and again when it is first compiled, and case
 * folding under `/iu` closes every letter over the Unicode tables: a one-shot
 * process paid that for the few lines of a transcript's head such an
 * expression reads. The ASCII one costs little. Each is made the first time a
 * text needs it.
 */

/** What each general category holds in ASCII, for a class (`[...]`). */
const ASCII_IN_CLASS: Readonly<Record<string, string>> = {
  L: 'A-Za-z',
  Lu: 'A-Z',
  Ll: 'a-z',
  Lt: '',
  Lm: '',
  Lo: '',
  M: '',
  Mn: '',
  Mc: '',
  Me: '',
  N: '0-9',
  Nd: '0-9',
  Nl: '',
  No: '',
};

const NOT_ASCII = /[^\0-\x7f]/;

/**
 * The expression `source` with flags `flags` (which hold `u`), as a function
 * of the text it is to run on: the ASCII form for text all in ASCII, the
 * expression as written otherwise. An expression the ASCII form cannot be
 * made of (other Unicode properties, `\P{…}`, `\u{…}`, a character that case
 * folding takes to an ASCII letter) is always the one written.
 */
export function asciiOrUnicode(source: string, flags: string): (text: string) => RegExp {
  let unicode: RegExp | undefined;
  const full = (): RegExp => (unicode ??= new RegExp(source, flags));
  const asciiSource = asciiForm(source, flags);
  if (asciiSource === undefined) return full;
  let ascii: RegExp | undefined;
  return (text) => (NOT_ASCII.test(text) ? full() : (ascii ??= new RegExp(asciiSource, flags.replace('u', ''))));
}

/**
 * The source of an expression that matches text all in ASCII as `source`
 * does under `flags` (with `u`), without the `u` flag; undefined where there
 * is none. Exported for the tests.
 */
export function asciiForm(source: string, flags: string): string | undefined {
  if (!flags.includes('u') || flags.includes('v')) return undefined;
  const folds = flags.includes('i');
  let out = '';
  let inClass = false;
  // The code of the class's last character, for a range's start (-1 after anything else).
  let last = -1;
  let range = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    let code = -1;
    if (c === '\\') {
      const next = source[i + 1];
      if (next === 'P' || (next === 'u' && source[i + 2] === '{')) return undefined;
      if (next === 'p') {
        const close = source.indexOf('}', i);
        const ascii = source[i + 2] === '{' && close > 0 ? ASCII_IN_CLASS[source.slice(i + 3, close)] : undefined;
        if (ascii === undefined) return undefined;
        out += inClass ? ascii : `[${ascii}]`;
        i = close;
        last = -1;
        continue;
      }
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
        code = parseInt(source.slice(i + 2, i + 6), 16);
        out += source.slice(i, i + 6);
        i += 5;
      } else {
        out += c + (next ?? '');
        i++;
      }
    } else {
      if (c === '[' && !inClass) {
        inClass = true;
        last = -1;
        out += c;
        continue;
      }
      if (c === ']' && inClass) {
        inClass = false;
        out += c;
        continue;
      }
      if (inClass && c === '-' && last >= 0 && source[i + 1] !== ']') {
        range = true;
        out += c;
        continue;
      }
      code = c.charCodeAt(0);
      out += c;
    }
    // Case folding under `u` takes the Kelvin sign to `k` and the long s to `s`: an expression that holds them (or a range over them) may match ASCII text where the ASCII form would not.
    if (folds && code >= 0 && (code === 0x17f || code === 0x212a || (range && last < 0x212a && code >= 0x17f))) return undefined;
    last = inClass && !range ? code : -1;
    range = false;
  }
  return out;
}
