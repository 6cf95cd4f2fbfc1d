import { arr, obj, seconds, str } from '../json';
import { PUNCTUATION, runsBySpeaker, type SpeechShape } from '../shape';

/** Google Speech-to-Text: `results[].alternatives[0]`, words with `speakerTag`/`speakerLabel` (the last result holds them all). */
export const google: SpeechShape = {
  service: 'Google Speech-to-Text',
  keys: 'results[].alternatives[].transcript',
  read(root) {
    const results = arr(obj(root)?.results);
    if (!results?.length || !results.every((r) => arr(obj(r)?.alternatives) || obj(r)?.resultEndTime !== undefined || obj(r)?.resultEndOffset !== undefined)) return undefined;
    const alts = results.map((r) => obj(arr(obj(r)?.alternatives)?.[0]));
    const tagged = (w: unknown) => {
      const o = obj(w);
      return o && (o.speakerTag !== undefined || o.speakerLabel !== undefined || o.speaker_tag !== undefined || o.speaker_label !== undefined);
    };
    // With diarisation the last result repeats every word with its speaker: read that one alone.
    let best = -1;
    alts.forEach((a, i) => {
      const words = arr(a?.words) ?? [];
      if (words.length && words.some(tagged) && (best < 0 || words.length >= (arr(alts[best]?.words) ?? []).length)) best = i;
    });
    if (best >= 0) {
      const words = arr(alts[best]!.words)!;
      const tokens = words.map((w) => {
        const o = obj(w) ?? {};
        const tag = o.speakerLabel ?? o.speaker_label ?? o.speakerTag ?? o.speaker_tag;
        const text = str(o.word) ?? '';
        return {
          text,
          attachesLeft: PUNCTUATION.test(text),
          time: seconds(o.startTime ?? o.startOffset ?? o.start_time ?? o.start_offset),
          endTime: seconds(o.endTime ?? o.endOffset ?? o.end_time ?? o.end_offset),
          speaker: tag === undefined ? null : `Speaker ${String(tag)}`,
        };
      });
      return runsBySpeaker(tokens, (i) => `results[${best}].alternatives[0].words[${i}]`);
    }
    const channels = new Set(results.map((r) => obj(r)?.channelTag).filter((c) => c !== undefined));
    return alts.flatMap((a, i) => {
      const text = str(a?.transcript);
      if (!text) return [];
      const r = obj(results[i])!;
      const first = obj(arr(a!.words)?.[0]);
      return [{ speaker: channels.size > 1 ? `Channel ${String(r.channelTag)}` : null, text, time: seconds(first?.startTime ?? first?.startOffset), endTime: seconds(r.resultEndTime ?? r.resultEndOffset), path: `results[${i}].alternatives[0]` }];
    });
  },
};
