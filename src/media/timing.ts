/**
 * The time anchors of open transcripts, computed once per document version,
 * and the turn being played, highlighted in every editor that shows it.
 */
import * as vscode from 'vscode';
import { offsetAt, timeAnchors, timeAt, turnIndexAt, type TimeAnchor } from '../core/media';
import type { Transcript } from '../core/transcript';
import type { TranscriptModels } from '../documents';
import { Disposable } from '../util/dispose';
import type { Player, PlayerState } from './player';

/** A transcript's times at one version. */
export interface Timing {
  transcript: Transcript;
  anchors: TimeAnchor[];
}

export class Timings {
  private readonly cache = new Map<string, { version: number; timing: Timing }>();

  constructor(private readonly models: TranscriptModels) {}

  of(doc: vscode.TextDocument): Timing {
    const key = doc.uri.toString();
    const hit = this.cache.get(key);
    // The same version may be parsed again (the RTTM file beside it changed): its turns are then others.
    const transcript = this.models.get(doc);
    if (hit && hit.version === doc.version && hit.timing.transcript === transcript) return hit.timing;
    const timing = { transcript, anchors: timeAnchors(transcript, doc.getText()) };
    this.cache.set(key, { version: doc.version, timing });
    return timing;
  }

  /** The time to play from at an offset: a timestamp's own time, else the start of the turn there. */
  timeAt(doc: vscode.TextDocument, offset: number): number | undefined {
    const { transcript, anchors } = this.of(doc);
    const i = turnIndexAt(transcript.turns, offset);
    const turn = i >= 0 ? transcript.turns[i] : undefined;
    const from = turn && offset <= turn.end ? turn.start : offset;
    return timeAt(anchors, from);
  }

  forget(doc: vscode.TextDocument): void {
    this.cache.delete(doc.uri.toString());
  }
}

/** Highlights the turn being played and, with `transcript.media.followPlayback`, keeps it in view. */
export class PlaybackHighlight extends Disposable {
  private readonly decoration = this._register(
    vscode.window.createTextEditorDecorationType({
      isWholeLine: true,
      backgroundColor: new vscode.ThemeColor('editor.rangeHighlightBackground'),
      overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.rangeHighlightForeground'),
      overviewRulerLane: vscode.OverviewRulerLane.Center,
    }),
  );
  /** The turn highlighted, as 0-based lines, in the transcript the player plays. */
  private current: { uri: string; line: number; endLine: number } | undefined;
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  /** Fires when another turn is highlighted (or none). */
  readonly onDidChange = this.changeEmitter.event;

  constructor(
    player: Player,
    private readonly timings: Timings,
  ) {
    super();
    this._register(player.onDidChangeState((s) => this.update(s)));
    this._register(player.onDidClose(() => this.clear()));
    this._register(vscode.window.onDidChangeVisibleTextEditors(() => this.paint()));
  }

  /** The highlighted turn's lines, for the tests and the status. */
  get highlighted(): { line: number; endLine: number } | undefined {
    return this.current ? { line: this.current.line, endLine: this.current.endLine } : undefined;
  }

  private update(state: PlayerState): void {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === state.transcript);
    if (!doc) return this.clear();
    const { transcript, anchors } = this.timings.of(doc);
    const offset = offsetAt(anchors, state.time);
    const i = offset === undefined ? -1 : turnIndexAt(transcript.turns, offset);
    const turn = i >= 0 ? transcript.turns[i] : undefined;
    if (!turn) return this.clear();
    const changed = this.current?.uri !== state.transcript || this.current.line !== turn.line || this.current.endLine !== turn.endLine;
    if (!changed) return;
    this.current = { uri: state.transcript, line: turn.line, endLine: turn.endLine };
    this.paint();
    if (!state.paused && vscode.workspace.getConfiguration('transcript.media', doc.uri).get<boolean>('followPlayback', false)) {
      for (const editor of vscode.window.visibleTextEditors) {
        if (editor.document === doc) editor.revealRange(new vscode.Range(turn.line, 0, turn.line, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }
    }
    this.changeEmitter.fire();
  }

  private paint(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const here = this.current && editor.document.uri.toString() === this.current.uri;
      editor.setDecorations(this.decoration, here ? [new vscode.Range(this.current!.line, 0, this.current!.endLine, 0)] : []);
    }
  }

  private clear(): void {
    if (!this.current) return;
    this.current = undefined;
    this.paint();
    this.changeEmitter.fire();
  }
}
