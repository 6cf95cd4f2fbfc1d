/**
 * The speech services' JSON shapes, one module each (as pandoc keeps one
 * reader per format), tried in order: the first that reads the JSON wins.
 */
import { kokkai } from './services/kokkai';
import { deepgram } from './services/deepgram';
import { aws } from './services/aws';
import { assemblyAi } from './services/assemblyAi';
import { azure } from './services/azure';
import { google } from './services/google';
import { rev } from './services/rev';
import { speechmatics } from './services/speechmatics';
import { whisperDiarised } from './services/whisperDiarised';
import { sections } from './services/sections';
import { youtube } from './services/youtube';
import { obj } from './json';
import type { SpeechShape } from './shape';

/** Every known shape, the most specific first. */
export const SPEECH_SHAPES: readonly SpeechShape[] = [deepgram, aws, speechmatics, assemblyAi, rev, google, azure, sections, youtube, whisperDiarised, kokkai];

/** The top-level keys of a JSON value, for messages. */
export function topKeys(root: unknown): string[] {
  const o = obj(root);
  if (o) return Object.keys(o);
  return Array.isArray(root) ? ['(an array)'] : [typeof root];
}
