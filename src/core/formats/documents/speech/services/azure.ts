import { arr, obj, seconds, speakerName, str } from '../json';
import type { SpeechShape } from '../shape';

/**
 * Azure Speech: the batch service's `recognizedPhrases[]` (`speaker` or
 * `channel`, `nBest[0].display`, `offsetInTicks`), and the SDK's results, a
 * list of `{DisplayText, NBest, Offset, SpeakerId}` (offsets in ticks).
 */
export const azure: SpeechShape = {
  service: 'Azure Speech',
  keys: 'recognizedPhrases[].nBest, or a list of DisplayText/NBest results',
  read(root) {
    const batch = arr(obj(root)?.recognizedPhrases);
    const sdk = batch ? undefined : arr(root) ?? arr(obj(root)?.results) ?? arr(obj(root)?.phrases);
    const phrases = batch ?? (sdk?.some((p) => obj(p)?.DisplayText !== undefined || arr(obj(p)?.NBest)) ? sdk : undefined);
    if (!phrases) return undefined;
    const base = batch ? 'recognizedPhrases' : arr(root) ? '' : 'results';
    const channels = new Set(phrases.map((p) => obj(p)?.channel ?? obj(p)?.Channel).filter((c) => c !== undefined));
    const ticks = (v: unknown) => (typeof v === 'number' ? v / 1e7 : seconds(v));
    const rows = phrases.map((p, i) => {
      const o = obj(p) ?? {};
      const best = obj(arr(o.nBest ?? o.NBest)?.[0]) ?? {};
      const start = o.offsetInTicks !== undefined ? ticks(o.offsetInTicks) : ticks(o.offset ?? o.Offset);
      const length = o.durationInTicks !== undefined ? ticks(o.durationInTicks) : ticks(o.duration ?? o.Duration);
      const channel = o.channel ?? o.Channel;
      const speaker = speakerName(o.speaker ?? o.SpeakerId ?? o.speakerId) ?? (channels.size > 1 ? `Channel ${String(channel)}` : null);
      const text = str(o.DisplayText) ?? str(best.display) ?? str(best.Display) ?? str(best.itn) ?? str(best.lexical) ?? '';
      return { speaker, text, time: start, endTime: start !== undefined && length !== undefined ? start + length : undefined, path: `${base}[${i}]` };
    });
    return rows.sort((a, b) => (a.time ?? 0) - (b.time ?? 0));
  },
};
