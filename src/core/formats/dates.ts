/** Dates as transcripts write them, turned into ISO `YYYY-MM-DD`. */
import { asciiOrUnicode } from '../text/asciiRegExp';

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
  января: 1, январь: 1, февраля: 2, февраль: 2, марта: 3, март: 3, апреля: 4, апрель: 4, мая: 5, май: 5,
  июня: 6, июнь: 6, июля: 7, июль: 7, августа: 8, август: 8, сентября: 9, сентябрь: 9, октября: 10,
  октябрь: 10, ноября: 11, ноябрь: 11, декабря: 12, декабрь: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  // Spanish
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9,
  octubre: 10, noviembre: 11, diciembre: 12,
  // Catalan
  gener: 1, febrer: 2, març: 3, marc: 3, maig: 5, juny: 6, juliol: 7, agost: 8, setembre: 9, desembre: 12,
  // Galician
  xaneiro: 1, febreiro: 2, maio: 5, xuño: 6, xuno: 6, xullo: 7, outubro: 10, novembro: 11, decembro: 12,
  // Portuguese
  janeiro: 1, fevereiro: 2, março: 3, junho: 6, julho: 7, dezembro: 12,
  // Italian
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
  // German
  januar: 1, jänner: 1, februar: 2, märz: 3, maerz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
};
const MONTH = String.raw`(\p{L}{3,10})\.?`;

/** A date found in a text. */
export interface FoundDate {
  /** ISO `YYYY-MM-DD`. */
  iso: string;
  /** The date as written. */
  text: string;
  /** Offset of the written date in the searched text. */
  index: number;
}

const SP = String.raw`[ \u00a0]+`;
const PATTERNS: Array<{ re: (text: string) => RegExp; pick: (m: RegExpExecArray) => [number, number, number] | undefined }> = [
  // 12 May 2021, 12th of May 2021, 12 мая 2021 г., 1. August 2019, 1 de agosto de 2019, 1 d'agost de 2019,
  // 26 de xaneiro do 2015, 1er janvier 2019, 1º de maio de 2019, 1° agosto 2019
  {
    re: asciiOrUnicode(
      String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th|er|\.?º|\.?ª|°|\.)?(?:${SP}(?:of|de|del))?(?:${SP}|${SP}d['’])${MONTH},?(?:${SP}(?:de|del|do|of))?${SP}(\d{4})(?!\p{N})`,
      'gu',
    ),
    pick: (m) => (month(m[2]!) ? [Number(m[3]), month(m[2]!)!, Number(m[1])] : undefined),
  },
  // 2013年1月10日, and `2013年 1月 10日` as text taken from a PDF spaces it; Korean 2013년 1월 10일
  { re: asciiOrUnicode(String.raw`(\d{4})[ \u00a0]?[年년][ \u00a0]?(\d{1,2})[ \u00a0]?[月월][ \u00a0]?(\d{1,2})[ \u00a0]?[日일]`, 'gu'), pick: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // January 18, 2021; Jan. 18 2021; March 14th, 2023
  {
    re: asciiOrUnicode(String.raw`(?<!\p{L})${MONTH}${SP}(\d{1,2})(?:st|nd|rd|th)?,?${SP}(\d{4})(?!\p{N})`, 'gu'),
    pick: (m) => (month(m[1]!) ? [Number(m[3]), month(m[1]!)!, Number(m[2])] : undefined),
  },
  // 2021-05-12
  { re: asciiOrUnicode(String.raw`\b(\d{4})-(\d{2})-(\d{2})\b`, 'g'), pick: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 25.09.2020 (day first, as in Europe)
  { re: asciiOrUnicode(String.raw`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`, 'g'), pick: (m) => [Number(m[3]), Number(m[2]), Number(m[1])] },
];

const FOUR_DIGITS = /\d{4}/;

function month(name: string): number | undefined {
  return MONTHS[name.toLowerCase()];
}

function valid(y: number, m: number, d: number): boolean {
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1]!;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Japan's eras and the Western year before each one's first: 令和 1 is 2019, 平成 1 is 1989, 昭和 1 is 1926. */
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };
const JP_NUMBER = String.raw`[0-9０-９]{1,2}|[〇一二三四五六七八九十]{1,3}`;
/** `令和6年3月5日`, `令和六年三月五日`, `平成元年１月８日`: a date in Japan's era, in digits of either width or in kanji. */
const ERA_DATE = new RegExp(String.raw`(令和|平成|昭和)[ \u3000]?(元|${JP_NUMBER})[ \u3000]?年[ \u3000]?(${JP_NUMBER})[ \u3000]?月[ \u3000]?(${JP_NUMBER})[ \u3000]?日`, 'gu');
const KANJI_DIGITS = '〇一二三四五六七八九';

/** A number written in digits of either width or in kanji (`十二`, `二十五`, `元` for the first year). */
function japaneseNumber(s: string): number {
  if (s === '元') return 1;
  if (/^[0-9０-９]+$/u.test(s)) return Number([...s].map((c) => (c.charCodeAt(0) >= 0xff10 ? String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48) : c)).join(''));
  const ten = s.indexOf('十');
  if (ten < 0) return KANJI_DIGITS.indexOf(s);
  const tens = ten === 0 ? 1 : KANJI_DIGITS.indexOf(s.charAt(0));
  const ones = ten === s.length - 1 ? 0 : KANJI_DIGITS.indexOf(s.charAt(ten + 1));
  return tens * 10 + ones;
}

/** Every date written in the text, in order of position. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  // Japan's era dates have no four digits.
  if (text.includes('年') && (text.includes('令和') || text.includes('平成') || text.includes('昭和'))) {
    ERA_DATE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ERA_DATE.exec(text))) {
      const ymd: [number, number, number] = [ERAS[m[1]!]! + japaneseNumber(m[2]!), japaneseNumber(m[3]!), japaneseNumber(m[4]!)];
      if (valid(...ymd)) found.push({ iso: `${pad(ymd[0], 4)}-${pad(ymd[1], 2)}-${pad(ymd[2], 2)}`, text: m[0], index: m.index });
    }
  }
  // Every other pattern holds a year: text without four digits in a row (nearly every line) runs none of them.
  if (!FOUR_DIGITS.test(text)) return found;
  for (const pattern of PATTERNS) {
    const re = pattern.re(text);
    const pick = pattern.pick;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const ymd = pick(m);
      if (!ymd || !valid(...ymd)) continue;
      if (found.some((f) => m!.index < f.index + f.text.length && f.index < m!.index + m![0].length)) continue;
      found.push({ iso: `${pad(ymd[0], 4)}-${pad(ymd[1], 2)}-${pad(ymd[2], 2)}`, text: m[0], index: m.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date written in the text, or undefined. */
export function findDate(text: string): FoundDate | undefined {
  return findDates(text)[0];
}
