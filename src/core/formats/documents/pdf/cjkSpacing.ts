/**
 * Chinese and Japanese are written without spaces between words, but many
 * PDFs space their characters out (justified or letter-spaced type), and the
 * text layer then holds a space between every two characters: `主 席 ：`.
 * Those spaces are closed again, so that a label reads `主席：` and a date
 * `2012年11月21日`, as the words were written. Korean, which does put spaces
 * between words, is left as it is.
 */

/** Han ideographs, kana, and the full-width punctuation set between them. */
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u30fc';

/** Spaces between two CJK characters. */
const BETWEEN = new RegExp(`(?<=[${CJK}])[ \\u3000]+(?=[${CJK}])`, 'gu');
/** Spaces between a CJK character and a number written within the sentence (`年 11月`; not a page number ending a header). */
const BEFORE_NUMBER = new RegExp(`(?<=[${CJK}])[ \\u3000]+(?=\\d[\\d.,%]*[ \\u3000]?[${CJK}])`, 'gu');
/** Spaces after a number that follows a CJK character, before another (`年 6 月`). */
const AFTER_NUMBER = new RegExp(`(?<=[${CJK}][ \\u3000]?\\d[\\d.,%]*)[ \\u3000]+(?=[${CJK}])`, 'gu');

/** The line with the spaces that letter-spacing put between CJK characters taken out. */
export function closeCjkSpacing(text: string): string {
  if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return text;
  return text.replace(BETWEEN, '').replace(BEFORE_NUMBER, '').replace(AFTER_NUMBER, '');
}
