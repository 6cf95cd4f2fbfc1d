/**
 * The web-page reader's chunk (htmlparser2 is loaded only here): the page's
 * blocks as extracted text with a place each (`¶ N`, or `p. N` for a PDF
 * converted by pdftohtml), read by the plain-text reader; the page's title
 * and date from its metadata where the text gives none, its title from its first
 * heading where the head's title repeats it.
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
  const root = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, withStartIndices: true }) as unknown as HtmlNode;
  const lineStarts = [0];
  for (let k = html.indexOf('\n'); k >= 0; k = html.indexOf('\n', k + 1)) lineStarts.push(k + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const extracted = new ExtractedText();
  const pages = positionedPages(root);
  if (pages.length) writePositioned(pages, extracted);
  else writeBlocks(pageBlocks(root, lineOf), extracted);
  const result = readExtracted(extracted, 'html', options);
  const hints = pageMetadata(root);
  const meta = result.transcript.metadata;
  const fromName = options.fileName ? titleFromFileName(options.fileName) : undefined;
  // A title the page states twice (its first heading, repeated by the head's title) outweighs what the text's first lines suggest.
  if (hints.headline) {
    meta.title = hints.headline;
    meta.titleFrom = 'page heading';
  } else if (hints.title && (!meta.title || meta.title === fromName)) {
    meta.title = hints.title;
    meta.titleFrom = 'page metadata';
  }
  if (hints.date && !meta.date) {
    meta.date = hints.date;
    meta.dateFrom = 'page metadata';
  }
  return result;
};
