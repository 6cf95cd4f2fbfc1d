/**
 * Suggested claims of the transcripts the user asked about: each document's
 * sentences scored once per version (after a quiet moment when it changes),
 * the best ones not tagged or dismissed marked in the editor.
 */
import * as vscode from 'vscode';
import { loadModule } from '../core/formats/documents/chunks';
import type { ScoredSentences } from '../core/claims/score';
import type { Suggestion } from '../core/claims/suggestions';
import type { TranscriptModels } from '../documents';
import type { SidecarStore } from '../storage';
import { Disposable } from '../util/dispose';

/** Quiet time after an edit before the sentences are scored again. */
const RESCORE_DELAY_MS = 500;

type ClaimsCore = typeof import('../core/claims/chunk');

/** The model and its helpers, loaded the first time suggestions are asked for: a chunk of their own (src/core/claims/chunk.ts). */
export function loadClaims(): Promise<ClaimsCore> {
  return loadModule<ClaimsCore>('claims');
}

interface DocumentSuggestions {
  /** The document version the scores belong to. */
  version: number;
  /** Every sentence's span and score; objects are made only for the suggestions chosen. */
  scored: ScoredSentences;
  suggestions: Suggestion[];
}

export class SuggestionsController extends Disposable {
  private readonly docs = new Map<string, DocumentSuggestions>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changeEmitter = this._register(new vscode.EventEmitter<vscode.Uri | undefined>());
  /** Fires with a document whose suggestions changed (undefined: all of them). */
  readonly onDidChange = this.changeEmitter.event;
  private readonly decoration = this._register(
    vscode.window.createTextEditorDecorationType({
      borderStyle: 'dotted',
      borderWidth: '0 0 1px 0',
      borderColor: new vscode.ThemeColor('editorInfo.foreground'),
      overviewRulerColor: new vscode.ThemeColor('editorInfo.foreground'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
  );

  constructor(
    private readonly models: TranscriptModels,
    private readonly store: SidecarStore,
  ) {
    super();
    this._register({ dispose: () => this.timers.forEach(clearTimeout) });
    this._register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.docs.has(e.document.uri.toString())) this.rescoreSoon(e.document);
      }),
    );
    this._register(vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)));
    this._register(store.onDidChangeTags((uri) => void this.refilter(uri)));
    // Other label settings find other turns and speakers: score again.
    this._register(
      models.onDidChangeOptions(() => {
        for (const doc of vscode.workspace.textDocuments) if (this.docs.has(doc.uri.toString())) void this.score(doc);
      }),
    );
    // So do other speakers from the RTTM file beside a transcript.
    this._register(
      models.onDidChangeTranscripts((uris) => {
        const changed = new Set(uris.map((u) => u.toString()));
        for (const doc of vscode.workspace.textDocuments) if (changed.has(doc.uri.toString()) && this.docs.has(doc.uri.toString())) void this.score(doc);
      }),
    );
    this._register(vscode.window.onDidChangeVisibleTextEditors(() => this.decorateAll()));
    this._register(vscode.window.onDidChangeActiveTextEditor((e) => this.updateContext(e)));
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('transcript.suggestions')) for (const key of this.docs.keys()) void this.refilter(vscode.Uri.parse(key, true));
      }),
    );
  }

  /** True when suggestions are shown for the document. */
  has(uri: vscode.Uri): boolean {
    return this.docs.has(uri.toString());
  }

  /** The documents with suggestions shown. */
  documents(): vscode.Uri[] {
    return [...this.docs.keys()].map((k) => vscode.Uri.parse(k, true));
  }

  /** The current suggestions of a document, best first ([] when not asked for). */
  suggestionsOf(uri: vscode.Uri): Suggestion[] {
    return this.docs.get(uri.toString())?.suggestions ?? [];
  }

  /** Scores a document's sentences now and shows its suggestions. */
  async show(doc: vscode.TextDocument): Promise<Suggestion[]> {
    const state = await this.score(doc);
    return state.suggestions;
  }

  /** Stops showing a document's suggestions. */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    if (!this.docs.delete(key)) return;
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.decorateAll();
    this.changeEmitter.fire(uri);
  }

  /** The suggestions of a document at its current version (scored again first if it changed). */
  async current(doc: vscode.TextDocument): Promise<Suggestion[]> {
    const state = this.docs.get(doc.uri.toString());
    if (!state) return [];
    if (state.version !== doc.version) return (await this.score(doc)).suggestions;
    return state.suggestions;
  }

  private rescoreSoon(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!doc.isClosed && this.docs.has(key)) void this.score(doc);
      }, RESCORE_DELAY_MS),
    );
  }

  private async score(doc: vscode.TextDocument): Promise<DocumentSuggestions> {
    const claims = await loadClaims();
    const version = doc.version;
    const scored = claims.scoreTranscript(doc.getText(), this.models.get(doc));
    const state: DocumentSuggestions = { version, scored, suggestions: [] };
    this.docs.set(doc.uri.toString(), state);
    await this.choose(doc.uri, state);
    return state;
  }

  private async refilter(uri: vscode.Uri): Promise<void> {
    const state = this.docs.get(uri.toString());
    if (!state) return;
    // Tags that moved with an edit are compared with the sentences once those are scored again.
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc && doc.version !== state.version) return;
    await this.choose(uri, state);
  }

  /** Picks the suggestions among the scored sentences: the best ones not tagged or dismissed. */
  private async choose(uri: vscode.Uri, state: DocumentSuggestions): Promise<void> {
    const claims = await loadClaims();
    const entry = this.store.loaded(uri);
    const config = vscode.workspace.getConfiguration('transcript.suggestions');
    state.suggestions = claims.chooseSuggestions(state.scored, {
      count: Math.max(1, Math.floor(config.get<number>('count', 10))),
      minScore: Math.min(1, Math.max(0, config.get<number>('minScore', 0))),
      tagged: entry ? entry.tags.filter((t) => t.status !== 'orphaned') : [],
      dismissed: entry ? claims.dismissedHashes(entry.extra) : new Set(),
    });
    this.decorateAll();
    this.changeEmitter.fire(uri);
  }

  private decorateAll(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const state = this.docs.get(editor.document.uri.toString());
      const doc = editor.document;
      const options = (state?.suggestions ?? []).map((s): vscode.DecorationOptions => {
        const hover = new vscode.MarkdownString(`**Suggested claim** ${s.rank} of ${state!.suggestions.length} · score ${s.score.toFixed(2)}\n\n*Accept Suggestion* tags it · *Dismiss Suggestion* hides it for good`);
        return { range: new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)), hoverMessage: hover };
      });
      editor.setDecorations(this.decoration, options);
    }
    this.updateContext(vscode.window.activeTextEditor);
  }

  /** The suggestion under the editor's cursor. */
  at(editor: vscode.TextEditor): Suggestion | undefined {
    const state = this.docs.get(editor.document.uri.toString());
    if (!state || state.version !== editor.document.version) return undefined;
    const offset = editor.document.offsetAt(editor.selection.active);
    return state.suggestions.find((s) => s.start <= offset && offset <= s.end);
  }

  private shown: boolean | undefined;
  private updateContext(editor: vscode.TextEditor | undefined): void {
    const shown = !!editor && (this.docs.get(editor.document.uri.toString())?.suggestions.length ?? 0) > 0;
    if (shown === this.shown) return;
    this.shown = shown;
    void vscode.commands.executeCommand('setContext', 'transcript.suggestions.shown', shown);
  }
}
