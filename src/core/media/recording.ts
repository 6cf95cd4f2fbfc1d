/**
 * Finding a transcript's recording: the names a media file beside it may have,
 * and a recording named in its front matter.
 */
import { normalPath } from '../workspace/outputGuard';

/** The media files a recording may be, by extension (lower case, with the dot), and whether each is a video. */
export const MEDIA_EXTENSIONS: Readonly<Record<string, 'audio' | 'video'>> = {
  '.mp3': 'audio',
  '.m4a': 'audio',
  '.wav': 'audio',
  '.ogg': 'audio',
  '.mp4': 'video',
  '.webm': 'video',
};

/** Audio or video, from a media file's name; undefined when it is not a media file this player knows. */
export function mediaKind(fileName: string): 'audio' | 'video' | undefined {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? undefined : MEDIA_EXTENSIONS[fileName.slice(dot).toLowerCase()];
}

/**
 * The base names a recording beside `transcriptName` may have, best first:
 * `talk.transcript.txt` → `talk.transcript`, `talk`; `talk.en.vtt` → `talk.en`, `talk`.
 */
export function recordingBaseNames(transcriptName: string): string[] {
  const bases: string[] = [];
  let name = transcriptName;
  for (let i = 0; i < 2; i++) {
    const dot = name.lastIndexOf('.');
    if (dot <= 0) break;
    name = name.slice(0, dot);
    bases.push(name);
  }
  return bases;
}

/**
 * The recording beside a transcript among the names in its folder: same base
 * name, a known media extension (any case). Undefined when there is none.
 */
export function recordingBeside(transcriptName: string, folderNames: readonly string[]): string | undefined {
  const byLower = new Map<string, string>();
  for (const n of folderNames) if (mediaKind(n)) byLower.set(n.toLowerCase(), n);
  for (const base of recordingBaseNames(transcriptName)) {
    for (const ext of Object.keys(MEDIA_EXTENSIONS)) {
      const found = byLower.get((base + ext).toLowerCase());
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The recording a transcript's front matter names (`media: talk.mp3` between
 * `---` lines at its start), as written, without quotes.
 */
export function frontMatterMedia(text: string): string | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/^---[ \t]*\r?\n/.test(body)) return undefined;
  const lines = body.slice(0, 8192).split(/\r?\n/);
  for (let i = 1; i < Math.min(lines.length, 100); i++) {
    const line = lines[i]!;
    if (/^(---|\.\.\.)[ \t]*$/.test(line)) return undefined;
    const m = /^media[ \t]*:[ \t]*(.*?)[ \t]*$/i.exec(line);
    if (m) {
      const value = m[1]!.replace(/^(["'])(.*)\1$/, '$2').trim();
      return value === '' ? undefined : value;
    }
  }
  return undefined;
}

/**
 * Why a recording reference cannot be used, or undefined when it can: it must
 * be a path relative to the transcript's folder (`talk.mp3`, `../audio/talk.mp3`)
 * naming a media file this player knows.
 */
export function recordingRefProblem(ref: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('/') || ref.startsWith('\\')) {
    return `"${ref}" is not a path relative to the transcript's folder.`;
  }
  if (!mediaKind(ref)) return `"${ref}" is not a recording this player plays (${Object.keys(MEDIA_EXTENSIONS).join(' ')}).`;
  return undefined;
}

/**
 * Why a recording at `path` may not be played for a transcript whose
 * workspace folder is `root` (both `/`-separated absolute paths, `..`
 * resolved here): the player reads only inside that folder, so that a
 * transcript from elsewhere cannot name any media file on the disk.
 * Undefined when it is inside.
 */
export function recordingOutsideProblem(path: string, root: string, shownRef: string): string | undefined {
  const inside = normalPath(path);
  const folder = normalPath(root).replace(/\/$/, '');
  return inside.startsWith(`${folder}/`) ? undefined : recordingOutsideMessage(shownRef);
}

/** The sentence that refuses a recording outside the transcript's workspace folder. */
export function recordingOutsideMessage(shownRef: string): string {
  return `"${shownRef}" is outside the transcript's workspace folder; the player plays only recordings inside it.`;
}

/** The path of `target` relative to the folder `from` (both `/`-separated absolute paths). */
export function relativePath(from: string, target: string): string {
  const a = from.split('/').filter(Boolean);
  const b = target.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}
