/**
 * The role vocabulary: the words a label uses that say a role rather than a
 * person (`Question`, `Moderator`, `A`, `Вопрос`), in the languages
 * transcripts come in. Part of the model: every reader names roles with it.
 */
import type { Role } from './model';

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
]);
const QUESTIONER_LAST_WORDS = new Set(['reporter', 'journalist', 'correspondent', 'interviewer', 'questioner']);
const MODERATORS = new Set([
  'moderator', 'host', 'co-host', 'cohost', 'chair', 'chairman', 'chairwoman', 'chairperson', 'the chair',
  'presenter', 'anchor', 'operator', 'mc', 'facilitator', 'emcee', 'ведущий', 'модератор',
]);
const RESPONDENTS = new Set(['a', 'answer', 'witness', 'the witness', 'ответ']);

/** The role a speaker name implies on its own, before the rest of the document is seen. */
export function roleOfName(name: string, options: RoleOptions = {}): Role | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  if (options.questioners?.length || options.moderators?.length) return roleOfKey(key, options);
  let hit = roleCache.get(key);
  if (hit === undefined) {
    if (roleCache.size >= NAME_CACHE_LIMIT) roleCache.clear();
    hit = roleOfKey(key, options) ?? null;
    roleCache.set(key, hit);
  }
  return hit ?? undefined;
}

const roleCache = new Map<string, Role | null>();

function roleOfKey(key: string, options: RoleOptions): Role | undefined {
  if (options.questioners?.some((q) => q.toLowerCase() === key)) return 'questioner';
  if (options.moderators?.some((m) => m.toLowerCase() === key)) return 'moderator';
  if (QUESTIONERS.has(key)) return 'questioner';
  if (MODERATORS.has(key)) return 'moderator';
  if (RESPONDENTS.has(key)) return 'respondent';
  const last = key.split(' ').pop() ?? '';
  if (QUESTIONER_LAST_WORDS.has(last)) return 'questioner';
  return undefined;
}

/** True when the name is a role word (`Question`, `Moderator`, `A`) rather than a person's name. */
export function isRoleWord(name: string): boolean {
  const key = name.toLowerCase().replace(/\.$/, '');
  return QUESTIONERS.has(key) || MODERATORS.has(key) || RESPONDENTS.has(key);
}

