/**
 * Find Repeats: where the claim of the tag under the cursor is said again in
 * the workspace's transcripts, in a quick pick with speakers, dates and the
 * verdicts already given; a button tags a repeat with the same category,
 * verdict and source. The index of sentences is built the first time it is
 * asked for and kept current as documents and tags change.
 */
import * as vscode from 'vscode';
import { TextIndex, type Tag } from '../core/annotations';
import { textFingerprint } from '../core/claims/fingerprint';
import type { RepeatIndex, RepeatTag } from '../core/claims/repeatIndex';
import { readTranscript } from '../core/formats';
import type { TranscriptModels } from '../documents';
import type { SidecarStore } from '../storage';
import type { StoredTag } from '../storage/api';
import { Disposable } from '../util/dispose';
import { loadClaims } from './controller';

/** The workspace's transcripts as the Transcripts view lists them (its corpus). */
export interface TranscriptSource {
  ensureListed(): Promise<void>;
  documents(): ReadonlyArray<{ key: string; uri: vscode.Uri; summary: { unreadable?: unknown; date?: string }; version?: string }>;
  /** A transcript's text as the editor has it when open, else from disk. */
  getOrLoadDocument(uri: vscode.Uri): Promise<{ text: string }>;
  tagsOf(key: string): Promise<StoredTag[]>;
  /** Fires with the keys of documents that changed, or undefined when the list changed. */
  readonly onDidChange: vscode.Event<string[] | undefined>;
  readonly onDidChangeTags: vscode.Event<string | undefined>;
  /** Fires with each transcript's text as the view's background index reads it: its fingerprint is made then, in the same pass. */
  readonly onDidReadText?: vscode.Event<{ key: string; text: string; version: string }>;
}

/** The sentence index of the workspace's transcripts, refreshed document by document. */
export class WorkspaceRepeats extends Disposable {
  private index: RepeatIndex | undefined;
  private building: Promise<RepeatIndex> | undefined;
  private readonly stale = new Set<string>();
  /** The file version (modification time and size) each transcript was indexed at. */
  private readonly versions = new Map<string, string | undefined>();
  /** Fingerprints made as the view's index read each transcript, with the version they are of. */
  private readonly fingerprints = new Map<string, { version: string; prints: Uint32Array }>();

  constructor(
    private readonly source: TranscriptSource,
    private readonly models: TranscriptModels,
    private readonly store: SidecarStore,
  ) {
    super();
    const mark = (key: string | undefined) => {
      if (key) this.stale.add(key);
    };
    this._register(source.onDidChange((keys) => (keys ? keys.forEach(mark) : this.reset())));
    this._register(source.onDidChangeTags(mark));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && mark(e.document.uri.toString())));
    // Parsed again with the same text: the RTTM file beside it changed, and with it who said each sentence.
    this._register(models.onDidChangeTranscripts((uris) => uris.forEach((uri) => mark(uri.toString()))));
    if (source.onDidReadText) this._register(source.onDidReadText((read) => this.fingerprints.set(read.key, { version: read.version, prints: textFingerprint(read.text) })));
  }

  private reset(): void {
    if (!this.index) return;
    // The list changed: documents added or removed are indexed or dropped at the next search.
    const listed = new Set(this.source.documents().map((d) => d.key));
    for (const key of listed) if (!this.index.get(key)) this.stale.add(key);
    for (const d of this.index.documents()) if (!listed.has(d.id)) this.stale.add(d.id);
  }

  /** The index, built the first time and brought up to date with what changed since. */
  async ready(): Promise<RepeatIndex> {
    if (!this.building) {
      this.building = (async () => {
        const claims = await loadClaims();
        const index = new claims.RepeatIndex();
        await this.source.ensureListed();
        const docs = this.source.documents().filter((d) => !d.summary.unreadable);
        let next = 0;
        const worker = async () => {
          while (next < docs.length) {
            const d = docs[next++]!;
            await this.add(index, d.key, d.uri, d.summary.date, d.version);
            this.versions.set(d.key, d.version);
          }
        };
        await Promise.all(Array.from({ length: Math.min(8, docs.length) }, worker));
        this.index = index;
        return index;
      })();
    }
    const index = await this.building;
    // Files changed on disk since they were indexed (the list notes their new modification time).
    for (const d of this.source.documents()) {
      if (this.versions.has(d.key) && this.versions.get(d.key) !== d.version && !vscode.workspace.textDocuments.some((t) => t.uri.toString() === d.key)) this.stale.add(d.key);
    }
    const keys = [...this.stale];
    this.stale.clear();
    for (const key of keys) {
      const d = this.source.documents().find((x) => x.key === key);
      if (d && !d.summary.unreadable) {
        await this.add(index, key, d.uri, d.summary.date, d.version);
        this.versions.set(key, d.version);
      } else {
        index.delete(key);
        this.versions.delete(key);
        this.fingerprints.delete(key);
      }
    }
    return index;
  }

  private async add(index: RepeatIndex, key: string, uri: vscode.Uri, date: string | undefined, version: string | undefined): Promise<void> {
    const claims = await loadClaims();
    try {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      const text = open ? open.getText() : (await this.source.getOrLoadDocument(uri)).text;
      // A transcript that is not open is parsed only when a search reaches it.
      // Read as the view reads it: with its name, and who spoke when from the RTTM file beside it.
      const options = open ? undefined : await this.models.readOptionsFor(uri);
      const transcript = open ? this.models.get(open) : () => readTranscript(text, options);
      const loaded = this.store.loaded(uri);
      let tags: RepeatTag[];
      if (loaded) tags = loaded.tags.filter((t) => t.status !== 'orphaned').map(repeatTagOf);
      else {
        const lines = new TextIndex(text);
        tags = (await this.source.tagsOf(key))
          .filter((t) => t.status !== 'orphaned')
          .map((t) => ({ ...repeatTagOf(t), start: lines.offsetAt(t.range.startLine, t.range.startCharacter), end: lines.offsetAt(t.range.endLine, t.range.endCharacter) }));
      }
      // The fingerprint the view's index made of this very version of the file, if it has read it.
      const made = open ? undefined : this.fingerprints.get(key);
      index.set(claims.indexedTranscript(key, text, transcript, tags, date), made && made.version === version ? made.prints : undefined);
    } catch (e) {
      index.delete(key);
      console.error(`Transcript Annotator: ${uri.toString(true)} left out of the repeats index: ${(e as Error).message}`);
    }
  }
}

/** A tag as the repeats index keeps it. */
export function repeatTagOf(t: Tag | StoredTag): RepeatTag {
  const start = 'start' in t ? t.start : 0;
  const end = 'end' in t ? t.end : 0;
  return { id: t.id, category: t.category, quote: t.quote, start, end, ...(t.verdict ? { verdict: t.verdict } : {}), ...(t.source ? { source: t.source } : {}) };
}
