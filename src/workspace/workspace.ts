/**
 * The workspace's transcripts: found by
 * file pattern, language or detection, summarised from a bounded head of each
 * file, fully parsed on demand or in the background (cached per file version),
 * and kept current as files, editors and tags change.
 */
import * as vscode from 'vscode';
import {
  HEAD_BYTES,
  hasTranscriptExtension,
  summarizeBytes,
  summarizeHead,
  type DocumentEntry,
  type DocumentSummary,
} from '../core/workspace/documents';
import { buildOutline, type DocumentOutline } from '../core/workspace/documentTree';
import { documentExtensions, documentReaderFor, isDocumentFileName, readTranscript } from '../core/formats';
import type { Transcript } from '../core/transcript';
import { decodeText } from '../core/text';
import { LANGUAGE_ID, openDocument, type TranscriptModels } from '../documents';
import { DocumentError, fileOf, markDocument, ORIGINAL_SCHEME } from '../documents/originals';
import type { StoredTag, TagStore } from '../storage/api';
import { ContextKey } from '../util/contextKey';
import { Disposable } from '../util/dispose';
import { DOCUMENTS_VIEW } from '../views/ids';
import { causeOf, logError } from '../util/log';

/** Files larger than this are listed by name and never read. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** How many files are read at once. */
const CONCURRENCY = 32;
/** How many files the background index reads at once. */
const INDEX_CONCURRENCY = 8;
/** How many files the search returns at most. */
const MAX_FILES = 20_000;
/** Quiet time after an edit before the document is summarised again. */
const EDIT_DEBOUNCE_MS = 300;
/** The list is redrawn at most this often while it fills. */
const REDRAW_MS = 150;

/** One transcript of the workspace. */
export interface WorkspaceDocument extends DocumentEntry {
  uri: vscode.Uri;
  /** The file's modification time and size when it was last read (the watchers keep it current). */
  version?: string;
  /** True for a document (PDF, Word, XML...) read by a document reader and shown in its transcript view. */
  original?: boolean;
}

/** A transcript's text, from its editor when it is open. */
export interface LoadedDocument {
  uri: vscode.Uri;
  text: string;
  /** The editor's version when open. */
  version?: string;
  /** The open document, when there is one. */
  document?: vscode.TextDocument;
  /** For a document (PDF, Word...): the transcript its reader found in `text`, with its places in the original. */
  transcript?: Transcript;
}

/** Times the view took, for the benchmark and the tests (ms since the extension host started). */
export interface WorkspaceTimings {
  listStarted?: number;
  /** When the file search returned. */
  filesFound?: number;
  firstDocuments?: number;
  listed?: number;
  indexed?: number;
}

/**
 * The workspace's transcripts, for every feature: found, watched, summarised,
 * their outlines and tag counts cached per version. The views draw it; exports,
 * suggestions and agreement read it.
 */
export class TranscriptWorkspace extends Disposable {
  private readonly docs = new Map<string, WorkspaceDocument>();
  private readonly outlines = new Map<string, { version: string; outline: DocumentOutline }>();
  private readonly tagCache = new Map<string, Promise<StoredTag[]>>();
  private readonly pendingEdits = new Map<string, ReturnType<typeof setTimeout>>();
  private listing: Promise<void> | undefined;
  private indexing: Thenable<void> | undefined;
  private generation = 0;
  private redrawTimer: ReturnType<typeof setTimeout> | undefined;
  private redrawAll = false;
  private readonly redrawKeys = new Set<string>();
  private watchers: vscode.Disposable[] = [];

  private readonly changeEmitter = this._register(new vscode.EventEmitter<string[] | undefined>());
  /** Fires with the keys of documents that changed, or undefined when the list itself changed. */
  readonly onDidChange = this.changeEmitter.event;
  private readonly listedEmitter = this._register(new vscode.EventEmitter<void>());
  /** Fires each time a scan of the workspace has finished. */
  readonly onDidFinishListing = this.listedEmitter.event;
  private readonly tagsEmitter = this._register(new vscode.EventEmitter<string | undefined>());
  /** Fires with a document's key when its tags changed. */
  readonly onDidChangeTags = this.tagsEmitter.event;

  readonly timings: WorkspaceTimings = {};
  /** True while the workspace is being scanned. */
  scanning = false;
  /** The same for the views' welcome messages. */
  private readonly scanningKey = new ContextKey<boolean>('transcript.documents.scanning');

  constructor(
    private readonly models: TranscriptModels,
    readonly tags: TagStore | undefined,
  ) {
    super();
    this._register({ dispose: () => this.stop() });
    this._register(vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e.document)));
    this._register(vscode.workspace.onDidOpenTextDocument((doc) => this.onOpen(doc)));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.rescan()));
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('transcript.documents.include') || e.affectsConfiguration('transcript.documents.exclude') || e.affectsConfiguration('transcript.detection')) this.rescan();
      }),
    );
    this._register(models.onDidChangeOptions(() => this.rescan()));
    if (tags) {
      this._register(
        tags.onDidChangeTags((uri) => {
          // A document's transcript view stands for the document.
          const key = fileOf(uri).toString();
          this.tagCache.delete(key);
          const doc = this.docs.get(key);
          if (doc) void this.loadTags(doc).then(() => this.redraw([key]));
          this.tagsEmitter.fire(key);
        }),
      );
    }
  }

  /** The documents found so far. */
  documents(): WorkspaceDocument[] {
    return [...this.docs.values()];
  }

  get(key: string): WorkspaceDocument | undefined {
    return this.docs.get(key);
  }

  /** Starts the scan of the workspace the first time it is needed; resolves when it is done. */
  ensureListed(): Promise<void> {
    if (!this.listing) {
      this.listing = this.scan(++this.generation);
      this.watch();
    }
    return this.listing;
  }

  /** Whether the scan has started. */
  get started(): boolean {
    return this.listing !== undefined;
  }

  /** Forgets everything and scans again. */
  rescan(): Promise<void> {
    if (!this.listing) return Promise.resolve();
    this.stop();
    this.docs.clear();
    this.outlines.clear();
    this.tagCache.clear();
    this.indexing = undefined;
    this.listing = undefined;
    this.redraw();
    return this.ensureListed();
  }

  private stop(): void {
    this.generation++;
    for (const w of this.watchers.splice(0)) w.dispose();
    for (const t of this.pendingEdits.values()) clearTimeout(t);
    this.pendingEdits.clear();
    if (this.redrawTimer) clearTimeout(this.redrawTimer);
    this.redrawTimer = undefined;
  }

  private config() {
    const c = vscode.workspace.getConfiguration('transcript');
    // Documents (PDF, Word, XML, web pages) are looked at wherever the patterns do not already take them.
    const documents = documentExtensions().map((e) => `**/*${e}`);
    const include = c.get<string[]>('documents.include', ['**/*.transcript', '**/*.txt', '**/*.md', '**/*.vtt', '**/*.srt']);
    return {
      include: [...include, ...documents.filter((g) => !include.includes(g))],
      exclude: c.get<string[]>('documents.exclude', ['**/node_modules/**', '**/.git/**']),
      detect: c.get<boolean>('detection.enabled', true),
    };
  }

  private excludeGlob(): string | undefined {
    const { exclude } = this.config();
    if (exclude.length === 0) return undefined;
    return exclude.length === 1 ? exclude[0] : `{${exclude.join(',')}}`;
  }

  private async scan(generation: number): Promise<void> {
    this.scanning = true;
    this.scanningKey.set(true);
    this.timings.listStarted ??= performance.now();
    try {
      await vscode.window.withProgress({ location: { viewId: DOCUMENTS_VIEW } }, async () => {
        const { include } = this.config();
        const exclude = this.excludeGlob();
        const found = new Map<string, vscode.Uri>();
        if (vscode.workspace.workspaceFolders?.length) {
          const lists = await Promise.all(include.map((glob) => vscode.workspace.findFiles(glob, exclude, MAX_FILES)));
          for (const list of lists) for (const uri of list) found.set(uri.toString(), uri);
        }
        this.timings.filesFound ??= performance.now();
        // Open documents in the transcript language count even when no pattern takes them.
        for (const doc of vscode.workspace.textDocuments) {
          if (doc.languageId === LANGUAGE_ID && !doc.isUntitled && doc.uri.scheme !== ORIGINAL_SCHEME) found.set(doc.uri.toString(), doc.uri);
        }
        await pool([...found.values()], CONCURRENCY, async (uri) => {
          if (generation !== this.generation) return;
          await this.consider(uri, generation);
        });
      });
    } finally {
      if (generation === this.generation) {
        this.scanning = false;
        this.timings.listed = performance.now();
        this.scanningKey.set(false);
        this.flushRedraw();
        this.listedEmitter.fire();
        this.startIndexing(generation);
      }
    }
  }

  /** Reads a file's head and adds, updates or drops its entry. */
  private async consider(uri: vscode.Uri, generation = this.generation): Promise<void> {
    const key = uri.toString();
    const { summary, version, original } = await this.summarize(uri);
    if (generation !== this.generation) return;
    const open = openDocument(key);
    const path = vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
    const named = hasTranscriptExtension(uri.path) || open?.languageId === LANGUAGE_ID || original === true;
    const detected = this.config().detect && summary?.looksLikeTranscript === true;
    if (!summary || (!named && !detected)) {
      if (this.docs.delete(key)) this.redraw();
      return;
    }
    const before = this.docs.get(key);
    const doc: WorkspaceDocument = {
      key,
      uri,
      path,
      summary,
      ...(version ? { version } : {}),
      ...(original ? { original } : {}),
      ...(before?.tagCount !== undefined ? { tagCount: before.tagCount } : {}),
      ...(before?.tagProblem !== undefined ? { tagProblem: before.tagProblem } : {}),
    };
    this.docs.set(key, doc);
    if (!before || movesInList(before.summary, summary)) this.redraw();
    else this.redraw([key]);
  }

  /** The summary of a file from its open editor or a bounded read; undefined when it is gone. */
  private async summarize(uri: vscode.Uri): Promise<{ summary?: DocumentSummary; version?: string; original?: boolean }> {
    const open = openDocument(uri);
    if (open) return { summary: this.summarizeOpen(open), ...(open.uri.scheme === ORIGINAL_SCHEME ? { original: true } : {}) };
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch (e) {
      // Found by the search or a watcher, gone since: nothing to list.
      if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) logError('Could not look at a transcript', uri, e);
      return {};
    }
    if (stat.type & vscode.FileType.Directory) return {};
    const version = `${stat.mtime}:${stat.size}`;
    if (stat.size > MAX_FILE_BYTES) {
      return { version, summary: { looksLikeTranscript: false, unreadable: 'too-large', problem: `The file is ${Math.round(stat.size / 1048576)} MB; the list reads files up to ${MAX_FILE_BYTES / 1048576} MB.` } };
    }
    try {
      // The file system API has no ranged read: the whole file is read, only its head is decoded.
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (isDocumentFileName(uri.path) || documentReaderFor(bytes, uri.path)) return { version, original: true, summary: await this.summarizeDocument(uri) };
      return { version, summary: summarizeBytes(bytes, { ...this.models.parseOptions(), fileName: uri.path }, HEAD_BYTES, !hasTranscriptExtension(uri.path)) };
    } catch (e) {
      logError('Could not read a transcript to list it', uri, e);
      return {};
    }
  }

  /**
   * What a document says about itself, read whole by its reader (the header of
   * a PDF or an XML file is not in its first bytes); a document that cannot be
   * read is listed with the reader's reason.
   */
  private async summarizeDocument(uri: vscode.Uri): Promise<DocumentSummary> {
    try {
      const { transcript } = await this.models.originals.read(uri);
      const { title, date, place } = transcript.metadata;
      const warnings = transcript.origin?.warnings;
      return { looksLikeTranscript: true, ...(title ? { title } : {}), ...(date ? { date } : {}), ...(place ? { place } : {}), ...(warnings?.length ? { problem: warnings.join('\n') } : {}) };
    } catch (e) {
      if (!(e instanceof DocumentError)) throw e;
      markDocument(uri, true);
      return { looksLikeTranscript: false, unreadable: 'broken', problem: `Cannot be read as a transcript: ${e.reason}` };
    }
  }

  private summarizeOpen(doc: vscode.TextDocument): DocumentSummary {
    const head = doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 400), 0)).slice(0, HEAD_BYTES);
    if (head.trim() === '') return { looksLikeTranscript: false, unreadable: 'empty', problem: 'The file is empty.' };
    return summarizeHead(head, { ...this.models.parseOptions(), fileName: doc.uri.path }, !hasTranscriptExtension(doc.uri.path) && doc.languageId !== LANGUAGE_ID);
  }

  private watch(): void {
    for (const glob of this.config().include) {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      watcher.onDidCreate((uri) => this.onFileChanged(uri));
      watcher.onDidChange((uri) => this.onFileChanged(uri));
      watcher.onDidDelete((uri) => this.onFileDeleted(uri));
      this.watchers.push(watcher);
    }
    // A deleted folder matches no file pattern: watch every deletion. A created folder is looked through:
    // some watchers report a new folder and not the files written into it right after.
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    folders.onDidDelete((uri) => this.onFileDeleted(uri));
    folders.onDidCreate((uri) => void this.onFolderCreated(uri));
    const deletions = folders;
    // Renames and deletions made in the editor, whatever the patterns.
    this.watchers.push(
      deletions,
      vscode.workspace.onDidRenameFiles((e) => {
        for (const { oldUri, newUri } of e.files) {
          this.onFileDeleted(oldUri);
          void this.onFileChanged(newUri);
        }
      }),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => this.onFileDeleted(uri))),
      vscode.workspace.onDidCreateFiles((e) => e.files.forEach((uri) => void this.onFileChanged(uri))),
    );
  }

  private excluded(uri: vscode.Uri): boolean {
    const exclude = this.excludeGlob();
    if (!exclude) return false;
    return vscode.languages.match({ pattern: exclude }, { uri, languageId: '' } as vscode.TextDocument) > 0;
  }

  /** Lists the transcripts of a folder that was just created (a file created is handled by the file patterns). */
  private async onFolderCreated(uri: vscode.Uri): Promise<void> {
    if (!this.listing || this.excluded(uri)) return;
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch (e) {
      // Gone again before it could be looked at: its deletion event follows.
      logError('Could not look at a created file or folder', uri, e);
      return;
    }
    if (!(stat.type & vscode.FileType.Directory)) return;
    for (const glob of this.config().include) {
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, glob.replace(/^\*\*\//, '**/')), this.excludeGlob());
      for (const file of found) void this.onFileChanged(file);
    }
  }

  private async onFileChanged(uri: vscode.Uri): Promise<void> {
    if (!this.listing || this.excluded(uri)) return;
    const key = uri.toString();
    // An open document speaks for itself, through its edits.
    if (openDocument(key)?.isDirty) return;
    this.outlines.delete(key);
    await this.consider(uri);
    if (this.docs.has(key) && this.outlineWanted.has(key)) this.redraw([key]);
  }

  private onFileDeleted(uri: vscode.Uri): void {
    const key = uri.toString();
    // A folder: everything under it.
    const prefix = key.endsWith('/') ? key : `${key}/`;
    let changed = false;
    for (const k of [...this.docs.keys()]) {
      if (k === key || k.startsWith(prefix)) {
        this.docs.delete(k);
        this.outlines.delete(k);
        this.tagCache.delete(k);
        changed = true;
      }
    }
    if (changed) this.redraw();
  }

  private onOpen(doc: vscode.TextDocument): void {
    // A document's transcript view is its document's entry, not one of its own.
    if (!this.listing || doc.isUntitled || doc.uri.scheme === ORIGINAL_SCHEME) return;
    const key = doc.uri.toString();
    // A file switched to the transcript language joins the list.
    if (doc.languageId === LANGUAGE_ID && !this.docs.has(key)) void this.consider(doc.uri);
  }

  private onEdit(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (!this.listing || !this.docs.has(key)) return;
    const pending = this.pendingEdits.get(key);
    if (pending) clearTimeout(pending);
    this.pendingEdits.set(
      key,
      setTimeout(() => {
        this.pendingEdits.delete(key);
        const entry = this.docs.get(key);
        if (!entry) return;
        const before = entry.summary;
        entry.summary = this.summarizeOpen(doc);
        this.redraw(movesInList(before, entry.summary) ? undefined : [key]);
      }, EDIT_DEBOUNCE_MS),
    );
  }

  /** Keys whose outlines the tree has asked for: their changes redraw their children. */
  private readonly outlineWanted = new Set<string>();

  /** The version of a document: its editor's version when open, else its modification time and size. */
  private async versionOf(entry: WorkspaceDocument): Promise<{ version: string; doc?: vscode.TextDocument } | undefined> {
    const uri = entry.uri;
    const doc = openDocument(uri);
    if (doc) return { version: `v${doc.version}:${doc.languageId}`, doc };
    // The version read with the head stays current: the watchers read the head again on change.
    if (entry.version) return { version: entry.version };
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      return { version: `${stat.mtime}:${stat.size}` };
    } catch (e) {
      logError('Could not look at a transcript', uri, e);
      return undefined;
    }
  }

  /** The full outline of a document at its current version, parsed once per version. */
  async outline(key: string): Promise<DocumentOutline | undefined> {
    const entry = this.docs.get(key);
    if (!entry || entry.summary.unreadable) return undefined;
    this.outlineWanted.add(key);
    const v = await this.versionOf(entry);
    if (!v) return undefined;
    const hit = this.outlines.get(key);
    if (hit && hit.version === v.version) return hit.outline;
    let outline: DocumentOutline;
    try {
      if (v.doc) {
        outline = buildOutline(v.doc.getText(), this.models.get(v.doc));
      } else if (entry.original) {
        const read = await this.models.originals.read(entry.uri);
        outline = buildOutline(read.text, read.transcript);
      } else {
        const bytes = await vscode.workspace.fs.readFile(entry.uri);
        if (bytes.length > MAX_FILE_BYTES) return undefined;
        const { text } = decodeText(bytes);
        outline = buildOutline(text, readTranscript(text, { ...this.models.parseOptions(), skipNotes: true, fileName: entry.uri.path }));
      }
    } catch (e) {
      logError('Could not read a transcript for its outline', entry.uri, e);
      return undefined;
    }
    this.outlines.set(key, { version: v.version, outline });
    // The full text may say more than its head did (a date deep in the body).
    const s = entry.summary;
    if ((outline.title && !s.title) || (outline.date && !s.date)) {
      entry.summary = { ...s, ...(s.title ? {} : outline.title ? { title: outline.title } : {}), ...(s.date ? {} : outline.date ? { date: outline.date } : {}) };
      this.redraw();
    }
    return outline;
  }

  /** The outline already parsed for a document, if its version has not changed since (no I/O). */
  cachedOutline(key: string): DocumentOutline | undefined {
    return this.outlines.get(key)?.outline;
  }

  /** The tags of a document ([] without a tag store). */
  tagsOf(key: string): Promise<StoredTag[]> {
    const entry = this.docs.get(key);
    if (!entry || !this.tags) return Promise.resolve([]);
    return this.loadTags(entry);
  }

  private loadTags(entry: WorkspaceDocument): Promise<StoredTag[]> {
    let p = this.tagCache.get(entry.key);
    if (!p) {
      const store = this.tags!;
      p = store.tagsFor(entry.uri).then(
        (tags) => {
          const count = tags.length;
          if (entry.tagCount !== count || entry.tagProblem) {
            entry.tagCount = count;
            delete entry.tagProblem;
            this.redraw([entry.key]);
          }
          return tags;
        },
        (e: unknown) => {
          // Shown on the document in the view, and logged.
          entry.tagProblem = causeOf(e);
          delete entry.tagCount;
          logError('Could not read the tags of a transcript', entry.uri, e);
          this.redraw([entry.key]);
          return [];
        },
      );
      this.tagCache.set(entry.key, p);
    }
    return p;
  }

  /** Parses every document and reads its tags in the background, a file at a time. */
  private startIndexing(generation: number): void {
    if (this.indexing) return;
    this.indexing = vscode.window.withProgress(
      { location: { viewId: DOCUMENTS_VIEW }, title: 'Indexing transcripts' },
      async () => {
        // A few files at a time: reading waits on the file system, parsing takes well under a millisecond per file.
        await pool(this.documents(), INDEX_CONCURRENCY, async (entry) => {
          if (generation !== this.generation || !this.docs.has(entry.key)) return;
          const wanted = this.outlineWanted.has(entry.key);
          await this.outline(entry.key);
          if (!wanted) this.outlineWanted.delete(entry.key);
          if (this.tags) await this.loadTags(entry);
        });
        if (generation === this.generation) this.timings.indexed = performance.now();
      },
    );
  }

  /** Resolves when the background index of the current scan is done. */
  async whenIndexed(): Promise<void> {
    await this.ensureListed();
    await this.indexing;
  }

  /** Asks for a redraw of some documents (or of the list), batched. */
  private redraw(keys?: string[]): void {
    if (keys) for (const k of keys) this.redrawKeys.add(k);
    else this.redrawAll = true;
    if (this.redrawTimer) return;
    this.redrawTimer = setTimeout(() => this.flushRedraw(), this.scanning ? REDRAW_MS : 0);
  }

  private flushRedraw(): void {
    if (this.redrawTimer) clearTimeout(this.redrawTimer);
    this.redrawTimer = undefined;
    if (this.redrawAll) {
      this.redrawAll = false;
      this.redrawKeys.clear();
      this.changeEmitter.fire(undefined);
    } else if (this.redrawKeys.size) {
      const keys = [...this.redrawKeys];
      this.redrawKeys.clear();
      this.changeEmitter.fire(keys);
    }
  }

  /**
   * A transcript's text as the editor has it when it is open, else as it is on
   * disk (the markdown extension's `getOrLoadMarkdownDocument`): what exports,
   * the views and other features read a transcript through.
   */
  async getOrLoadDocument(uri: vscode.Uri): Promise<LoadedDocument> {
    const document = openDocument(uri);
    if (document) {
      const read = document.uri.scheme === ORIGINAL_SCHEME ? this.models.originals.settled(fileOf(uri)) : undefined;
      return { uri, text: document.getText(), version: `v${document.version}:${document.languageId}`, document, ...(read ? { transcript: read.transcript } : {}) };
    }
    if (this.docs.get(uri.toString())?.original || isDocumentFileName(uri.path)) {
      const read = await this.models.originals.read(uri);
      return { uri, text: read.text, transcript: read.transcript };
    }
    const bytes = await vscode.workspace.fs.readFile(uri);
    return { uri, text: decodeText(bytes).text };
  }

  /** The first-documents time, recorded by the view the first time it shows a document. */
  noteFirstDocuments(): void {
    this.timings.firstDocuments ??= performance.now();
  }
}

/** Whether a new summary can move the document in the sorted list. */
function movesInList(a: DocumentSummary, b: DocumentSummary): boolean {
  return a.title !== b.title || a.date !== b.date || a.unreadable !== b.unreadable;
}

/** Runs `work` on every item, at most `limit` at a time. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
