/** A deterministic workspace of transcripts for the Transcripts view benchmarks: varied titles, dates and folders. */
import { generateTranscript, random } from './generate';

const KINDS = ['Press conference', 'Briefing', 'Press call', 'Interview', 'Hearing'];
const TOPICS = ['the river treaty', 'the harbour works', 'the water supply', 'the ferry timetable', 'the budget', 'the census'];
const PLACES = ['Geneva, Switzerland', 'Eastmere', 'Northvale Civic Centre', 'Rotterdam'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One generated transcript: its path in the workspace and its text. */
export interface GeneratedDocument {
  path: string;
  text: string;
}

/** `count` transcripts of about `bytes` characters each (50 KB: 2,000 make about 100 MB), in ten folders. */
export function generateCorpus(count: number, bytes = 50 * 1024): GeneratedDocument[] {
  const rnd = random(42);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const docs: GeneratedDocument[] = [];
  for (let i = 0; i < count; i++) {
    const body = generateTranscript(bytes, i + 1);
    // Replace the generator's fixed header with one of this document's own.
    const start = body.indexOf('\n\n', body.indexOf('Geneva'));
    const date = `${1 + Math.floor(rnd() * 28)} ${pick(MONTHS)} ${2015 + Math.floor(rnd() * 10)}`;
    const header = `${pick(KINDS)} on ${pick(TOPICS)}, number ${i + 1}\n\n${date}\n\n${pick(PLACES)}`;
    docs.push({ path: `folder-${i % 10}/doc-${String(i).padStart(4, '0')}.transcript`, text: header + body.slice(start) });
  }
  return docs;
}
