/**
 * Verbs of saying (`said`, `asked`, `digo`, `dijo`, `sagte`): a line that
 * reports speech (`He said: "…"`, `Digo: "…"`) puts one before its colon, a
 * speaker label never does.
 */

const SAYING_VERBS = new Set([
  // English: the forms no noun or name shares (`Answer:` and `United States:` are labels)
  'says', 'said', 'asks', 'asked', 'tells', 'told', 'replies', 'replied', 'answered', 'added', 'wrote', 'explained',
  'stated', 'declared', 'insisted', 'warned', 'shouted', 'tweeted', 'responded', 'continued', 'quipped', 'recalled', 'exclaimed',
  // Spanish, Portuguese, Italian, French, German, Dutch
  'digo', 'dices', 'dice', 'dijo', 'dije', 'decía', 'decia', 'dicen', 'dijeron', 'preguntó', 'pregunto', 'respondió', 'contestó',
  'afirmó', 'añadió', 'explicó', 'agregó', 'escribió', 'digo eu', 'disse', 'diz', 'dizia', 'perguntou', 'respondeu',
  'ha detto', 'disse', 'dico', 'chiese', 'rispose', 'dit', 'a dit', 'disait', 'demanda', 'répondit', 'ajouta', 'sagte',
  'sagt', 'fragte', 'antwortete', 'meinte', 'zei', 'zegt', 'vroeg', 'antwoordde',
]);

/** True when the last word of a label-shaped phrase (`He said`, `Digo`, `the minister added`) is a verb of saying. */
export function endsWithSayingVerb(phrase: string): boolean {
  const words = phrase.trim().toLowerCase().split(/[\s\u00a0]+/);
  const last = words[words.length - 1] ?? '';
  return SAYING_VERBS.has(last) || (words.length >= 2 && SAYING_VERBS.has(`${words[words.length - 2]} ${last}`));
}
