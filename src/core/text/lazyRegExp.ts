/**
 * A regular expression made the first time it is asked for. Making one parses
 * it (Unicode classes such as `\p{Lu}` and case folding under `/iu` cost
 * most), and a one-shot process such as the command line makes every
 * module-level expression at start-up: those most files never need wait until
 * one does.
 */
export function lazyRegExp(make: () => RegExp): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= make());
}
