/**
 * The views' redraws of the workspace's list, batched: while the workspace
 * is being scanned the documents found come in hundreds, and the list is
 * redrawn when it has doubled or after a few seconds (`redrawDue`); the
 * documents whose labels changed are redrawn every MIN_REDRAW_MS; after a
 * scan, everything at once.
 */
import * as vscode from 'vscode';
import { MIN_REDRAW_MS, redrawDue } from '../core/workspace/redrawPace';
import { Disposable } from '../util/dispose';
import type { TranscriptWorkspace } from '../workspace';

export class ListRedraws extends Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private all = false;
  private readonly keys = new Set<string>();
  /** How many documents the list held when it was last drawn whole, and when. */
  private drawn = 0;
  private drawnAt = 0;
  private readonly emitter = this._register(new vscode.EventEmitter<string[] | undefined>());
  /** Fires with the keys of documents to redraw, or undefined to redraw the list. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly workspace: TranscriptWorkspace) {
    super();
    this._register(workspace.onDidChange((keys) => this.redraw(keys)));
    // The end of a scan is drawn at once, before the index starts.
    this._register(workspace.onDidFinishListing(() => this.flush()));
    this._register({ dispose: () => clearTimeout(this.timer) });
  }

  private redraw(keys?: string[]): void {
    if (keys) for (const k of keys) this.keys.add(k);
    else this.all = true;
    if (this.timer) return;
    this.timer = setTimeout(() => this.due(), this.workspace.scanning ? MIN_REDRAW_MS : 0);
  }

  /** Redraws now, or while a scan fills the list and it has not grown enough, redraws what changed in it and waits. */
  private due(): void {
    this.timer = undefined;
    if (this.all && this.workspace.scanning && !redrawDue(this.drawn, this.workspace.count, performance.now() - this.drawnAt)) {
      this.flushKeys();
      this.timer = setTimeout(() => this.due(), MIN_REDRAW_MS);
      return;
    }
    this.flush();
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.all) {
      this.all = false;
      this.keys.clear();
      this.drawn = this.workspace.count;
      this.drawnAt = performance.now();
      this.emitter.fire(undefined);
    } else this.flushKeys();
  }

  private flushKeys(): void {
    if (this.keys.size === 0) return;
    const keys = [...this.keys];
    this.keys.clear();
    this.emitter.fire(keys);
  }
}
