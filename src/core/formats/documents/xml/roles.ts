/**
 * The roles a record states in the titles it gives speakers, in the
 * languages parliaments keep records in: whoever chairs (a president of the
 * house, a speaker, a chair) moderates; a member of the government answers.
 * A head of government called president (`Presidente del Gobierno`) is
 * government, not the chair.
 */
import type { Role } from '../../../transcript/model';

const CHAIR = /^(?:(?:the|der|die|el|la|o|a|il|le|madam|mr\.?|mrs\.?|ms\.?|madame|monsieur|herr|frau|señor|señora|senyor|senyora|deputy|acting|hon\.?|the hon\.?)\s+)*(?:speaker|deputy speaker|chair|chairman|chairwoman|chairperson|president[ea]?|presidenta|president|présidente?|präsident(?:in)?|vizepräsident(?:in)?|alterspräsident(?:in)?|vicepresident[ea]?|vicepresidenta|vice-president[ea]?|vicepresident(?:a)? (?:primera?|segona?|segunda?|primeiro|segundo)|presidente? de la mesa(?: de edad)?|presidenta de la mesa(?: de edad)?|voorzitter|puhemies|przewodnicząc[ya]|marsza[lł]ek|předsed(?:a|kyně)|predsjedni(?:k|ca)|elnök|talman|formand|formann|forseti|predsedajúci|pirmininkas|priekšsēdētājs)\b/i;
const CHAIR_ANYWHERE = /\b(?:in the chair|speaker of the house|presiding officer)\b/i;
const GOVERNMENT_HEAD = /\b(?:del gobierno|de la generalitat|da xunta|de la xunta|do goberno|del govern|of the government|der bundesregierung|de la república|of the republic|du gouvernement|del consell)\b/i;
const GOVERNMENT = /\b(?:minister|ministra|ministro|ministre|bundesminister(?:in)?|bundeskanzler(?:in)?|staatsminister(?:in)?|staatssekretär(?:in)?|secretary of state|under-secretary|prime minister|premier|attorney general|solicitor general|chancellor of the exchequer|conseller|consellera|conselleiro|conselleira|consejer[oa]|vicepresidente del gobierno|leader of the house|parliamentary secretary|taoiseach|tánaiste|first minister|cabinet secretary)\b/i;

/** The role a title states (`Präsident`, `The Minister for Energy`, `PRESIDENTA DE LA MESA DE EDAD`), or undefined. */
export function roleOfTitle(title: string | undefined): Role | undefined {
  if (!title) return undefined;
  const t = title.trim();
  if (GOVERNMENT_HEAD.test(t)) return 'respondent';
  if (CHAIR.test(t) || CHAIR_ANYWHERE.test(t)) return 'moderator';
  if (GOVERNMENT.test(t)) return 'respondent';
  return undefined;
}
