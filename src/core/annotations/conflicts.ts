/** Git's conflict markers in a sidecar: recognising an unresolved merge and taking its versions apart. */

/** The three versions held in a sidecar with git's conflict markers. */
export interface MarkedVersions {
  /** The common ancestor when the markers hold it (`merge.conflictStyle = diff3`); else the text outside the conflicts. */
  base: string;
  ours: string;
  theirs: string;
  /** The 1-based line of the first marker. */
  line: number;
}

/** Splits a text with git's conflict markers into its versions; undefined when it has none. */
export function conflictVersions(text: string): MarkedVersions | undefined {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((l) => l.startsWith('<<<<<<<'));
  if (first < 0 || !lines.some((l) => l.startsWith('>>>>>>>'))) return undefined;
  const base: string[] = [];
  const ours: string[] = [];
  const theirs: string[] = [];
  let state: 'common' | 'ours' | 'base' | 'theirs' = 'common';
  for (const l of lines) {
    if (l.startsWith('<<<<<<<')) state = 'ours';
    else if (l.startsWith('|||||||') && state === 'ours') state = 'base';
    else if (l.startsWith('=======') && (state === 'ours' || state === 'base')) state = 'theirs';
    else if (l.startsWith('>>>>>>>') && state === 'theirs') state = 'common';
    else if (state === 'common') {
      base.push(l);
      ours.push(l);
      theirs.push(l);
    } else if (state === 'ours') ours.push(l);
    else if (state === 'base') base.push(l);
    else theirs.push(l);
  }
  return { base: base.join('\n'), ours: ours.join('\n'), theirs: theirs.join('\n'), line: first + 1 };
}

/** True when a text holds git's conflict markers. */
export function hasConflictMarkers(text: string): boolean {
  return /^<<<<<<< /m.test(text) && /^=======\r?$/m.test(text) && /^>>>>>>> /m.test(text);
}
