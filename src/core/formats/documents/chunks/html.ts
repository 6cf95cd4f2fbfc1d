/**
 * The web-page reader's chunk (htmlparser2 is loaded only here): the page's
 * blocks as extracted text with a place each (`¶ N`, or `p. N` for a PDF
 * converted by pdftohtml), read by the plain-text reader; the page's title
 * and date from its metadata where the text gives none.
 */
import { parseDocument } from 'htmlparser2';
import type { ReaderChunk } from '../chunks';
import { ExtractedText, readExtracted } from '../extracted';
import { pageBlocks } from '../html/blocks';
import type { HtmlNode } from '../html/dom';
import { writeBlocks } from '../html/labels';
import { pageMetadata } from '../html/metadata';
import { positionedPages, writePositioned } from '../html/positioned';
import { decodeText } from '../../../text';
import { titleFromFileName } from '../../options';

export const read: ReaderChunk['read'] = (bytes, options) => {
  const html = decodeText(bytes).text;
  const root = parseDocument(html, { decodeEntities: true, lowerCaseTags: true }) as unknown as HtmlNode;
  const extracted = new ExtractedText();
  const pages = positionedPages(root);
  if (pages.length) writePositioned(pages, extracted);
  else writeBlocks(pageBlocks(root), extracted);
  const result = readExtracted(extracted, 'html', options);
  const hints = pageMetadata(root);
  const meta = result.transcript.metadata;
  const fromName = options.fileName ? titleFromFileName(options.fileName) : undefined;
  if (hints.title && (!meta.title || meta.title === fromName)) {
    meta.title = hints.title;
    meta.titleFrom = 'page metadata';
  }
  if (hints.date && !meta.date) {
    meta.date = hints.date;
    meta.dateFrom = 'page metadata';
  }
  return result;
};
