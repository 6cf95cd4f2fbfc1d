/**
 * Importing a REFI-QDA codebook (`.qdc`, or the codebook of a `project.qde`)
 * as the workspace codebook: each code becomes a category, nested codes
 * refine their parent. A code whose name is a current category's label (or
 * that this tool exported from it) keeps that category's id, colour and
 * shortcut, so that the tags already made keep their category.
 */
import { stringify } from 'yaml';
import { categoryIdFor, categoryRecord, type Category } from '../annotations/codebook';
import { guidFor } from './guid';
import { childrenNamed, parseXml, XmlError, type XmlElement } from './xmlRead';

/** A codebook that cannot be imported, with a message naming what is wrong. */
export class CodebookImportError extends Error {}

const RGB6 = /^#[0-9a-fA-F]{6}$/;
const RGB3 = /^#[0-9a-fA-F]{3}$/;

/** What a codebook import gives: the categories, and which category each code's GUID (lower case, no braces) became. */
export interface QdcRead {
  categories: Category[];
  codes: number;
  notCodable: number;
  byGuid: Map<string, string>;
  /** The names of the codebook's sets (code groups), which have no place among categories. */
  sets: string[];
}

/** A GUID already as compared. */

/** A GUID as compared: lower case, without braces. */
export function plainGuid(guid: string | undefined): string {
  if (guid === undefined) return '';
  // Most GUIDs are written so already (lower-case hex digits and hyphens); a project compares thousands of them.
  for (let i = 0; i < guid.length; i++) {
    const c = guid.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || c === 45)) return guid.replace(/[{}]/g, '').trim().toLowerCase();
  }
  return guid;
}

/** The categories of a REFI-QDA codebook. `current` is the workspace's codebook, whose ids are kept where the names match. */
export function readQdc(text: string, current: readonly Category[] = []): QdcRead {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (e) {
    if (e instanceof XmlError) throw new CodebookImportError(`Not well-formed XML: ${e.message}.`);
    throw e;
  }
  return readCodebookElement(root, current);
}

/**
 * The categories of a parsed `CodeBook` (or of a `Project`'s). Codes whose
 * GUID is in `skip` are not categories (a project's speaker codes, which
 * carry their case's GUID) and neither is a group left with no code.
 */
export function readCodebookElement(root: XmlElement, current: readonly Category[] = [], skip: ReadonlySet<string> = new Set()): QdcRead {
  const codebook = root.name === 'CodeBook' ? root : root.name === 'Project' ? childrenNamed(root, 'CodeBook')[0] : undefined;
  if (!codebook) throw new CodebookImportError(`Not a REFI-QDA codebook: the root element is <${root.name}>, not <CodeBook>.`);
  const codesEl = childrenNamed(codebook, 'Codes')[0];
  if (!codesEl || childrenNamed(codesEl, 'Code').length === 0) throw new CodebookImportError('The codebook has no <Codes> with a <Code> in it.');

  const byLabel = new Map(current.map((c) => [c.label.trim().toLowerCase(), c]));
  const byGuid = new Map(current.map((c) => [guidFor('code', c.id).toLowerCase(), c]));
  const taken = new Set<string>();
  const categories: Category[] = [];
  let notCodable = 0;
  const byGuidOut = new Map<string, string>();
  const skipped = (el: XmlElement): boolean => skip.has(plainGuid(el.attributes.guid)) || (el.attributes.isCodable === 'false' && childrenNamed(el, 'Code').length > 0 && childrenNamed(el, 'Code').every(skipped));
  const visit = (el: XmlElement, parent: string | undefined): void => {
    if (skipped(el)) return;
    const name = (el.attributes.name ?? '').trim();
    if (!name) throw new CodebookImportError(`Line ${el.line}: a <Code> has no name.`);
    const guid = plainGuid(el.attributes.guid);
    const known = byGuid.get(guid) ?? byLabel.get(name.toLowerCase());
    const id = known && !taken.has(known.id) ? known.id : categoryIdFor(name, taken);
    taken.add(id);
    const category: Category = { id, label: name };
    const description = childrenNamed(el, 'Description')[0]?.text.trim();
    if (description) category.description = description;
    else if (known?.description) category.description = known.description;
    const color = el.attributes.color?.trim();
    if (color && RGB6.test(color)) category.color = color.toLowerCase();
    else if (color && RGB3.test(color)) category.color = `#${[...color.slice(1)].map((d) => d + d).join('')}`.toLowerCase();
    else if (known?.color) category.color = known.color;
    if (parent) category.parent = parent;
    if (known?.shortcut !== undefined) category.shortcut = known.shortcut;
    if (el.attributes.isCodable === 'false' || el.attributes.isCodable === '0') notCodable++;
    categories.push(category);
    if (guid) byGuidOut.set(guid, id);
    for (const child of childrenNamed(el, 'Code')) visit(child, id);
  };
  for (const code of childrenNamed(codesEl, 'Code')) visit(code, undefined);
  // A shortcut kept from the current codebook must stay unique.
  const shortcuts = new Set<number>();
  for (const c of categories) {
    if (c.shortcut === undefined) continue;
    if (shortcuts.has(c.shortcut)) delete c.shortcut;
    else shortcuts.add(c.shortcut);
  }
  const sets = childrenNamed(codebook, 'Sets').flatMap((e) => childrenNamed(e, 'Set')).map((e) => e.attributes.name ?? e.attributes.guid ?? '');
  return { categories, codes: categories.length, notCodable, byGuid: byGuidOut, sets };
}

/** The workspace codebook file (`.transcripts/codebook.yaml`) holding these categories. */
export function codebookYaml(categories: readonly Category[], origin: string): string {
  const plain = categories.map(categoryRecord);
  const header =
    `# The categories claims are tagged with in this workspace (Transcript Annotator), imported from ${origin.replace(/[\r\n]+/g, ' ')}.\n` +
    '# Each: id, label, description, color (#rrggbb or a theme colour id), parent (an id), shortcut (a digit).\n';
  return header + stringify({ version: 1, categories: plain }, { lineWidth: 0 });
}

/**
 * A codebook read into the workspace's: the current categories, then the
 * codebook's categories that are not among them (a code named like a current
 * category is that category). Nothing the workspace has is dropped.
 */
export function mergedCategories(current: readonly Category[], read: QdcRead): { categories: Category[]; newCategories: number } {
  const ids = new Set(current.map((c) => c.id));
  const added = read.categories.filter((c) => !ids.has(c.id));
  return { categories: [...current, ...added], newCategories: added.length };
}
