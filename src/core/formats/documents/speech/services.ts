/**
 * The speech services' JSON shapes, one row each: how to tell the shape by
 * its keys and how to take utterances out of it. A row returns undefined
 * when the JSON is not its shape, so the first row that reads it wins.
 */
import { arr, millis, obj, seconds, speakerName, str, type Json } from './json';
import type { Token, Utterance } from './utterances';

/** A service's JSON shape. */
export interface SpeechShape {
  /** The service, for people: `AWS Transcribe`. */
  service: string;
  /** The keys that tell it, for the message about an unknown shape: `results.items`. */
  keys: string;
  /** The utterances, or undefined when the JSON is not this shape. */
  read(root: unknown): Utterance[] | undefined;
}

/** Runs of tokens by the same speaker as utterances; `path(i)` names the first token's place. */
function runsBySpeaker(tokens: Array<Token & { speaker: string | null }>, path: (i: number) => string): Utterance[] {
  const out: Utterance[] = [];
  tokens.forEach((t, i) => {
    const last = out[out.length - 1];
    // Punctuation belongs to the word before it, whoever the service says spoke it.
    if (last && (t.speaker === last.speaker || t.attachesLeft)) last.tokens!.push(t);
    else out.push({ speaker: t.speaker, tokens: [t], path: path(i) });
  });
  return out;
}

const PUNCTUATION = /^[\p{P}\p{S}]+$/u;

/** Deepgram: `results.utterances`, or the first channel's `paragraphs` or `words` with `speaker`. */
const deepgram: SpeechShape = {
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

/** AWS Transcribe: `results.items` (words and punctuation), speakers from the items, `speaker_labels.segments` or `channel_labels`. */
const aws: SpeechShape = {
  service: 'AWS Transcribe',
  keys: 'results.items with results.speaker_labels or results.channel_labels',
  read(root) {
    const results = obj(obj(root)?.results);
    const items = arr(results?.items);
    if (!results || !items || !(arr(results.transcripts) || items.some((it) => obj(it)?.alternatives))) return undefined;
    // A speaker for each start time (as a number: `"1.5"` and `"1.50"` are one time): from the segments' items, or the channels' items.
    const byStart = new Map<number, string>();
    const ranges: Array<{ from: number; to: number; who: string }> = [];
    for (const seg of arr(obj(results.speaker_labels)?.segments) ?? []) {
      const o = obj(seg) ?? {};
      const from = seconds(o.start_time);
      const to = seconds(o.end_time);
      if (from !== undefined && to !== undefined && str(o.speaker_label)) ranges.push({ from, to, who: str(o.speaker_label)! });
      for (const it of arr(o.items) ?? []) {
        const s = seconds(obj(it)?.start_time);
        const who = str(obj(it)?.speaker_label) ?? str(o.speaker_label);
        if (s !== undefined && who) byStart.set(s, who);
      }
    }
    for (const ch of arr(obj(results.channel_labels)?.channels) ?? []) {
      const label = str(obj(ch)?.channel_label);
      for (const it of arr(obj(ch)?.items) ?? []) {
        const s = seconds(obj(it)?.start_time);
        if (s !== undefined && label && !byStart.has(s)) byStart.set(s, label);
      }
    }
    let speaker: string | null = null;
    const tokens = items.map((it) => {
      const o = obj(it) ?? {};
      const text = str(obj(arr(o.alternatives)?.[0])?.content) ?? '';
      const punct = o.type === 'punctuation';
      const start = seconds(o.start_time);
      // An item the segments do not list by its time belongs to the segment whose span holds it.
      const inRange = (t: number) => byStart.get(t) ?? ranges.find((r) => r.from <= t && t < r.to)?.who;
      if (!punct) speaker = str(o.speaker_label) ?? (start !== undefined ? inRange(start) : undefined) ?? str(o.channel_label) ?? speaker;
      return { text, attachesLeft: punct, time: seconds(o.start_time), endTime: seconds(o.end_time), speaker };
    });
    return runsBySpeaker(tokens, (i) => `results.items[${i}]`);
  },
};

/** AssemblyAI: `utterances` with `speaker`, or `words` with `speaker`; times in milliseconds. */
const assemblyAi: SpeechShape = {
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

/** Rev.ai: `monologues[]` with `speaker`/`speaker_name` and `elements` of type text and punct (spaces included). */
const rev: SpeechShape = {
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

/** Speechmatics: `results[]` of type word/punctuation with `alternatives[0].speaker` and `attaches_to`. */
const speechmatics: SpeechShape = {
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
      if (!punct) speaker = str(alt.speaker) ?? str(o.channel) ?? speaker;
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

/** Google Speech-to-Text: `results[].alternatives[0]`, words with `speakerTag`/`speakerLabel` (the last result holds them all). */
const google: SpeechShape = {
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
      return [{ speaker: channels.size > 1 ? `Channel ${String(r.channelTag)}` : null, text, time: seconds(first?.startTime ?? first?.startOffset), endTime: seconds(r.resultEndTime ?? r.resultEndOffset), path: `results[${i}].alternatives[0]`, newTurn: channels.size <= 1 }];
    });
  },
};

/**
 * Azure Speech: the batch service's `recognizedPhrases[]` (`speaker` or
 * `channel`, `nBest[0].display`, `offsetInTicks`), and the SDK's results, a
 * list of `{DisplayText, NBest, Offset, SpeakerId}` (offsets in ticks).
 */
const azure: SpeechShape = {
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

/** Whisper with a diariser's speakers the Whisper reader does not read: `speaker_id`, `spk`, a numeric `speaker` on `segments`. */
const whisperDiarised: SpeechShape = {
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

/** Broadcast transcripts split into JSON: `sections[]` with `speaker` and `sentences[]` (a text each). */
const sections: SpeechShape = {
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

/** YouTube's `json3` captions: `events[].segs[].utf8`; `>>` starts another speaker's turn. */
const youtube: SpeechShape = {
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

/** Every known shape, the most specific first. */
export const SPEECH_SHAPES: readonly SpeechShape[] = [deepgram, aws, speechmatics, assemblyAi, rev, google, azure, sections, youtube, whisperDiarised];

/** The top-level keys of a JSON value, for messages. */
export function topKeys(root: unknown): string[] {
  const o: Json | undefined = obj(root);
  if (o) return Object.keys(o);
  return Array.isArray(root) ? ['(an array)'] : [typeof root];
}
