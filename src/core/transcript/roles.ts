/**
 * Roles: who asks, who answers, who hands the floor over. Labels say it
 * sometimes (`Q:`, `Moderator:`); otherwise it is inferred from what speakers
 * do. The same for every format: it works on turns, not on text layout.
 */
import { mayHoldAny } from '../text/asciiWords';
import { lazyRegExp } from '../text/lazyRegExp';
import { asciiOrUnicode } from '../text/asciiRegExp';
import { opensWithQuestion } from './interrogatives';
import { isChairName, isRoleWord, roleOfName, type RoleOptions } from './roleWords';
import type { Role, Turn } from './model';
import { ROLE_CODE, TurnTable, turnsOf } from './turnTable';

/** How much of a turn is looked at for a question mark. */
const ASK_WINDOW = 4000;

const UNKNOWN = ROLE_CODE.unknown;
const QUESTIONER = ROLE_CODE.questioner;
const RESPONDENT = ROLE_CODE.respondent;
const MODERATOR = ROLE_CODE.moderator;

/** True when a turn asks something: a question mark in its words, or Japanese `か。`. */
export function asksQuestion(text: string, turn: Turn): boolean {
  return asksAt(text, TurnTable.fromTurns([turn]), 0);
}

/** `asksQuestion` for turn `i` of a table. */
function asksAt(text: string, table: TurnTable, i: number): boolean {
  const end = Math.min(table.end[i]!, table.textStart[i]! + ASK_WINDOW);
  // A parliament's question on the order paper asks by its formula: `To ask the First Minister when …`.
  const first = table.segFrom[i]!;
  if (first < table.segFrom[i + 1]! && text.startsWith('To ask ', table.segStart[first]!)) return true;
  // Within each segment only: an unbounded search for the next `?` would cross the whole text.
  for (let k = table.segFrom[i]!, last = table.segFrom[i + 1]!; k < last; k++) {
    const start = table.segStart[k]!;
    if (start >= end) break;
    const stop = Math.min(table.segEnd[k]!, end);
    for (let c = start; c < stop; c++) {
      const code = text.charCodeAt(c);
      if (code === 0xff1f) return true;
      // A web address's query (`watch?v=…`, `page?id=7`) asks nothing: a question mark is followed by no letter, digit or `=`.
      if (code === 63 && (c + 1 >= stop || !isQueryChar(text.charCodeAt(c + 1)))) return true;
      // Japanese asks with `か。` (`何ですか。`, `伺えますか。`) more often than with a question mark.
      if (code === 0x3002 && c > start && text.charCodeAt(c - 1) === 0x304b) return true;
    }
  }
  return false;
}

/** An ASCII letter, digit, `=` or `&`: what follows the `?` of a web address's query. */
function isQueryChar(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122) || code === 61 || code === 38;
}

/** The first words of turn `i`'s first segment, up to `limit` characters and the turn's end; '' when it has none. */
function firstSegmentWords(text: string, table: TurnTable, i: number, limit: number, toSegmentEnd: boolean): string {
  const k = table.segFrom[i]!;
  if (k === table.segFrom[i + 1]!) return '';
  const start = table.segStart[k]!;
  return text.slice(start, Math.min(toSegmentEnd ? table.segEnd[k]! : table.end[i]!, start + limit));
}

/** A crowd's label: the audience as one voice, not one member of it. */
const CROWD = asciiOrUnicode(String.raw`^(?:the )?(?:audience|crowd|public|audiencia|público|publico|publikum|zuschauer)$`, 'iu');

const COURT_SPEAKERS = asciiOrUnicode(String.raw`^(?:the )?(?:court|witness|videographer|deponent|clerk|bailiff)$`, 'iu');
const STENOGRAPHER = /^(?:the |court )?reporter$/iu;

/** Speakers whose title says they ask: members of a panel, examining lawyers. */
const ASKING_TITLES = /^(?:senator|sen\.|chairman|chairwoman|chair|ranking member|representative|rep\.|congressman|congresswoman|justice|chief justice|commissioner|councillor|councilman|councilwoman|examiner|counsel for)\b/iu;

/**
 * Sets each turn's role and whether it opens a Q&A.
 *
 * 1. Labels that name a role (`Q`, `Question`, `Moderator`, `A`) and the
 *    user's settings decide first.
 * 2. Where nobody is labelled as asking, a speaker who asks in most of their
 *    turns while others mostly answer is a questioner (an interviewer, an
 *    examining lawyer, a senator); their turns with a question open a Q&A.
 * 3. Where that finds nobody either, a host's or moderator's question opens a
 *    Q&A (interviews, podcasts).
 * Everyone else who speaks in a document with questions answers.
 */
export function assignRoles(turns: Turn[], options: RoleOptions, text: string, stated?: ReadonlyMap<number, Role>): void {
  const table = TurnTable.fromTurns(turns);
  assignTableRoles(table, options, text, stated);
  turnsOf(table);
}

/**
 * `assignRoles` over a table of turns, decided once per distinct speaker where the rule is about names.
 * `stated` holds the roles a document states for some turns (a record's chair, a minister's office), by turn index:
 * they count as labels do, so the inference after them (the chair calling on the next questioner) can use them.
 */
export function assignTableRoles(table: TurnTable, options: RoleOptions, text: string, stated?: ReadonlyMap<number, Role>): void {
  const { names, speaker, role, question } = table;
  const n = table.count;
  // In a courtroom the reporter is the stenographer, not a journalist.
  const used = usedNames(table);
  let courtroom = false;
  for (let id = 0; id < names.length; id++) if (used[id] === 1 && COURT_SPEAKERS(names[id]!).test(names[id]!)) courtroom = true;
  const byName = new Int8Array(names.length).fill(-1);
  for (let id = 0; id < names.length; id++) {
    if (used[id] !== 1) continue;
    let r = ROLE_CODE[roleOfName(names[id]!, options) ?? 'unknown'];
    if (courtroom && r === QUESTIONER && STENOGRAPHER.test(names[id]!)) r = UNKNOWN;
    byName[id] = r;
  }
  // `I:` and `P:` (or `R:`): a research interview, the interviewer and the participant who answers; `P:` alone, as
  // Spanish writes `P:`/`R:`, is the question.
  let interviewer = -1;
  let participant = -1;
  for (let id = 0; id < names.length; id++) {
    if (used[id] !== 1 || names[id]!.length !== 1) continue;
    if (names[id] === 'I') interviewer = id;
    else if (names[id] === 'P') participant = id;
  }
  if (interviewer >= 0) {
    byName[interviewer] = QUESTIONER;
    if (participant >= 0) byName[participant] = RESPONDENT;
  }
  // A role the record states in one of a speaker's labels (`Hon LUCY PARK (Minister of Transport):`, then `Hon LUCY PARK:`)
  // is that speaker's in the turns whose labels state none, where the name alone says nothing and no label states another.
  if (stated) {
    const statedOf = new Int8Array(names.length).fill(-1);
    for (const [i, said] of stated) {
      const id = speaker[i]!;
      if (id < 0) continue;
      const r = ROLE_CODE[said];
      statedOf[id] = statedOf[id] === -1 || statedOf[id] === r ? r : -2;
    }
    for (let id = 0; id < names.length; id++) if (statedOf[id]! >= 0 && byName[id] === UNKNOWN) byName[id] = statedOf[id]!;
  }
  const crowd = new Uint8Array(names.length);
  for (let id = 0; id < names.length; id++) if (used[id] === 1 && CROWD(names[id]!).test(names[id]!)) crowd[id] = 1;
  let hasQuestions = false;
  for (let i = 0; i < n; i++) {
    const id = speaker[i]!;
    if (id >= 0) role[i] = byName[id]!;
    const said = stated?.get(i);
    if (said) role[i] = ROLE_CODE[said];
    // A crowd (`AUDIENCE: Booo —`, `AUDIENCE: Good afternoon!`) opens a Q&A only when its words ask; one member of it
    // asks by the label. Either way the document labels who asks, so nobody else's questions are inferred.
    question[i] = role[i] === QUESTIONER && (id < 0 || !crowd[id] || asksAt(text, table, i)) ? 1 : 0;
    hasQuestions ||= role[i] === QUESTIONER;
  }
  const lower = lowerNames(table, used);
  inferModerators(table, text, lower);
  if (hasQuestions) introducesAskers(table, text, lower);
  if (inferDebateModerators(table, text, lower)) hasQuestions = true;
  const called = callOnQuestioners(table, text, lower);
  if (called > 0) hasQuestions = true;
  if (!hasQuestions && stated) hasQuestions = askersOfTheGovernment(table, text, stated);
  // One caller named in words (`We'll take the last question from Ana.`) does not make the pattern plain: the
  // moderator may have handed the floor to the others by their names alone (`Priya.`), so the other voices are
  // still read for who asks.
  if (!hasQuestions || called === 1) hasQuestions = inferQuestioners(table, text, lower) || hasQuestions;
  if (!hasQuestions) {
    for (let i = 0; i < n; i++) {
      const id = speaker[i]!;
      // A chair's question (`Is anyone against?`) opens no Q&A, whether the name or the record says chair.
      if (role[i] !== MODERATOR || (id >= 0 && isChairName(names[id]!)) || stated?.get(i) === 'moderator') continue;
      if (asksAt(text, table, i)) {
        question[i] = 1;
        hasQuestions = true;
      }
    }
  }
  // Whoever is left answers; a court's presiding judge who asked nothing (`CHIEF JUSTICE LANE: We'll hear argument …`) presides.
  if (!hasQuestions) return;
  // Each name is tested once, not once per turn.
  const presides = new Int8Array(names.length).fill(-1);
  for (let i = 0; i < n; i++) {
    const id = speaker[i]!;
    if (id < 0 || role[i] !== UNKNOWN) continue;
    if (presides[id] === -1) presides[id] = PRESIDING_JUDGE.test(names[id]!) ? 1 : 0;
    role[i] = presides[id] === 1 ? MODERATOR : RESPONDENT;
  }
}

/** The judge who presides over a court's hearing, by the title (`Chief Justice Lane`, `The Chief Justice`, `Presiding Judge Ruiz`). */
const PRESIDING_JUDGE = /^(?:the )?(?:chief justice|chief judge|presiding (?:judge|justice))\b/iu;

/**
 * Question time in a parliament's record: where the record states who answers
 * for the government (`M. le ministre…`, `ANNA VERDI, Ministra…`; in all their
 * turns, named by the office or not), a member
 * whose words such an answer follows (the chair's giving the floor between
 * them aside) asks, in every turn, where one of them asks in words; each of
 * their turns that asks opens a Q&A.
 * True when it found anyone.
 */
function askersOfTheGovernment(table: TurnTable, text: string, stated: ReadonlyMap<number, Role>): boolean {
  const { speaker, role, question } = table;
  const n = table.count;
  const askers = new Set<number>();
  // One of them asks in words: then every member the government answers asks, question mark or not.
  let asking = false;
  // Who the record says answers for the government, in every turn that answers: the stated role holds in the speaker's
  // other turns (assignTableRoles), named by the office once and by name after (`THE MINISTER OF RAILWAYS (SHRI ANIL
  // MEHTA):`, then `SHRI ANIL MEHTA:`).
  const government = new Set<number>();
  for (const [i, said] of stated) if (said === 'respondent' && speaker[i]! >= 0) government.add(speaker[i]!);
  for (let i = 0; i < n; i++) {
    if (role[i] !== RESPONDENT || !government.has(speaker[i]!)) continue;
    // The chair may give the floor between the question and its answer (`Il Ministro … ha facoltà di rispondere.`).
    let before = i - 1;
    while (before >= 0 && role[before] === MODERATOR) before--;
    if (before < 0) continue;
    const id = speaker[before]!;
    if (id < 0 || role[before] !== UNKNOWN || stated.get(before) !== undefined) continue;
    askers.add(id);
    asking ||= asksAt(text, table, before);
  }
  if (askers.size === 0 || !asking) return false;
  for (let i = 0; i < n; i++) {
    if (!askers.has(speaker[i]!) || role[i] !== UNKNOWN) continue;
    role[i] = QUESTIONER;
    question[i] = asksAt(text, table, i) ? 1 : 0;
  }
  return true;
}

/** 1 for each name some turn is spoken by. */
function usedNames(table: TurnTable): Uint8Array {
  const used = new Uint8Array(table.names.length);
  for (let i = 0; i < table.count; i++) if (table.speaker[i]! >= 0) used[table.speaker[i]!] = 1;
  return used;
}

/** Each speaker name lower-cased (once per name, not once per turn); '' for names no turn is spoken by. */
function lowerNames(table: TurnTable, used: Uint8Array): string[] {
  return table.names.map((name, id) => (used[id] === 1 ? name.toLowerCase() : ''));
}

/** What a moderator says when handing the floor over. */
const HANDOVER = lazyRegExp(() => /\b(?:next question|go ahead|your line is (?:now )?open|the floor is yours|over to you|question comes from|questions?,? from|we(?:['’]ll| will) (?:now )?take|we(?:['’]ll| will)? (?:now )?(?:go to|turn to)|let(?:['’]s| us) (?:take|go to|turn to)|(?:now )?give the floor to|we have time for|last question|final question|that concludes|please state your name|(?:please )?unmute|you(?:['’]re| are) (?:now )?live)\b/iu);

/** A part of every phrase HANDOVER knows, in small letters. */
const HANDOVER_PARTS = ['question', 'ahead', 'line', 'floor', 'over to', "we'll", 'we will', 'we go to', 'we turn to', 'we now', "let's", 'let us', 'time for', 'concludes', 'state your', 'unmute', 'live'];

/**
 * A speaker with no role word whose turns mostly hand the floor over
 * (`Next question, please.`, `Go ahead, your line is open.`) moderates.
 */
function inferModerators(table: TurnTable, text: string, lower: readonly string[]): void {
  const { speaker, role } = table;
  const n = table.count;
  // A speaker's first turns say what they do: at most SAMPLE of them are read, from their first words.
  const SAMPLE = 12;
  const stats = new Map<string, { turns: number; handing: number }>();
  // A speaker's counts by the name as written, so each name is looked up once, not once per turn.
  const byId: Array<{ turns: number; handing: number } | undefined> = new Array(table.names.length);
  for (let i = 0; i < n; i++) {
    const id = speaker[i]!;
    if (id < 0 || role[i] !== UNKNOWN) continue;
    let s = byId[id];
    if (!s) {
      s = stats.get(lower[id]!) ?? { turns: 0, handing: 0 };
      stats.set(lower[id]!, s);
      byId[id] = s;
    }
    if (s.turns >= SAMPLE) continue;
    s.turns++;
    const words = firstSegmentWords(text, table, i, 300, false);
    // Most speakers hand nothing over: HANDOVER is compiled only where words may hold one of its phrases.
    if (mayHoldAny(words, HANDOVER_PARTS) && HANDOVER().test(words)) s.handing++;
  }
  // Two people talking hand the floor to each other all the time: a moderator needs a third.
  const everyone = new Set<string>();
  for (let i = 0; i < n && everyone.size < 3; i++) if (speaker[i]! >= 0) everyone.add(table.names[speaker[i]!]!);
  if (everyone.size < 3) return;
  const handing = new Set<string>();
  for (const [name, s] of stats) if (s.turns >= 2 && s.handing / s.turns >= 0.4) handing.add(name);
  if (handing.size === 0) return;
  // A press secretary calls on reporters while a guest answers, then answers the `Q`s herself: whoever answers
  // labelled questions again and again (five times, a quarter of their turns) answers, though they hand over too.
  const answers = new Map<string, { turns: number; answers: number }>();
  for (let i = 1; i < n; i++) {
    const id = speaker[i]!;
    if (id < 0 || role[i] !== UNKNOWN || !handing.has(lower[id]!)) continue;
    const a = answers.get(lower[id]!) ?? { turns: 0, answers: 0 };
    answers.set(lower[id]!, a);
    a.turns++;
    if (role[i - 1] !== QUESTIONER) continue;
    const words = firstSegmentWords(text, table, i, 300, false);
    if (!(mayHoldAny(words, HANDOVER_PARTS) && HANDOVER().test(words))) a.answers++;
  }
  for (const [name, a] of answers) if (a.answers >= 5 && a.answers * 4 >= a.turns) handing.delete(name);
  for (let i = 0; i < n; i++) {
    const id = speaker[i]!;
    if (id >= 0 && handing.has(lower[id]!)) role[i] = MODERATOR;
  }
}

/** The fewest turns a debate's moderator or debater has. */
const DEBATE_TURNS = 5;
/** Past this many speakers it is a sitting or a meeting, not a debate. */
const DEBATE_MOST_SPEAKERS = 40;
/** How much of a turn's start is read for the name of the debater it addresses. */
const ADDRESS_WINDOW = 60;

/**
 * Debates and panels, where nobody is labelled as moderating. A moderator
 * opens many turns by naming a debater (`Secretary Clinton, two minutes.`,
 * `Governor Kasich, your response?`) and asks in a fifth of their turns or
 * more; debaters seldom open a turn with another's name. So a speaker who
 * names another main speaker at the start of at least 20 % of their turns,
 * and of twice as many as any of two or more debaters (who do so in under
 * 15 %), moderates; so does a debater by that measure who asks twice as
 * often as every other debater in turns half as long (a lead moderator who
 * says `Mr. President` rather than the name). Each moderator's question
 * opens a Q&A; everyone else answers. Main speakers have five turns or more
 * and are known by the last word of their name. True when it found a
 * moderator.
 */
function inferDebateModerators(table: TurnTable, text: string, lower: readonly string[]): boolean {
  const { speaker, role, question } = table;
  const n = table.count;
  const turns = new Map<string, number>();
  let labelledQuestions = 0;
  for (let i = 0; i < n; i++) {
    const id = speaker[i]!;
    // Labelled turns (a heckler's `AUDIENCE MEMBER:`, a town hall's `QUESTION:`) keep their roles; the others are weighed.
    if (id >= 0 && role[i] === UNKNOWN) turns.set(lower[id]!, (turns.get(lower[id]!) ?? 0) + 1);
    else if (role[i] === QUESTIONER) labelledQuestions++;
  }
  // Where a tenth of the turns are labelled questions, it is a press conference or a town hall whose questions are known.
  if (turns.size > DEBATE_MOST_SPEAKERS || labelledQuestions * 10 > n) return false;
  const main = [...turns].filter(([name, count]) => count >= DEBATE_TURNS && !isRoleWord(name)).map(([name]) => name);
  if (main.length < 3) return false;
  const surnames = main.map((name) => name.split(/[\s,.]+/u).filter((w) => w.length >= 3 && !/\d/.test(w)).pop() ?? '');
  const asking = new Map<string, number>();
  const naming = new Map<string, number>();
  const lengths = new Map<string, number[]>(main.map((name) => [name, []]));
  for (let i = 0; i < n; i++) {
    const id = speaker[i]!;
    if (id < 0 || role[i] !== UNKNOWN) continue;
    const who = main.indexOf(lower[id]!);
    if (who < 0) continue;
    const name = main[who]!;
    lengths.get(name)!.push(table.end[i]! - table.textStart[i]!);
    const start = firstSegmentWords(text, table, i, ADDRESS_WINDOW, false).toLowerCase();
    if (surnames.some((surname, k) => k !== who && surname !== '' && namesWord(start, surname))) naming.set(name, (naming.get(name) ?? 0) + 1);
  }
  const rate = (counts: Map<string, number>, name: string) => (counts.get(name) ?? 0) / turns.get(name)!;
  const most = (names: string[], counts: Map<string, number>) => names.reduce((m, name) => Math.max(m, rate(counts, name)), 0);
  const debaters = main.filter((name) => rate(naming, name) < 0.15);
  if (debaters.length < 2) return false;
  const bar = Math.max(0.2, 2 * most(debaters, naming));
  const length = new Map(main.map((name) => [name, median(lengths.get(name)!)]));
  const short = (name: string) => 2 * length.get(name)! <= median(debaters.filter((other) => other !== name).map((other) => length.get(other)!));
  const namers = main.filter((name) => rate(naming, name) >= bar);
  const shortTurns = debaters.filter(short);
  // Reading every turn for a question mark is the costly part: only where someone may moderate.
  if (namers.length === 0 && shortTurns.length === 0) return false;
  for (let i = 0; i < n; i++) {
    const id = speaker[i]!;
    if (id >= 0 && role[i] === UNKNOWN && lengths.has(lower[id]!) && asksAt(text, table, i)) asking.set(lower[id]!, (asking.get(lower[id]!) ?? 0) + 1);
  }
  const moderators = new Set(namers.filter((name) => rate(asking, name) >= 0.2));
  for (const name of shortTurns) {
    const asks = rate(asking, name);
    if (asks >= 0.2 && asks >= 2 * most(debaters.filter((other) => other !== name), asking)) moderators.add(name);
  }
  if (moderators.size === 0) return false;
  for (let i = 0; i < n; i++) {
    const id = speaker[i]!;
    if (id < 0 || role[i] !== UNKNOWN) continue;
    if (!moderators.has(lower[id]!)) role[i] = RESPONDENT;
    else {
      role[i] = MODERATOR;
      question[i] = asksAt(text, table, i) ? 1 : 0;
    }
  }
  return true;
}

/** The median of some numbers (0 for none). */
function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Whether `word` stands in `text` as a whole word. */
function namesWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + word.length] ?? '';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
  }
  return false;
}

/** An operator or a chair calling on the next questioner: `Our next question comes from Ann Lee with Acme Bank.`, `Pregunta da deputada …`, `Nächste Frage …`. */
const CALL_ON = lazyRegExp(() => /(?<![\p{L}])(?:(?:next|first|following|last|final) question,? (?:(?:today )?(?:comes|is coming|will come|is) )?from|question comes from|(?:from|of) the line of|(?:we(?:['’]ll| will)|let(?:['’]s| us)) (?:now )?(?:take|go to|move to|turn to) (?:our (?:next|first|last) question from|the line of)|(?:siguiente |primera |última |seguinte |primeira |derradeira )?pregunta (?:de|da|do|del|ao|al|á|a la|número|n\.º)|pergunta (?:de|da|do|ao|número)|(?:nächste|erste|letzte|weitere)n? frage|frage (?:des|der|von) (?:kollegen|kollegin|abgeordneten)|(?:prochaine |première |dernière )?question (?:de|du|d['’])(?: l['’]honorable| la| le)? ?(?:sénat(?:eur|rice)|senat(?:eur|rice)|député|députée|depute|collègue|m\.|mme)|следующий вопрос|вопрос от|下一个问题|次の質問)(?![\p{L}])/iu);

const MAY_CALL = /uestion|line|regunta|ergunta|rage|вопрос|问题|質問/u;

/**
 * Earnings calls and question time: the caller the operator (or the chair)
 * introduces asks. Each caller's first turn after the introduction opens a
 * Q&A; their later turns are follow-ups in it. Returns how many callers it
 * found.
 */
function callOnQuestioners(table: TurnTable, text: string, lower: readonly string[]): number {
  const { speaker, role, question } = table;
  const n = table.count;
  const callers = new Set<string>();
  // A press call whose questions are labelled (`Q`): the one who speaks after the operator's call may be the
  // official greeting the caller (`Hi, Zeke.`) before the `Q` turn. Whoever answers labelled questions is not called.
  const answering = answersLabelledQuestions(table, lower);
  for (let i = 0; i + 1 < n; i++) {
    if (role[i] !== MODERATOR || speaker[i]! < 0 || table.segFrom[i] === table.segFrom[i + 1]) continue;
    // The call opens the turn: `Thank you. Our next question comes from …`.
    const words = firstSegmentWords(text, table, i, 160, false);
    // Every call names a question or a line: a cheap test before the long expression.
    if (!MAY_CALL.test(words) || !CALL_ON().test(words)) continue;
    const caller = i + 1;
    if (speaker[caller]! < 0 || role[caller] === MODERATOR || role[caller] === RESPONDENT || answering.has(lower[speaker[caller]!]!)) continue;
    role[caller] = QUESTIONER;
    question[caller] = 1;
    callers.add(lower[speaker[caller]!]!);
  }
  if (callers.size === 0) return 0;
  const called = callers.size;
  for (let i = 0; i < n; i++) if (role[i] === UNKNOWN && speaker[i]! >= 0 && callers.has(lower[speaker[i]!]!)) role[i] = QUESTIONER;
  if (called >= 2) calledWithoutWords(table, lower, callers);
  return called;
}

/** What a host says handing the floor to someone in the audience: `I want you to meet Ana Ruiz`, `This is Ben. Welcome.`, `Your question?`. */
const INTRODUCES = lazyRegExp(() => /\b(?:introduce you to|want you to meet|(?:[Ll]et me|I['’]d like to|I want to|I['’]ll) introduce|[Tt]his is \p{Lu}|[Ww]elcome[.!]?\s*(?:[Gg]o ahead|[Yy]our question|[Ww]hat['’]s your question|[Ww]hat is your question)?[.!?]?\s*$|(?:[Ww]hat['’]s|[Ww]hat is) your question|[Yy]our question\??\s*$|has a question|question for you|[Gg]o ahead)/u);

/** The fewest labelled questions a host must introduce to be taken for the host. */
const HOST_INTRODUCES = 3;

/**
 * A town hall: the audience's questions are labelled (`AUDIENCE MEMBER:`),
 * and a host introduces each asker and asks follow-ups while a guest answers.
 * A speaker with no role word who speaks right before labelled questions
 * three times or more, and right after them at most a third as often, where
 * another speaker answers them (right after) at least three times and twice
 * as often, moderates: a press secretary who calls on reporters and answers
 * them stays a respondent.
 */
function introducesAskers(table: TurnTable, text: string, lower: readonly string[]): void {
  const { speaker, role } = table;
  const n = table.count;
  // Counted by speaker id in one pass, then by name (a name may be written in two cases).
  const beforeById = new Int32Array(table.names.length);
  const afterById = new Int32Array(table.names.length);
  for (let i = 0; i < n; i++) {
    if (role[i] !== QUESTIONER) continue;
    if (i > 0 && role[i - 1] === UNKNOWN && speaker[i - 1]! >= 0) beforeById[speaker[i - 1]!]!++;
    if (i + 1 < n && role[i + 1] === UNKNOWN && speaker[i + 1]! >= 0) afterById[speaker[i + 1]!]!++;
  }
  const before = new Map<string, number>();
  const after = new Map<string, number>();
  for (let id = 0; id < table.names.length; id++) {
    if (beforeById[id]) before.set(lower[id]!, (before.get(lower[id]!) ?? 0) + beforeById[id]!);
    if (afterById[id]) after.set(lower[id]!, (after.get(lower[id]!) ?? 0) + afterById[id]!);
  }
  // Who speaks before labelled questions often and seldom after them, where another answers them.
  const candidates = new Set<string>();
  for (const [name, b] of before) {
    const a = after.get(name) ?? 0;
    if (b < HOST_INTRODUCES || a * 3 > b) continue;
    for (const [other, answered] of after) if (other !== name && answered >= HOST_INTRODUCES && answered >= 2 * a) candidates.add(name);
  }
  if (candidates.size !== 1) return;
  const [host] = candidates;
  // The end of the host's turn before a question introduces the asker or gives the floor, half the time at least.
  let introducing = 0;
  for (let i = 1; i < n; i++) {
    if (role[i] !== QUESTIONER || speaker[i]! < 0 || speaker[i - 1]! < 0 || role[i - 1] !== UNKNOWN || lower[speaker[i - 1]!] !== host) continue;
    const tail = text.slice(Math.max(table.start[i - 1]!, table.end[i - 1]! - 300), table.end[i - 1]!);
    if (INTRODUCES().test(tail) || HANDOVER().test(tail)) introducing++;
  }
  if (introducing < HOST_INTRODUCES || introducing * 2 < before.get(host!)!) return;
  for (let i = 0; i < n; i++) if (speaker[i]! >= 0 && role[i] === UNKNOWN && lower[speaker[i]!] === host) role[i] = MODERATOR;
}

/** The speakers (their names in small letters) who speak right after a labelled questioner's turn twice or more: they answer. */
function answersLabelledQuestions(table: TurnTable, lower: readonly string[]): Set<string> {
  const { speaker, role } = table;
  const counts = new Map<string, number>();
  const answering = new Set<string>();
  for (let i = 0; i + 1 < table.count; i++) {
    const next = speaker[i + 1]!;
    if (role[i] !== QUESTIONER || next < 0 || role[i + 1] !== UNKNOWN) continue;
    const key = lower[next]!;
    const c = (counts.get(key) ?? 0) + 1;
    counts.set(key, c);
    if (c >= 2) answering.add(key);
  }
  return answering;
}

/**
 * Question time once its pattern is plain (two callers or more): the chair
 * does not always name the call in words (`Jetzt würde ich gerne noch drei
 * Fragen zulassen. Frau Kollegin …`). A speaker who takes the floor from the
 * chair and is answered by someone who answered a caller asks too, and opens
 * a Q&A, unless they are the one asking already (the chair only called them
 * to order).
 */
function calledWithoutWords(table: TurnTable, lower: readonly string[], callers: Set<string>): void {
  const { speaker, role, question } = table;
  const n = table.count;
  const answerers = new Set<string>();
  for (let i = 0; i + 1 < n; i++) {
    const next = speaker[i + 1]!;
    if (question[i] === 1 && next >= 0 && role[i + 1] !== MODERATOR && !callers.has(lower[next]!)) answerers.add(lower[next]!);
  }
  let asking = '';
  for (let i = 1; i + 1 < n; i++) {
    const id = speaker[i]!;
    if (id < 0) continue;
    const key = lower[id]!;
    if (question[i] === 1) asking = key;
    if (role[i - 1] !== MODERATOR || (role[i] !== UNKNOWN && role[i] !== QUESTIONER) || key === asking || answerers.has(key)) continue;
    const next = speaker[i + 1]!;
    if (next < 0 || !answerers.has(lower[next]!)) continue;
    role[i] = QUESTIONER;
    question[i] = 1;
    asking = key;
    callers.add(key);
  }
  // The new callers' other turns are follow-ups: marked once, after the walk (it reads UNKNOWN and QUESTIONER alike).
  for (let i = 0; i < n; i++) if (role[i] === UNKNOWN && speaker[i]! >= 0 && callers.has(lower[speaker[i]!]!)) role[i] = QUESTIONER;
}

interface SpeakerStats {
  turns: number;
  asking: number;
  words: number;
}

/** Step 2 of `assignRoles`; true when questioners were found. */
function inferQuestioners(table: TurnTable, text: string, lower: readonly string[]): boolean {
  const { speaker, role, question } = table;
  const n = table.count;
  const stats = new Map<string, SpeakerStats>();
  const asks = new Uint8Array(n);
  // Turns of speakers whose label says they answer (`THE WITNESS:`, `A:`) count as answers.
  let labelledAnswers = 0;
  for (let i = 0; i < n; i++) {
    const id = speaker[i]!;
    const a = id >= 0 && role[i] === UNKNOWN && asksAt(text, table, i);
    if (a) asks[i] = 1;
    if (role[i] === RESPONDENT) labelledAnswers++;
    if (id < 0 || role[i] !== UNKNOWN) continue;
    const key = lower[id]!;
    let s = stats.get(key);
    if (!s) stats.set(key, (s = { turns: 0, asking: 0, words: 0 }));
    s.turns++;
    if (a) s.asking++;
    s.words += table.end[i]! - table.textStart[i]!;
  }
  if (stats.size + (labelledAnswers > 0 ? 1 : 0) < 2) return false;
  const askers = new Set<string>();
  const interviewer = dialogueInterviewer(table, text, lower, stats, asks);
  if (interviewer) {
    askers.add(interviewer.name);
    // Their questions without a question mark still open a Q&A.
    for (const i of interviewer.opening) asks[i] = 1;
    stats.get(interviewer.name)!.asking += interviewer.opening.length;
  }
  let answeringTurns = labelledAnswers;
  let askingTurns = 0;
  const hub = answeringHub(table, lower, stats, asks);
  for (const [name, s] of stats) {
    const titled = ASKING_TITLES.test(name) && s.asking >= 1;
    if ((s.turns >= 2 && s.asking / s.turns >= 0.5) || titled) askers.add(name);
    else if (hub?.has(name) && s.asking / s.turns >= 0.5) askers.add(name);
  }
  // Someone answers more than once (or by the label): a host's rhetorical questions between one-line clips of others answer nothing.
  let answersAgain = labelledAnswers > 0;
  for (const [name, s] of stats) {
    if (askers.has(name)) askingTurns += s.asking;
    else if (s.asking / s.turns < 0.34) {
      answeringTurns += s.turns;
      answersAgain ||= s.turns >= 2;
    }
  }
  // A conversation where everyone asks as much as they answer has no Q&A.
  if (askers.size === 0 || askingTurns < 2 || answeringTurns < 2 || !answersAgain || (askers.size >= stats.size && labelledAnswers === 0)) return false;
  let found = false;
  for (let i = 0; i < n; i++) {
    const id = speaker[i]!;
    if (id < 0 || !askers.has(lower[id]!) || role[i] !== UNKNOWN) continue;
    role[i] = QUESTIONER;
    question[i] = asks[i]!;
    found ||= asks[i] === 1;
  }
  return found;
}

/** The fewest other voices a press conference answered by one voice has: with fewer, the dialogue rules decide. */
const HUB_MIN_ASKERS = 3;

/**
 * A press conference where one voice answers everyone, each questioner named
 * once or twice (a ministry's spokesperson, the questioners by their outlet:
 * `CCTV:`, `AFP:`, `Bloomberg:`): the speaker with the most turns, who seldom
 * asks, speaks in at least two turns of five and twice as often as anyone
 * else, at least half as long as the others on average, and answers another
 * voice in at least half of theirs. Returns the voices whose every question that
 * voice answers before they speak again (questions taken together count), or
 * undefined when the document is not such a conference.
 */
function answeringHub(table: TurnTable, lower: readonly string[], stats: Map<string, SpeakerStats>, asks: Uint8Array): Set<string> | undefined {
  if (stats.size <= HUB_MIN_ASKERS) return undefined;
  let hub: string | undefined;
  let hubStats: SpeakerStats | undefined;
  let turns = 0;
  let words = 0;
  let second = 0;
  for (const [name, s] of stats) {
    turns += s.turns;
    words += s.words;
    if (!hubStats || s.turns > hubStats.turns) {
      second = hubStats?.turns ?? 0;
      [hub, hubStats] = [name, s];
    } else second = Math.max(second, s.turns);
  }
  // One voice answers: two hosts taking turns (a podcast reading its listeners' messages) are no spokesperson.
  if (!hub || !hubStats || hubStats.asking / hubStats.turns >= 0.34 || hubStats.turns * 5 < turns * 2 || second * 2 > hubStats.turns) return undefined;
  // Answers at least half as long as the rest on average: a chair passing the floor in a few words is no spokesperson.
  if ((2 * hubStats.words) / hubStats.turns < (words - hubStats.words) / (turns - hubStats.turns)) return undefined;
  // Per voice: whether the hub answers each of its questions before it speaks again; questions taken together
  // (`Let me take these together`) count as answered by the hub's turn after the last of them.
  const waiting = new Set<string>();
  const unanswered = new Set<string>();
  const asked = new Set<string>();
  let hubAnswers = 0;
  let previous = -1;
  for (let i = 0; i < table.count; i++) {
    const id = table.speaker[i]!;
    if (id < 0 || table.role[i] !== UNKNOWN) continue;
    const key = lower[id]!;
    if (key === hub) {
      if (previous >= 0 && lower[table.speaker[previous]!] !== hub) hubAnswers++;
      waiting.clear();
    } else {
      if (waiting.has(key)) unanswered.add(key);
      if (asks[i] === 1) {
        asked.add(key);
        waiting.add(key);
      }
    }
    previous = i;
  }
  for (const key of waiting) unanswered.add(key);
  if (hubAnswers * 2 < hubStats.turns) return undefined;
  const answered = new Set<string>();
  for (const name of asked) if (!unanswered.has(name)) answered.add(name);
  return answered.size >= HUB_MIN_ASKERS ? answered : undefined;
}

/** The most turns a third voice (a group greeting, a host passing by) may have in a two-person dialogue. */
const DIALOGUE_EXTRA_TURNS = 2;

/**
 * An interview between two people: the interviewer asks (by a question mark
 * or an interrogative opening) in a good share of their turns and at least
 * twice as often as the other, who answers. `asks` holds each turn's question
 * mark. Returns the interviewer's key and the turns that ask without a
 * question mark, or undefined.
 */
function dialogueInterviewer(table: TurnTable, text: string, lower: readonly string[], stats: Map<string, SpeakerStats>, asks: Uint8Array): { name: string; opening: number[] } | undefined {
  const main = [...stats].filter(([, s]) => s.turns > DIALOGUE_EXTRA_TURNS);
  if (main.length !== 2) return undefined;
  const asking = new Map<string, number>(main.map(([name, s]) => [name, s.asking]));
  const opening = new Map<string, number[]>(main.map(([name]) => [name, []]));
  for (let i = 0; i < table.count; i++) {
    const id = table.speaker[i]!;
    if (id < 0 || table.role[i] !== UNKNOWN) continue;
    const key = lower[id]!;
    const list = opening.get(key);
    // Turns with a question mark are counted already.
    if (!list || asks[i] === 1 || table.segFrom[i] === table.segFrom[i + 1]) continue;
    if (opensWithQuestion(firstSegmentWords(text, table, i, 80, true))) {
      list.push(i);
      asking.set(key, asking.get(key)! + 1);
    }
  }
  const [[a, sa], [b, sb]] = main as [[string, SpeakerStats], [string, SpeakerStats]];
  const rateA = asking.get(a)! / sa.turns;
  const rateB = asking.get(b)! / sb.turns;
  const [name, rate, other] = rateA >= rateB ? [a, rateA, rateB] : [b, rateB, rateA];
  if (rate < 0.3 || rate < 2 * other || other >= 0.34) return undefined;
  return { name, opening: opening.get(name)! };
}
