import { arr, obj, seconds, str } from '../json';
import { runsBySpeaker, type SpeechShape } from '../shape';

/** The label Speechmatics gives a word whose speaker it could not tell. */
const UNKNOWN = 'UU';

/** Speechmatics: `results[]` of type word/punctuation with `alternatives[0].speaker` and `attaches_to`. */
export const speechmatics: SpeechShape = {
  service: 'Speechmatics',
  keys: 'results[] with type and alternatives[].content',
  read(root) {
    const results = arr(obj(root)?.results);
    if (!results?.length || !results.some((r) => str(obj(r)?.type) && arr(obj(r)?.alternatives))) return undefined;
    let speaker: string | null = null;
    const tokens = results.map((r) => {
      const o = obj(r) ?? {};
      const alt = obj(arr(o.alternatives)?.[0]) ?? {};
      const attaches = str(o.attaches_to);
      const punct = o.type === 'punctuation';
      // `UU` is how Speechmatics writes a speaker it could not tell (and every word when diarisation is off): no one's name.
      if (!punct) speaker = alt.speaker === UNKNOWN ? null : (str(alt.speaker) ?? str(o.channel) ?? speaker);
      return {
        text: str(alt.content) ?? '',
        attachesLeft: attaches === 'previous' || attaches === 'both' || (punct && attaches === undefined),
        attachesRight: attaches === 'next' || attaches === 'both',
        time: seconds(o.start_time),
        endTime: seconds(o.end_time),
        speaker,
      };
    });
    return runsBySpeaker(tokens, (i) => `results[${i}]`);
  },
};
