/**
 * Questions without a question mark: a turn that opens the way a question
 * does (`Do you…`, `Est-ce que…`, `¿Qué…`, `Haben Sie…`). Transcribers and
 * text extraction drop question marks; the opening words stay.
 */

/** Interrogative openings in English, French, Spanish and its neighbours, German and Italian. */
const OPENING = new RegExp(
  [
    String.raw`(?:do|does|did|have|has|had|is|are|was|were|can|could|would|will|should|shall|may)\s+(?:you|we|they|he|she|it|there|your|y'all)\b`,
    String.raw`(?:what|how|why|where|when|who|which)\s+(?:do|does|did|is|are|was|were|would|can|could|should|will|have|has|kind|sort|type|about)\b`,
    String.raw`(?:est-ce\s+qu|qu['’]est-ce|pourquoi|comment\s+(?:vous|tu|est|as|avez|se|on)|quel(?:le)?s?\s|avez-vous|pensez-vous|as-tu|penses-tu)`,
    String.raw`(?:¿|qué\s|cómo\s|por\s+qué\s|cuál(?:es)?\s|cuándo\s|dónde\s|quién(?:es)?\s|que\s+opina|cree\s+(?:usted|que)|por\s+que\s)`,
    String.raw`(?:wie\s|warum\s|wann\s|welche[rsmn]?\s|(?:haben|sind|können|werden|glauben|denken|würden)\s+sie\b)`,
    String.raw`(?:perché\s|come\s+(?:mai|si|è)|quale\s|pensa\s+che)`,
  ].join('|'),
  'iu',
);

/** Words that may come before the interrogative (`So, do you…`, `And how…`, `Alors, est-ce que…`). */
const LEAD = /^(?:(?:so|and|but|now|okay|ok|well|right|alors|et|mais|donc|y|pero|entonces|bueno|und|also|aber|e|ma)\b[,\s]*){0,2}/iu;

/** True when the words open the way a question does. */
export function opensWithQuestion(words: string): boolean {
  const rest = words.replace(LEAD, '');
  const m = OPENING.exec(rest);
  return m !== null && m.index === 0;
}
