/** What an importer is: a format the tags (or the codebook) can be read from, and how. The table of them is in `index.ts`. */

/** One import format: what the open dialog offers, and how a file of it is read. */
export interface Importer<Id extends string, Read extends (...args: never[]) => unknown> {
  /** The format's id. */
  readonly id: Id;
  /** Its name, in the open dialog's title (`Import <label>`). */
  readonly label: string;
  /** The open dialog's filters: each file type's name and its extensions (the first is the usual one). */
  readonly filters: Readonly<Record<string, readonly string[]>>;
  /** Reads a file of the format; what it gives differs by format (a project, a codebook, annotations). */
  readonly read: Read;
}

/** An importer's filters as the open dialog takes them. */
export function dialogFilters(importer: { readonly filters: Readonly<Record<string, readonly string[]>> }): Record<string, string[]> {
  return Object.fromEntries(Object.entries(importer.filters).map(([name, extensions]) => [name, [...extensions]]));
}
