/** The TTML/DFXP captions reader's chunk: cues with times, speakers from agents, styles or labels. */
import type { ReaderChunk } from '../chunks';
import { decodeText } from '../../../text';
import { FormatError } from '../../errors';
import { titleFromFileName } from '../../options';
import { TranscriptWriter } from '../writer';
import { Places, nameOf } from '../xml/dom';
import { parseXml } from '../xml/parse';
import { writeTtml } from '../xml/ttml';

export const read: ReaderChunk['read'] = (bytes, options) => {
  const { doc, warnings } = parseXml(decodeText(bytes).text);
  const root = doc.documentElement;
  if (!root || nameOf(root) !== 'tt') throw new FormatError(`not a TTML document: its root is <${root?.nodeName ?? 'nothing'}>, not <tt>`);
  const writer = new TranscriptWriter('ttml');
  const { title } = writeTtml(root, writer, new Places(root));
  const metadata = title ? { title, titleFrom: 'record' } : options.fileName ? { title: titleFromFileName(options.fileName), titleFrom: 'file name' } : {};
  return writer.finish(metadata, { ...options, origin: { kind: 'ttml', ...(options.fileName ? { fileName: options.fileName } : {}), ...(warnings.length ? { warnings } : {}) } });
};
