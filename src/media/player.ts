/**
 * The recording player: a webview panel beside the editor, bound to one
 * transcript and its recording. The page plays; this side tells it what to do
 * and hears where it is.
 */
import * as vscode from 'vscode';
import { nonce } from '../core/webview/page';
import { playerHtml, recordingOutsideMessage, recordingOutsideProblem } from '../core/media';
import { Disposable } from '../util/dispose';
import { folderOf, recordingRoot, type Recording } from './recordings';
import { shownName } from '../documents/addresses';

/** How long the page may take to start before the user is told. */
const READY_TIMEOUT_MS = 15_000;

/** Where the player is, as the page last said. */
export interface PlayerState {
  /** The transcript and the recording it plays (URIs as strings). */
  transcript: string;
  recording: string;
  /** Seconds from the start. */
  time: number;
  paused: boolean;
  rate: number;
  /** Seconds; 0 until the recording's length is known. */
  duration: number;
}

/** What the player can be told to do. */
export type PlayerCommand =
  | { type: 'play'; time?: number; until?: number }
  | { type: 'toggle' }
  | { type: 'pause' }
  | { type: 'skip'; by: number }
  | { type: 'rateBy'; step: number }
  | { type: 'state'; asked?: number };

export class Player extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private bound: { transcript: vscode.Uri; recording: Recording } | undefined;
  private ready: Promise<void> | undefined;
  private lastState: PlayerState | undefined;
  private readonly stateEmitter = this._register(new vscode.EventEmitter<PlayerState>());
  /** Fires each time the page reports where it is (several times a second while playing). */
  readonly onDidChangeState = this.stateEmitter.event;
  private readonly closeEmitter = this._register(new vscode.EventEmitter<void>());
  /** Fires when the panel is closed. */
  readonly onDidClose = this.closeEmitter.event;

  /** Resolves `ready` when the page says it is. */
  private markReady: (() => void) | undefined;
  /** Requests for the page's state, numbered, so that an answer is told from a report. */
  private asked = 0;
  private readonly answerEmitter = this._register(new vscode.EventEmitter<number>());

  constructor(private readonly extensionUri: vscode.Uri) {
    super();
  }

  /** The transcript the player is bound to, if it is open. */
  get transcript(): vscode.Uri | undefined {
    return this.panel ? this.bound?.transcript : undefined;
  }

  get state(): PlayerState | undefined {
    return this.panel ? this.lastState : undefined;
  }

  /** Shows the player for a transcript's recording (a new panel for another recording), without taking the focus from the editor. */
  async open(transcript: vscode.Uri, recording: Recording): Promise<void> {
    const same = this.panel && this.bound?.transcript.toString() === transcript.toString() && this.bound.recording.uri.toString() === recording.uri.toString();
    if (same) {
      if (!this.panel!.visible) this.panel!.reveal(vscode.ViewColumn.Beside, true);
      return this.ready;
    }
    // The page may read only inside the transcript's workspace folder: a recording found elsewhere is refused, never its folder opened.
    const root = recordingRoot(transcript);
    const elsewhere = recording.uri.scheme !== root.scheme || recording.uri.authority !== root.authority;
    const problem = elsewhere ? recordingOutsideMessage(shownName(recording.uri)) : recordingOutsideProblem(recording.uri.path, root.path, shownName(recording.uri));
    if (problem) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The recording of {0} is not played: {1}', shownName(transcript), problem));
      return;
    }
    const roots = [folderOf(transcript), folderOf(recording.uri), vscode.Uri.joinPath(this.extensionUri, 'media')];
    // Another recording gets a fresh page in a fresh panel where the old one stood: a page replaced
    // in place keeps its media pipeline, and Chromium then leaves the new recording's clock standing.
    const column = this.panel?.viewColumn;
    this.markReady?.();
    this.panel?.dispose();
    const panel = vscode.window.createWebviewPanel(
      'transcript.player',
      vscode.l10n.t('Recording'),
      { viewColumn: column ?? vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: roots },
    );
    this.panel = panel;
    const listener = panel.webview.onDidReceiveMessage((m: unknown) => {
      if (this.panel === panel) this.received(m);
    });
    panel.onDidDispose(() => {
      listener.dispose();
      if (this.panel !== panel) return;
      this.panel = undefined;
      // Whatever waits for the page goes on (and finds no panel); the start-up timer stops.
      this.markReady?.();
      this.bound = undefined;
      this.lastState = undefined;
      this.ready = undefined;
      this.closeEmitter.fire();
    });
    this.bound = { transcript, recording };
    this.lastState = undefined;
    panel.title = vscode.l10n.t('▶ {0}', shownName(recording.uri));
    this.ready = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        void vscode.window.showErrorMessage(vscode.l10n.t('The player for {0} did not start within {1} s; close its panel and try again.', shownName(recording.uri), READY_TIMEOUT_MS / 1000));
      }, READY_TIMEOUT_MS);
      this.markReady = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    const webview = panel.webview;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    webview.html = playerHtml({
      cspSource: webview.cspSource,
      nonce: nonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'player.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'player.css')).toString(),
      mediaUri: webview.asWebviewUri(recording.uri).toString(),
      kind: recording.kind,
      recordingName: shownName(recording.uri),
      transcriptName: shownName(transcript),
    });
    return this.ready;
  }

  /** Tells the page what to do, once it is ready. */
  async send(command: PlayerCommand): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    await this.ready;
    if (this.panel !== panel) return;
    await panel.webview.postMessage(command);
  }

  /** The page's current state, asked afresh. */
  async refresh(): Promise<PlayerState | undefined> {
    if (!this.panel) return undefined;
    const asked = ++this.asked;
    const next = new Promise<PlayerState | undefined>((resolve) => {
      const listeners = [
        this.answerEmitter.event((n) => {
          if (n !== asked) return;
          listeners.forEach((l) => l.dispose());
          resolve(this.lastState);
        }),
        this.onDidClose(() => {
          listeners.forEach((l) => l.dispose());
          resolve(undefined);
        }),
      ];
    });
    await this.send({ type: 'state', asked });
    return next;
  }

  close(): void {
    this.panel?.dispose();
  }

  private received(m: unknown): void {
    if (!m || typeof m !== 'object') return;
    const message = m as { type?: unknown; [key: string]: unknown };
    const bound = this.bound;
    if (!bound) return;
    if (message.type === 'ready') this.markReady?.();
    else if (message.type === 'state') {
      const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
      this.lastState = {
        transcript: bound.transcript.toString(),
        recording: bound.recording.uri.toString(),
        time: num(message.time, 0),
        paused: message.paused !== false,
        rate: num(message.rate, 1),
        duration: num(message.duration, 0),
      };
      this.stateEmitter.fire(this.lastState);
      if (typeof message.asked === 'number') this.answerEmitter.fire(message.asked);
    } else if (message.type === 'error' && typeof message.message === 'string') {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0}: {1}', shownName(bound.recording.uri), message.message));
    }
  }
}
