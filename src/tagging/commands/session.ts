/**
 * What the tagging commands share: the document and tag a command acts on,
 * the one way a command changes a transcript's tags (a new tag set from the
 * core's operations, handed to the store), and the context keys of the
 * `when` clauses.
 */
import { RESOLVE_SIDECAR_CONFLICT_COMMAND, SET_ASIDE_SIDECAR_COMMAND } from '../../commandIds';
import * as vscode from 'vscode';
import { tagUnder, type Category, type Tag, type TagSetChange } from '../../core/annotations';
import { isTranscript, type TranscriptModels } from '../../documents';
import type { SidecarStore, TranscriptTags } from '../../storage';
import type { Codebook } from '../../codebook';
import { ContextKey } from '../../util/contextKey';
import { openDocument } from '../../documents/addresses';

/** Which tag a command acts on (by default the one under the cursor), and what Edit Tag can be told instead of asking. */
export interface TargetArgs {
  /** The transcript, as a URI string. */
  uri?: string;
  /** The tag's id. */
  id?: string;
  category?: string;
  note?: string;
  verdict?: string;
  source?: string;
  /** The speaker who made the claim; empty text forgets it. */
  speaker?: string;
  /** Fit Tag to Selection: accept a moved tag where it is. */
  keep?: boolean;
}

export class TaggingSession {
  /** The transcript whose tag was removed last, while Undo can still bring it back. */
  private lastRemoved: string | undefined;
  private readonly onTag = new ContextKey<boolean>('transcript.tagging.onTag');
  private readonly paused = new ContextKey<boolean>('transcript.tagging.paused');
  private readonly justRemoved = new ContextKey<boolean>('transcript.tagging.justRemoved');

  constructor(
    readonly models: TranscriptModels,
    readonly store: SidecarStore,
    readonly codebook: Codebook,
    readonly state: vscode.Memento,
  ) {}

  /** The `transcript.tagging.author` setting, when set. */
  author(): string | undefined {
    return vscode.workspace.getConfiguration('transcript.tagging').get<string>('author', '').trim() || undefined;
  }

  now(): string {
    return new Date().toISOString();
  }

  /** The editor to act in: the one showing `uri`, else the active transcript editor. */
  editorFor(uri?: string): vscode.TextEditor | undefined {
    if (uri) return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
    const editor = vscode.window.activeTextEditor;
    return editor && (isTranscript(editor.document) || this.store.loaded(editor.document.uri)) ? editor : undefined;
  }

  /** The document to act on: the one with `uri` when it is open, else the active transcript. */
  documentFor(uri?: string): vscode.TextDocument | undefined {
    if (uri) return this.editorFor(uri)?.document ?? openDocument(uri);
    return this.editorFor()?.document;
  }

  /** The tags of a document that can be changed, or undefined after saying why not. */
  async writable(doc: vscode.TextDocument): Promise<TranscriptTags | undefined> {
    const entry = await this.store.entryFor(doc);
    if (!entry) return undefined;
    if (entry.mode !== 'ok') {
      const setAside = vscode.l10n.t('Set Aside Broken Sidecar');
      const open = vscode.l10n.t('Open Sidecar');
      const resolve = vscode.l10n.t('Resolve Sidecar Merge Conflict');
      const actions = entry.conflict ? [resolve, open] : entry.mode === 'paused' ? [setAside, open] : [open];
      void vscode.window.showWarningMessage(entry.reason ?? vscode.l10n.t('Tags of this transcript cannot be changed.'), ...actions).then(async (choice) => {
        if (choice === resolve) await vscode.commands.executeCommand(RESOLVE_SIDECAR_CONFLICT_COMMAND);
        if (choice === setAside) await vscode.commands.executeCommand(SET_ASIDE_SIDECAR_COMMAND);
        if (choice === open) await vscode.window.showTextDocument(entry.sidecar);
      });
      return undefined;
    }
    return entry;
  }

  /** The tag a command means: by id, else the innermost one under the cursor or touching the selection. */
  targetTag(entry: TranscriptTags, editor: vscode.TextEditor | undefined, id?: string): Tag | undefined {
    if (id) return entry.tags.find((t) => t.id === id);
    if (!editor) return undefined;
    const doc = editor.document;
    return tagUnder(entry.tags, doc.offsetAt(editor.selection.start), doc.offsetAt(editor.selection.end));
  }

  /** The tag a command acts on (by id, else under the cursor) and its transcript's tags, when they can be changed. */
  async writableTarget(args?: TargetArgs): Promise<{ doc: vscode.TextDocument; entry: TranscriptTags; target: Tag } | undefined> {
    const doc = this.documentFor(args?.uri);
    if (!doc) return undefined;
    const entry = await this.writable(doc);
    if (!entry) return undefined;
    const target = this.targetTag(entry, this.editorFor(args?.uri), args?.id);
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a tag first.'));
      return undefined;
    }
    return { doc, entry, target };
  }

  /** Takes the new tag set of a change: the views hear at once, the sidecar is written shortly. */
  apply(entry: TranscriptTags, change: TagSetChange): Tag | undefined {
    if (!change.tag) return undefined;
    entry.tags = change.set.tags;
    entry.removed = change.set.removed;
    this.store.changed(entry);
    this.updateContext();
    return change.tag;
  }

  /**
   * The categories to tag a document with; undefined after saying why there
   * are none (its codebook cannot be read: new tags wait rather than take
   * the defaults' ids).
   */
  async categories(uri: vscode.Uri): Promise<Category[] | undefined> {
    const book = await this.codebook.forTagging(uri);
    if (book.categories) return book.categories;
    const reveal = vscode.l10n.t('Open Codebook');
    void vscode.window.showErrorMessage(book.unreadable, reveal).then(async (choice) => {
      if (choice === reveal) await vscode.commands.executeCommand('revealInExplorer', book.file);
    });
    return undefined;
  }

  /** A category's label, from the codebook. */
  label(category: string): string {
    return this.codebook.lookup(category).label;
  }

  /** Remembers that a tag of this transcript was just removed (Undo brings it back), or forgets it. */
  setJustRemoved(uri: vscode.Uri | undefined): void {
    this.lastRemoved = uri?.toString();
    this.updateContext();
  }

  /** Whether a tag of this transcript was the last thing removed. */
  wasJustRemoved(uri: vscode.Uri): boolean {
    return this.lastRemoved === uri.toString();
  }

  /** Sets the context keys for the active editor; each is only sent when it changes. */
  updateContext(): void {
    const editor = vscode.window.activeTextEditor;
    const entry = editor ? this.store.loaded(editor.document.uri) : undefined;
    this.onTag.set(!!(entry && editor && this.targetTag(entry, editor)));
    this.paused.set(entry?.mode === 'paused');
    this.justRemoved.set(!!(editor && this.lastRemoved === editor.document.uri.toString()));
  }

  /** Keeps the context keys current as the cursor, the editor and the tags change. */
  register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(
      vscode.window.onDidChangeTextEditorSelection(() => this.updateContext()),
      vscode.window.onDidChangeActiveTextEditor(() => {
        this.lastRemoved = undefined;
        this.updateContext();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.lastRemoved === e.document.uri.toString() && e.contentChanges.length) {
          this.lastRemoved = undefined;
          this.updateContext();
        }
      }),
      this.store.onDidChangeProblems(() => this.updateContext()),
    );
    this.updateContext();
  }
}
