/** What exports need of a transcript's recording: its address and the text's time anchors. */
import type { TextIndex } from '../annotations/positions';
import { mediaKind, recordingRefProblem } from './recording';
import type { TimeAnchor } from './anchors';

/** A document's recording, for exports. */
export interface ExportRecording {
  /** The recording's URI, resolved against the transcript's. */
  uri: string;
  kind: 'audio' | 'video';
}

/** The recording named by `ref` (relative to the transcript's folder) for the transcript at `documentUri`; undefined when it cannot be one. */
export function exportRecording(documentUri: string, ref: string | undefined): ExportRecording | undefined {
  if (ref === undefined || recordingRefProblem(ref)) return undefined;
  try {
    return { uri: new URL(ref.split('\\').join('/'), documentUri).href, kind: mediaKind(ref)! };
  } catch {
    // A document URI that is no base for a relative one (an untitled document): no recording to name.
    return undefined;
  }
}

/** Time anchors as sync points: code-point positions in the text and seconds. */
export function syncPoints(anchors: readonly TimeAnchor[], index: TextIndex): Array<{ position: number; time: number }> {
  return anchors.map((a) => ({ position: index.toCodePoint(a.offset), time: a.time }));
}

/** `t=12.5,14.2`: a media fragment (W3C Media Fragments) of seconds. */
export function mediaFragment(time: { start: number; end: number }): string {
  return `t=${time.start},${time.end}`;
}
