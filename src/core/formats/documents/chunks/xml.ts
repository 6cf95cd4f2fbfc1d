/**
 * The XML reader's chunk: a parliamentary or assembly record read by its
 * elements through the schema table, or any other XML read as text with a
 * warning. xmldom is loaded only here.
 */
import type { ReaderChunk } from '../chunks';
import { decodeText } from '../../../text';
import { FormatError } from '../../errors';
import { titleFromFileName } from '../../options';
import { readExtracted } from '../extracted';
import { TranscriptWriter } from '../writer';
import { childElements, Places } from '../xml/dom';
import { extractText } from '../xml/generic';
import { FRAGMENT_ROOT, parseXml } from '../xml/parse';
import type { RecordContext } from '../xml/record';
import { SCHEMAS } from '../xml/schemas';

export const read: ReaderChunk['read'] = (bytes, options) => {
  const text = decodeText(bytes).text;
  const { doc, warnings } = parseXml(text);
  const root = doc.documentElement;
  if (!root) throw new FormatError('not well-formed XML: no root element');
  const places = new Places(root);
  const schema = SCHEMAS.find((s) => s.recognise(root));
  if (!schema) {
    // An excerpt wrapped to be read is named by its first element, as the user sees it.
    const shown = root.nodeName === FRAGMENT_ROOT ? (childElements(root)[0]?.nodeName ?? root.nodeName) : root.nodeName;
    return readExtracted(extractText(root, places), 'xml', options, [...warnings, `the XML's structure (root <${shown}>) was not recognised: read as text`]);
  }
  const context: RecordContext = { writer: new TranscriptWriter('xml'), places, metadata: {}, warnings: [...warnings] };
  schema.walk(root, context);
  if (!context.metadata.title && options.fileName) {
    context.metadata.title = titleFromFileName(options.fileName);
    context.metadata.titleFrom = 'file name';
  }
  const read = context.writer.finish(context.metadata, { ...options, origin: { kind: 'xml', ...(options.fileName ? { fileName: options.fileName } : {}), ...(context.warnings.length ? { warnings: context.warnings } : {}) } });
  if (!read.transcript.turns.length && !read.text.trim()) throw new FormatError(`no words found in the XML record (read as ${schema.name})`);
  return read;
};
