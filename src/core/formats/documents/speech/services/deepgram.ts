import { arr, obj, seconds, speakerName, str } from '../json';
import { runsBySpeaker, type SpeechShape } from '../shape';
import type { Utterance } from '../utterances';

/** Deepgram: `results.utterances`, or the first channel's `paragraphs` or `words` with `speaker`. */
export const deepgram: SpeechShape = {
  service: 'Deepgram',
  keys: 'results.utterances or results.channels[].alternatives[].words',
  read(root) {
    const results = obj(obj(root)?.results);
    if (!results) return undefined;
    const utterances = arr(results.utterances);
    if (utterances?.length) {
      return utterances.map((u, i) => {
        const o = obj(u) ?? {};
        return { speaker: speakerName(o.speaker) ?? null, text: str(o.transcript) ?? '', time: seconds(o.start), endTime: seconds(o.end), path: `results.utterances[${i}]` };
      });
    }
    const channels = arr(results.channels);
    if (!channels?.length) return undefined;
    const out: Utterance[] = [];
    channels.forEach((channel, c) => {
      const alt = obj(arr(obj(channel)?.alternatives)?.[0]);
      if (!alt) return;
      const base = `results.channels[${c}].alternatives[0]`;
      const channelName = channels.length > 1 ? `Channel ${c}` : null;
      const paragraphs = arr(obj(alt.paragraphs)?.paragraphs);
      if (paragraphs?.length && paragraphs.some((p) => obj(p)?.speaker !== undefined)) {
        paragraphs.forEach((p, i) => {
          const o = obj(p) ?? {};
          const text = (arr(o.sentences) ?? []).map((s) => str(obj(s)?.text) ?? '').join(' ');
          out.push({ speaker: speakerName(o.speaker) ?? channelName, text, time: seconds(o.start), endTime: seconds(o.end), path: `${base}.paragraphs.paragraphs[${i}]` });
        });
        return;
      }
      const words = arr(alt.words);
      if (words?.length) {
        const tokens = words.map((w) => {
          const o = obj(w) ?? {};
          return { text: str(o.punctuated_word) ?? str(o.word) ?? '', time: seconds(o.start), endTime: seconds(o.end), speaker: speakerName(o.speaker) ?? channelName };
        });
        out.push(...runsBySpeaker(tokens, (i) => `${base}.words[${i}]`));
      } else if (str(alt.transcript)) out.push({ speaker: channelName, text: str(alt.transcript)!, path: `${base}.transcript` });
    });
    // Channels are recorded side by side: their speech in order of time.
    return channels.length > 1 ? out.sort((a, b) => (a.time ?? a.tokens?.[0]?.time ?? 0) - (b.time ?? b.tokens?.[0]?.time ?? 0)) : out;
  },
};
