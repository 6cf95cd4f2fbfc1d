/**
 * Speech-recognition services' JSON (Deepgram, AWS Transcribe, AssemblyAI,
 * Rev.ai, Speechmatics, Google, Azure, Whisper with a diariser's speakers),
 * the minutes of Japan's Diet from its search API,
 * broadcast transcripts split into JSON sections, and YouTube's json3
 * captions: each recognised by its keys and written as a transcript, a turn
 * per run of the same speaker, speakers named as the service names them.
 * Plain TypeScript: `JSON.parse` and no library.
 */
import { findDate } from '../../dates';
import { FormatError } from '../../errors';
import { titleFromFileName, type ParseOptions } from '../../options';
import type { Metadata } from '../../../transcript/model';
import { decodeText } from '../../../text';
import { obj, str } from './json';
import { SPEECH_SHAPES, topKeys } from './services';
import { kokkaiMeeting } from './services/kokkai';
import { writeUtterances } from './utterances';
import type { DocumentRead } from '../writer';

/** Keys in a JSON file's head that only a speech service's output has. */
const SIGNATURES: readonly RegExp[] = [
  /"utterances"\s*:\s*\[/,
  /"channels"\s*:\s*\[[\s\S]*"alternatives"\s*:/,
  /"speaker_labels"\s*:|"channel_labels"\s*:|"audio_segments"\s*:|"jobName"\s*:/,
  /"monologues"\s*:\s*\[/,
  /"attaches_to"\s*:|"type"\s*:\s*"(?:word|punctuation)"/,
  /"speakerTag"\s*:|"speakerLabel"\s*:|"resultEndTime"\s*:|"resultEndOffset"\s*:|"results"\s*:\s*\[\s*\{\s*"alternatives"\s*:\s*\[\s*\{\s*"transcript"/,
  /"recognizedPhrases"\s*:|"combinedRecognizedPhrases"\s*:|"nBest"\s*:|"NBest"\s*:|"DisplayText"\s*:/,
  /"(?:acoustic_model|language_model|audio_duration)"\s*:[\s\S]*"words"\s*:|"words"\s*:[\s\S]*"(?:acoustic_model|language_model|audio_duration)"\s*:/,
  /"sections"\s*:\s*\[[\s\S]*"sentences"\s*:/,
  /"wireMagic"\s*:|"segs"\s*:\s*\[\s*\{\s*"utf8"/,
  /"words"\s*:\s*\[[\s\S]*"confidence"[\s\S]*"speaker"\s*:\s*"[A-Z]"/,
  /"speechRecord"\s*:\s*\[|"meetingRecord"\s*:\s*\[/,
];

/** Whisper segments with speakers under names the Whisper reader does not read. */
const DIARISED_WHISPER = /"(?:speaker_id|spk|speaker_name)"\s*:|"speaker"\s*:\s*\d/;
const WHISPER_SPEAKER = /"speaker"\s*:\s*"/;

/** True when a file's head is the JSON of a speech service this reader knows (and not Whisper JSON the Whisper reader reads). */
export function sniffSpeechJson(textHead: string | undefined, fileName: string | undefined): boolean {
  if (!textHead) return false;
  const body = textHead.replace(/^\ufeff/, '').trimStart();
  if (!body.startsWith('{') && !body.startsWith('[')) return false;
  if (fileName && !/\.json$/i.test(fileName)) return false;
  if (SIGNATURES.some((re) => re.test(body))) return true;
  return /"segments"\s*:\s*\[|^\[\s*\{/.test(body) && DIARISED_WHISPER.test(body) && !WHISPER_SPEAKER.test(body);
}

/** Reads a speech service's JSON; FormatError for JSON that does not parse or has no shape this reader knows. */
export function readSpeechJson(bytes: Uint8Array, options: ParseOptions): DocumentRead {
  const text = decodeText(bytes).text.replace(/^\ufeff/, '');
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    throw new FormatError(`not valid JSON: ${(e as Error).message}`);
  }
  for (const shape of SPEECH_SHAPES) {
    const utterances = shape.read(root);
    if (!utterances) continue;
    if (!utterances.some((u) => (u.text ?? u.tokens?.map((t) => t.text).join('') ?? '').trim())) throw new FormatError(`${shape.service} JSON with no recognised words in it`);
    return writeUtterances(utterances, 'speech-json', metadataOf(root, options), options, [`read as ${shape.service} JSON`]);
  }
  const keys = topKeys(root).slice(0, 12).map((k) => `"${k}"`).join(', ');
  const known = SPEECH_SHAPES.map((s) => `${s.service} (${s.keys})`).join(', ');
  throw new FormatError(`not a speech-recognition JSON this program knows: top-level keys ${keys}; known: ${known}`);
}

/** A title and the date of the event where the JSON states them (`title`, `date`, `aired`, `time`); else the file's name. */
function metadataOf(root: unknown, options: ParseOptions): Metadata {
  const o = obj(root) ?? {};
  const meta: Metadata = {};
  const title = str(o.title)?.trim();
  if (title) {
    meta.title = title;
    meta.titleFrom = 'JSON fields';
  } else if (options.fileName) {
    meta.title = titleFromFileName(options.fileName);
    meta.titleFrom = 'file name';
  }
  // The Diet's minutes: the house, the meeting and its number, and the date, on each speech record.
  const diet = kokkaiMeeting(root);
  if (diet && !title) {
    const named = [str(diet.nameOfHouse), str(diet.nameOfMeeting), str(diet.issue)].filter((s) => s?.trim()).join(' ');
    if (named) {
      meta.title = named;
      meta.titleFrom = 'JSON fields';
    }
  }
  for (const key of ['date', 'aired', 'airDate', 'air_date', 'broadcastDate', 'time']) {
    const value = str(o[key]) ?? (diet ? str(diet[key]) : undefined);
    const found = value ? findDate(value) : undefined;
    if (found) {
      meta.date = found.iso;
      meta.dateText = found.text;
      meta.dateFrom = 'JSON fields';
      break;
    }
  }
  return meta;
}
