/**
 * The report's counts: one pass over the documents' outlines and tags, the
 * filter applied, gives every number the charts and tables show. The editor
 * and the command line both call it, so their pages hold the same numbers.
 */
import type { DocumentOutline, OutlineTurn } from '../workspace/documentTree';
import type { Cooccurrence, FloorShare, MatrixCell, QuestionCount, ReportCategory, ReportClaim, ReportData, ReportDocument, ReportFilter, Scorecard, TimelinePoint } from './model';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** A category the codebook lacks gets this colour. */
const UNKNOWN_COLOR = '#888888';

/** The counts of the report over `documents`, with `categories` in the codebook's order and `scale` the verdicts' order. */
export function gatherReport(documents: readonly ReportDocument[], categories: readonly ReportCategory[], scale: readonly string[], filter: ReportFilter = {}): ReportData {
  const choices = choicesOf(documents);
  const kept = documents.filter((d) => keepsDate(d.date, filter)).sort(byDateThenTitle);
  const speakerSet = filter.speakers?.length ? new Set(filter.speakers) : undefined;
  const categorySet = filter.categories?.length ? new Set(filter.categories) : undefined;
  const verdictSet = filter.verdicts?.length ? new Set(filter.verdicts) : undefined;
  const keepsSpeaker = (s: string) => !speakerSet || speakerSet.has(s);

  const claims: ReportClaim[] = [];
  const cooccurrence = new Map<string, Cooccurrence>();
  const floorBySpeaker: FloorShare[] = [];
  const floorByRole: FloorShare[] = [];
  const questions = new Map<string, QuestionCount>();
  for (const doc of kept) {
    const turns = turnsOf(doc.outline);
    const docClaims: ReportClaim[] = [];
    for (const tag of doc.tags) {
      if (filter.author !== undefined && tag.author !== filter.author) continue;
      if (categorySet && !categorySet.has(tag.category)) continue;
      if (verdictSet && !verdictSet.has(tag.verdict ?? '')) continue;
      const turn = tag.status === 'orphaned' ? undefined : turnAt(turns, tag.range.startLine);
      const speaker = tag.speaker ?? turn?.speaker ?? '';
      if (!keepsSpeaker(speaker)) continue;
      const claim: ReportClaim = { document: doc.key, tag, speaker, ...(turn ? { turn: turn.index } : {}), ...(doc.date ? { date: doc.date } : {}) };
      docClaims.push(claim);
      claims.push(claim);
    }
    countTogether(docClaims, cooccurrence);
    floorOf(doc, turns, keepsSpeaker, floorBySpeaker, floorByRole);
    questionsOf(doc.outline, keepsSpeaker, questions);
  }

  const categoryList = categoriesUsed(categories, claims);
  const order = new Map(categoryList.map((c, i) => [c.id, i]));
  const verdicts = verdictsUsed(scale, claims);
  const scorecards = scorecardsOf(claims, categoryList, verdicts);
  const speakerClaims = new Map(scorecards.map((s) => [s.speaker, s.claims]));
  const speakers = [...new Set([...scorecards.map((s) => s.speaker), ...floorBySpeaker.map((f) => f.who), ...questions.keys()])].sort(
    (a, b) => (speakerClaims.get(b) ?? 0) - (speakerClaims.get(a) ?? 0) || collator.compare(a, b),
  );
  return {
    documents: kept.map((d) => ({ key: d.key, title: d.title, path: d.path, ...(d.date ? { date: d.date } : {}) })),
    claims,
    categories: categoryList,
    verdicts,
    speakers,
    scorecards,
    bySpeaker: matrix(claims, (c) => c.speaker),
    byDocument: matrix(claims, (c) => c.document),
    cooccurrence: [...cooccurrence.values()].sort((x, y) => order.get(x.a)! - order.get(y.a)! || order.get(x.b)! - order.get(y.b)!),
    timeline: timelineOf(claims),
    floorBySpeaker,
    floorByRole,
    questions: [...questions.values()].sort((a, b) => b.asked + b.answered - (a.asked + a.answered) || collator.compare(a.speaker, b.speaker)),
    choices,
  };
}

function keepsDate(date: string | undefined, filter: ReportFilter): boolean {
  if (!filter.from && !filter.to) return true;
  if (!date) return false;
  return (!filter.from || date >= filter.from) && (!filter.to || date <= filter.to);
}

function byDateThenTitle(a: ReportDocument, b: ReportDocument): number {
  if (a.date !== b.date) return !a.date ? 1 : !b.date ? -1 : a.date < b.date ? -1 : 1;
  return collator.compare(a.title, b.title) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** Turns in text order, by outline: the index keeps an outline per version, so a report made again sorts none. */
const turnsByOutline = new WeakMap<DocumentOutline, OutlineTurn[]>();

/** Every turn of the outline, in text order. */
function turnsOf(outline: DocumentOutline): OutlineTurn[] {
  let turns = turnsByOutline.get(outline);
  if (!turns) turnsByOutline.set(outline, (turns = outline.sections.flatMap((s) => s.turns).sort((a, b) => a.range.startLine - b.range.startLine)));
  return turns;
}

/** The turn whose lines hold `line` (binary search over turns in text order). */
function turnAt(turns: readonly OutlineTurn[], line: number): OutlineTurn | undefined {
  let lo = 0;
  let hi = turns.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = turns[mid]!;
    if (line < t.range.startLine) hi = mid - 1;
    else if (line > t.range.endLine) lo = mid + 1;
    else return t;
  }
  return undefined;
}

/** A position as one number, for ordering and overlap. */
const at = (line: number, character: number) => line * 0x100000 + character;

/** Counts the pairs of categories tagged on overlapping words and in the same turn, in one document. */
function countTogether(claims: readonly ReportClaim[], out: Map<string, Cooccurrence>): void {
  const pair = (x: string, y: string): Cooccurrence => {
    const [a, b] = x <= y ? [x, y] : [y, x];
    const key = `${a}\u0000${b}`;
    let hit = out.get(key);
    if (!hit) out.set(key, (hit = { a, b, overlapping: 0, sameTurn: 0 }));
    return hit;
  };
  const placed = claims.filter((c) => c.tag.status !== 'orphaned');
  const spans = placed.map((c) => ({ c, start: at(c.tag.range.startLine, c.tag.range.startCharacter), end: at(c.tag.range.endLine, c.tag.range.endCharacter) })).sort((x, y) => x.start - y.start);
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length && spans[j]!.start < spans[i]!.end; j++) pair(spans[i]!.c.tag.category, spans[j]!.c.tag.category).overlapping++;
  }
  const byTurn = new Map<number, ReportClaim[]>();
  for (const c of placed) {
    if (c.turn === undefined) continue;
    let list = byTurn.get(c.turn);
    if (!list) byTurn.set(c.turn, (list = []));
    list.push(c);
  }
  for (const list of byTurn.values()) {
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) pair(list[i]!.tag.category, list[j]!.tag.category).sameTurn++;
  }
}

/** Each speaker's and each role's words (and seconds) in one document, with their shares. */
function floorOf(doc: ReportDocument, turns: readonly OutlineTurn[], keeps: (speaker: string) => boolean, bySpeaker: FloorShare[], byRole: FloorShare[]): void {
  let words = 0;
  let seconds = 0;
  const speakers = new Map<string, { words: number; seconds: number; timed: boolean }>();
  const roles = new Map<string, { words: number; seconds: number; timed: boolean }>();
  for (const t of turns) {
    if (!t.speaker) continue;
    words += t.wordCount;
    if (t.seconds !== undefined) seconds += t.seconds;
    for (const [map, key] of [[speakers, t.speaker], [roles, t.role]] as const) {
      let s = map.get(key);
      if (!s) map.set(key, (s = { words: 0, seconds: 0, timed: false }));
      s.words += t.wordCount;
      if (t.seconds !== undefined) {
        s.seconds += t.seconds;
        s.timed = true;
      }
    }
  }
  const row = (who: string, s: { words: number; seconds: number; timed: boolean }): FloorShare => ({
    document: doc.key,
    who,
    words: s.words,
    share: words ? s.words / words : 0,
    ...(s.timed && seconds ? { seconds: s.seconds, timeShare: s.seconds / seconds } : {}),
  });
  for (const [who, s] of speakers) if (keeps(who)) bySpeaker.push(row(who, s));
  for (const [who, s] of roles) byRole.push(row(who, s));
}

/** Questions asked (a question's turn) and answered (a respondent's turn in the same question's section, once a section). */
function questionsOf(outline: DocumentOutline, keeps: (speaker: string) => boolean, out: Map<string, QuestionCount>): void {
  const count = (speaker: string) => {
    let q = out.get(speaker);
    if (!q) out.set(speaker, (q = { speaker, asked: 0, answered: 0 }));
    return q;
  };
  for (const section of outline.sections) {
    if (section.kind !== 'qa') continue;
    const answered = new Set<string>();
    for (const t of section.turns) {
      if (!t.speaker || !keeps(t.speaker)) continue;
      if (t.question) count(t.speaker).asked++;
      else if (t.role === 'respondent' && !answered.has(t.speaker)) {
        answered.add(t.speaker);
        count(t.speaker).answered++;
      }
    }
  }
}

/** The codebook's categories, then any the claims use that it lacks. */
function categoriesUsed(categories: readonly ReportCategory[], claims: readonly ReportClaim[]): ReportCategory[] {
  const known = new Set(categories.map((c) => c.id));
  const extra = [...new Set(claims.map((c) => c.tag.category).filter((id) => !known.has(id)))].sort(collator.compare);
  return [...categories, ...extra.map((id) => ({ id, label: id, color: UNKNOWN_COLOR }))];
}

/** The scale's verdicts, then the others the claims give, alphabetically. */
function verdictsUsed(scale: readonly string[], claims: readonly ReportClaim[]): string[] {
  const known = new Set(scale);
  const extra = [...new Set(claims.map((c) => c.tag.verdict).filter((v): v is string => !!v && !known.has(v)))].sort(collator.compare);
  return [...scale, ...extra];
}

function scorecardsOf(claims: readonly ReportClaim[], categories: readonly ReportCategory[], verdicts: readonly string[]): Scorecard[] {
  const by = new Map<string, { claims: number; categories: Map<string, number>; verdicts: Map<string, number>; unchecked: number }>();
  for (const c of claims) {
    let s = by.get(c.speaker);
    if (!s) by.set(c.speaker, (s = { claims: 0, categories: new Map(), verdicts: new Map(), unchecked: 0 }));
    s.claims++;
    s.categories.set(c.tag.category, (s.categories.get(c.tag.category) ?? 0) + 1);
    if (c.tag.verdict) s.verdicts.set(c.tag.verdict, (s.verdicts.get(c.tag.verdict) ?? 0) + 1);
    else s.unchecked++;
  }
  return [...by.entries()]
    .map(([speaker, s]): Scorecard => {
      const checked = s.claims - s.unchecked;
      return {
        speaker,
        claims: s.claims,
        byCategory: categories.filter((c) => s.categories.has(c.id)).map((c) => ({ category: c.id, count: s.categories.get(c.id)! })),
        byVerdict: verdicts.filter((v) => s.verdicts.has(v)).map((v) => ({ verdict: v, count: s.verdicts.get(v)!, share: s.verdicts.get(v)! / checked })),
        unchecked: s.unchecked,
      };
    })
    .sort((a, b) => b.claims - a.claims || collator.compare(a.speaker, b.speaker));
}

function matrix(claims: readonly ReportClaim[], column: (c: ReportClaim) => string): MatrixCell[] {
  const cells = new Map<string, MatrixCell>();
  for (const c of claims) {
    const col = column(c);
    const key = `${c.tag.category}\u0000${col}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { category: c.tag.category, column: col, count: 0 }));
    cell.count++;
  }
  return [...cells.values()];
}

function timelineOf(claims: readonly ReportClaim[]): TimelinePoint[] {
  const points = new Map<string, TimelinePoint>();
  for (const c of claims) {
    if (!c.date) continue;
    const key = `${c.date}\u0000${c.speaker}\u0000${c.tag.category}`;
    let p = points.get(key);
    if (!p) points.set(key, (p = { date: c.date, speaker: c.speaker, category: c.tag.category, count: 0 }));
    p.count++;
  }
  return [...points.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** What the filter can offer, from every document given (before filtering). */
function choicesOf(documents: readonly ReportDocument[]): ReportData['choices'] {
  const speakers = new Set<string>();
  const categories = new Set<string>();
  const verdicts = new Set<string>();
  const authors = new Set<string>();
  const dates = new Set<string>();
  for (const d of documents) {
    if (d.date) dates.add(d.date);
    for (const s of d.outline.speakers) speakers.add(s);
    for (const t of d.tags) {
      if (t.speaker) speakers.add(t.speaker);
      categories.add(t.category);
      if (t.verdict) verdicts.add(t.verdict);
      if (t.author) authors.add(t.author);
    }
  }
  const sorted = (s: Set<string>) => [...s].sort(collator.compare);
  return { speakers: sorted(speakers), categories: sorted(categories), verdicts: sorted(verdicts), authors: sorted(authors), dates: [...dates].sort() };
}
