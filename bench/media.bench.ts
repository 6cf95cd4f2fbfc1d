/**
 * Text and time: finding a timed transcript's time anchors against parsing it
 * (the reference, done anyway for every version), and the cost of one
 * playback update (the time to a turn), which runs several times a second.
 */
import { offsetAt, timeAnchors, turnIndexAt } from '../src/core/media';
import { readTranscript } from '../src/core/formats';
import { formatTimestamp } from '../src/core/transcript/time';
import { generateTranscript } from './generate';
import { median, type BenchRow } from './measure';

/** A generated transcript with `[hh:mm:ss]` before every label, 20 s apart, and a bracketed timestamp in some paragraphs. */
function timedTranscript(bytes: number): string {
  let turn = 0;
  return generateTranscript(bytes, 11)
    .replace(/^([A-Z][A-Za-z .'-]{1,40}:)/gm, (label) => `[${formatTimestamp(20 * turn++, true)}] ${label}`)
    .replace(/\. (?=[A-Z])/g, (m, at: number) => (at % 7 === 0 ? `. [${formatTimestamp(at / 200, true)}] ` : m));
}

export default async function bench(): Promise<BenchRow[]> {
  const text = timedTranscript(5 * 1024 * 1024);
  const transcript = readTranscript(text);
  timeAnchors(transcript, text);
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < 5; i++) {
    let t = performance.now();
    readTranscript(text);
    theirs.push(performance.now() - t);
    t = performance.now();
    timeAnchors(transcript, text);
    ours.push(performance.now() - t);
  }
  const a = median(ours);
  const b = median(theirs);
  const anchors = timeAnchors(transcript, text);
  const last = anchors[anchors.length - 1]!.time;
  const updates = 100_000;
  let sink = 0;
  const t = performance.now();
  for (let i = 0; i < updates; i++) sink += turnIndexAt(transcript.turns, offsetAt(anchors, (last * i) / updates)!);
  const perUpdate = ((performance.now() - t) / updates) * 1000;
  if (sink < 0) console.log(sink);
  return [
    {
      name: `Time anchors of a 5 MB timed transcript (${anchors.length} anchors, ${transcript.turns.length} turns) vs parsing it`,
      value: `${a.toFixed(1)} ms`,
      reference: `${b.toFixed(1)} ms`,
      ratio: a / b,
      goal: '≤ 0.25 of a parse',
      pass: a / b <= 0.25,
    },
    { name: 'One playback update: the turn at a time in the same transcript', value: `${perUpdate.toFixed(2)} µs`, goal: '< 20 µs (several a second)', pass: perUpdate < 20 },
  ];
}
