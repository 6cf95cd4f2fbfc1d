/**
 * The role vocabulary: the words a label uses that say a role rather than a
 * person (`Question`, `Moderator`, `A`, `Вопрос`), in the languages
 * transcripts come in. Part of the model: every reader names roles with it.
 */
import type { Role } from './model';
import { asciiOrUnicode } from '../text/asciiRegExp';

/** Options that name more questioners and moderators than the vocabulary knows. */
export interface RoleOptions {
  /** Extra speaker names (case-insensitive) whose turns are questions. */
  questioners?: readonly string[];
  /** Extra speaker names (case-insensitive) who moderate. */
  moderators?: readonly string[];
}

const NAME_CACHE_LIMIT = 10_000;

const QUESTIONERS = new Set([
  'q', 'question', 'questions', 'questioner', 'journalist', 'reporter', 'correspondent', 'interviewer', 'audience',
  'audience member', 'member of the audience', 'member of the public', 'media', 'press', 'participant question',
  'question from the floor', 'unidentified reporter', 'unidentified journalist', 'unidentified speaker question',
  'вопрос', 'журналист', 'корреспондент',
  // Spanish, Catalan, Galician, Portuguese, Italian
  'p', 'pregunta', 'preguntas', 'periodista', 'periodistas', 'entrevistador', 'entrevistadora', 'interlocutor',
  'interlocutora', 'pergunta', 'jornalista', 'entrevistador', 'pregunta del público', 'pergunta', 'xornalista',
  'domanda', 'giornalista', 'intervistatore', 'intervistatrice', 'reportero', 'reportera',
  // French
  'question', 'journaliste', 'intervieweur', 'intervieweuse', 'reporter',
  // German
  'frage', 'fragesteller', 'fragestellerin', 'journalistin', 'interviewer', 'interviewerin', 'reporterin',
  // Russian
  'вопрос из зала', 'журналистка', 'корреспондентка',
  // Chinese, Japanese
  '记者', '記者', '问', '問', '提问', '提問', '质问', '質問', 'インタビュアー', '聞き手',
  // Korean
  '기자', '질문', '질의', '문',
]);
const QUESTIONER_LAST_WORDS = new Set(['reporter', 'journalist', 'correspondent', 'interviewer', 'questioner']);
/** A reporter named by their outlet, written without spaces (`法新社记者`, `共同通信記者`, `연합뉴스 기자`). */
const CJK_REPORTER = asciiOrUnicode(String.raw`^[\p{L}\p{N} ·]{1,16}(?:记者|記者|기자)$`, 'u');
/** A role and a number (`interviewer 2`, `respondent1`), in small letters. */
const NUMBERED_ROLE = asciiOrUnicode(String.raw`^(\p{L}{3,})[ _-]?\d{1,3}$`, 'u');
const MODERATORS = new Set([
  'moderator', 'host', 'co-host', 'cohost', 'chair', 'chairman', 'chairwoman', 'chairperson', 'the chair',
  'presenter', 'anchor', 'operator', 'mc', 'facilitator', 'emcee', 'ведущий', 'модератор',
  'moderador', 'moderadora', 'presentador', 'presentadora', 'conductor', 'conductora', 'apresentador',
  'apresentadora', 'moderatore', 'moderatrice', 'conduttore', 'modérateur', 'moderateur', 'modératrice',
  'animateur', 'animatrice', 'présentateur', 'moderatorin', 'ведущая', 'модератор', '主持人', '主持', '司会', '司会者', '사회자', '사회', '진행자',
]);
/** Chairs of a sitting: they give the floor, and their questions (`Is it agreed?`) open no Q&A. */
const CHAIRS = new Set([
  // The English speaker of a house, in every form, is HOUSE_CHAIR's.
  'presidente', 'presidenta', 'président', 'présidente', 'president suppleant',
  'le président', 'le president', 'son honneur le président', 'son honneur le president',
  'son honneur le président suppléant', 'son honneur le president suppleant', 'el president', 'la presidenta',
  'el presidente', 'il presidente', 'o presidente', 'a presidenta', 'präsident', 'präsidentin', 'vizepräsident',
  'vizepräsidentin', 'alterspräsident', 'der präsident', 'die präsidentin', 'der vizepräsident', 'die vizepräsidentin', 'de voorzitter', 'de voorzitster', 'voorzitter', 'an ceann comhairle', 'the ceann comhairle', 'an leas-cheann comhairle', 'the leas-cheann comhairle',
  'an cathaoirleach', 'the cathaoirleach', 'an leas-chathaoirleach', 'the llywydd', 'llywydd', 'the deputy llywydd', 'dirprwy lywydd', 'председатель', 'председательствующий', '主席', '議長', '委員長', '座長',
  '위원장', '소위원장', '의장',
]);
const RESPONDENTS = new Set([
  'a', 'answer', 'witness', 'the witness', 'ответ', 'r', 'respuesta', 'resposta', 'réponse', 'reponse', 'risposta',
  'antwort', 'entrevistado', 'entrevistada', 'interviewé', 'interviewée', 'interviewee', 'respondent', 'ответил', '答', '回答', '答え', '답변', '답',
]);

/** The role a speaker name implies on its own, before the rest of the document is seen. */
export function roleOfName(name: string, options: RoleOptions = {}): Role | undefined {
  if (options.questioners?.length || options.moderators?.length) return roleOfKey(name.toLowerCase().replace(/\.$/, ''), options);
  // Keyed by the name as written: a transcript asks about its few names once per turn.
  let hit = roleCache.get(name);
  if (hit === undefined) {
    if (roleCache.size >= NAME_CACHE_LIMIT) roleCache.clear();
    hit = roleOfKey(name.toLowerCase().replace(/\.$/, ''), options) ?? null;
    roleCache.set(name, hit);
  }
  return hit ?? undefined;
}

const roleCache = new Map<string, Role | null>();

function roleOfKey(key: string, options: RoleOptions): Role | undefined {
  if (options.questioners?.some((q) => q.toLowerCase() === key)) return 'questioner';
  if (options.moderators?.some((m) => m.toLowerCase() === key)) return 'moderator';
  if (QUESTIONERS.has(key)) return 'questioner';
  if (MODERATORS.has(key) || isChairKey(key)) return 'moderator';
  if (RESPONDENTS.has(key)) return 'respondent';
  // `O Sr. Presidente`, `A Sr.ª Ministra da Saúde`: Portugal's record names the office after the article and the title.
  const titled = IBERIAN_TITLE.exec(key);
  if (titled) {
    const office = key.slice(titled[0].length);
    if (CHAIRS.has(office)) return 'moderator';
    if (GOVERNMENT.test(office)) return 'respondent';
  }
  const last = key.split(' ').pop() ?? '';
  if (QUESTIONER_LAST_WORDS.has(last) || CJK_REPORTER(key).test(key)) return 'questioner';
  // `Interviewer 2`, `Respondent1`: a role numbered to tell several apart (a letter and a number, `P1`, is a code, not a role; `Speaker 1` is a diariser's, not a chair).
  const unnumbered = NUMBERED_ROLE(key).exec(key)?.[1];
  if (unnumbered === undefined || isChairKey(unnumbered)) return undefined;
  return QUESTIONERS.has(unnumbered) ? 'questioner' : MODERATORS.has(unnumbered) ? 'moderator' : RESPONDENTS.has(unnumbered) ? 'respondent' : undefined;
}

/** True when the name is a role word (`Question`, `Moderator`, `A`) rather than a person's name. */
export function isRoleWord(name: string): boolean {
  const key = name.toLowerCase().replace(/\.$/, '');
  return QUESTIONERS.has(key) || MODERATORS.has(key) || isChairKey(key) || RESPONDENTS.has(key);
}

/** True when the name is the chair of a sitting (`Presidenta`, `The Speaker`, `Präsident`, `O Sr. Presidente`). */
export function isChairName(name: string): boolean {
  const key = name.toLowerCase().replace(/\.$/, '');
  return isChairKey(key) || CHAIRS.has(key.replace(IBERIAN_TITLE, ''));
}

/**
 * The chair of a Westminster-style house as its record names it, in small
 * letters: the office of speaker (or presiding officer, or a chairperson of
 * the whole house), after any honorifics and ranks, and `pro tempore`
 * after it: `hon. speaker`, `the temporary deputy speaker`, `mr. assistant
 * speaker`, `the speaker pro tempore`, `the presiding officer`, `hon.
 * chairperson`. A chairman is left out: a committee's chairman asks the
 * witnesses.
 */
const HOUSE_CHAIR = /^(?:(?:the|hon\.?|honourable|honorable|rt\.? hon\.?|right honourable|mr\.?|mister|madam|madame|mrs\.?|ms\.?)\s+)*(?:(?:deputy|temporary|acting|assistant|second|third|vice|vice-)\s+)*(?:speaker|presiding officer|chairperson|chairlady)(?:\s+pro\s+tem(?:pore)?\.?)?$/u;

function isChairKey(key: string): boolean {
  return CHAIRS.has(key) || (key.length <= 60 && (key.includes('speaker') || key.includes('presiding') || key.includes('chair')) && HOUSE_CHAIR.test(key));
}

/** The article and title before an office in Portugal's and Spain's records: `o sr.`, `a sr.ª`, `a senhora`, `el señor`. */
const IBERIAN_TITLE = /^(?:(?:o|a|el|la)\s)?(?:sr\.ª|sr\.|sra\.|senhor|senhora|señor|señora)\s+/u;
/** The government's offices in those records, who answer: `ministro da educação`, `secretária de estado`, `primeiro-ministro`. */
const GOVERNMENT = /^(?:ministr[oa]|secret[áa]ri[oa] de estado|(?:vice-)?primeir[oa]-ministr[oa]|(?:vice)?president[ea] del gobierno)(?:\s|$)/u;

