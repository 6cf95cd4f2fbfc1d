/**
 * The editor's view of the transcript model: each open transcript parsed once
 * per version, with the user's label settings, shared by every feature.
 */
import * as vscode from 'vscode';
import { compileLabelPatterns } from '../core/formats/labels';
import { readTranscript, type DiarisedStretch, type ParseOptions } from '../core/formats';
import type { Transcript } from '../core/transcript';
import { Disposable } from '../util/dispose';
import { logError } from '../util/log';
import { originalOf } from './addresses';
import { Diarisations } from './diarisation';
import { OriginalReads } from './originals';

/** The language id of transcripts. */
export const LANGUAGE_ID = 'transcript';

/** True when the document is in the transcript language. */
export function isTranscript(doc: vscode.TextDocument): boolean {
  return doc.languageId === LANGUAGE_ID;
}

/** Parsed transcripts, cached by document version. */
export class TranscriptModels extends Disposable {
  private readonly cache = new Map<string, { version: number; diarisation: readonly DiarisedStretch[] | undefined; transcript: Transcript }>();
  private options: ParseOptions | undefined;
  /** Documents (PDF, Word...) read by their readers, for their transcript views. */
  readonly originals = new OriginalReads(() => this.parseOptions());
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  /** Fires when settings that change parsing change: every model must be recomputed. */
  readonly onDidChangeOptions = this.changeEmitter.event;
  /** Who spoke when, from the RTTM file beside a Whisper JSON or captions file. */
  readonly diarisations = this._register(new Diarisations());
  private readonly transcriptsEmitter = this._register(new vscode.EventEmitter<vscode.Uri[]>());
  /** Fires with documents whose transcript changed though their text did not (the RTTM file beside them changed): show them again. */
  readonly onDidChangeTranscripts = this.transcriptsEmitter.event;

  constructor() {
    super();
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('transcript.labels') || e.affectsConfiguration('transcript.speakers')) {
          this.options = undefined;
          this.cache.clear();
          this.originals.clear();
          this.changeEmitter.fire();
        }
      }),
    );
    this._register(
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.cache.delete(doc.uri.toString());
        this.diarisations.forget(doc.uri);
      }),
    );
    this._register(
      this.diarisations.onDidChange((uris) => {
        for (const uri of uris) this.cache.delete(uri.toString());
        this.transcriptsEmitter.fire(uris);
      }),
    );
  }

  /** The parse options from settings; a bad pattern is reported once and left out. */
  parseOptions(): ParseOptions {
    if (!this.options) {
      const config = vscode.workspace.getConfiguration('transcript');
      const { patterns, errors } = compileLabelPatterns(config.get<string[]>('labels.patterns', []));
      for (const error of errors) void vscode.window.showWarningMessage(vscode.l10n.t('Transcript settings: {0}. It is ignored.', error));
      this.options = {
        labelPatterns: patterns,
        questioners: config.get<string[]>('speakers.questioners', []),
        moderators: config.get<string[]>('speakers.moderators', []),
      };
    }
    return this.options;
  }

  /** The options to read a file that is not open with: the settings', its name, and who spoke when from the RTTM file beside it. */
  async readOptionsFor(uri: vscode.Uri): Promise<ParseOptions> {
    const diarisation = await this.diarisations.whenRead(uri);
    return { ...this.parseOptions(), fileName: uri.path, ...(diarisation ? { diarisation } : {}) };
  }

  /** True when this document's current version is already parsed (asking for it costs nothing). */
  isFresh(doc: vscode.TextDocument): boolean {
    const hit = this.cache.get(doc.uri.toString());
    return hit?.version === doc.version && hit.diarisation === this.diarisations.of(doc.uri);
  }

  /** The parsed transcript of this document at its current version. */
  get(doc: vscode.TextDocument): Transcript {
    const key = doc.uri.toString();
    const original = originalOf(doc.uri);
    // Known at once once read: the first parse of a file beside an RTTM file is without speakers, the next (`onDidChangeTranscripts`) with them.
    const diarisation = original ? undefined : this.diarisations.of(doc.uri);
    const hit = this.cache.get(key);
    if (hit && hit.version === doc.version && hit.diarisation === diarisation) return hit.transcript;
    let transcript: Transcript;
    // A document's transcript view: the transcript its reader found, with its places in the original.
    const read = original && this.originals.settled(original);
    try {
      if (read && read.text === doc.getText()) transcript = read.transcript;
      else transcript = readTranscript(doc.getText(), { ...this.parseOptions(), fileName: doc.uri.path, ...(diarisation ? { diarisation } : {}) });
    } catch (e) {
      // Text VS Code opened but that is not a transcript (NUL characters, broken JSON): show it as empty, and say why in the log.
      logError('Could not read a document as a transcript; it shows as empty', doc.uri, e);
      transcript = { format: 'plain', metadata: {}, turns: [], sections: [], speakers: [], notes: [], lineCount: doc.lineCount };
    }
    this.cache.set(key, { version: doc.version, diarisation, transcript });
    return transcript;
  }
}
