/**
 * The Transcripts view's file patterns as few searches as possible: each
 * search walks the whole workspace (in VS Code for the Web, folder by folder
 * through the server; on the desktop, one ripgrep process), so the patterns
 * are searched together as one group `{a,b,c}`. A pattern that holds a group
 * itself is searched alone, since groups do not nest in every host's matcher,
 * and so is one with a comma, which a group would split.
 */

/** The globs to search for `patterns`: one group of those without braces or commas, then each of the others. */
export function searchGlobs(patterns: readonly string[]): string[] {
  const alone = (p: string) => /[{},]/.test(p);
  const plain = [...new Set(patterns.filter((p) => !alone(p)))];
  const braced = [...new Set(patterns.filter(alone))];
  const group = plain.length > 1 ? [`{${plain.join(',')}}`] : plain;
  return [...group, ...braced];
}
