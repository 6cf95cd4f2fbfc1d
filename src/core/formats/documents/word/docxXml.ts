/**
 * Reads a `.docx` (Office Open XML) into paragraphs: unzips it with fflate and
 * reads `word/document.xml` in one pass of htmlparser2's SAX parser; styles' names and bold type come from
 * `word/styles.xml`, the title and creation date from `docProps/core.xml`.
 *
 * What is text: runs' `w:t`, tabs and breaks; inserted text (`w:ins`) but not
 * deleted (`w:del`, `w:moveFrom`); a field's result but not its code;
 * hyperlinks' and content controls' text. Left out: footnotes, comments,
 * drawings and text boxes, and the properties of paragraphs and runs apart
 * from their style and bold type.
 */
import { unzipSync } from 'fflate';
import { FormatError } from '../../errors';
import type { CellRef, WordDocument, WordParagraph } from './paragraphs';
import { localName, readXmlEvents } from './xmlEvents';

/** A start tag's attributes by name as written. */
type Attrs = Readonly<Record<string, string>>;

const DOCUMENT = 'word/document.xml';
const STYLES = 'word/styles.xml';
const CORE = 'docProps/core.xml';

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
  const styles = files[STYLES] ? readStyles(decoder.decode(files[STYLES])) : new Map<string, Style>();
  const body = new BodyReader(styles);
  readXmlEvents(decoder.decode(main), DOCUMENT, body);
  if (!body.sawBody) throw new FormatError(`not a Word file: ${DOCUMENT} has no w:body`);
  return { paragraphs: body.paragraphs, ...(files[CORE] ? readCore(decoder.decode(files[CORE])) : {}) };
}

/** A toggle property (`<w:b/>`, `<w:b w:val="0"/>`) as a boolean. */
function isOn(attrs: Attrs): boolean {
  const v = attrs['w:val'];
  return v === undefined || !/^(?:0|false|off|none)$/i.test(v);
}

/** A style's name and whether it sets bold type (after its `basedOn` chain). */
interface Style {
  name: string;
  bold?: boolean;
  basedOn?: string;
}

function readStyles(xml: string): Map<string, Style> {
  const map = new Map<string, Style>();
  let style: Style | undefined;
  /** The elements open inside the style (so only its own `w:rPr` counts, not its table parts' or paragraph properties'). */
  let path: string[] = [];
  readXmlEvents(xml, STYLES, {
    open(name, attrs) {
      const local = localName(name);
      if (local === 'style') {
        const id = attrs['w:styleId'];
        style = id ? { name: id } : undefined;
        if (id && style) map.set(id, style);
        path = [];
        return;
      }
      if (!style) return;
      if (path.length === 0 && local === 'name') style.name = attrs['w:val'] ?? style.name;
      else if (path.length === 0 && local === 'basedOn') style.basedOn = attrs['w:val'];
      else if (path.length === 1 && path[0] === 'rPr' && local === 'b') style.bold = isOn(attrs);
      path.push(local);
    },
    close(name) {
      if (localName(name) === 'style') style = undefined;
      else if (style) path.pop();
    },
    text() {},
  });
  // Resolve inherited bold once, so paragraphs need not walk the chain.
  for (const s of map.values()) {
    let base: Style | undefined = s;
    for (let depth = 0; s.bold === undefined && base && depth < 20; depth++) {
      base = base.basedOn ? map.get(base.basedOn) : undefined;
      if (base?.bold !== undefined) s.bold = base.bold;
    }
  }
  return map;
}

function readCore(xml: string): Pick<WordDocument, 'title' | 'created'> {
  const out: Pick<WordDocument, 'title' | 'created'> = {};
  let field: 'title' | 'created' | undefined;
  let text = '';
  readXmlEvents(xml, CORE, {
    open(name, _attrs, selfClosing) {
      const local = localName(name);
      field = !selfClosing && (local === 'title' || local === 'created') ? local : undefined;
      text = '';
    },
    close() {
      const value = text.trim();
      if (field === 'title' && value) out.title = value;
      else if (field === 'created' && /^\d{4}-\d{2}-\d{2}/.test(value)) out.created = value.slice(0, 10);
      field = undefined;
    },
    text(piece) {
      if (field) text += piece;
    },
  });
  return out;
}

/** Elements whose content is never body text: deleted text, field codes, drawings, notes' marks, earlier properties. */
const SKIPPED = new Set(['del', 'moveFrom', 'delText', 'instrText', 'drawing', 'pict', 'object', 'AlternateContent', 'sdtPr', 'sectPr', 'rPrChange', 'pPrChange', 'tblPr', 'tblGrid', 'trPr', 'tcPr', 'footnoteReference', 'endnoteReference', 'commentReference']);

/** A piece of a paragraph's text and whether it is bold. */
interface Piece {
  text: string;
  bold: boolean;
}

/** Reads the body's events into paragraphs, numbering paragraphs and tables in reading order. */
class BodyReader {
  readonly paragraphs: WordParagraph[] = [];
  sawBody = false;
  private skip = 0;
  private tables = 0;
  private readonly openTables: Array<{ table: number; row: number; column: number }> = [];
  private readonly cells: Array<CellRef | undefined> = [];
  /** Open fields: true while in a field's code (dropped), false in its result (kept). */
  private readonly fields: boolean[] = [];
  private inCode = false;
  private pieces: Piece[] | undefined;
  private style: Style | undefined;
  private inPPr = false;
  private inRun = false;
  private inRPr = false;
  private inText = false;
  private bold = false;

  constructor(private readonly styles: Map<string, Style>) {}

  open(name: string, attrs: Attrs, selfClosing: boolean): void {
    // Every open has its close (a self-closing element's at once), so the depth of a skipped part counts every element.
    if (this.skip) {
      this.skip++;
      return;
    }
    const local = localName(name);
    if (SKIPPED.has(local)) {
      this.skip = 1;
      return;
    }
    switch (local) {
      case 'body':
        this.sawBody = true;
        return;
      case 'tbl':
        this.openTables.push({ table: ++this.tables, row: 0, column: 0 });
        return;
      case 'tr': {
        const t = this.openTables[this.openTables.length - 1];
        if (t) {
          t.row++;
          t.column = 0;
        }
        return;
      }
      case 'tc': {
        const t = this.openTables[this.openTables.length - 1];
        if (t) this.cells.push({ table: t.table, row: t.row, column: ++t.column });
        return;
      }
      case 'p':
        this.pieces = [];
        this.style = undefined;
        return;
      case 'pPr':
        this.inPPr = true;
        return;
      case 'pStyle':
        if (this.inPPr) {
          const id = attrs['w:val'];
          if (id) this.style = this.styles.get(id) ?? { name: id };
        }
        return;
      case 'r':
        this.inRun = true;
        this.bold = this.style?.bold ?? false;
        return;
      case 'rPr':
        if (this.inRun) this.inRPr = true;
        return;
      case 'rStyle':
        if (this.inRPr) {
          const s = this.styles.get(attrs['w:val'] ?? '');
          if (s?.bold !== undefined) this.bold = s.bold;
        }
        return;
      case 'b':
        if (this.inRPr) this.bold = isOn(attrs);
        return;
      case 't':
        if (this.inRun && !selfClosing) this.inText = true;
        return;
      case 'tab':
      case 'ptab':
        if (this.inRun && !this.inPPr) this.add('\t');
        return;
      case 'br':
      case 'cr':
        if (this.inRun) this.add('\n');
        return;
      case 'noBreakHyphen':
        if (this.inRun) this.add('-');
        return;
      case 'fldChar': {
        const type = attrs['w:fldCharType'];
        if (type === 'begin') this.fields.push(true);
        else if (type === 'separate' && this.fields.length) this.fields[this.fields.length - 1] = false;
        else if (type === 'end') this.fields.pop();
        this.inCode = this.fields.includes(true);
        return;
      }
      default:
        return;
    }
  }

  close(name: string): void {
    if (this.skip) {
      this.skip--;
      return;
    }
    switch (localName(name)) {
      case 't':
        this.inText = false;
        return;
      case 'rPr':
        this.inRPr = false;
        return;
      case 'r':
        this.inRun = false;
        return;
      case 'pPr':
        this.inPPr = false;
        return;
      case 'p':
        this.finishParagraph();
        return;
      case 'tc':
        this.cells.pop();
        return;
      case 'tbl':
        this.openTables.pop();
        return;
      default:
        return;
    }
  }

  text(text: string): void {
    if (this.inText && !this.skip) this.add(text);
  }

  private add(text: string): void {
    // Inside a field's code (`PAGE`, `HYPERLINK "..."`) nothing is text; its result is.
    if (!this.pieces || this.inCode) return;
    const last = this.pieces[this.pieces.length - 1];
    if (last && last.bold === this.bold) last.text += text;
    else this.pieces.push({ text, bold: this.bold });
  }

  private finishParagraph(): void {
    const pieces = this.pieces ?? [];
    this.pieces = undefined;
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
    const cell = this.cells[this.cells.length - 1];
    this.paragraphs.push({ index: this.paragraphs.length + 1, ...(this.style ? { style: this.style.name } : {}), text, bold, ...(cell ? { cell } : {}) });
  }
}
