/**
 * The ordered scale of fact-check verdicts, from false to true, on which
 * agreement about verdicts is measured (ordinal α counts "mostly true"
 * against "true" as a smaller disagreement than "false" against "true").
 * Verdicts that say no claim was settled (unverifiable, unproven) have no
 * place on it.
 */

/** The scale's steps, from the most false to the most true. */
export const VERDICT_SCALE = ['false', 'mostly false', 'misleading', 'half true', 'mostly true', 'true'] as const;

/** One step of the scale. */
export type VerdictStep = (typeof VERDICT_SCALE)[number];

/** Other words fact-checkers use for a step. */
const SYNONYMS: Record<string, VerdictStep> = {
  'pants on fire': 'false',
  fabricated: 'false',
  wrong: 'false',
  'lacks context': 'half true',
  mixed: 'half true',
  mixture: 'half true',
  'partly true': 'half true',
  correct: 'true',
  accurate: 'true',
};

/** The step a verdict stands for (case, hyphens and underscores aside), or undefined when it has none. */
export function verdictStep(verdict: string): VerdictStep | undefined {
  const key = verdict.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  if ((VERDICT_SCALE as readonly string[]).includes(key)) return key as VerdictStep;
  return SYNONYMS[key];
}

/** A step's place on the scale: 1 for false up to 6 for true. */
export function verdictRank(step: VerdictStep): number {
  return VERDICT_SCALE.indexOf(step) + 1;
}
