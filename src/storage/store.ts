/**
 * The tags of open transcripts, kept in memory while they are open: loaded
 * from the sidecar, moved along with every edit, written back shortly after
 * each change, reloaded when the sidecar changes on disk. A sidecar that
 * cannot be read is never written over: tagging that transcript is paused.
 */
import * as vscode from 'vscode';
import {
  applyChanges,
  placeTags,
  readSidecar,
  refreshQuotes,
  sha256Text,
  TextIndex,
  writeSidecar,
  type Problem,
  type Tag,
  type TextChange,
} from '../core/annotations';
import { decodeText } from '../core/text';
import { Disposable } from '../util/dispose';
import { causeOf, logError } from '../util/log';
import { fileName, readSidecarFile, sidecarUriOf, writeAtomically } from './files';
import type { StoredTag, TagStore } from './api';
import { openDocument } from '../documents';

/** How long after a change to its tags a sidecar is written. */
const SAVE_DELAY_MS = 300;
/** How long after an edit the views hear that tags moved. */
const EDIT_NOTIFY_MS = 100;

/** Whether a transcript's tags can be changed, and why not. */
export type TagMode = 'ok' | 'paused' | 'readOnly';

/** The tags of one open transcript. */
export interface TranscriptTags {
  readonly uri: vscode.Uri;
  readonly sidecar: vscode.Uri;
  /** Tags with UTF-16 positions in the document's current text. */
  tags: Tag[];
  invalid: unknown[];
  extra: Record<string, unknown>;
  mode: TagMode;
  /** Why tagging is paused or read-only. */
  reason?: string;
  problems: Problem[];
  /** The sidecar's content as last read or written, to tell our own writes from others'. */
  onDisk?: string;
  /** Tags removed this session, most recent last, to bring back. */
  removed: Tag[];
  /** True when tags moved with edits since the sidecar was last written. */
  moved: boolean;
}

export class SidecarStore extends Disposable implements TagStore {
  private readonly entries = new Map<string, TranscriptTags>();
  private readonly loading = new Map<string, Promise<TranscriptTags | undefined>>();
  private readonly writing = new Map<string, Promise<void>>();
  private readonly saveTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly notifyTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changeEmitter = this._register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChangeTags = this.changeEmitter.event;
  private readonly problemEmitter = this._register(new vscode.EventEmitter<TranscriptTags>());
  /** Fires when a transcript's sidecar problems or mode change. */
  readonly onDidChangeProblems = this.problemEmitter.event;

  constructor(private readonly isTracked: (doc: vscode.TextDocument) => boolean) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((doc) => void this.open(doc)));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => this.edited(e)));
    this._register(vscode.workspace.onDidSaveTextDocument((doc) => this.saved(doc)));
    this._register(vscode.workspace.onDidCloseTextDocument((doc) => void this.closed(doc)));
    this._register({ dispose: () => [...this.saveTimers.values(), ...this.notifyTimers.values()].forEach(clearTimeout) });
    for (const doc of vscode.workspace.textDocuments) void this.open(doc);
  }

  private watching = false;

  /** Watches the sidecars from the first time tags are asked for: a workspace with no transcript open pays nothing. */
  private watchSidecars(): void {
    if (this.watching) return;
    this.watching = true;
    const watcher = this._register(vscode.workspace.createFileSystemWatcher('**/*.annotations.yaml'));
    this._register(watcher.onDidChange((uri) => void this.sidecarChanged(uri)));
    this._register(watcher.onDidCreate((uri) => void this.sidecarChanged(uri)));
    this._register(watcher.onDidDelete((uri) => void this.sidecarChanged(uri)));
  }

  /** The loaded tags of an open transcript, loading them first if needed. */
  async entryFor(doc: vscode.TextDocument): Promise<TranscriptTags | undefined> {
    this.watchSidecars();
    const key = doc.uri.toString();
    return this.entries.get(key) ?? this.loading.get(key) ?? this.load(doc);
  }

  /** The tags of an open transcript, if loaded. */
  loaded(uri: vscode.Uri): TranscriptTags | undefined {
    return this.entries.get(uri.toString());
  }

  /** Every loaded transcript. */
  all(): TranscriptTags[] {
    return [...this.entries.values()];
  }

  private async open(doc: vscode.TextDocument): Promise<void> {
    if (!this.isTracked(doc) || this.entries.has(doc.uri.toString())) return;
    await this.entryFor(doc);
  }

  private load(doc: vscode.TextDocument): Promise<TranscriptTags | undefined> {
    const key = doc.uri.toString();
    const promise = (async () => {
      await this.writing.get(key);
      const entry = await this.readEntry(doc);
      this.loading.delete(key);
      if (doc.isClosed) return undefined;
      this.entries.set(key, entry);
      this.problemEmitter.fire(entry);
      this.changeEmitter.fire(doc.uri);
      return entry;
    })();
    this.loading.set(key, promise);
    promise.catch((e: unknown) => {
      this.loading.delete(key);
      logError('Could not load the tags of a transcript', doc.uri, e);
    });
    return promise;
  }

  /** Reads a transcript's sidecar and places its tags in the document's current text. */
  private async readEntry(doc: vscode.TextDocument, previous?: TranscriptTags): Promise<TranscriptTags> {
    const sidecar = sidecarUriOf(doc.uri);
    const entry: TranscriptTags = { uri: doc.uri, sidecar, tags: [], invalid: [], extra: {}, mode: 'ok', problems: [], removed: previous?.removed ?? [], moved: false };
    let file: { text: string; size: number } | undefined;
    try {
      file = await readSidecarFile(sidecar);
    } catch (e) {
      entry.mode = 'paused';
      entry.reason = `The sidecar ${fileName(sidecar)} cannot be read (${(e as Error).message}). Tagging this transcript is paused.`;
      entry.problems = [{ line: 1, column: 1, severity: 'error', message: entry.reason }];
      return entry;
    }
    if (!file) return entry;
    entry.onDisk = file.text;
    const read = readSidecar(file.text, file.size);
    entry.problems = read.problems;
    if (read.kind === 'unreadable') {
      const first = read.problems[0];
      entry.mode = 'paused';
      entry.reason = `The sidecar ${fileName(sidecar)} cannot be read${first ? ` (line ${first.line}: ${first.message})` : ''}. It is left as it is and tagging this transcript is paused: fix the file, or run “Set Aside Broken Sidecar” to start afresh.`;
      return entry;
    }
    if (read.readOnly) {
      entry.mode = 'readOnly';
      entry.reason = read.readOnly;
    }
    entry.invalid = read.sidecar.invalid;
    entry.extra = read.sidecar.extra;
    const text = doc.getText();
    const hash = sha256Text(text);
    entry.tags = placeTags(read.sidecar.tags, text, read.sidecar.sha256, hash, new TextIndex(text));
    if (read.sidecar.sha256 !== hash && entry.tags.length > 0 && entry.mode === 'ok') this.scheduleSave(entry);
    return entry;
  }

  private edited(e: vscode.TextDocumentChangeEvent): void {
    const entry = this.entries.get(e.document.uri.toString());
    if (!entry || e.contentChanges.length === 0 || entry.tags.length === 0) return;
    const changes: TextChange[] = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
    const doc = e.document;
    const effect = applyChanges(entry.tags, changes, (s, t) => doc.getText(new vscode.Range(doc.positionAt(Math.max(0, s)), doc.positionAt(Math.max(0, t)))));
    if (!effect.changed) return;
    entry.moved = true;
    if (effect.orphaned.length || effect.restored.length) this.problemEmitter.fire(entry);
    this.notifySoon(entry);
  }

  private saved(doc: vscode.TextDocument): void {
    const entry = this.entries.get(doc.uri.toString());
    // Positions are written against the saved text, so that the sidecar's hash is the file's.
    if (entry?.moved) this.scheduleSave(entry, 0);
  }

  private async closed(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    const entry = this.entries.get(key);
    if (!entry) return;
    if (this.saveTimers.has(key)) {
      clearTimeout(this.saveTimers.get(key));
      this.saveTimers.delete(key);
      await this.save(entry, doc);
    }
    if (this.entries.get(key) === entry) this.entries.delete(key);
    this.changeEmitter.fire(doc.uri);
    this.problemEmitter.fire({ ...entry, tags: [], problems: [] });
  }

  private notifySoon(entry: TranscriptTags): void {
    const key = entry.uri.toString();
    if (this.notifyTimers.has(key)) return;
    this.notifyTimers.set(
      key,
      setTimeout(() => {
        this.notifyTimers.delete(key);
        this.changeEmitter.fire(entry.uri);
      }, EDIT_NOTIFY_MS),
    );
  }

  /** Records that a transcript's tags changed: the views hear at once, the sidecar is written shortly. */
  changed(entry: TranscriptTags): void {
    this.changeEmitter.fire(entry.uri);
    this.problemEmitter.fire(entry);
    this.scheduleSave(entry);
  }

  private scheduleSave(entry: TranscriptTags, delay = SAVE_DELAY_MS): void {
    const key = entry.uri.toString();
    clearTimeout(this.saveTimers.get(key));
    this.saveTimers.set(
      key,
      setTimeout(() => {
        this.saveTimers.delete(key);
        const doc = openDocument(key);
        if (doc) void this.save(entry, doc);
      }, delay),
    );
  }

  /** Writes every pending sidecar now; resolves when they are on disk. */
  async flush(): Promise<void> {
    for (const [key, timer] of [...this.saveTimers]) {
      clearTimeout(timer);
      this.saveTimers.delete(key);
      const entry = this.entries.get(key);
      const doc = openDocument(key);
      if (entry && doc) await this.save(entry, doc);
    }
    await Promise.all(this.writing.values());
  }

  private save(entry: TranscriptTags, doc: vscode.TextDocument): Promise<void> {
    const key = entry.uri.toString();
    const run = (this.writing.get(key) ?? Promise.resolve()).then(() => this.write(entry, doc));
    const tracked = run.catch((e: Error) => {
      void vscode.window.showErrorMessage(`Could not write the tags of ${fileName(entry.uri)} to ${fileName(entry.sidecar)}: ${e.message}`);
    });
    this.writing.set(key, tracked);
    void tracked.then(() => {
      if (this.writing.get(key) === tracked) this.writing.delete(key);
    });
    return tracked;
  }

  private async write(entry: TranscriptTags, doc: vscode.TextDocument): Promise<void> {
    if (entry.mode !== 'ok' || doc.isClosed) return;
    // Someone else's change on disk that the watcher has not reported yet: take it first, keeping new tags.
    const disk = await readSidecarFile(entry.sidecar).catch((e: unknown) => void logError('Could not read a sidecar before writing it', entry.sidecar, e));
    if ((disk?.text ?? undefined) !== entry.onDisk && !(disk === undefined && entry.onDisk === undefined)) {
      await this.reload(entry, doc, true);
      if (entry.mode !== 'ok') return;
    }
    if (entry.tags.length === 0 && entry.invalid.length === 0 && entry.onDisk === undefined) return;
    const text = doc.getText();
    refreshQuotes(entry.tags, text);
    const content = writeSidecar({ transcriptName: fileName(entry.uri), text, tags: entry.tags, invalid: entry.invalid, extra: entry.extra, sha256: sha256Text(text) });
    entry.moved = false;
    if (content === entry.onDisk) return;
    entry.onDisk = content;
    await writeAtomically(entry.sidecar, content);
  }

  /** Reads the sidecar again after it changed on disk (a `git pull`); with `keepNew`, tags made here since are kept. */
  private async reload(entry: TranscriptTags, doc: vscode.TextDocument, keepNew: boolean): Promise<void> {
    const fresh = await this.readEntry(doc, entry);
    const known = new Set(fresh.tags.map((t) => t.id));
    const kept = keepNew && fresh.mode === 'ok' ? entry.tags.filter((t) => !known.has(t.id) && !entry.onDisk?.includes(`"${t.id}"`)) : [];
    Object.assign(entry, fresh, { tags: [...fresh.tags, ...kept] });
    this.entries.set(entry.uri.toString(), entry);
    this.changeEmitter.fire(entry.uri);
    this.problemEmitter.fire(entry);
  }

  private async sidecarChanged(sidecar: vscode.Uri): Promise<void> {
    for (const entry of this.entries.values()) {
      if (entry.sidecar.toString() !== sidecar.toString()) continue;
      await this.writing.get(entry.uri.toString());
      const disk = await readSidecarFile(sidecar).catch((e: unknown) => void logError('Could not read a sidecar that changed on disk', sidecar, e));
      if (disk?.text === entry.onDisk) return;
      const doc = openDocument(entry.uri);
      if (!doc) return;
      if (!disk && entry.tags.length > 0) {
        const lost = entry.tags;
        entry.tags = [];
        entry.onDisk = undefined;
        for (const item of lost) entry.removed.push(item);
        this.changeEmitter.fire(entry.uri);
        this.problemEmitter.fire(entry);
        const choice = await vscode.window.showWarningMessage(`The sidecar of ${fileName(entry.uri)} was deleted; its ${lost.length} tag${lost.length === 1 ? ' is' : 's are'} no longer shown.`, 'Write Them Back');
        if (choice === 'Write Them Back') {
          entry.removed = entry.removed.filter((t) => !lost.includes(t));
          for (const item of lost) entry.tags.push(item);
          this.changed(entry);
        }
        return;
      }
      await this.reload(entry, doc, false);
    }
  }

  /** Renames a broken sidecar aside (`….annotations.broken-<time>.yaml`) and starts with no tags. */
  async setAside(doc: vscode.TextDocument): Promise<vscode.Uri | undefined> {
    const entry = await this.entryFor(doc);
    if (!entry || entry.mode !== 'paused') return undefined;
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const aside = entry.sidecar.with({ path: entry.sidecar.path.replace(/\.yaml$/, `.broken-${stamp}.yaml`) });
    await vscode.workspace.fs.rename(entry.sidecar, aside, { overwrite: false });
    Object.assign(entry, { tags: [], invalid: [], extra: {}, mode: 'ok', reason: undefined, problems: [], onDisk: undefined, moved: false });
    this.changeEmitter.fire(entry.uri);
    this.problemEmitter.fire(entry);
    return aside;
  }

  async tagsFor(transcript: vscode.Uri): Promise<StoredTag[]> {
    this.watchSidecars();
    const doc = openDocument(transcript);
    if (doc) {
      const entry = await this.entryFor(doc);
      return entry ? entry.tags.map((t) => this.toStored(t, (o) => doc.positionAt(o))) : [];
    }
    const sidecar = sidecarUriOf(transcript);
    let file: { text: string; size: number } | undefined;
    try {
      file = await readSidecarFile(sidecar);
    } catch (e) {
      throw new Error(`The sidecar ${fileName(sidecar)} cannot be read (${causeOf(e)}).`);
    }
    if (!file) return [];
    const read = readSidecar(file.text, file.size);
    if (read.kind === 'unreadable') {
      const first = read.problems[0];
      throw new Error(`The sidecar ${fileName(sidecar)} cannot be read${first ? ` (line ${first.line}: ${first.message})` : ''}; its tags are not shown until it is fixed.`);
    }
    let text: string;
    try {
      text = decodeText(await vscode.workspace.fs.readFile(transcript)).text;
    } catch (e) {
      // Gone, unreadable or not text: it has no tags to show.
      logError('Could not read a transcript to place its tags', transcript, e);
      return [];
    }
    const index = new TextIndex(text);
    const tags = placeTags(read.sidecar.tags, text, read.sidecar.sha256, sha256Text(text), index);
    return tags.map((t) => this.toStored(t, (o) => index.editorPosition(o)));
  }

  private toStored(t: Tag, at: (offset: number) => { line: number; character: number }): StoredTag {
    const start = at(t.start);
    const end = at(t.end);
    const stored: StoredTag = {
      id: t.id,
      category: t.category,
      quote: t.quote,
      range: { startLine: start.line, startCharacter: start.character, endLine: end.line, endCharacter: end.character },
      status: t.status,
      speaker: t.speaker,
      section: t.section,
      created: t.created,
      modified: t.modified,
    };
    if (t.note !== undefined) stored.note = t.note;
    if (t.verdict !== undefined) stored.verdict = t.verdict;
    if (t.source !== undefined) stored.source = t.source;
    if (t.author !== undefined) stored.author = t.author;
    return stored;
  }
}
