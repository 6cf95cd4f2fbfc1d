/**
 * The tags of open transcripts, kept in memory while they are open: loaded
 * from the sidecar, moved along with every edit, written back shortly after
 * each change (`flush` writes what is pending now). Changes to the sidecar on
 * disk are followed by the disk synchroniser (`diskSync.ts`); what it leaves
 * for the user to decide comes out as `onDidSync`.
 */
import * as vscode from 'vscode';
import { applyChanges, placeChosen, refreshQuotes, sha256Text, writeSidecar, type EditReason, type Tag, type TextChange } from '../core/annotations';
import { SIDECAR_GLOB } from '../core/annotations/sidecarPaths';
import { decodeText } from '../core/text';
import { Disposable } from '../util/dispose';
import { causeOf, logError } from '../util/log';
import type { StoredTag, TagStore } from './api';
import { type OriginalReads } from '../documents/originals';
import { DiskSync, type SyncOutcome } from './diskSync';
import { readPlaced } from '../core/annotations/placedSidecar';
import { readEntry, unreadableReason, type TranscriptTags } from './sidecarReader';
import { hostFiles } from '../documents/hostFiles';
import { fileName, isDocument, openDocument, sidecarUriOf, shownName } from '../documents/addresses';

export type { TagMode, TranscriptTags } from './sidecarReader';
export type { SyncOutcome } from './diskSync';

/** How long after a change to its tags a sidecar is written. */
const SAVE_DELAY_MS = 300;
/** How long after an edit the views hear that tags moved. */
const EDIT_NOTIFY_MS = 100;

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
  private readonly syncEmitter = this._register(new vscode.EventEmitter<SyncOutcome>());
  /** Fires when a change on disk leaves something for the user to hear or decide. */
  readonly onDidSync = this.syncEmitter.event;
  private readonly sync = new DiskSync({
    entries: () => this.entries.values(),
    writing: (entry) => this.writing.get(entry.uri.toString()),
    documentOf: (uri) => openDocument(uri),
    announce: (entry) => {
      this.changeEmitter.fire(entry.uri);
      this.problemEmitter.fire(entry);
    },
    announceProblems: (entry) => this.problemEmitter.fire(entry),
    hold: (entry) => this.entries.set(entry.uri.toString(), entry),
    saveNow: (entry) => this.scheduleSave(entry, 0),
    saveSoon: (entry) => this.scheduleSave(entry),
    report: (outcome) => this.syncEmitter.fire(outcome),
  });

  constructor(
    private readonly isTracked: (doc: vscode.TextDocument) => boolean,
    /** Reads documents (PDF, Word...) whose tags are anchored to their extracted text. */
    private readonly originals?: OriginalReads,
  ) {
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
    // Every kind of sidecar is watched (shared, an annotator's, the agreed set); only the shared one is read and written here.
    const watcher = this._register(hostFiles.watch(SIDECAR_GLOB));
    this._register(watcher.onDidChange((uri) => void this.sync.sidecarChanged(uri)));
    this._register(watcher.onDidCreate((uri) => void this.sync.sidecarChanged(uri)));
    this._register(watcher.onDidDelete((uri) => void this.sync.sidecarChanged(uri)));
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
      const { entry, refound } = await readEntry(doc.uri, doc.getText());
      if (refound) this.scheduleSave(entry);
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

  private edited(e: vscode.TextDocumentChangeEvent): void {
    const entry = this.entries.get(e.document.uri.toString());
    if (!entry || e.contentChanges.length === 0 || entry.tags.length === 0) return;
    const changes: TextChange[] = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
    const doc = e.document;
    // A change that leaves the document clean, neither undo nor redo, is VS Code putting the file's new version in place (a new scrape, a branch switched): no edit of the user's.
    const reason: EditReason = e.reason === vscode.TextDocumentChangeReason.Undo ? 'undo' : e.reason === vscode.TextDocumentChangeReason.Redo ? 'redo' : doc.isDirty ? 'edit' : 'reload';
    const effect = applyChanges(entry.tags, changes, (s, t) => doc.getText(new vscode.Range(doc.positionAt(Math.max(0, s)), doc.positionAt(Math.max(0, t)))), reason);
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
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not write the tags of {0} to {1}: {2}', shownName(entry.uri), shownName(entry.sidecar), e.message));
    });
    this.writing.set(key, tracked);
    void tracked.then(() => {
      if (this.writing.get(key) === tracked) this.writing.delete(key);
    });
    return tracked;
  }

  private async write(entry: TranscriptTags, doc: vscode.TextDocument): Promise<void> {
    if (entry.mode !== 'ok' || doc.isClosed) return;
    if (!(await this.sync.beforeWrite(entry, doc))) return;
    // Nothing to keep yet (no tags, no dismissed suggestions or other fields): no sidecar is made.
    if (entry.tags.length === 0 && entry.invalid.length === 0 && Object.keys(entry.extra).length === 0 && entry.onDisk === undefined) return;
    const text = doc.getText();
    refreshQuotes(entry.tags, text);
    const content = writeSidecar({ transcriptName: fileName(entry.uri), text, tags: entry.tags, invalid: entry.invalid, extra: entry.extra, sha256: sha256Text(text) });
    entry.moved = false;
    if (content === entry.onDisk) return;
    entry.onDisk = content;
    await hostFiles.writeAtomically(entry.sidecar, content);
  }

  /**
   * Resolves a sidecar left with git's conflict markers: the marker sections
   * merged three ways as the merge driver would, written back, read again.
   * Returns the tags kept in both versions, in words.
   */
  async resolveConflict(doc: vscode.TextDocument): Promise<string[] | undefined> {
    const entry = await this.entryFor(doc);
    return entry && this.sync.resolveConflict(entry, doc);
  }

  /** Puts an ambiguous (orphaned) tag on one of its candidate places, as the user chose. */
  placeAt(entry: TranscriptTags, tag: Tag, start: number, end: number, now: string): void {
    placeChosen(tag, start, end, now);
    this.changed(entry);
  }

  /** Renames a broken sidecar aside (`….annotations.broken-<time>.yaml`) and starts with no tags. */
  async setAside(doc: vscode.TextDocument): Promise<vscode.Uri | undefined> {
    const entry = await this.entryFor(doc);
    return entry && this.sync.setAside(entry);
  }

  /** Brings back tags taken away when their sidecar was deleted on disk, and writes them. */
  writeBack(entry: TranscriptTags, lost: Tag[]): void {
    entry.removed = entry.removed.filter((t) => !lost.includes(t));
    for (const item of lost) entry.tags.push(item);
    this.changed(entry);
  }

  async tagsFor(transcript: vscode.Uri): Promise<StoredTag[]> {
    this.watchSidecars();
    const doc = openDocument(transcript);
    if (doc) {
      const entry = await this.entryFor(doc);
      return entry ? entry.tags.map((t) => this.toStored(t, (o) => doc.positionAt(o))) : [];
    }
    const sidecar = sidecarUriOf(transcript);
    const placed = await readPlaced(hostFiles, sidecar, () => this.textOf(transcript));
    switch (placed.kind) {
      case 'missing':
        return [];
      case 'failed':
        throw new Error(`The sidecar ${shownName(sidecar)} cannot be read (${causeOf(placed.error)}).`);
      case 'unreadable':
        throw new Error(`${unreadableReason(sidecar, placed.problems)}; its tags are not shown until it is fixed.`);
      case 'ok':
        return placed.tags.map((t) => this.toStored(t, (o) => placed.index.editorPosition(o)));
    }
  }

  /** A transcript's text as its tags are placed in it; undefined when it cannot be read. */
  private async textOf(transcript: vscode.Uri): Promise<string | undefined> {
    try {
      return this.originals && isDocument(transcript) ? (await this.originals.read(transcript)).text : decodeText(await hostFiles.readBytes(transcript)).text;
    } catch (e) {
      // Gone, unreadable or not text: it has no tags to show.
      logError('Could not read a transcript to place its tags', transcript, e);
      return undefined;
    }
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
