/**
 * Which words before a full-width colon are no speaker in Chinese and
 * Japanese records. `主席：` and `陳志全議員：` name who speaks; but a record
 * also introduces quotations (`他說：`, `有人認為：`), lists (`我想強調兩點：`),
 * headings (`第一項議員議案：`), tables (`總數：`) and its roll of who
 * attended (`出席議員：`) the same way. A speaker's name or office never holds
 * a pronoun, a particle or a verb of saying, so those mark a sentence.
 */
import { roleOfName } from '../transcript/roleWords';

/**
 * Pronouns, particles and verbs of saying that no name or office holds:
 * 我/你/他/她/們 (I, you, he, she, plural), 的/了/是 (particles, "is"),
 * 說/表示/認為/指出/告訴/告知/寫道 (says, informs), 這 (this), 讓/請
 * (let, please), 想/還/就 (want, still, then), 而言 (as for), 以下/如下
 * (as follows), a sentence that starts with 在 (at), in
 * traditional and simplified characters.
 */
const SENTENCE_WORDS = /[我你妳他她們们的了是說说這这讓让請请想還还就]|表示|認為|认为|指出|告訴|告诉|寫道|写道|而言|提出|包括|回應|回应|以下|如下|下列|有云|告知|^在/u;
/** `第一項議員議案`, `第三章`: a numbered heading. */
const NUMBERED_HEADING = /^第[一二三四五六七八九十百千〇零两兩0-9０-９]+[項项章節节條条款部個个次回]/u;
/** `表一`, `附件二`: a table or an annex by its number. */
const TABLE_HEADING = /^(?:表|圖|图|附件|附錄|附录)[一二三四五六七八九十0-9０-９]*$/u;
/** A table's totals and column headings. */
const TABLE_WORDS = new Set(['總數', '总数', '總計', '总计', '總和', '总和', '小計', '小计', '總共', '总共', '合計', '合计', '年份', '時段', '时段', '最後更新日期', '最后更新日期', '日期', '時間', '时间', '地點', '地点']);
/** `出席議員`, `缺席議員`, `列席秘書`: the roll of who attended, was absent or was in attendance. */
export const ROLL = /^(?:出席|缺席|欠席|列席)/u;

/**
 * True when `name`, written before a full-width colon, is no speaker: a
 * sentence, a heading, a table's cell or the roll. A role's label (`問`,
 * `答`, `記者`) is a speaker, whatever it holds.
 */
export function cjkNotSpeaker(name: string): boolean {
  if (roleOfName(name) !== undefined) return false;
  // One character that is not a role's label is a word cut from a wrapped sentence (`求：`), not a name.
  if ([...name].length === 1 && /\p{Script=Han}/u.test(name)) return true;
  return SENTENCE_WORDS.test(name) || NUMBERED_HEADING.test(name) || TABLE_HEADING.test(name) || TABLE_WORDS.has(name) || ROLL.test(name);
}
