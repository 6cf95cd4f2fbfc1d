/**
 * Reads a `.docx` (Office Open XML) into paragraphs: unzips it with fflate and
 * walks `word/document.xml` with xmldom; styles' names and bold type come from
 * `word/styles.xml`, the title and creation date from `docProps/core.xml`.
 * Only the chunk imports this module (xmldom is heavy).
 */
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { FormatError } from '../../errors';
import type { CellRef, WordDocument, WordParagraph } from './paragraphs';

const DOCUMENT = 'word/document.xml';
const STYLES = 'word/styles.xml';
const CORE = 'docProps/core.xml';

/** Minimal DOM shapes used here (xmldom's types differ between versions). */
interface XNode {
  nodeType: number;
  localName?: string | null;
  nodeName: string;
  firstChild: XNode | null;
  nextSibling: XNode | null;
  textContent?: string | null;
  getAttribute?(name: string): string | null;
}

/** Unzips a `.docx` and reads its body's paragraphs. Throws FormatError for a damaged or foreign zip. */
export function readDocx(bytes: Uint8Array): WordDocument {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === DOCUMENT || f.name === STYLES || f.name === CORE });
  } catch (e) {
    throw new FormatError(`not a readable Word file: the zip archive is damaged (${e instanceof Error ? e.message : String(e)})`);
  }
  const main = files[DOCUMENT];
  if (!main) throw new FormatError(`not a Word file: the zip archive has no ${DOCUMENT}`);
  const decoder = new TextDecoder('utf-8');
  const styles = files[STYLES] ? readStyles(parseXml(decoder.decode(files[STYLES]), STYLES)) : new Map<string, Style>();
  const doc = parseXml(decoder.decode(main), DOCUMENT);
  const walker = new BodyWalker(styles);
  const body = findChild(doc, 'document');
  const bodyEl = body ? findChild(body, 'body') : undefined;
  if (!bodyEl) throw new FormatError(`not a Word file: ${DOCUMENT} has no w:body`);
  walker.blocks(bodyEl, undefined);
  const result: WordDocument = { paragraphs: walker.paragraphs };
  if (files[CORE]) Object.assign(result, readCore(parseXml(decoder.decode(files[CORE]), CORE)));
  return result;
}

function parseXml(xml: string, part: string): XNode {
  const errors: string[] = [];
  const parser = new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== 'warning') errors.push(message);
    },
  });
  let doc: XNode;
  try {
    doc = parser.parseFromString(xml, 'application/xml') as unknown as XNode;
  } catch (e) {
    throw new FormatError(`not a readable Word file: ${part} is not well-formed XML (${firstLine(e instanceof Error ? e.message : String(e))})`);
  }
  if (errors.length && !findChild(doc, part === CORE ? 'coreProperties' : part === STYLES ? 'styles' : 'document')) {
    throw new FormatError(`not a readable Word file: ${part} is not well-formed XML (${firstLine(errors[0]!)})`);
  }
  return doc;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

function* children(node: XNode): Generator<XNode> {
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) yield c;
}

function findChild(node: XNode, local: string): XNode | undefined {
  for (const c of children(node)) if (c.localName === local) return c;
  return undefined;
}

/** `w:val` of an element, the attribute's prefix aside. */
function val(node: XNode): string | null {
  return node.getAttribute?.('w:val') ?? null;
}

/** A toggle property (`<w:b/>`, `<w:b w:val="0"/>`) as a boolean. */
function isOn(node: XNode): boolean {
  const v = val(node);
  return v === null || !/^(?:0|false|off|none)$/i.test(v);
}

/** A style's name and whether it sets bold type (after its `basedOn` chain). */
interface Style {
  name: string;
  bold?: boolean;
  basedOn?: string;
}

function readStyles(doc: XNode): Map<string, Style> {
  const map = new Map<string, Style>();
  const root = findChild(doc, 'styles');
  if (!root) return map;
  for (const s of children(root)) {
    if (s.localName !== 'style') continue;
    const id = s.getAttribute?.('w:styleId');
    if (!id) continue;
    const style: Style = { name: id };
    for (const c of children(s)) {
      if (c.localName === 'name') style.name = val(c) ?? id;
      else if (c.localName === 'basedOn') style.basedOn = val(c) ?? undefined;
      else if (c.localName === 'rPr') {
        const b = findChild(c, 'b');
        if (b) style.bold = isOn(b);
      }
    }
    map.set(id, style);
  }
  // Resolve inherited bold once, so paragraphs need not walk the chain.
  for (const style of map.values()) {
    let s: Style | undefined = style;
    for (let depth = 0; s && style.bold === undefined && depth < 20; depth++) {
      s = s.basedOn ? map.get(s.basedOn) : undefined;
      if (s?.bold !== undefined) style.bold = s.bold;
    }
  }
  return map;
}

function readCore(doc: XNode): Pick<WordDocument, 'title' | 'created'> {
  const root = findChild(doc, 'coreProperties');
  const out: Pick<WordDocument, 'title' | 'created'> = {};
  if (!root) return out;
  for (const c of children(root)) {
    const text = (c.textContent ?? '').trim();
    if (!text) continue;
    if (c.localName === 'title') out.title = text;
    else if (c.localName === 'created' && /^\d{4}-\d{2}-\d{2}/.test(text)) out.created = text.slice(0, 10);
  }
  return out;
}

/** A piece of a paragraph's text and whether it is bold. */
interface Piece {
  text: string;
  bold: boolean;
}

/** Walks the body in reading order, numbering paragraphs and tables. */
class BodyWalker {
  readonly paragraphs: WordParagraph[] = [];
  private tables = 0;
  /** Open fields: true while in a field's code (dropped), false in its result (kept). */
  private fields: boolean[] = [];

  constructor(private readonly styles: Map<string, Style>) {}

  /** Block-level content: paragraphs, tables, and the containers around them (content controls, custom XML). */
  blocks(node: XNode, cell: CellRef | undefined): void {
    for (const c of children(node)) {
      switch (c.localName) {
        case 'p':
          this.paragraph(c, cell);
          break;
        case 'tbl':
          this.table(c);
          break;
        case 'sdt': {
          const content = findChild(c, 'sdtContent');
          if (content) this.blocks(content, cell);
          break;
        }
        case 'customXml':
        case 'sdtContent':
          this.blocks(c, cell);
          break;
        default:
          break;
      }
    }
  }

  private table(tbl: XNode): void {
    const table = ++this.tables;
    let row = 0;
    const rows = (node: XNode): void => {
      for (const c of children(node)) {
        if (c.localName === 'tr') {
          row++;
          let column = 0;
          const cells = (tr: XNode): void => {
            for (const tc of children(tr)) {
              if (tc.localName === 'tc') this.blocks(tc, { table, row, column: ++column });
              else if (tc.localName === 'sdt' || tc.localName === 'customXml') cells(findChild(tc, 'sdtContent') ?? tc);
            }
          };
          cells(c);
        } else if (c.localName === 'sdt' || c.localName === 'customXml') rows(findChild(c, 'sdtContent') ?? c);
      }
    };
    rows(tbl);
  }

  private paragraph(p: XNode, cell: CellRef | undefined): void {
    let style: Style | undefined;
    const pieces: Piece[] = [];
    for (const c of children(p)) {
      if (c.localName === 'pPr') {
        const ps = findChild(c, 'pStyle');
        const id = ps ? val(ps) : null;
        if (id) style = this.styles.get(id) ?? { name: id };
      } else this.inline(c, style?.bold ?? false, pieces);
    }
    let text = '';
    const bold: Array<[number, number]> = [];
    for (const piece of pieces) {
      const at = text.length;
      text += piece.text;
      if (!piece.bold) continue;
      const last = bold[bold.length - 1];
      if (last && last[1] === at) last[1] = text.length;
      else bold.push([at, text.length]);
    }
    this.paragraphs.push({ index: this.paragraphs.length + 1, ...(style ? { style: style.name } : {}), text, bold, ...(cell ? { cell } : {}) });
  }

  /** Inline content: runs and the containers around them; deleted and moved-away text is left out. */
  private inline(node: XNode, styleBold: boolean, out: Piece[]): void {
    switch (node.localName) {
      case 'r':
        this.run(node, styleBold, out);
        return;
      case 'del':
      case 'moveFrom':
      case 'pPr':
      case 'rPr':
        return;
      case 'ins':
      case 'moveTo':
      case 'hyperlink':
      case 'fldSimple':
      case 'smartTag':
      case 'customXml':
      case 'sdt':
      case 'sdtContent':
      case 'dir':
      case 'bdo':
        for (const c of children(node)) this.inline(c, styleBold, out);
        return;
      default:
        return;
    }
  }

  private run(r: XNode, styleBold: boolean, out: Piece[]): void {
    let bold = styleBold;
    for (const c of children(r)) {
      if (c.localName === 'rPr') {
        const rs = findChild(c, 'rStyle');
        const charStyle = rs ? this.styles.get(val(rs) ?? '') : undefined;
        if (charStyle?.bold !== undefined) bold = charStyle.bold;
        const b = findChild(c, 'b');
        if (b) bold = isOn(b);
        continue;
      }
      let text = '';
      switch (c.localName) {
        case 'fldChar': {
          const type = c.getAttribute?.('w:fldCharType');
          if (type === 'begin') this.fields.push(true);
          else if (type === 'separate' && this.fields.length) this.fields[this.fields.length - 1] = false;
          else if (type === 'end') this.fields.pop();
          continue;
        }
        case 't':
          text = c.textContent ?? '';
          break;
        case 'tab':
        case 'ptab':
          text = '\t';
          break;
        case 'br':
        case 'cr':
          text = '\n';
          break;
        case 'noBreakHyphen':
          text = '-';
          break;
        default:
          continue;
      }
      // Inside a field's code (`PAGE`, `HYPERLINK "..."`) nothing is text; its result is.
      if (this.fields.includes(true)) continue;
      const last = out[out.length - 1];
      if (last && last.bold === bold) last.text += text;
      else out.push({ text, bold });
    }
  }
}
