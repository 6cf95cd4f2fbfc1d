import { matchMarkedLabel } from '../../../markedLabels';
import { arr, obj, str, type Json } from '../json';
import type { SpeechShape } from '../shape';
import type { Utterance } from '../utterances';

/** The record of a meeting's particulars the API puts first (`speechOrder` 0): who attended and what was on the agenda, not speech. */
const PARTICULARS = '会議録情報';

/** Where a reply names its meeting (`nameOfHouse`, `nameOfMeeting`, `issue`, `date`): its first meeting, or its first speech record. */
export function kokkaiMeeting(root: unknown): Json | undefined {
  const o = obj(root);
  const meeting = obj(arr(o?.meetingRecord)?.[0]) ?? obj(arr(o?.speechRecord)?.[0]);
  return meeting && (str(meeting.nameOfMeeting) !== undefined || str(meeting.nameOfHouse) !== undefined) ? meeting : undefined;
}

/** The speech records of a reply, at the top or under each meeting, each with its place in the JSON. */
export function kokkaiRecords(root: unknown): Array<{ record: Json; path: string }> | undefined {
  const o = obj(root);
  const meetings = arr(o?.meetingRecord);
  const out: Array<{ record: Json; path: string }> = [];
  const add = (list: unknown[] | undefined, prefix: string) =>
    list?.forEach((r, k) => {
      const record = obj(r);
      if (record) out.push({ record, path: `${prefix}speechRecord[${k}]` });
    });
  if (meetings) meetings.forEach((m, i) => add(arr(obj(m)?.speechRecord), `meetingRecord[${i}].`));
  else add(arr(o?.speechRecord), '');
  return out.some(({ record }) => str(record.speech) !== undefined) ? out : undefined;
}

/**
 * Japan's National Diet minutes as its search API returns them:
 * `speechRecord[]` with `speaker` and `speech`, at the top of the reply or
 * under each `meetingRecord[]`. Each speech opens with the speaker's mark, as
 * printed minutes do (`○委員長（山田太郎君） …`); the speaker is named as
 * the plain-text minutes are (`markedLabels.ts`: the chair by the office),
 * and the mark is left out of the words.
 */
export const kokkai: SpeechShape = {
  service: "Japan's National Diet minutes (its search API)",
  keys: 'speechRecord[] with speaker and speech',
  read(root) {
    const records = kokkaiRecords(root);
    if (!records) return undefined;
    const out: Utterance[] = [];
    for (const { record, path } of records) {
      const speech = str(record.speech);
      if (speech === undefined || str(record.speaker) === PARTICULARS || record.speechOrder === 0 || record.speechOrder === '0') continue;
      const mark = matchMarkedLabel(speech);
      const speaker = mark?.name ?? str(record.speaker)?.trim() ?? null;
      out.push({ speaker: speaker || null, text: mark ? speech.slice(mark.textStart) : speech, path, newTurn: true });
    }
    return out;
  },
};
