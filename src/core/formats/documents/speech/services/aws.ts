import { arr, obj, seconds, str } from '../json';
import { runsBySpeaker, type SpeechShape } from '../shape';

/** AWS Transcribe: `results.items` (words and punctuation), speakers from the items, `speaker_labels.segments` or `channel_labels`. */
export const aws: SpeechShape = {
  service: 'AWS Transcribe',
  keys: 'results.items with results.speaker_labels or results.channel_labels',
  read(root) {
    const results = obj(obj(root)?.results);
    const items = arr(results?.items);
    if (!results || !items || !(arr(results.transcripts) || items.some((it) => obj(it)?.alternatives))) return undefined;
    // A speaker for each start time (as a number: `"1.5"` and `"1.50"` are one time): from the segments' items, or the channels' items.
    const byStart = new Map<number, string>();
    const ranges: Array<{ from: number; to: number; who: string }> = [];
    for (const seg of arr(obj(results.speaker_labels)?.segments) ?? []) {
      const o = obj(seg) ?? {};
      const from = seconds(o.start_time);
      const to = seconds(o.end_time);
      if (from !== undefined && to !== undefined && str(o.speaker_label)) ranges.push({ from, to, who: str(o.speaker_label)! });
      for (const it of arr(o.items) ?? []) {
        const s = seconds(obj(it)?.start_time);
        const who = str(obj(it)?.speaker_label) ?? str(o.speaker_label);
        if (s !== undefined && who) byStart.set(s, who);
      }
    }
    for (const ch of arr(obj(results.channel_labels)?.channels) ?? []) {
      const label = str(obj(ch)?.channel_label);
      for (const it of arr(obj(ch)?.items) ?? []) {
        const s = seconds(obj(it)?.start_time);
        if (s !== undefined && label && !byStart.has(s)) byStart.set(s, label);
      }
    }
    let speaker: string | null = null;
    const tokens = items.map((it) => {
      const o = obj(it) ?? {};
      const text = str(obj(arr(o.alternatives)?.[0])?.content) ?? '';
      const punct = o.type === 'punctuation';
      const start = seconds(o.start_time);
      // An item the segments do not list by its time belongs to the segment whose span holds it.
      const inRange = (t: number) => byStart.get(t) ?? ranges.find((r) => r.from <= t && t < r.to)?.who;
      if (!punct) speaker = str(o.speaker_label) ?? (start !== undefined ? inRange(start) : undefined) ?? str(o.channel_label) ?? speaker;
      return { text, attachesLeft: punct, time: seconds(o.start_time), endTime: seconds(o.end_time), speaker };
    });
    return runsBySpeaker(tokens, (i) => `results.items[${i}]`);
  },
};
