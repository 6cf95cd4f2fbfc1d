import { arr, obj, speakerName, str } from '../json';
import type { SpeechShape } from '../shape';

/** Broadcast transcripts split into JSON: `sections[]` with `speaker` and `sentences[]` (a text each). */
export const sections: SpeechShape = {
  service: 'a broadcast transcript in sections',
  keys: 'sections[].speaker with sentences[]',
  read(root) {
    const list = arr(obj(root)?.sections);
    if (!list || !list.some((s) => arr(obj(s)?.sentences))) return undefined;
    return list.map((s, i) => {
      const o = obj(s) ?? {};
      const text = (arr(o.sentences) ?? []).map((x) => str(x) ?? str(obj(x)?.text) ?? '').join(' ');
      return { speaker: speakerName(o.speaker) ?? null, text, path: `sections[${i}]` };
    });
  },
};
