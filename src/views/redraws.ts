/**
 * The views' redraws of the workspace's list, batched: while the workspace
 * is being scanned the documents found come in hundreds, and the trees are
 * redrawn at most every REDRAW_MS; after a scan, at once.
 */
import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';
import type { TranscriptWorkspace } from '../workspace';

/** The list is redrawn at most this often while it fills. */
const REDRAW_MS = 150;

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
    this.timer = setTimeout(() => this.flush(), this.workspace.scanning ? REDRAW_MS : 0);
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
