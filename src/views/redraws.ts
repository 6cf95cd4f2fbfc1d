/**
 * The views' redraws of the workspace's list, batched: while the workspace
 * is being scanned the documents found come in hundreds, and the trees are
 * redrawn less often as the list grows (`redrawDelay`), documents whose
 * labels changed every MIN_REDRAW_MS; after a scan, at once.
 */
import * as vscode from 'vscode';
import { MIN_REDRAW_MS, redrawDelay } from '../core/workspace/redrawPace';
import { Disposable } from '../util/dispose';
import type { TranscriptWorkspace } from '../workspace';

export class ListRedraws extends Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private all = false;
  private readonly keys = new Set<string>();
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
    // Only a list that grows waits longer as it grows: a document whose label changed is redrawn alone, and soon.
    this.timer = setTimeout(() => this.flush(), !this.workspace.scanning ? 0 : this.all ? redrawDelay(this.workspace.count) : MIN_REDRAW_MS);
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.all) {
      this.all = false;
      this.keys.clear();
      this.emitter.fire(undefined);
    } else if (this.keys.size) {
      const keys = [...this.keys];
      this.keys.clear();
      this.emitter.fire(keys);
    }
  }
}
