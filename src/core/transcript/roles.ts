/**
 * Roles: who asks, who answers, who hands the floor over. Labels say it
 * sometimes (`Q:`, `Moderator:`); otherwise it is inferred from what speakers
 * do. The same for every format: it works on turns, not on text layout.
 */
import { opensWithQuestion } from './interrogatives';
import { isChairName, roleOfName, type RoleOptions } from './roleWords';
import type { Turn } from './model';

/** How much of a turn is looked at for a question mark. */
const ASK_WINDOW = 4000;

/** True when a turn asks something: a question mark in its words. */
export function asksQuestion(text: string, turn: Turn): boolean {
  const end = Math.min(turn.end, turn.textStart + ASK_WINDOW);
  // Within each segment only: an unbounded search for the next `?` would cross the whole text.
  for (const seg of turn.segments) {
    if (seg.start >= end) break;
    const stop = Math.min(seg.end, end);
    for (let i = seg.start; i < stop; i++) {
      const c = text.charCodeAt(i);
      if (c === 63 || c === 0xff1f) return true;
    }
  }
  return false;
}

const COURT_SPEAKERS = /^(?:the )?(?:court|witness|videographer|deponent|clerk|bailiff)$/iu;
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
export function assignRoles(turns: Turn[], options: RoleOptions, text: string): void {
  let hasQuestions = false;
  // In a courtroom the reporter is the stenographer, not a journalist.
  const courtroom = turns.some((t) => t.speaker !== null && COURT_SPEAKERS.test(t.speaker));
  for (const t of turns) {
    if (t.speaker !== null) t.role = roleOfName(t.speaker, options) ?? 'unknown';
    if (courtroom && t.role === 'questioner' && t.speaker !== null && STENOGRAPHER.test(t.speaker)) t.role = 'unknown';
    t.question = t.role === 'questioner';
    hasQuestions ||= t.question;
  }
  inferModerators(turns, text);
  if (callOnQuestioners(turns, text)) hasQuestions = true;
  if (!hasQuestions) hasQuestions = inferQuestioners(turns, text);
  if (!hasQuestions) {
    for (const t of turns) {
      if (t.role !== 'moderator' || (t.speaker !== null && isChairName(t.speaker))) continue;
      if (asksQuestion(text, t)) t.question = hasQuestions = true;
    }
  }
  for (const t of turns) if (t.speaker !== null && t.role === 'unknown' && hasQuestions) t.role = 'respondent';
}

/** What a moderator says when handing the floor over. */
const HANDOVER = /\b(?:next question|go ahead|your line is (?:now )?open|the floor is yours|over to you|question comes from|questions? from|we(?:'ll| will) (?:now )?(?:take|go to|turn to)|let(?:'s| us) (?:take|go to|turn to)|we have time for|last question|final question|that concludes|please state your name|(?:please )?unmute|you(?:'re| are) (?:now )?live)\b/iu;

/**
 * A speaker with no role word whose turns mostly hand the floor over
 * (`Next question, please.`, `Go ahead, your line is open.`) moderates.
 */
function inferModerators(turns: Turn[], text: string): void {
  // A speaker's first turns say what they do: at most SAMPLE of them are read, from their first words.
  const SAMPLE = 12;
  const stats = new Map<string, { turns: number; handing: number }>();
  // A speaker's counts by the name as written, so each name is lower-cased once, not once per turn.
  const bySpeaker = new Map<string, { turns: number; handing: number }>();
  const statsOf = (speaker: string) => {
    let s = bySpeaker.get(speaker);
    if (!s) {
      const key = speaker.toLowerCase();
      s = stats.get(key) ?? { turns: 0, handing: 0 };
      stats.set(key, s);
      bySpeaker.set(speaker, s);
    }
    return s;
  };
  for (const t of turns) {
    if (t.speaker === null || t.role !== 'unknown') continue;
    const s = statsOf(t.speaker);
    if (s.turns >= SAMPLE) continue;
    s.turns++;
    const seg = t.segments[0];
    const words = seg ? text.slice(seg.start, Math.min(t.end, seg.start + 300)) : '';
    if (HANDOVER.test(words)) s.handing++;
  }
  // Two people talking hand the floor to each other all the time: a moderator needs a third.
  const everyone = new Set<string>();
  for (const t of turns) {
    if (t.speaker !== null) everyone.add(t.speaker);
    if (everyone.size >= 3) break;
  }
  if (everyone.size < 3) return;
  for (const t of turns) {
    const s = t.speaker === null ? undefined : (bySpeaker.get(t.speaker) ?? stats.get(t.speaker.toLowerCase()));
    if (s && s.turns >= 2 && s.handing / s.turns >= 0.4) t.role = 'moderator';
  }
}

/** An operator or a chair calling on the next questioner: `Our next question comes from Ann Lee with Acme Bank.`, `Pregunta da deputada …`, `Nächste Frage …`. */
const CALL_ON = /(?<![\p{L}])(?:(?:next|first|following|last|final) question (?:(?:today )?(?:comes|is coming|will come|is) )?from|question comes from|(?:from|of) the line of|(?:we(?:'ll| will)|let(?:'s| us)) (?:now )?(?:take|go to|move to|turn to) (?:our (?:next|first|last) question from|the line of)|(?:siguiente |primera |última |seguinte |primeira |derradeira )?pregunta (?:de|da|do|del|ao|al|á|a la|número|n\.º)|pergunta (?:de|da|do|ao|número)|(?:nächste|erste|letzte|weitere) frage|frage (?:des|der|von) (?:kollegen|kollegin|abgeordneten)|(?:prochaine |première |dernière )?question (?:de|du|d['’])(?: l['’]honorable| la| le)? ?(?:sénat(?:eur|rice)|senat(?:eur|rice)|député|députée|depute|collègue|m\.|mme)|следующий вопрос|вопрос от|下一个问题|次の質問)(?![\p{L}])/iu;

const MAY_CALL = /uestion|line|regunta|ergunta|rage|вопрос|问题|質問/u;

/**
 * Earnings calls and question time: the caller the operator (or the chair)
 * introduces asks. Each caller's first turn after the introduction opens a
 * Q&A; their later turns are follow-ups in it. True when it found one.
 */
function callOnQuestioners(turns: Turn[], text: string): boolean {
  const callers = new Set<string>();
  for (let i = 0; i + 1 < turns.length; i++) {
    const op = turns[i]!;
    if (op.role !== 'moderator' || op.speaker === null) continue;
    const seg = op.segments[0];
    if (!seg) continue;
    // The call opens the turn: `Thank you. Our next question comes from …`.
    const words = text.slice(seg.start, Math.min(op.end, seg.start + 160));
    // Every call names a question or a line: a cheap test before the long expression.
    if (!MAY_CALL.test(words) || !CALL_ON.test(words)) continue;
    const caller = turns[i + 1]!;
    if (caller.speaker === null || caller.role === 'moderator' || caller.role === 'respondent') continue;
    caller.role = 'questioner';
    caller.question = true;
    callers.add(caller.speaker.toLowerCase());
  }
  if (callers.size === 0) return false;
  for (const t of turns) if (t.role === 'unknown' && t.speaker !== null && callers.has(t.speaker.toLowerCase())) t.role = 'questioner';
  return true;
}

interface SpeakerStats {
  turns: number;
  asking: number;
  words: number;
}

/** Step 2 of `assignRoles`; true when questioners were found. */
function inferQuestioners(turns: Turn[], text: string): boolean {
  const stats = new Map<string, SpeakerStats>();
  const asks: boolean[] = [];
  // Turns of speakers whose label says they answer (`THE WITNESS:`, `A:`) count as answers.
  let labelledAnswers = 0;
  for (const t of turns) {
    const a = t.speaker !== null && t.role === 'unknown' && asksQuestion(text, t);
    asks.push(a);
    if (t.role === 'respondent') labelledAnswers++;
    if (t.speaker === null || t.role !== 'unknown') continue;
    const key = t.speaker.toLowerCase();
    const s = stats.get(key) ?? { turns: 0, asking: 0, words: 0 };
    s.turns++;
    if (a) s.asking++;
    s.words += t.end - t.textStart;
    stats.set(key, s);
  }
  if (stats.size + (labelledAnswers > 0 ? 1 : 0) < 2) return false;
  const askers = new Set<string>();
  const interviewer = dialogueInterviewer(turns, text, stats, asks);
  if (interviewer) {
    askers.add(interviewer.name);
    // Their questions without a question mark still open a Q&A.
    for (const i of interviewer.opening) asks[i] = true;
    stats.get(interviewer.name)!.asking += interviewer.opening.length;
  }
  let answeringTurns = labelledAnswers;
  let askingTurns = 0;
  for (const [name, s] of stats) {
    const titled = ASKING_TITLES.test(name) && s.asking >= 1;
    if ((s.turns >= 2 && s.asking / s.turns >= 0.5) || titled) askers.add(name);
  }
  for (const [name, s] of stats) {
    if (askers.has(name)) askingTurns += s.asking;
    else if (s.asking / s.turns < 0.34) answeringTurns += s.turns;
  }
  // A conversation where everyone asks as much as they answer has no Q&A.
  if (askers.size === 0 || askingTurns < 2 || answeringTurns < 2 || (askers.size >= stats.size && labelledAnswers === 0)) return false;
  let found = false;
  turns.forEach((t, i) => {
    if (t.speaker === null || !askers.has(t.speaker.toLowerCase()) || t.role !== 'unknown') return;
    t.role = 'questioner';
    t.question = asks[i]!;
    found ||= t.question;
  });
  return found;
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
function dialogueInterviewer(turns: Turn[], text: string, stats: Map<string, SpeakerStats>, asks: readonly boolean[]): { name: string; opening: number[] } | undefined {
  const main = [...stats].filter(([, s]) => s.turns > DIALOGUE_EXTRA_TURNS);
  if (main.length !== 2) return undefined;
  const asking = new Map<string, number>(main.map(([name, s]) => [name, s.asking]));
  const opening = new Map<string, number[]>(main.map(([name]) => [name, []]));
  turns.forEach((t, i) => {
    if (t.speaker === null || t.role !== 'unknown') return;
    const key = t.speaker.toLowerCase();
    const list = opening.get(key);
    // Turns with a question mark are counted already.
    if (!list || asks[i]) return;
    const seg = t.segments[0];
    if (seg && opensWithQuestion(text.slice(seg.start, Math.min(seg.end, seg.start + 80)))) {
      list.push(i);
      asking.set(key, asking.get(key)! + 1);
    }
  });
  const [[a, sa], [b, sb]] = main as [[string, SpeakerStats], [string, SpeakerStats]];
  const rateA = asking.get(a)! / sa.turns;
  const rateB = asking.get(b)! / sb.turns;
  const [name, rate, other] = rateA >= rateB ? [a, rateA, rateB] : [b, rateB, rateA];
  if (rate < 0.3 || rate < 2 * other || other >= 0.34) return undefined;
  return { name, opening: opening.get(name)! };
}
