/**
 * Find Repeats: where the claim of the tag under the cursor is said again in
 * the workspace's transcripts, in a quick pick with speakers, dates and the
 * verdicts already given; a button tags a repeat with the same category,
 * verdict and source. The index of sentences is built the first time it is
 * asked for and kept current as documents and tags change.
 */
import * as vscode from 'vscode';
import { createTag, TextIndex, type Tag } from '../core/annotations';
import type { Repeat, RepeatIndex, RepeatTag } from '../core/claims/repeats';
import { readTranscript } from '../core/formats';
import type { TranscriptModels } from '../documents';
import type { SidecarStore } from '../storage';
import type { StoredTag } from '../storage/api';
import { Disposable } from '../util/dispose';
import { loadClaims } from './controller';

/** The command's id. */
export const FIND_REPEATS_COMMAND = 'transcript.findRepeats';
/** The command's id. */
export const TAG_REPEAT_COMMAND = 'transcript._tagRepeat';

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
}

/** The arguments of Find Repeats and of tagging a repeat. */
interface RepeatArgs {
  uri?: string;
  id?: string;
}
interface TagRepeatArgs {
  /** The tag whose category, verdict and source are copied. */
  from: { uri: string; id: string };
  /** The repeat: its transcript and UTF-16 offsets. */
  to: { uri: string; start: number; end: number };
}

/** The sentence index of the workspace's transcripts, refreshed document by document. */
export class WorkspaceRepeats extends Disposable {
  private index: RepeatIndex | undefined;
  private building: Promise<RepeatIndex> | undefined;
  private readonly stale = new Set<string>();
  /** The file version (modification time and size) each transcript was indexed at. */
  private readonly versions = new Map<string, string | undefined>();

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
            await this.add(index, d.key, d.uri, d.summary.date);
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
        await this.add(index, key, d.uri, d.summary.date);
        this.versions.set(key, d.version);
      } else {
        index.delete(key);
        this.versions.delete(key);
      }
    }
    return index;
  }

  private async add(index: RepeatIndex, key: string, uri: vscode.Uri, date: string | undefined): Promise<void> {
    const claims = await loadClaims();
    try {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      const text = open ? open.getText() : (await this.source.getOrLoadDocument(uri)).text;
      // A transcript that is not open is parsed only when a search reaches it.
      const options = this.models.parseOptions();
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
      index.set(claims.indexedTranscript(key, text, transcript, tags, date));
    } catch (e) {
      index.delete(key);
      console.error(`Transcript Annotator: ${uri.toString(true)} left out of the repeats index: ${(e as Error).message}`);
    }
  }
}

function repeatTagOf(t: Tag | StoredTag): RepeatTag {
  const start = 'start' in t ? t.start : 0;
  const end = 'end' in t ? t.end : 0;
  return { id: t.id, category: t.category, quote: t.quote, start, end, ...(t.verdict ? { verdict: t.verdict } : {}), ...(t.source ? { source: t.source } : {}) };
}

/** User text in a quick pick: `$(name)` would show an icon. */
function plain(s: string): string {
  return s.replace(/\$\(/g, '$\u200b(');
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.split('/').pop() ?? uri);
}

export function registerRepeats(context: vscode.ExtensionContext, repeats: WorkspaceRepeats, models: TranscriptModels, store: SidecarStore, categoryLabel: (id: string) => string): void {
  /** The tag meant: by id, else the innermost one under the cursor. */
  const tagAt = async (args?: RepeatArgs): Promise<{ doc: vscode.TextDocument; tag: Tag } | undefined> => {
    const doc = args?.uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri, true)) : vscode.window.activeTextEditor?.document;
    if (!doc) return undefined;
    const entry = await store.entryFor(doc);
    if (!entry) return undefined;
    if (args?.id) return entry.tags.filter((t) => t.id === args.id).map((tag) => ({ doc, tag }))[0];
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document !== doc) return undefined;
    const offset = doc.offsetAt(editor.selection.active);
    const hits = entry.tags.filter((t) => t.status !== 'orphaned' && t.start <= offset && offset <= t.end);
    const tag = hits.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    return tag ? { doc, tag } : undefined;
  };

  const tagRepeat = async (args: TagRepeatArgs): Promise<Tag | undefined> => {
    const fromDoc = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.from.uri, true));
    const source = (await store.entryFor(fromDoc))?.tags.find((t) => t.id === args.from.id);
    if (!source) return void vscode.window.showWarningMessage('The tag to copy is gone: it was removed or its transcript was closed.');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.to.uri, true));
    const entry = await store.entryFor(doc);
    if (!entry) return undefined;
    if (entry.mode !== 'ok') return void vscode.window.showWarningMessage(entry.reason ?? 'Tags of that transcript cannot be changed.');
    const already = entry.tags.find((t) => t.start === args.to.start && t.end === args.to.end && t.category === source.category);
    if (already) {
      // Already tagged like this: give it the verdict and source it lacks.
      if (!already.verdict && source.verdict) already.verdict = source.verdict;
      if (!already.source && source.source) already.source = source.source;
      already.modified = new Date().toISOString();
      store.changed(entry);
      return already;
    }
    const author = vscode.workspace.getConfiguration('transcript.tagging').get<string>('author', '').trim();
    const now = new Date().toISOString();
    const tag = createTag(doc.getText(), { start: args.to.start, end: args.to.end, category: source.category, note: `Said again: ${fileName(args.from.uri)} (${source.id})`, ...(author ? { author } : {}) }, models.get(doc), doc.positionAt(args.to.start).line, now, new Set(entry.tags.map((t) => t.id)));
    if (source.verdict) tag.verdict = source.verdict;
    if (source.source) tag.source = source.source;
    entry.tags.push(tag);
    store.changed(entry);
    return tag;
  };

  const search = async (doc: vscode.TextDocument, tag: Tag): Promise<Repeat[]> => {
    const index = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Indexing transcripts for repeats' }, () => repeats.ready());
    const quote = doc.getText().slice(tag.start, tag.end);
    return index.find(quote, { exclude: { document: doc.uri.toString(), start: tag.start, end: tag.end } });
  };

  context.subscriptions.push(
    repeats,
    vscode.commands.registerCommand(FIND_REPEATS_COMMAND, async (args?: RepeatArgs & { quiet?: boolean }) => {
      const found = await tagAt(args);
      if (!found) return void vscode.window.showInformationMessage('Put the cursor on a tag to find where its claim is said again.');
      const { doc, tag } = found;
      const list = await search(doc, tag);
      if (args?.quiet) return list;
      if (list.length === 0) {
        void vscode.window.showInformationMessage(`“${tag.quote.length > 80 ? tag.quote.slice(0, 80) + '…' : tag.quote}” is not said again in the workspace's transcripts.`);
        return list;
      }
      type Item = vscode.QuickPickItem & { repeat: Repeat };
      const tagButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('tag'), tooltip: `Tag with the same category${tag.verdict ? ', verdict' : ''}${tag.source ? ' and source' : ''}` };
      const itemOf = (r: Repeat): Item => {
        const checked = r.tags.filter((t) => t.verdict || t.source);
        const tagged = r.tags.length
          ? r.tags.map((t) => `${categoryLabel(t.category)}${t.verdict ? ` · verdict: ${t.verdict}` : ''}${t.source ? ` · ${t.source}` : ''}`).join('; ')
          : 'not tagged';
        return {
          label: `${checked.length ? '$(law)' : r.tags.length ? '$(tag)' : '$(quote)'} ${plain(r.text)}`,
          description: plain([r.speaker, r.date, `${Math.round(r.similarity * 100)}%`].filter(Boolean).join(' · ')),
          detail: plain(`${fileName(r.document)} — ${tagged}`),
          buttons: [tagButton],
          repeat: r,
        };
      };
      const pick = vscode.window.createQuickPick<Item>();
      pick.title = `Said again: “${plain(tag.quote.length > 60 ? tag.quote.slice(0, 60) + '…' : tag.quote)}” (${list.length})`;
      pick.placeholder = 'Enter opens the place; the tag button tags it like this claim';
      pick.matchOnDescription = true;
      pick.matchOnDetail = true;
      pick.items = list.map(itemOf);
      pick.onDidTriggerItemButton(async (e) => {
        const r = e.item.repeat;
        const made = await tagRepeat({ from: { uri: doc.uri.toString(), id: tag.id }, to: { uri: r.document, start: r.start, end: r.end } });
        if (!made) return;
        const updated: Repeat = { ...r, tags: [...r.tags, repeatTagOf(made)] };
        pick.items = pick.items.map((i) => (i === e.item ? itemOf(updated) : i));
      });
      pick.onDidAccept(async () => {
        const r = pick.selectedItems[0]?.repeat;
        pick.hide();
        if (!r) return;
        const target = await vscode.workspace.openTextDocument(vscode.Uri.parse(r.document, true));
        const editor = await vscode.window.showTextDocument(target);
        const range = new vscode.Range(target.positionAt(r.start), target.positionAt(r.end));
        editor.selection = new vscode.Selection(range.start, range.end);
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      });
      pick.onDidHide(() => pick.dispose());
      pick.show();
      return list;
    }),
    vscode.commands.registerCommand(TAG_REPEAT_COMMAND, (args: TagRepeatArgs) => tagRepeat(args)),
  );
}
