/**
 * Which recording belongs to a transcript: one linked by the user (the
 * sidecar's `media:`), one named in the front matter (`media:`), or a media
 * file beside it with the same base name. Found through `workspace.fs`, so it
 * works in both hosts; remembered until a media file, the sidecar or the text
 * changes.
 */

import * as vscode from 'vscode';
import { readSidecar } from '../core/annotations';
import { frontMatterMedia, mediaKind, recordingBeside, recordingOutsideMessage, recordingOutsideProblem, recordingRefProblem } from '../core/media';
import { showInvisible } from '../core/text';
import type { EntryInfo } from '../core/files/fileHost';
import { Disposable } from '../util/dispose';
import type { SidecarStore } from '../storage';
import { readSidecarFile } from '../storage/sidecarFiles';
import { hostFiles } from '../documents/hostFiles';
import { fileName, fileOf, sidecarUriOf, shownName } from '../documents/addresses';

/** A transcript's recording, and where it was found. */
export interface Recording {
  uri: vscode.Uri;
  kind: 'audio' | 'video';
  /** How it was found: linked in the sidecar, named in the front matter, or beside the transcript. */
  source: 'linked' | 'frontMatter' | 'beside';
}

/**
 * The folder a transcript's recording must be inside: its workspace folder,
 * or, for a file outside every workspace folder, its own folder.
 */
export function recordingRoot(transcript: vscode.Uri): vscode.Uri {
  const file = fileOf(transcript);
  return vscode.workspace.getWorkspaceFolder(file)?.uri ?? folderOf(file);
}

/** Why the player must not read `recording` for `transcript`: outside the transcript's workspace folder, or a link it cannot follow there. */
export async function recordingPlaceProblem(transcript: vscode.Uri, recording: vscode.Uri, shownRef: string): Promise<string | undefined> {
  const root = recordingRoot(transcript);
  if (recording.scheme !== root.scheme || recording.authority !== root.authority) return recordingOutsideMessage(shownRef);
  const outside = recordingOutsideProblem(recording.path, root.path, shownRef);
  if (outside) return outside;
  let stat: EntryInfo | undefined;
  try {
    stat = await hostFiles.stat(recording);
  } catch {
    // Reported as missing by the caller, which looks for the file itself.
    return undefined;
  }
  // The host tells a link but not where it leads: one could lead out of the workspace folder.
  if (stat?.link) return `"${shownRef}" is a symbolic link, and the player plays only recordings it can tell are inside the workspace folder; copy the recording there instead.`;
  return undefined;
}

/** The folder that holds a file (for a document's transcript view, the document's folder). */
export function folderOf(uri: vscode.Uri): vscode.Uri {
  const file = fileOf(uri);
  return file.with({ path: file.path.slice(0, file.path.lastIndexOf('/')) || '/' });
}

export class Recordings extends Disposable {
  private readonly found = new Map<string, Promise<Recording | undefined>>();
  /** The sidecar's `media:` each cached answer was made with, to notice a change. */
  private readonly linkedRef = new Map<string, string | undefined>();
  private readonly known = new Map<string, Recording | undefined>();
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  /** Fires when recordings may have come or gone. */
  readonly onDidChange = this.changeEmitter.event;
  private readonly warned = new Set<string>();

  constructor(private readonly store: SidecarStore) {
    super();
    const watcher = this._register(vscode.workspace.createFileSystemWatcher('**/*.{mp3,m4a,wav,ogg,mp4,webm,MP3,M4A,WAV,OGG,MP4,WEBM}', false, true, false));
    this._register(watcher.onDidCreate(() => this.forgetAll()));
    this._register(watcher.onDidDelete(() => this.forgetAll()));
    this._register(
      store.onDidChangeTags((uri) => {
        const key = uri.toString();
        if (!this.linkedRef.has(key)) return;
        const ref = this.linkedRefOf(uri);
        if (ref !== this.linkedRef.get(key)) this.forget(uri);
      }),
    );
    this._register(
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (this.found.has(doc.uri.toString())) this.forget(doc.uri);
      }),
    );
  }

  /** The recording already found for a transcript; undefined when there is none or it is not known yet. */
  knownFor(uri: vscode.Uri): Recording | undefined {
    return this.known.get(uri.toString());
  }

  /** True when some transcript is known to have a recording. */
  anyKnown(): boolean {
    for (const r of this.known.values()) if (r) return true;
    return false;
  }

  /** The recording of a transcript, looked for once and then remembered. */
  find(transcript: vscode.Uri): Promise<Recording | undefined> {
    const key = transcript.toString();
    let promise = this.found.get(key);
    if (!promise) {
      this.linkedRef.set(key, this.linkedRefOf(transcript));
      promise = this.look(transcript).then(
        (r) => {
          if (this.found.get(key) === promise) {
            const before = this.known.get(key);
            this.known.set(key, r);
            if (before?.uri.toString() !== r?.uri.toString() || !this.known.has(key)) this.changeEmitter.fire();
          }
          return r;
        },
        (e: Error) => {
          void vscode.window.showWarningMessage(vscode.l10n.t('Could not look for the recording of {0}: {1}', shownName(transcript), e.message));
          return undefined;
        },
      );
      this.found.set(key, promise);
    }
    return promise;
  }

  /** Forgets what was found for a transcript, so that it is looked for again. */
  forget(transcript: vscode.Uri): void {
    const key = transcript.toString();
    this.found.delete(key);
    this.linkedRef.delete(key);
    this.known.delete(key);
    this.changeEmitter.fire();
  }

  private forgetAll(): void {
    this.found.clear();
    this.linkedRef.clear();
    this.known.clear();
    this.changeEmitter.fire();
  }

  private linkedRefOf(transcript: vscode.Uri): string | undefined {
    const media = this.store.loaded(transcript)?.extra.media;
    return typeof media === 'string' ? media : undefined;
  }

  private async look(transcript: vscode.Uri): Promise<Recording | undefined> {
    const folder = folderOf(transcript);
    const linked = this.linkedRefOf(transcript) ?? (this.store.loaded(transcript) ? undefined : await this.sidecarMedia(transcript));
    if (linked !== undefined) {
      const r = await this.resolve(transcript, folder, linked, 'linked', `the sidecar ${shownName(sidecarUriOf(transcript))}`);
      if (r) return r;
    }
    const doc = hostFiles.openDocument(transcript);
    const head = doc ? doc.getText(new vscode.Range(0, 0, 100, 0)) : await this.head(transcript);
    const named = head === undefined ? undefined : frontMatterMedia(head);
    if (named !== undefined) {
      const r = await this.resolve(transcript, folder, named, 'frontMatter', `the front matter of ${shownName(transcript)}`);
      if (r) return r;
    }
    let names: string[];
    try {
      names = (await hostFiles.list(folder)).filter(({ kind }) => kind === 'file').map(({ name }) => name);
    } catch (e) {
      throw new Error(`its folder could not be listed (${(e as Error).message})`);
    }
    const beside = recordingBeside(fileName(transcript), names);
    if (!beside) return undefined;
    const uri = vscode.Uri.joinPath(folder, beside);
    const problem = await recordingPlaceProblem(transcript, uri, showInvisible(beside));
    if (problem) {
      this.warnOnce(transcript, beside, `The recording beside ${shownName(transcript)} cannot be played: ${problem}`);
      return undefined;
    }
    return { uri, kind: mediaKind(beside)!, source: 'beside' };
  }

  /** A named recording, checked: a relative path to a media file that exists. Tells the user (once) when it is not. */
  private async resolve(transcript: vscode.Uri, folder: vscode.Uri, ref: string, source: Recording['source'], where: string): Promise<Recording | undefined> {
    const problem = recordingRefProblem(ref);
    // joinPath resolves `..`: the path compared with the workspace folder is the one that would be read.
    const uri = problem ? undefined : vscode.Uri.joinPath(folder, ...ref.split(/[\\/]/));
    let missing = problem === undefined ? undefined : showInvisible(problem);
    if (uri) missing = await recordingPlaceProblem(transcript, uri, showInvisible(ref));
    if (uri && !missing) {
      const there = await hostFiles.stat(uri).catch(() => undefined);
      if (!there) missing = `"${showInvisible(ref)}" does not exist.`;
    }
    if (missing) {
      this.warnOnce(transcript, ref, vscode.l10n.t('The recording named in {0} cannot be played: {1}', where, missing));
      return undefined;
    }
    return { uri: uri!, kind: mediaKind(ref)!, source };
  }

  /** Says why a recording cannot be played, once per transcript and reference. */
  private warnOnce(transcript: vscode.Uri, ref: string, message: string): void {
    const key = `${transcript.toString()}\n${ref}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    void vscode.window.showWarningMessage(message);
  }

  private async sidecarMedia(transcript: vscode.Uri): Promise<string | undefined> {
    const file = await readSidecarFile(sidecarUriOf(transcript)).catch((e: Error) => {
      void vscode.window.showWarningMessage(vscode.l10n.t('Could not read {0} for its recording: {1}', shownName(sidecarUriOf(transcript)), e.message));
      return undefined;
    });
    if (!file) return undefined;
    const read = readSidecar(file.text, file.size);
    const media = read.kind === 'ok' ? read.sidecar.extra.media : undefined;
    return typeof media === 'string' ? media : undefined;
  }

  private async head(transcript: vscode.Uri): Promise<string | undefined> {
    try {
      const bytes = await hostFiles.readBytes(transcript);
      return new TextDecoder('utf-8').decode(bytes.subarray(0, 8192));
    } catch (e) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Could not read {0} for its front matter: {1}', shownName(transcript), (e as Error).message));
      return undefined;
    }
  }
}

/**
 * The name of a recording beside a transcript (same base name), for exports;
 * undefined when there is none. A folder that cannot be listed is reported through `warn`.
 */
export async function recordingNameBeside(transcript: vscode.Uri, warn: (message: string) => void): Promise<string | undefined> {
  try {
    const names = (await hostFiles.list(folderOf(transcript))).map(({ name }) => name);
    return recordingBeside(fileName(transcript), names);
  } catch (e) {
    warn(`Its folder could not be listed to look for its recording (${(e as Error).message}); it is exported without one.`);
    return undefined;
  }
}
