/**
 * Who spoke when, from the RTTM file beside a Whisper JSON or captions file
 * (`talk.json` and `talk.rttm`), for the editor: looked up and read through
 * `vscode.workspace.fs` (so in VS Code for the Web too), kept per version of
 * the RTTM file and watched. A broken RTTM file gets a diagnostic on the line
 * that is wrong and one warning; its transcript is shown without its speakers.
 */
import * as vscode from 'vscode';
import { DiarisationsBeside, MAX_RTTM_BYTES, type RttmChange } from '../core/formats/diarisationBeside';
import { diarisationFileFor, type DiarisedStretch } from '../core/formats';
import { Disposable } from '../util/dispose';
import { logError, logWarning } from '../util/log';
import { hostFiles } from './hostFiles';

/** The RTTM files beside the editor's transcripts, read once per version and watched. */
export class Diarisations extends Disposable {
  private readonly problems = this._register(vscode.languages.createDiagnosticCollection('transcript-rttm'));
  /** The problems already told, as `<RTTM file> <message>`: each is told once. */
  private readonly told = new Set<string>();
  private readonly changeEmitter = this._register(new vscode.EventEmitter<vscode.Uri[]>());
  /** Fires with the transcripts whose speakers changed because the RTTM file beside them did: parse them again. */
  readonly onDidChange = this.changeEmitter.event;
  private readonly files = new DiarisationsBeside<vscode.Uri>(hostFiles, (uri) => uri.toString(), (change) => this.report(change), MAX_RTTM_BYTES, (at) => this.knownAbsent(at));
  /** The workspace's RTTM files, listed once when first needed and kept by the watcher. */
  private listed: Promise<Set<string> | undefined> | undefined;
  /** Whether the workspace's RTTM files are watched, and the folders outside it whose RTTM files are. */
  private watching = false;
  private readonly watchedOutside = new Set<string>();

  /** The stretches of the RTTM file beside this file as far as they are read now; the first call starts the read (`onDidChange` tells when it ends). */
  of(uri: vscode.Uri): readonly DiarisedStretch[] | undefined {
    if (!takesDiarisation(uri)) return undefined;
    this.watch(uri);
    const read = this.files.peek(uri);
    return read?.kind === 'read' ? read.stretches : undefined;
  }

  /** The stretches of the RTTM file beside this file, once read: for a file that is not open. */
  async whenRead(uri: vscode.Uri): Promise<readonly DiarisedStretch[] | undefined> {
    if (!takesDiarisation(uri)) return undefined;
    this.watch(uri);
    const read = await this.files.whenRead(uri);
    return read?.kind === 'read' ? read.stretches : undefined;
  }

  /** A transcript closed: its RTTM file is kept current no longer for it. */
  forget(uri: vscode.Uri): void {
    this.files.forget(uri);
  }

  /** Watches RTTM files from the first transcript that takes one (start-up reads nothing): the workspace's, and those beside a transcript opened from outside it. */
  private watch(transcript: vscode.Uri): void {
    if (!this.watching) {
      this.watching = true;
      this.follow(hostFiles.watch('**/*.rttm'));
    }
    if (vscode.workspace.getWorkspaceFolder(transcript)) return;
    const folder = hostFiles.parent(transcript);
    if (this.watchedOutside.has(folder.toString())) return;
    this.watchedOutside.add(folder.toString());
    this.follow(hostFiles.watch(new vscode.RelativePattern(folder, '*.rttm')));
  }

  private follow(watcher: vscode.FileSystemWatcher): void {
    this._register(watcher);
    const changed = (uri: vscode.Uri, exists?: boolean) =>
      void (async () => {
        const known = exists === undefined ? undefined : await this.listed;
        if (known && exists) known.add(uri.toString());
        else if (known) known.delete(uri.toString());
        await this.files.changed(uri);
      })().catch((e: unknown) => logError('Could not read an RTTM file again after it changed', uri, e));
    this._register(watcher.onDidCreate((uri) => changed(uri, true)));
    this._register(watcher.onDidChange((uri) => changed(uri, true)));
    this._register(watcher.onDidDelete((uri) => changed(uri, false)));
  }

  /** True when an RTTM file in the workspace is not among those listed: no need to look for it. */
  private async knownAbsent(at: vscode.Uri): Promise<boolean> {
    if (!vscode.workspace.getWorkspaceFolder(at)) return false;
    // Every RTTM file, excluded folders too: a transcript in one may still be open.
    this.listed ??= Promise.resolve(hostFiles.findFiles('**/*.rttm', null)).then(
      (found) => new Set(found.map((u) => u.toString())),
      (e: unknown) => {
        logError('Could not list the RTTM files of the workspace; each is looked for beside its transcript', undefined, e);
        return undefined;
      },
    );
    const known = await this.listed;
    return known !== undefined && !known.has(at.toString());
  }

  private report({ rttm, read, transcripts }: RttmChange<vscode.Uri>): void {
    if (read.kind === 'broken') {
      const at = new vscode.Range(Math.max(0, (read.line ?? 1) - 1), 0, Math.max(0, (read.line ?? 1) - 1), Number.MAX_SAFE_INTEGER);
      const shownWithout = vscode.l10n.t('{0}. The transcript beside it is shown without its speakers until it is fixed.', read.message);
      const problem = new vscode.Diagnostic(at, shownWithout, vscode.DiagnosticSeverity.Error);
      problem.source = 'Transcript RTTM';
      this.problems.set(rttm, [problem]);
      const said = `${rttm.toString()} ${read.message}`;
      if (!this.told.has(said)) {
        this.told.add(said);
        logWarning(shownWithout);
        void vscode.window.showWarningMessage(shownWithout, vscode.l10n.t('Open RTTM File')).then((open) => {
          if (open) void vscode.window.showTextDocument(rttm, { selection: at.with({ end: at.start }) });
        });
      }
    } else {
      this.problems.delete(rttm);
      for (const said of this.told) if (said.startsWith(`${rttm.toString()} `)) this.told.delete(said);
    }
    if (transcripts.length) this.changeEmitter.fire(transcripts);
  }
}

/** Whether a file can have an RTTM file beside it that the editor can read: a file of the workspace, not a scratch buffer or another extension's view. */
function takesDiarisation(uri: vscode.Uri): boolean {
  if (diarisationFileFor(uri.path) === undefined) return false;
  return uri.scheme === 'file' || vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}
