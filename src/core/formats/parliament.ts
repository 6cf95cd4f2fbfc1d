/**
 * The names in parliamentary labels: `A señora PRESIDENTA`, `O señor MÉNDEZ
 * ROMEU`, `El señor MINISTRO DE HACIENDA (Pérez)`, `Son Honneur le Président
 * suppléant`, `L'honorable sénateur Dupuis`, `The Speaker (Hon. Ann Lee)`.
 * Records write offices and honorifics in lower case inside the label, and
 * name the person in brackets after an office.
 */
import { lazyRegExp } from '../text/lazyRegExp';
import type { TurnTable } from '../transcript/turnTable';

/**
 * Lower-case words a label may hold besides name particles: honorifics and
 * offices as parliaments and ministries print them, accents written or stripped.
 */
const LOWER_TITLE_WORDS = new Set([
  // Spanish, Galician, Catalan, Portuguese, Italian
  'señor', 'señora', 'senor', 'senora', 'sr.', 'sra.', 'don', 'doña', 'dona', 'senyor', 'senyora', 'senhor', 'senhora',
  'signor', 'signora', 'onorevole', 'presidente', 'presidenta', 'president', 'presidenta', 'vicepresidente',
  'vicepresidenta', 'vicepresident', 'ministro', 'ministra', 'conseller', 'consellera', 'conselleiro', 'conselleira',
  'secretario', 'secretaria', 'secretari', 'deputado', 'deputada', 'diputado', 'diputada', 'diputat', 'diputada',
  'portavoz', 'portaveu', 'consejero', 'consejera', 'alcalde', 'alcaldesa', 'sindic', 'síndic', 'síndica',
  // French
  'honorable', 'sénateur', 'senateur', 'sénatrice', 'senatrice', 'président', 'présidente', 'presidente',
  'suppléant', 'suppleant', 'suppléante', 'suppleante', 'intérimaire', 'interimaire', 'ministre', 'député', 'depute',
  'députée', 'deputee', 'monsieur', 'madame', 'leader', 'adjoint', 'adjointe',
  // German
  'präsident', 'präsidentin', 'vizepräsident', 'vizepräsidentin', 'abgeordneter', 'abgeordnete', 'bundesminister',
  'bundesministerin', 'staatssekretär', 'staatssekretärin', 'parl',
  // Dutch and Flemish: `De heer Jansen (CDA)`, `De voorzitter`, `minister-president`
  'heer', 'voorzitter', 'voorzitster', 'staatssecretaris', 'minister-president', 'kamerlid',
  // English records
  'hon.', 'hon', 'honourable', 'senator', 'speaker', 'deputy', 'temporary', 'acting', 'member', 'members',
  // `The Speaker pro tempore`
  'pro', 'tempore',
]);

/** True for a lower-case honorific or office word allowed inside a label (`señora`, `sénateur`, `suppleant`). */
export function isLowerTitleWord(word: string): boolean {
  return LOWER_TITLE_WORDS.has(word.toLowerCase());
}

/**
 * `A señora PRESIDENTA`, `O señor MÉNDEZ ROMEU`, `El señor MINISTRO DE …`,
 * `La Sra. GARCÍA`: an article (or none), an honorific, a name in capitals.
 */
const IBERIAN = lazyRegExp(() => /^(?:(?:A|O|El|La|Lo|Il|Os|As|Los|Las|L['’])[ \u00a0]?)?(?:señora|señor|senora|senor|sra\.|sr\.|senyora|senyor|senhora|senhor|signora|signor|on\.|d\.|dª|doña|don)[ \u00a0]+(?<name>[\p{Lu}][\p{Lu}\p{M}'’.\- ,]*(?:[ \u00a0](?:de|del|da|do|dos|das|y|i|e|la|las|los|el|d['’]|l['’])[ \u00a0][\p{Lu}][\p{Lu}\p{M}'’.\- ,]*)*)$/iu);

/** A part of every honorific of IBERIAN, matched with the same case folding. */
const IBERIAN_HONORIFIC = /se[ñn]|sr|sig|on\.|d[.ª]|do[ñn]/iu;

/** The capitals after an Iberian article and honorific (`PRESIDENTA`, `MÉNDEZ ROMEU`), or undefined for any other label. */
export function iberianName(raw: string): string | undefined {
  // Every honorific IBERIAN knows holds one of these: most labels hold none, and IBERIAN, case-folded over all capitals, is slow to compile.
  if (!IBERIAN_HONORIFIC.test(raw)) return undefined;
  const m = IBERIAN().exec(raw);
  if (!m) return undefined;
  const name = m.groups!.name!.replace(/[ ,]+$/u, '');
  // The name part is written in capitals; `el señor presidente dijo` is a sentence.
  const letters = name.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() ? name : undefined;
}

const LOWER_PARTICLES = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'y', 'i', 'e', 'la', 'las', 'los', 'el']);

/** `MÉNDEZ ROMEU` → `Méndez Romeu`, `MINISTRO DE HACIENDA` → `Ministro de Hacienda`: every word, short ones too, is a name's. */
export function titleCaseName(caps: string): string {
  return caps
    .split(' ')
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && LOWER_PARTICLES.has(lower)) return lower;
      return lower.replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
    })
    .join(' ');
}

/** Offices whose holder a record names in brackets after the label: `The Speaker (Hon. Ann Lee)`. */
const OFFICES = lazyRegExp(() => /^(?:(?:the|a|o|el|la|il|le|der|die|son honneur le)[ \u00a0]+)?(?:(?:deputy|temporary|acting|assistant|vice|alters?|madam|mr\.?)[ \u00a0-]?){0,2}(?:speaker|presiding officer|chair|chairman|chairwoman|chairperson|president|presidenta|presidente|président|présidente|presidentin|präsident|präsidentin|vizepräsident|vizepräsidentin|vicepresidente|vicepresidenta|vicepresident|secretary|secretaria|secretario|secretari|ministro|ministra|minister|ministre|conseller|consellera|conselleiro|conselleira|consejero|consejera|clerk|chief whip|leader)\b/iu);

/** True when a label names an office rather than a person, so a bracketed name after it is the speaker. */
export function isOfficeLabel(name: string): boolean {
  return OFFICES().test(name);
}

/** `Präsident Karl Aigner`, `Zweite Präsidentin Eva Lind`, `Vizepräsident Dr. Jan Roth`, `Alterspräsident …`: the chair of a German-speaking house, named. */
const GERMAN_CHAIR = /^(?:(?:Erst|Zweit|Dritt|Viert|Fünft)er?[ \u00a0]|Alters|Vize)?[Pp]räsident(?:in)?[ \u00a0]+\p{Lu}/u;
/** `Abgeordneter Martin Huber`, `Abgeordnete Mag. Eva Wolf`: a member of a German-speaking house. */
const GERMAN_MEMBER = /^Abgeordnete[r]?[ \u00a0]+\p{Lu}/u;
/** The longest party or group in brackets after a member's name (`CDU/CSU`, `BÜNDNIS 90/DIE GRÜNEN`, `ÖVP`). */
const PARTY_LENGTH = 30;

/**
 * A German-speaking parliament's record names its chair with the office and the holder (`Präsident Karl Aigner:`),
 * and its members by `Abgeordnete(r)` or by name with their party in brackets (`Dr. Eva Lind (SPD):`); there the
 * chair's turns moderate. `Präsident …:` may also be a head of state answering at a press conference, so a record
 * whose members are named only with a party must show more: two members or more and the chair's turns short beside
 * the others', or a member addressing the chair as a house does (`Frau Präsidentin! Meine Damen und Herren!`), or the
 * chair giving a member the floor (`Herr Abgeordneter Conradi.`, `das Wort hat der Kollege …`). The roles are stated
 * only for turns that state none.
 */
export function stateGermanChair(turns: TurnTable, text: string): void {
  const { names, speaker, count } = turns;
  const chairs = new Set<number>();
  const members = new Set<number>();
  let named = false;
  // Each speaker is looked at once, at their first turn.
  const seen = new Uint8Array(names.length);
  for (let i = 0; i < count; i++) {
    const id = speaker[i]!;
    if (id < 0 || seen[id] === 1) continue;
    seen[id] = 1;
    const name = names[id]!;
    const c = name.charCodeAt(0);
    if ((c === 80 || c === 112 || c === 90 || c === 68 || c === 69 || c === 86 || c === 70 || c === 65) && GERMAN_CHAIR.test(name)) chairs.add(id);
    else if (c === 65 && GERMAN_MEMBER.test(name)) {
      members.add(id);
      named = true;
    } else {
      const party = turns.extras.get(i)?.parenthetical;
      if (party !== undefined && party.length <= PARTY_LENGTH && !/\d{1,2}:\d{2}/.test(party)) members.add(id);
    }
  }
  if (chairs.size === 0 || members.size === 0) return;
  // A chair calls and thanks in short turns; a president answering at a press conference speaks at length. Members
  // called `Abgeordnete` are a parliament's whatever the lengths.
  let chairLength = 0;
  let chairTurns = 0;
  let otherLength = 0;
  for (let i = 0; i < count; i++) {
    const length = turns.end[i]! - turns.textStart[i]!;
    if (chairs.has(speaker[i]!)) {
      chairLength += length;
      chairTurns++;
    } else otherLength += length;
  }
  if (!named && (members.size < 2 || chairLength * 2 * (count - chairTurns) > otherLength * chairTurns) && !addressesChair(turns, text, chairs) && !callsMembers(turns, text, chairs)) return;
  for (let i = 0; i < count; i++) {
    if (!chairs.has(speaker[i]!) || turns.statedRoles?.has(i)) continue;
    (turns.statedRoles ??= new Map()).set(i, 'moderator');
  }
}

/** `Frau Präsidentin!`, `Herr Präsident! Liebe Kolleginnen …`, `Sehr geehrte Frau Präsidentin, meine Damen …`: a member's address to the chair. */
const ADDRESSES_CHAIR = /^(?:Sehr[ \u00a0]+geehrte[r]?[ \u00a0]+)?(?:Frau|Herr)[ \u00a0]+(?:Vize|Alters)?[Pp]räsident(?:in)?(?:!|,[ \u00a0]+(?:meine[ \u00a0]+(?:sehr[ \u00a0]+)?(?:verehrten[ \u00a0]+|geehrten[ \u00a0]+)?Damen|liebe[ \u00a0]+Kolleg|sehr[ \u00a0]+geehrte|werte[ \u00a0]+Kolleg))/u;

/** True when a turn of a speaker other than the chairs opens by addressing the chair. */
function addressesChair(turns: TurnTable, text: string, chairs: ReadonlySet<number>): boolean {
  for (let i = 0; i < turns.count; i++) {
    const id = turns.speaker[i]!;
    if (id < 0 || chairs.has(id)) continue;
    const at = turns.textStart[i]!;
    if (text.startsWith('Frau', at) || text.startsWith('Herr', at) || text.startsWith('Sehr', at)) {
      if (ADDRESSES_CHAIR.test(text.slice(at, Math.min(turns.end[i]!, at + 80)))) return true;
    }
  }
  return false;
}

/** `Herr Abgeordneter Dr. Voss.`, `Ich rufe die Frage 2 des Herrn Abgeordneten Bohl auf`, `das Wort hat der Kollege …`: a chair giving members the floor. */
const CALLS_MEMBER = /\b(?:[Aa]bgeordnete[nr]?|(?:der|die|dem|den|des)[ \u00a0]+Kolleg(?:e|in|en))[ \u00a0]+(?:Dr\.[ \u00a0]+)?\p{Lu}|\b[Dd]as[ \u00a0]+Wort[ \u00a0]+hat\b/u;

/** True when a chair's turn gives a member the floor by name. */
function callsMembers(turns: TurnTable, text: string, chairs: ReadonlySet<number>): boolean {
  for (let i = 0; i < turns.count; i++) {
    if (!chairs.has(turns.speaker[i]!)) continue;
    const at = turns.textStart[i]!;
    if (CALLS_MEMBER.test(text.slice(at, Math.min(turns.end[i]!, at + 400)))) return true;
  }
  return false;
}
