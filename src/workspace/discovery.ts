/**
 * Finding the workspace's transcripts: by file pattern, language or
 * detection, each summarised from a bounded head of the file, and kept
 * current as files and editors change. It tells its listeners which documents
 * changed as it happens; the views batch their redraws and show the progress.
 */
import * as vscode from 'vscode';
import { HEAD_BYTES, hasTranscriptExtension, summarizeBytes, summarizeHead, type DocumentEntry, type DocumentSummary } from '../core/workspace/documents';
import { documentExtensions, documentReaderFor, isDocumentFileName } from '../core/formats';
import type { Transcript } from '../core/transcript';
import { decodeText } from '../core/text';
import type { EntryInfo } from '../core/files/fileHost';
import { LANGUAGE_ID, type TranscriptModels } from '../documents';
import { DocumentError } from '../documents/originals';
import { ContextKey } from '../util/contextKey';
import { Disposable } from '../util/dispose';
import { logError } from '../util/log';
import { ByteBudget, pool } from './pool';
import { hostFiles } from '../documents/hostFiles';
import { searchGlobs } from '../core/workspace/searchGlobs';
import { fingerprint } from '../core/files/fingerprint';
import { fileOf, markDocument, openDocument, ORIGINAL_SCHEME } from '../documents/addresses';

/** Files larger than this are listed by name and never parsed (in VS Code for the Web a text file is read once, to learn its size; on the desktop and for a document, never read). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/**
 * How many files are read at once. Outside VS Code for the Web each file is looked at and then read, and each
 * of the two waits for a message to the window and back (VS Code asks the window to activate the file system
 * first): with many files in flight those messages go out together and the window answers them together
 * (the CPU time of the list fell by about a sixth from 32, in paired runs of the Node host). In VS Code for the Web a read of a served
 * folder is a request to the server, which the browser sends a few at a time: more in flight only queue
 * there (128 cost more CPU than 32 in the web host).
 */
const CONCURRENCY = WEB_BUILD ? 32 : 128;
/** The most bytes of files the list reads at once where it knows their sizes first (two files at the limit). */
const READ_BUDGET_BYTES = 2 * MAX_FILE_BYTES;
/** How many files the search returns at most. */
const MAX_FILES = 20_000;
/** Quiet time after an edit before the document is summarised again. */
const EDIT_DEBOUNCE_MS = 300;

/** One transcript of the workspace. */
export interface WorkspaceDocument extends DocumentEntry {
  uri: vscode.Uri;
  /**
   * Changes when the file does (the watchers keep it current): the fingerprint of its bytes when
   * the list last read them, or for a document (PDF, Word...) its modification time and size.
   */
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

/** The moments of a scan and its index that the benchmark and the tests time. */
export type Milestone = 'listStarted' | 'filesFound' | 'listed' | 'indexed' | 'firstDocuments';

/** Runs a long piece of work under a progress indicator (the views pass theirs); a title names it. */
export type ShowProgress = <T>(title: string | undefined, work: () => Promise<T>) => Thenable<T>;

/**
 * The workspace's transcripts as found so far: scanned the first time a
 * feature asks, watched from then on.
 */
export class TranscriptDiscovery extends Disposable {
  private readonly docs = new Map<string, WorkspaceDocument>();
  private readonly pendingEdits = new Map<string, ReturnType<typeof setTimeout>>();
  /** The bytes of the files being read for the list, bounded. */
  private readonly reads = new ByteBudget(READ_BUDGET_BYTES);
  private listing: Promise<void> | undefined;
  /** Counts the scans: work begun for an older scan stops. */
  generation = 0;
  private watchers: vscode.Disposable[] = [];

  private readonly changeEmitter = this._register(new vscode.EventEmitter<string[] | undefined>());
  /** Fires with the keys of documents that changed, or undefined when the list itself changed; unbatched. */
  readonly onDidChange = this.changeEmitter.event;
  private readonly listedEmitter = this._register(new vscode.EventEmitter<number>());
  /** Fires with the scan's generation each time a scan of the workspace has finished. */
  readonly onDidFinishListing = this.listedEmitter.event;
  private readonly fileEmitter = this._register(new vscode.EventEmitter<string>());
  /** Fires with a document's key when its file changed on disk, before it is summarised again. */
  readonly onDidChangeFile = this.fileEmitter.event;
  private readonly removeEmitter = this._register(new vscode.EventEmitter<string[] | undefined>());
  /** Fires with the keys of documents gone from the workspace, or undefined when everything is forgotten for a new scan. */
  readonly onDidRemove = this.removeEmitter.event;
  private readonly milestoneEmitter = this._register(new vscode.EventEmitter<Milestone>());
  /** Fires at each moment the benchmark times. */
  readonly onDidReach = this.milestoneEmitter.event;

  /** True while the workspace is being scanned. */
  scanning = false;
  /** The same for the views' welcome messages. */
  private readonly scanningKey = new ContextKey<boolean>('transcript.documents.scanning');
  /** Shows the scan's progress; nothing until the views hand theirs. */
  showProgress: ShowProgress = (_title, work) => work();

  constructor(private readonly models: TranscriptModels) {
    super();
    this._register({ dispose: () => this.stop() });
    this._register(vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e.document)));
    this._register(vscode.workspace.onDidOpenTextDocument((doc) => this.onOpen(doc)));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.rescan()));
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('transcript')) this.settings = undefined;
        if (e.affectsConfiguration('transcript.documents.include') || e.affectsConfiguration('transcript.documents.exclude') || e.affectsConfiguration('transcript.detection')) this.rescan();
      }),
    );
    this._register(models.onDidChangeOptions(() => this.rescan()));
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
    this.removeEmitter.fire(undefined);
    this.listing = undefined;
    this.changed();
    return this.ensureListed();
  }

  private stop(): void {
    this.generation++;
    for (const w of this.watchers.splice(0)) w.dispose();
    for (const t of this.pendingEdits.values()) clearTimeout(t);
    this.pendingEdits.clear();
  }

  /** The settings as last read: a scan asks for them once per file. */
  private settings: { include: string[]; exclude: string[]; detect: boolean } | undefined;

  /** The patterns that take files, those that leave them out, and whether undeclared files are detected. */
  config(): { include: string[]; exclude: string[]; detect: boolean } {
    // Read from the configuration once until it changes (each read copies the setting's value, 0.1 ms a file).
    return (this.settings ??= this.readConfig());
  }

  private readConfig(): { include: string[]; exclude: string[]; detect: boolean } {
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

  /** The exclude patterns as one glob. */
  excludeGlob(): string | undefined {
    const { exclude } = this.config();
    if (exclude.length === 0) return undefined;
    return exclude.length === 1 ? exclude[0] : `{${exclude.join(',')}}`;
  }

  private async scan(generation: number): Promise<void> {
    this.scanning = true;
    this.scanningKey.set(true);
    this.reach('listStarted');
    try {
      await this.showProgress(undefined, async () => {
        const { include } = this.config();
        const exclude = this.excludeGlob();
        const found = new Map<string, vscode.Uri>();
        if (vscode.workspace.workspaceFolders?.length) {
          const lists = await Promise.all(searchGlobs(include).map((glob) => hostFiles.findFiles(glob, exclude, MAX_FILES)));
          for (const list of lists) for (const uri of list) found.set(uri.toString(), uri);
        }
        this.reach('filesFound');
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
        this.reach('listed');
        this.scanningKey.set(false);
        this.listedEmitter.fire(generation);
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
      if (this.docs.delete(key)) this.changed();
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
    if (!before || movesInList(before.summary, summary)) this.changed();
    else this.changed([key]);
  }

  /** The summary of a file from its open editor or a bounded read; undefined when it is gone. */
  private async summarize(uri: vscode.Uri): Promise<{ summary?: DocumentSummary; version?: string; original?: boolean }> {
    const open = openDocument(uri);
    if (open) return { summary: this.summarizeOpen(open), ...(open.uri.scheme === ORIGINAL_SCHEME ? { original: true } : {}) };
    // Look first on the desktop, where a look is cheap: a file over the limit is then never read, and the
    // version is the modification time and size. A document (PDF, Word...) is read whole by its reader,
    // which knows it by its modification time: look first in every host.
    if (!WEB_BUILD || isDocumentFileName(uri.path)) return this.summarizeLooked(uri);
    let bytes: Uint8Array;
    try {
      // In VS Code for the Web, read without looking first: each look is a round trip to the server as slow
      // as the read, and the list took twice as long. The bytes give the size and the version; the file system
      // API has no ranged read, so the whole file is read and only its head decoded.
      bytes = await hostFiles.readBytes(uri);
    } catch (e) {
      return this.unread(uri, e);
    }
    if (bytes.length > MAX_FILE_BYTES) return { version: fingerprint(bytes), summary: tooLarge(bytes.length) };
    try {
      // A document recognised by its content (a speech service's JSON, an XML record) is versioned as its reader versions it.
      if (documentReaderFor(bytes, uri.path)) return this.summarizeLooked(uri, bytes);
      return { version: fingerprint(bytes), summary: summarizeBytes(bytes, { ...this.models.parseOptions(), fileName: uri.path }, HEAD_BYTES, !hasTranscriptExtension(uri.path)) };
    } catch (e) {
      logError('Could not read a transcript to list it', uri, e);
      return {};
    }
  }

  /** Why a file that the search found could not be read: gone since or a folder (nothing to list), too large to read, or an error to log. */
  private async unread(uri: vscode.Uri, error: unknown): Promise<{ summary?: DocumentSummary; version?: string }> {
    let stat: EntryInfo | undefined;
    try {
      stat = await hostFiles.stat(uri);
    } catch (e) {
      logError('Could not read a transcript to list it', uri, error);
      logError('Could not look at it either', uri, e);
      return {};
    }
    if (!stat || stat.kind === 'folder') return {};
    if (stat.size > MAX_FILE_BYTES) return { version: `${stat.mtime}:${stat.size}`, summary: tooLarge(stat.size) };
    logError('Could not read a transcript to list it', uri, error);
    return {};
  }

  /**
   * The summary of a file looked at first, versioned by its modification time and size (as the document
   * reader's cache is): a file over the limit is listed unread; a document (PDF, Word, or recognised by its
   * content) is summarised by its reader, any other text from its head.
   */
  private async summarizeLooked(uri: vscode.Uri, read?: Uint8Array): Promise<{ summary?: DocumentSummary; version?: string; original?: boolean }> {
    let stat: EntryInfo | undefined;
    try {
      stat = await hostFiles.stat(uri);
    } catch (e) {
      logError('Could not look at a transcript', uri, e);
      return {};
    }
    // Found by the search or a watcher, gone since (or a folder): nothing to list.
    if (!stat || stat.kind === 'folder') return {};
    const version = `${stat.mtime}:${stat.size}`;
    if (stat.size > MAX_FILE_BYTES) return { version, summary: tooLarge(stat.size) };
    try {
      // Many files are read at once, but never more than READ_BUDGET_BYTES of them: the size is known here.
      return await this.reads.hold(read ? 0 : stat.size, async () => {
        const bytes = read ?? (await hostFiles.readBytes(uri));
        if (isDocumentFileName(uri.path) || documentReaderFor(bytes, uri.path)) return { version, original: true, summary: await this.summarizeDocument(uri, { bytes, version }) };
        return { version, summary: summarizeBytes(bytes, { ...this.models.parseOptions(), fileName: uri.path }, HEAD_BYTES, !hasTranscriptExtension(uri.path)) };
      });
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
  private async summarizeDocument(uri: vscode.Uri, known: { bytes: Uint8Array; version: string }): Promise<DocumentSummary> {
    try {
      const { transcript } = await this.models.originals.read(uri, known);
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
      const watcher = hostFiles.watch(glob);
      watcher.onDidCreate((uri) => this.onFileChanged(uri));
      watcher.onDidChange((uri) => this.onFileChanged(uri));
      watcher.onDidDelete((uri) => this.onFileDeleted(uri));
      this.watchers.push(watcher);
    }
    // A deleted folder matches no file pattern: watch every deletion. A created folder is looked through:
    // some watchers report a new folder and not the files written into it right after.
    const folders = hostFiles.watch('**/*', { change: true });
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
    let stat: EntryInfo | undefined;
    try {
      stat = await hostFiles.stat(uri);
    } catch (e) {
      logError('Could not look at a created file or folder', uri, e);
      return;
    }
    // Gone again before it could be looked at: its deletion event follows.
    if (!stat) return;
    if (stat.kind !== 'folder') return;
    for (const glob of searchGlobs(this.config().include)) {
      const found = await hostFiles.findFiles(new vscode.RelativePattern(uri, glob), this.excludeGlob());
      for (const file of found) void this.onFileChanged(file);
    }
  }

  private async onFileChanged(uri: vscode.Uri): Promise<void> {
    if (!this.listing || this.excluded(uri)) return;
    const key = uri.toString();
    // An open document speaks for itself, through its edits.
    if (openDocument(key)?.isDirty) return;
    this.fileEmitter.fire(key);
    await this.consider(uri);
  }

  private onFileDeleted(uri: vscode.Uri): void {
    const key = uri.toString();
    // A folder: everything under it.
    const prefix = key.endsWith('/') ? key : `${key}/`;
    const removed = [...this.docs.keys()].filter((k) => k === key || k.startsWith(prefix));
    for (const k of removed) this.docs.delete(k);
    if (removed.length) {
      this.removeEmitter.fire(removed);
      this.changed();
    }
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
        this.changed(movesInList(before, entry.summary) ? undefined : [key]);
      }, EDIT_DEBOUNCE_MS),
    );
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
    return { uri, text: decodeText(await hostFiles.readBytes(uri)).text };
  }

  /** Says that documents changed (keys) or that the list did (undefined). */
  changed(keys?: string[]): void {
    this.changeEmitter.fire(keys);
  }

  /** Records a moment the benchmark times. */
  reach(milestone: Milestone): void {
    this.milestoneEmitter.fire(milestone);
  }
}

/** The summary of a file too large to read. */
function tooLarge(size: number): DocumentSummary {
  return { looksLikeTranscript: false, unreadable: 'too-large', problem: `The file is ${Math.round(size / 1048576)} MB; the list reads files up to ${MAX_FILE_BYTES / 1048576} MB.` };
}

/** Whether a new summary can move the document in the sorted list. */
function movesInList(a: DocumentSummary, b: DocumentSummary): boolean {
  return a.title !== b.title || a.date !== b.date || a.unreadable !== b.unreadable;
}
