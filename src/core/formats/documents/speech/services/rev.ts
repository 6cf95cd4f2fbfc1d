import { arr, obj, seconds, speakerName, str } from '../json';
import type { SpeechShape } from '../shape';

/** Rev.ai: `monologues[]` with `speaker`/`speaker_name` and `elements` of type text and punct (spaces included). */
export const rev: SpeechShape = {
  service: 'Rev.ai',
  keys: 'monologues[].elements',
  read(root) {
    const monologues = arr(obj(root)?.monologues);
    if (!monologues) return undefined;
    return monologues.map((m, i) => {
      const o = obj(m) ?? {};
      const elements = arr(o.elements) ?? [];
      // Rev.ai writes the spaces as punctuation elements: the values joined as they are are the text.
      const text = elements.map((e) => str(obj(e)?.value) ?? '').join('');
      const first = elements.map((e) => obj(e)).find((e) => e?.type === 'text');
      const last = [...elements].reverse().map((e) => obj(e)).find((e) => e?.type === 'text');
      const named = str(o.speaker_name)?.trim() || str(obj(o.speaker_info)?.display_name)?.trim();
      return { speaker: named || speakerName(o.speaker) || null, text, time: seconds(first?.ts), endTime: seconds(last?.end_ts), path: `monologues[${i}]` };
    });
  },
};
