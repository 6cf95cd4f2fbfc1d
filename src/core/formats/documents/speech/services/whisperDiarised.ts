import { arr, obj, seconds, speakerName, str } from '../json';
import type { SpeechShape } from '../shape';

/** Whisper with a diariser's speakers the Whisper reader does not read: `speaker_id`, `spk`, a numeric `speaker` on `segments`. */
export const whisperDiarised: SpeechShape = {
  service: 'Whisper with diarisation',
  keys: 'segments[] with speaker_id, spk or speaker',
  read(root) {
    const list = arr(root) ?? arr(obj(root)?.segments);
    if (!list?.length || !list.some((s) => str(obj(s)?.text) !== undefined)) return undefined;
    return list.map((s, i) => {
      const o = obj(s) ?? {};
      const who = o.speaker_name ?? o.speaker ?? o.speaker_id ?? o.spk ?? o.speaker_label;
      return { speaker: speakerName(who) ?? null, text: str(o.text) ?? '', time: seconds(o.start), endTime: seconds(o.end), path: arr(root) ? `[${i}]` : `segments[${i}]` };
    });
  },
};
