/** What the web-page tests share: reading a page written in the test, its turns as lines, and a page around a body. */
import { readDocument, type DocumentRead } from '../../src/core/formats';

/** Reads HTML written in a test as a document named `fileName`. */
export async function read(html: string, fileName = 'page.html'): Promise<DocumentRead> {
  return readDocument(new TextEncoder().encode(html), { fileName });
}

/** `speaker: words` per turn, the words as the extracted text has them. */
export function turns({ text, transcript }: DocumentRead): string[] {
  return transcript.turns.map((t) => `${t.speaker ?? '(none)'}: ${t.segments.map((s) => text.slice(s.start, s.end)).join(' ')}`);
}

/** A whole page around a body (and a head). */
export const page = (body: string, head = ''): string => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
