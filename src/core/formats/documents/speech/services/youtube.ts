import { arr, millis, obj, str } from '../json';
import type { SpeechShape } from '../shape';
import type { Utterance } from '../utterances';

/** YouTube's `json3` captions: `events[].segs[].utf8`; `>>` starts another speaker's turn. */
export const youtube: SpeechShape = {
  service: 'YouTube json3 captions',
  keys: 'events[].segs[].utf8',
  read(root) {
    const events = arr(obj(root)?.events);
    if (!events || !events.some((e) => arr(obj(e)?.segs))) return undefined;
    const out: Utterance[] = [];
    events.forEach((e, i) => {
      const o = obj(e) ?? {};
      const text = (arr(o.segs) ?? []).map((s) => str(obj(s)?.utf8) ?? '').join('');
      if (!text.trim()) return;
      const start = millis(o.tStartMs);
      const end = start !== undefined && typeof o.dDurationMs === 'number' ? start + o.dDurationMs / 1000 : undefined;
      text.split(/(?=>>)/).forEach((piece, k) => {
        const said = piece.replace(/^>>\s*/, '');
        if (said.trim()) out.push({ speaker: null, text: said, time: start, endTime: end, path: `events[${i}]`, newTurn: piece.startsWith('>>') || (k === 0 && out.length === 0) });
      });
    });
    return out;
  },
};
