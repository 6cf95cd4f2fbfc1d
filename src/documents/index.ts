/**
 * The editor's view of the transcript model: each open transcript parsed once
 * per version, with the user's label settings, shared by every feature.
 */
import * as vscode from 'vscode';
import { compileLabelPatterns } from '../core/formats/labels';
import { readTranscript, type ParseOptions } from '../core/formats';
import type { Transcript } from '../core/transcript';
import { Disposable } from '../util/dispose';
import { logError } from '../util/log';
import { originalOf } from './addresses';
import { OriginalReads } from './originals';

/** The language id of transcripts. */
export const LANGUAGE_ID = 'transcript';

/** True when the document is in the transcript language. */
export function isTranscript(doc: vscode.TextDocument): boolean {
  return doc.languageId === LANGUAGE_ID;
}

/** Parsed transcripts, cached by document version. */
export class TranscriptModels extends Disposable {
  private readonly cache = new Map<string, { version: number; transcript: Transcript }>();
  private options: ParseOptions | undefined;
  /** Documents (PDF, Word...) read by their readers, for their transcript views. */
  readonly originals = new OriginalReads(() => this.parseOptions());
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  /** Fires when settings that change parsing change: every model must be recomputed. */
  readonly onDidChangeOptions = this.changeEmitter.event;

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
    this._register(vscode.workspace.onDidCloseTextDocument((doc) => this.cache.delete(doc.uri.toString())));
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

  /** True when this document's current version is already parsed (asking for it costs nothing). */
  isFresh(doc: vscode.TextDocument): boolean {
    return this.cache.get(doc.uri.toString())?.version === doc.version;
  }

  /** The parsed transcript of this document at its current version. */
  get(doc: vscode.TextDocument): Transcript {
    const key = doc.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === doc.version) return hit.transcript;
    let transcript: Transcript;
    const original = originalOf(doc.uri);
    // A document's transcript view: the transcript its reader found, with its places in the original.
    const read = original && this.originals.settled(original);
    try {
      if (read && read.text === doc.getText()) transcript = read.transcript;
      else transcript = readTranscript(doc.getText(), { ...this.parseOptions(), fileName: doc.uri.path });
    } catch (e) {
      // Text VS Code opened but that is not a transcript (NUL characters, broken JSON): show it as empty, and say why in the log.
      logError('Could not read a document as a transcript; it shows as empty', doc.uri, e);
      transcript = { format: 'plain', metadata: {}, turns: [], sections: [], speakers: [], notes: [], lineCount: doc.lineCount };
    }
    this.cache.set(key, { version: doc.version, transcript });
    return transcript;
  }
}
