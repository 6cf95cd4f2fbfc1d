/**
 * The chair giving the floor by name (`La parole est à M. Paul Vidal.`,
 * `Tiene la palabra el señor Ruiz.`, `Das Wort hat Eva Lind.`): in records
 * that name speakers only by a code (ParlaMint-FR's `#PA606171`, with the
 * person list in another file), the name the chair calls is the readable name
 * of whoever speaks next.
 */

/** The words before the name, language by language; the name runs to the first comma or the sentence's end. */
const CALLS = [
  String.raw`la parole est (?:maintenant |donc |à nouveau )?à`,
  String.raw`tiene (?:ahora )?la palabra`,
  String.raw`t[ée] la paraula`,
  String.raw`das wort hat(?: jetzt| nun| nunmehr)?`,
  String.raw`ha facoltà di parlare`,
  String.raw`(?:het woord is (?:nu )?aan|ik geef het woord aan)`,
  String.raw`głos ma`,
  String.raw`slovo má`,
  String.raw`tem a palavra`,
].join('|');

const FLOOR = new RegExp(String.raw`(?:^|[.!?]\s*)(?:${CALLS})\s+(?<name>[^,;:!?()]{2,80}?)\s*(?:[,(].*)?[.!]?$`, 'iu');

/** The name the chair gives the floor to at the end of what they said, or undefined. */
export function floorGivenTo(said: string): string | undefined {
  const tail = said.length > 300 ? said.slice(-300) : said;
  const name = FLOOR.exec(tail.trim())?.groups?.name?.trim();
  if (!name || name.split(/\s+/).length > 10 || !/\p{Lu}/u.test(name)) return undefined;
  return name;
}

/** True for an id that is a code rather than a name (`PA606171`, `p12`, `S-203`): no readable name can be made of it. */
export function isCodeId(id: string): boolean {
  return /\d/.test(id.replace(/[.]\d{4}$/, '')) || !/\p{Ll}/u.test(id);
}
