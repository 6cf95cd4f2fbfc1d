/**
 * Initials for names: interviews print a speaker's full name at the first
 * label and initials after it (`Nancy-Wangue Moussissa :` then `NWM :`,
 * `Сергей Лавров:` then `С.В.Лавров:`). Where the initials fit exactly one
 * full name of the same document, the turns are that person's.
 */
import { lazyRegExp } from '../text/lazyRegExp';
import { asciiOrUnicode } from '../text/asciiRegExp';
import type { TurnTable } from '../transcript/turnTable';

/** `NWM`, `N.-W. M.`, `J.-P. M.`: two to four capitals with dots, hyphens or spaces. */
const ONLY_INITIALS = asciiOrUnicode(String.raw`^(?:\p{Lu}[.\-\s\u00a0]*){2,4}$`, 'u');
/** `С.В.Лавров`, `S. Lavrov`, `J.-P. Martin`: initials, then a surname (asked only of a name with a dot). */
const INITIALS_SURNAME = lazyRegExp(() => /^(?<initials>(?:\p{Lu}\.[-\s\u00a0]?){1,3})[\s\u00a0]*(?<surname>\p{Lu}[\p{L}\p{M}'’-]+)$/u);
/** Words of a full name that give no initial. */
const SKIPPED = asciiOrUnicode(String.raw`^(?:m\.|mme|mlle|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?|hon\.?|sr\.?|sra\.?|de|da|del|di|do|dos|du|la|le|van|von|der|den|al|el|y|i|e)$`, 'iu');

function initialsOf(name: string): string {
  return name
    .split(/[\s\u00a0]+/u)
    .filter((w) => !SKIPPED(w).test(w))
    .flatMap((w) => w.split('-'))
    .map((w) => w.charAt(0))
    .join('')
    .toUpperCase();
}

/** The one full name these initials (or initials and surname) stand for, or undefined. */
function fullNameFor(label: string, fullNames: readonly string[]): string | undefined {
  let fits: string[] = [];
  if (ONLY_INITIALS(label).test(label)) {
    const letters = label.replace(/[^\p{Lu}]/gu, '');
    fits = fullNames.filter((f) => initialsOf(f) === letters);
  } else {
    // Initials before a surname carry a dot: a label without one is no such name, and the expression is not compiled for it.
    const m = label.includes('.') ? INITIALS_SURNAME().exec(label) : null;
    if (!m) return undefined;
    const letters = m.groups!.initials!.replace(/[^\p{Lu}]/gu, '');
    const surname = m.groups!.surname!.toLowerCase();
    fits = fullNames.filter((f) => {
      const words = f.split(/[\s\u00a0]+/u).filter((w) => !SKIPPED(w).test(w));
      if (words.length < 2 || words[words.length - 1]!.toLowerCase() !== surname) return false;
      // The initials are those of the words just before the surname (`S.V.Lavrov`: Sergey Viktorovich Lavrov), the
      // last of them left out where the full name has no patronymic (`Sergey Lavrov`); an office before the name
      // (`President of Russia Gleb Sorokin`) gives none.
      const before = words.slice(0, -1);
      for (let k = Math.min(letters.length, before.length); k >= 1; k--) {
        const run = before.slice(before.length - k);
        if (run.every((w, j) => w.charAt(0).toUpperCase() === letters.charAt(j))) return true;
      }
      return false;
    });
  }
  if (fits.length === 1) return fits[0];
  // `President of Russia Viktor Orlov` and `Viktor Orlov`: one person named with and without the office, under the
  // shorter name (the speakers' aliasing joins the two after).
  const shortest = fits.reduce<string | undefined>((a, b) => (a === undefined || b.length < a.length ? b : a), undefined);
  return shortest !== undefined && fits.every((f) => f === shortest || f.endsWith(` ${shortest}`)) ? shortest : undefined;
}

/** Gives turns labelled with initials the full name they stand for, where exactly one speaker of the document fits. */
export function resolveInitials(turns: TurnTable): void {
  // One look at each speaker: most documents have no initials at all.
  const names = new Set<string>();
  for (let i = 0; i < turns.count; i++) if (turns.speaker[i]! >= 0) names.add(turns.names[turns.speaker[i]!]!);
  const initials = [...names].filter((name) => name.length <= 40 && (ONLY_INITIALS(name).test(name) || (name.includes('.') && INITIALS_SURNAME().test(name))));
  if (initials.length === 0) return;
  const fullNames = [...names].filter((name) => /[\s\u00a0]/u.test(name) && /\p{Ll}/u.test(name) && !initials.includes(name));
  const full = new Map<string, string>();
  for (const name of initials) {
    const fit = fullNameFor(name, fullNames);
    if (fit) full.set(name, fit);
  }
  if (full.size === 0) return;
  // Each name is looked up once; its turns take the full name's index.
  const to = turns.names.map((name) => {
    const fit = full.get(name);
    return fit === undefined ? -1 : turns.intern(fit);
  });
  for (let i = 0; i < turns.count; i++) {
    const id = turns.speaker[i]!;
    if (id >= 0 && to[id]! >= 0) turns.speaker[i] = to[id]!;
  }
}
