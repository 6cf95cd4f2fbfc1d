/** What Find Repeats and tagging a repeat share: the tag meant, the search, and the copy of a tag onto a repeat. */
import * as vscode from 'vscode';
import { createTag, type Tag } from '../../core/annotations';
import type { Repeat } from '../../core/claims/repeatIndex';
import type { TranscriptModels } from '../../documents';
import type { SidecarStore } from '../../storage';
import type { WorkspaceRepeats } from '../workspaceRepeats';

/** The arguments of Find Repeats and of tagging a repeat. */
export interface RepeatArgs {
  uri?: string;
  id?: string;
}
export interface TagRepeatArgs {
  /** The tag whose category, verdict and source are copied. */
  from: { uri: string; id: string };
  /** The repeat: its transcript and UTF-16 offsets. */
  to: { uri: string; start: number; end: number };
}

/** The tag meant: by id, else the innermost one under the cursor. */
export async function tagAt(store: SidecarStore, args?: RepeatArgs): Promise<{ doc: vscode.TextDocument; tag: Tag } | undefined> {
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
}

/** Tags a repeat like the tag it repeats (category, verdict, source); a tag already there gains the verdict and source it lacks. */
export async function tagRepeat(store: SidecarStore, models: TranscriptModels, args: TagRepeatArgs): Promise<Tag | undefined> {
  const fromDoc = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.from.uri, true));
  const source = (await store.entryFor(fromDoc))?.tags.find((t) => t.id === args.from.id);
  if (!source) return void vscode.window.showWarningMessage(vscode.l10n.t('The tag to copy is gone: it was removed or its transcript was closed.'));
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.to.uri, true));
  const entry = await store.entryFor(doc);
  if (!entry) return undefined;
  if (entry.mode !== 'ok') return void vscode.window.showWarningMessage(entry.reason ?? vscode.l10n.t('Tags of that transcript cannot be changed.'));
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
}

/** Where a tag's words are said again in the workspace. */
export async function search(repeats: WorkspaceRepeats, doc: vscode.TextDocument, tag: Tag): Promise<Repeat[]> {
  const index = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Indexing transcripts for repeats') }, () => repeats.ready());
  const quote = doc.getText().slice(tag.start, tag.end);
  return index.find(quote, { exclude: { document: doc.uri.toString(), start: tag.start, end: tag.end } });
}

/** User text in a quick pick: `$(name)` would show an icon. */
export function plain(s: string): string {
  return s.replace(/\$\(/g, '$\u200b(');
}

/** The file name of a URI string. */
export function fileName(uri: string): string {
  return decodeURIComponent(uri.split('/').pop() ?? uri);
}

