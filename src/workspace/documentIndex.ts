/**
 * The index of the workspace's transcripts: each one's outline and tags,
 * cached per version, read on demand or in the background after each scan.
 */
import * as vscode from 'vscode';
import { buildOutline, type DocumentOutline } from '../core/workspace/documentTree';
import { readTranscript } from '../core/formats';
import { decodeText } from '../core/text';
import { type TranscriptModels } from '../documents';
import type { StoredTag, TagStore } from '../storage/api';
import { Disposable } from '../util/dispose';
import { causeOf, logError } from '../util/log';
import { MAX_FILE_BYTES, type TranscriptDiscovery, type WorkspaceDocument } from './discovery';
import { pool } from './pool';
import { Slices } from './slices';
import { fileOf, openDocument } from '../documents/addresses';
import { hostFiles } from '../documents/hostFiles';

/** How many files the background index reads at once. */
const INDEX_CONCURRENCY = 8;
/** How long the index parses in one turn of the extension host before it lets the host's other work run. */
const INDEX_SLICE_MS = 8;

/** A transcript's text as the index read it, for indexes built alongside (the repeats index). */
export interface ReadText {
  /** The document's key (its URI as a string). */
  key: string;
  text: string;
  /** The version the text is of: as `WorkspaceDocument.version` for a file not open, the editor's version for one that is. */
  version: string;
}

/** The outlines and tag counts of the documents discovery finds. */
export class DocumentIndex extends Disposable {
  private readonly outlines = new Map<string, { version: string; outline: DocumentOutline }>();
  private readonly tagCache = new Map<string, Promise<StoredTag[]>>();
  private indexing: Thenable<void> | undefined;
  /** The background index's parsing, in slices of the host's turns. */
  private readonly slices = new Slices(INDEX_SLICE_MS);
  private readonly tagsEmitter = this._register(new vscode.EventEmitter<string | undefined>());
  /** Fires with a document's key when its tags changed. */
  readonly onDidChangeTags = this.tagsEmitter.event;
  private readonly readEmitter = this._register(new vscode.EventEmitter<ReadText>());
  /** Fires with each transcript's text when the index reads it for its outline: other indexes are built in the same pass. */
  readonly onDidReadText = this.readEmitter.event;

  constructor(
    private readonly found: TranscriptDiscovery,
    private readonly models: TranscriptModels,
    readonly tags: TagStore | undefined,
  ) {
    super();
    this._register(found.onDidFinishListing((generation) => this.startIndexing(generation)));
    this._register(found.onDidChangeFile((key) => this.outlines.delete(key)));
    // A transcript parsed again with the same text (the RTTM file beside it changed): its outline is another.
    this._register(
      models.onDidChangeTranscripts((uris) => {
        const keys = uris.map((u) => u.toString()).filter((key) => this.outlines.delete(key));
        if (keys.length) found.changed(keys);
      }),
    );
    this._register(
      found.onDidRemove((keys) => {
        if (!keys) {
          this.outlines.clear();
          this.tagCache.clear();
          this.indexing = undefined;
          return;
        }
        for (const key of keys) {
          this.outlines.delete(key);
          this.tagCache.delete(key);
        }
      }),
    );
    if (tags) {
      this._register(
        tags.onDidChangeTags((uri) => {
          // A document's transcript view stands for the document.
          const key = fileOf(uri).toString();
          this.tagCache.delete(key);
          const doc = found.get(key);
          if (doc) void this.loadTags(doc).then(() => found.changed([key]));
          this.tagsEmitter.fire(key);
        }),
      );
    }
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
      const stat = await hostFiles.stat(uri);
      return stat && { version: `${stat.mtime}:${stat.size}` };
    } catch (e) {
      logError('Could not look at a transcript', uri, e);
      return undefined;
    }
  }

  /**
   * The full outline of a document at its current version, parsed once per
   * version; `background` (the index) parses it in the index's slices of the
   * host's turns.
   */
  async outline(key: string, background = false): Promise<DocumentOutline | undefined> {
    const entry = this.found.get(key);
    if (!entry || entry.summary.unreadable) return undefined;
    this.outlineWanted.add(key);
    const v = await this.versionOf(entry);
    if (!v) return undefined;
    const hit = this.outlines.get(key);
    if (hit && hit.version === v.version) return hit.outline;
    let parse: () => { text: string; outline: DocumentOutline };
    try {
      if (v.doc) {
        const doc = v.doc;
        parse = () => {
          const text = doc.getText();
          return { text, outline: buildOutline(text, this.models.get(doc)) };
        };
      } else if (entry.original) {
        const read = await this.models.originals.read(entry.uri);
        parse = () => ({ text: read.text, outline: buildOutline(read.text, read.transcript) });
      } else {
        const bytes = await hostFiles.readBytes(entry.uri);
        if (bytes.length > MAX_FILE_BYTES) return undefined;
        const options = { ...(await this.models.readOptionsFor(entry.uri)), skipNotes: true };
        parse = () => {
          const { text } = decodeText(bytes);
          return { text, outline: buildOutline(text, readTranscript(text, options)) };
        };
      }
    } catch (e) {
      logError('Could not read a transcript for its outline', entry.uri, e);
      return undefined;
    }
    const finish = (): DocumentOutline | undefined => {
      let read: { text: string; outline: DocumentOutline };
      try {
        read = parse();
      } catch (e) {
        logError('Could not read a transcript for its outline', entry.uri, e);
        return undefined;
      }
      const { text, outline } = read;
      this.outlines.set(key, { version: v.version, outline });
      this.readEmitter.fire({ key, text, version: v.version });
      // The full text may say more than its head did (a date deep in the body).
      const s = entry.summary;
      if ((outline.title && !s.title) || (outline.date && !s.date)) {
        entry.summary = { ...s, ...(s.title ? {} : outline.title ? { title: outline.title } : {}), ...(s.date ? {} : outline.date ? { date: outline.date } : {}) };
        this.found.changed();
      }
      return outline;
    };
    // The index reads eight files at once, and reads that finish together resume in one turn of the host:
    // their parsing (and what the text's listeners do with it) waits in line, and runs in short slices.
    return background ? this.slices.run(finish) : finish();
  }

  /** The outline already parsed for a document, if its version has not changed since (no I/O). */
  cachedOutline(key: string): DocumentOutline | undefined {
    return this.outlines.get(key)?.outline;
  }

  /** The tags of a document ([] without a tag store). */
  tagsOf(key: string): Promise<StoredTag[]> {
    const entry = this.found.get(key);
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
            // A document without tags shows none before and after its sidecar is read: redrawn, each of a large
            // list's documents cost the extension host as much as redrawing the whole list, all in one turn.
            const shown = (entry.tagCount ?? 0) !== count || entry.tagProblem !== undefined;
            entry.tagCount = count;
            delete entry.tagProblem;
            if (shown) this.found.changed([entry.key]);
          }
          return tags;
        },
        (e: unknown) => {
          // Shown on the document in the view, and logged.
          entry.tagProblem = causeOf(e);
          delete entry.tagCount;
          logError('Could not read the tags of a transcript', entry.uri, e);
          this.found.changed([entry.key]);
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
    this.indexing = this.found.showProgress(
      'Indexing transcripts',
      async () => {
        // A few files at a time: reading waits on the file system, parsing takes well under a millisecond per file.
        await pool(this.found.documents(), INDEX_CONCURRENCY, async (entry) => {
          if (generation !== this.found.generation || !this.found.get(entry.key)) return;
          const wanted = this.outlineWanted.has(entry.key);
          await this.outline(entry.key, true);
          if (!wanted) this.outlineWanted.delete(entry.key);
          if (this.tags) await this.loadTags(entry);
        });
        if (generation === this.found.generation) this.found.reach('indexed');
      },
    );
  }

  /** Resolves when the background index of the current scan is done. */
  async whenIndexed(): Promise<void> {
    await this.found.ensureListed();
    await this.indexing;
  }
}
