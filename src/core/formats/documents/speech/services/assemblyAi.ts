import { arr, millis, obj, speakerName, str } from '../json';
import { runsBySpeaker, type SpeechShape } from '../shape';

/** AssemblyAI: `utterances` with `speaker`, or `words` with `speaker`; times in milliseconds. */
export const assemblyAi: SpeechShape = {
  service: 'AssemblyAI',
  keys: 'utterances, or words with speaker',
  read(root) {
    const o = obj(root);
    if (!o || obj(o.results)) return undefined;
    const utterances = arr(o.utterances);
    if (utterances?.length) {
      return utterances.map((u, i) => {
        const x = obj(u) ?? {};
        return { speaker: speakerName(x.speaker) ?? null, text: str(x.text) ?? '', time: millis(x.start), endTime: millis(x.end), path: `utterances[${i}]` };
      });
    }
    const words = arr(o.words);
    if (!words?.length || !words.every((w) => str(obj(w)?.text) !== undefined && obj(w)?.start !== undefined)) return undefined;
    const tokens = words.map((w) => {
      const x = obj(w)!;
      return { text: str(x.text)!, time: millis(x.start), endTime: millis(x.end), speaker: speakerName(x.speaker) ?? null };
    });
    return runsBySpeaker(tokens, (i) => `words[${i}]`);
  },
};
