/** Deterministic transcripts for benchmarks, written from the project's own word lists. */
import { seededRandom } from '../src/core/agreement/gamma';

const SPEAKERS = ['MODERATOR', 'Minister Ana Costa', 'QUESTION', 'Dr Amal Reyes', 'Question', 'SG', 'Host', '[00:01:05] Guest', '**Spokesperson:**'];
const WORDS = (
  'the treaty river border water agreement ceasefire talks delegation summit sanctions inspection ' +
  'we will continue to support partners region security council resolution humanitarian access ' +
  'as I said before our position has not changed and we expect progress by the end of the year ' +
  'climate energy budget reform election vote parliament committee report data figures percent'
).split(' ');

/** A small deterministic pseudo-random generator: the one γ draws its chance continua with (mulberry32). */
export const random = (seed: number): (() => number) => seededRandom(seed);

/** A transcript of about `bytes` characters: header, then turns of one to four paragraphs. */
export function generateTranscript(bytes: number, seed = 1): string {
  const rnd = random(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out: string[] = ['Press conference on the river treaty', '', '12 May 2021', '', 'Geneva, Switzerland', ''];
  let size = 0;
  while (size < bytes) {
    const speaker = pick(SPEAKERS);
    const paragraphs = 1 + Math.floor(rnd() * 4);
    for (let p = 0; p < paragraphs; p++) {
      const words: string[] = [];
      const n = 20 + Math.floor(rnd() * 80);
      for (let w = 0; w < n; w++) words.push(pick(WORDS));
      let line = words.join(' ');
      line = line.charAt(0).toUpperCase() + line.slice(1) + (rnd() < 0.2 ? '?' : '.');
      if (rnd() < 0.05) line += ' (Laughter.)';
      if (rnd() < 0.05) line += ' [inaudible]';
      if (p === 0) line = (speaker.endsWith(':**') ? speaker : speaker + ':') + ' ' + line;
      out.push(line, '');
      size += line.length + 2;
    }
  }
  return out.join('\n');
}

/** A WebVTT caption file of about `bytes` characters: numbered cues, `<v Name>` voice tags, runs of cues per speaker. */
export function generateVtt(bytes: number, seed = 1): string {
  const rnd = random(seed);
  const names = ['Ana Costa', 'Ben Okafor', 'Dorflinger, Julia', 'Speaker 4'];
  const out: string[] = ['WEBVTT', ''];
  let size = 0;
  let t = 0;
  let cue = 0;
  const clock = (s: number) => {
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const sec = s % 60;
    return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${sec.toFixed(3).padStart(6, '0')}`;
  };
  while (size < bytes) {
    const name = names[Math.floor(rnd() * names.length)]!;
    const cues = 1 + Math.floor(rnd() * 5);
    for (let c = 0; c < cues; c++) {
      const n = 6 + Math.floor(rnd() * 10);
      const words: string[] = [];
      for (let w = 0; w < n; w++) words.push(WORDS[Math.floor(rnd() * WORDS.length)]!);
      const d = 1 + rnd() * 4;
      const block = `${++cue}\n${clock(t)} --> ${clock(t + d)}\n<v ${name}>${words.join(' ')}</v>\n`;
      t += d;
      out.push(block);
      size += block.length + 1;
    }
  }
  return out.join('\n');
}
