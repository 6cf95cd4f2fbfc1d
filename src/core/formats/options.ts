/**
 * What every reader shares: its options and the helpers a reader of any
 * format uses (a title from the file's name).
 */
import { collapseSpace } from '../text';
import type { LabelOptions } from './labels';
import type { DiarisedStretch } from './rttm';

/** Options for reading; all optional. */
export interface ParseOptions extends LabelOptions {
  /** Skip collecting inline notes (faster when they are not needed). */
  skipNotes?: boolean;
  /** The file's name, for a title where the text has none and for choosing a reader. */
  fileName?: string;
  /** Who spoke when, from an RTTM file beside a speech-recognition file that names no speakers (as WhisperX pairs them). */
  diarisation?: readonly DiarisedStretch[];
}

/** `press-call_2024-03-01.en.vtt` → `press-call 2024-03-01.en`: a file's name as a title. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const stem = base.replace(/\.(?:transcript\.txt|transcript|txt|md|markdown|vtt|srt|json|sbv|pdf|docx?|html?|xml|ttml|dfxp)$/i, '');
  return collapseSpace(stem.replace(/[_]+/g, ' ')) || base;
}
