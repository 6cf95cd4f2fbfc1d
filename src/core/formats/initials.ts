/**
 * Initials for names: interviews print a speaker's full name at the first
 * label and initials after it (`Nancy-Wangue Moussissa :` then `NWM :`,
 * `Сергей Лавров:` then `С.В.Лавров:`). Where the initials fit exactly one
 * full name of the same document, the turns are that person's.
 */
import type { Turn } from '../transcript/model';

/** `NWM`, `N.-W. M.`, `J.-P. M.`: two to four capitals with dots, hyphens or spaces. */
const ONLY_INITIALS = /^(?:\p{Lu}[.\-\s\u00a0]*){2,4}$/u;
/** `С.В.Лавров`, `S. Lavrov`, `J.-P. Martin`: initials, then a surname. */
const INITIALS_SURNAME = /^(?<initials>(?:\p{Lu}\.[-\s\u00a0]?){1,3})[\s\u00a0]*(?<surname>\p{Lu}[\p{L}\p{M}'’-]+)$/u;
/** Words of a full name that give no initial. */
const SKIPPED = /^(?:m\.|mme|mlle|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?|hon\.?|sr\.?|sra\.?|de|da|del|di|do|dos|du|la|le|van|von|der|den|al|el|y|i|e)$/iu;

function initialsOf(name: string): string {
  return name
    .split(/[\s\u00a0]+/u)
    .filter((w) => !SKIPPED.test(w))
    .flatMap((w) => w.split('-'))
    .map((w) => w.charAt(0))
    .join('')
    .toUpperCase();
}

/** The one full name these initials (or initials and surname) stand for, or undefined. */
function fullNameFor(label: string, fullNames: readonly string[]): string | undefined {
  let fits: string[] = [];
  if (ONLY_INITIALS.test(label)) {
    const letters = label.replace(/[^\p{Lu}]/gu, '');
    fits = fullNames.filter((f) => initialsOf(f) === letters);
  } else {
    const m = INITIALS_SURNAME.exec(label);
    if (!m) return undefined;
    const first = m.groups!.initials!.charAt(0);
    const surname = m.groups!.surname!.toLowerCase();
    fits = fullNames.filter((f) => {
      const words = f.split(/[\s\u00a0]+/u).filter((w) => !SKIPPED.test(w));
      return words.length >= 2 && words[words.length - 1]!.toLowerCase() === surname && words[0]!.charAt(0) === first;
    });
  }
  return fits.length === 1 ? fits[0] : undefined;
}

/** Gives turns labelled with initials the full name they stand for, where exactly one speaker before them fits. */
export function resolveInitials(turns: Turn[]): void {
  const fullNames: string[] = [];
  const seen = new Set<string>();
  const resolved = new Map<string, string | null>();
  const tried = new Map<string, number>();
  for (const t of turns) {
    const name = t.speaker;
    if (name === null) continue;
    let full = resolved.get(name);
    if (full === undefined) {
      const initials = name.length <= 40 && (ONLY_INITIALS.test(name) || INITIALS_SURNAME.test(name));
      // Initials are tried again only once a new full name has been said.
      const fresh = initials && tried.get(name) !== fullNames.length;
      if (fresh) tried.set(name, fullNames.length);
      full = fresh ? (fullNameFor(name, fullNames) ?? null) : null;
      // Initials not yet matched may be named in full later: look again then; any other name is settled.
      if (full !== null || !initials) resolved.set(name, full);
    }
    if (full) {
      t.speaker = full;
      continue;
    }
    if (!seen.has(name)) {
      seen.add(name);
      if (/[\s\u00a0]/u.test(name) && /\p{Ll}/u.test(name)) fullNames.push(name);
    }
  }
}
