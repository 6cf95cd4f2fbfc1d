/**
 * Import REFI-QDA Codebook... (a `.qdc`, or the codebook inside a `.qde`,
 * merged into the workspace codebook, whose categories are all kept) and Import W3C Annotations... (an export of
 * this tool, or annotations with quote selectors and tagging bodies, added to
 * the sidecars of the transcripts they point at).
 */
import * as vscode from 'vscode';
import { DEFAULT_CATEGORIES, readCodebook } from '../core/annotations/codebook';
import type { ImportedAnnotation } from '../core/export/importW3c';
import { loadExchange } from './exchange';
import { plural } from '../core/export/exportData';
import { transcriptsWithSidecars } from '../storage/sidecarFiles';
import { sidecarUriOf } from '../documents/addresses';
import { hostFiles } from '../documents/hostFiles';
import { exists, folderFor, readText, shown } from '../util/files';
import { showInvisible } from '../core/text/visible';
import { codebookUri } from './codebookFile';
import { refusedOutput } from '../util/outputGuard';

/** What the import commands can be given instead of asking. */
export interface ImportRequest {
  source?: vscode.Uri;
  /** Accepted for callers of earlier versions; a codebook import merges and never replaces, so it never asks. */
  replace?: boolean;
}

async function pickFile(title: string, filters: Record<string, string[]>): Promise<vscode.Uri | undefined> {
  const folder = folderFor();
  const picked = await vscode.window.showOpenDialog({ title, filters, canSelectMany: false, openLabel: 'Import', ...(folder ? { defaultUri: folder.uri } : {}) });
  return picked?.[0];
}

async function readSource(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const file = await readText(uri);
    if (!file) void vscode.window.showErrorMessage(vscode.l10n.t('{0}: no such file.', shown(uri)));
    return file?.text;
  } catch (e) {
    void vscode.window.showErrorMessage((e as Error).message);
    return undefined;
  }
}

/** Imports a codebook, merged into the workspace codebook (every category there kept); returns the number of categories read, undefined when nothing was done. */
export async function importCodebook(request: ImportRequest = {}): Promise<{ categories: number; newCategories: number; target: vscode.Uri } | undefined> {
  const folder = folderFor();
  if (!folder) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: the codebook is kept in the workspace folder.'));
    return undefined;
  }
  const { codebookAfterImport, CodebookImportError, dialogFilters, mergedCategories, qdcImporter } = await loadExchange();
  const source = request.source ?? (await pickFile(`Import ${qdcImporter.label}`, dialogFilters(qdcImporter)));
  if (!source) return undefined;
  const text = await readSource(source);
  if (text === undefined) return undefined;
  const target = codebookUri(folder);
  let existing: string | undefined;
  try {
    existing = (await readText(target))?.text;
  } catch (e) {
    void vscode.window.showErrorMessage((e as Error).message);
    return undefined;
  }
  const current = existing !== undefined && existing.trim() ? readCodebook(existing) : undefined;
  if (current?.problems.some((p) => p.severity === 'error')) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Fix the codebook ({0}) before importing into it: {1}', shown(target), current.problems.find((p) => p.severity === 'error')!.message));
    return undefined;
  }
  // Without a codebook file the workspace tags with the default categories: tags already made keep theirs.
  const categories = current?.categories ?? ((await transcriptsWithSidecars()).length > 0 ? [...DEFAULT_CATEGORIES] : []);
  let read;
  try {
    read = qdcImporter.read(text, categories);
  } catch (e) {
    if (!(e instanceof CodebookImportError)) throw e;
    void vscode.window.showErrorMessage(vscode.l10n.t('{0}: {1}', shown(source), e.message));
    return undefined;
  }
  const refused = refusedOutput(target, [{ uri: source }]);
  if (refused) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Nothing imported: {0}', refused));
    return undefined;
  }
  const name = source.path.split('/').pop()!;
  const merged = mergedCategories(categories, read);
  const codebook = codebookAfterImport(existing, merged, name);
  try {
    if (codebook !== undefined) await hostFiles.writeAtomically(target, codebook);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The import of {0} stopped: {1}', name, (e as Error).message));
    return undefined;
  }
  const folders = read.notCodable ? ` (${plural(read.notCodable, 'folder code')} made categories too)` : '';
  const kept = read.categories.length - merged.newCategories;
  void vscode.window.showInformationMessage(
    vscode.l10n.t(
      'Read {0} from {1}{2}: {3} added to {4}{5}. Every category already there is kept.{6}',
      plural(read.categories.length, 'category', 'categories'),
      name,
      folders,
      plural(merged.newCategories, 'new category', 'new categories'),
      shown(target),
      kept ? vscode.l10n.t(', {0} named like a category there kept it', plural(kept, 'code')) : '',
      read.sets.length ? vscode.l10n.t(' Sets of codes have no place among categories and are not kept: {0}.', read.sets.map((n) => `"${showInvisible(n)}"`).join(', ')) : '',
    ),
  );
  return { categories: read.categories.length, newCategories: merged.newCategories, target };
}

/** What an annotation import did. */
export interface AnnotationImportOutcome {
  added: number;
  present: number;
  orphaned: number;
  sidecars: vscode.Uri[];
  problems: string[];
}

/** The workspace transcript an annotation points at: its URI, else its path in a workspace folder. */
async function transcriptFor(a: ImportedAnnotation, cache: Map<string, vscode.Uri | undefined>): Promise<vscode.Uri | undefined> {
  const key = `${a.source}\n${a.path ?? ''}`;
  if (cache.has(key)) return cache.get(key);
  const candidates: vscode.Uri[] = [];
  try {
    const uri = vscode.Uri.parse(a.source, true);
    if (vscode.workspace.getWorkspaceFolder(uri)) candidates.push(uri);
  } catch {
    // Not a URI: the path may still name the document.
  }
  if (a.path && !a.path.split('/').includes('..')) for (const f of vscode.workspace.workspaceFolders ?? []) candidates.push(vscode.Uri.joinPath(f.uri, ...a.path.split('/')));
  let found: vscode.Uri | undefined;
  for (const c of candidates) {
    if (await exists(c)) {
      found = c;
      break;
    }
  }
  cache.set(key, found);
  return found;
}

/** Imports W3C annotations into sidecars. */
export async function importAnnotations(request: ImportRequest = {}): Promise<AnnotationImportOutcome | undefined> {
  const { AnnotationImportError, dialogFilters, mergeIntoSidecar, SidecarLockedError, w3cImporter } = await loadExchange();
  const source = request.source ?? (await pickFile(`Import ${w3cImporter.label}`, dialogFilters(w3cImporter)));
  if (!source) return undefined;
  const text = await readSource(source);
  if (text === undefined) return undefined;
  let read;
  try {
    read = w3cImporter.read(text);
  } catch (e) {
    if (!(e instanceof AnnotationImportError)) throw e;
    void vscode.window.showErrorMessage(vscode.l10n.t('{0}: {1}', shown(source), e.message));
    return undefined;
  }
  const outcome: AnnotationImportOutcome = { added: 0, present: 0, orphaned: 0, sidecars: [], problems: read.problems.map((p) => `${shown(source)}: ${p}`) };
  const cache = new Map<string, vscode.Uri | undefined>();
  const byDocument = new Map<string, { uri: vscode.Uri; annotations: ImportedAnnotation[] }>();
  const unmatched = new Map<string, number>();
  for (const a of read.annotations) {
    const uri = await transcriptFor(a, cache);
    if (!uri) {
      const name = a.path ?? a.source;
      unmatched.set(name, (unmatched.get(name) ?? 0) + 1);
      continue;
    }
    const entry = byDocument.get(uri.toString()) ?? { uri, annotations: [] };
    entry.annotations.push(a);
    byDocument.set(uri.toString(), entry);
  }
  for (const [name, n] of unmatched) outcome.problems.push(`${shown(source)}: ${plural(n, 'annotation')} for ${name}, which is not in this workspace, not imported.`);
  const now = new Date().toISOString();
  for (const { uri, annotations } of byDocument.values()) {
    const sidecarUri = sidecarUriOf(uri);
    const refused = refusedOutput(sidecarUri, [{ uri: source }]);
    if (refused) {
      outcome.problems.push(refused);
      continue;
    }
    try {
      const transcript = await readText(uri);
      if (!transcript) continue;
      const existing = await readText(sidecarUri);
      const merged = mergeIntoSidecar(uri.path.split('/').pop()!, transcript.text, existing?.text, annotations, now);
      outcome.added += merged.added;
      outcome.present += merged.present;
      outcome.orphaned += merged.orphaned;
      if (merged.sidecar !== undefined) {
        await hostFiles.writeAtomically(sidecarUri, merged.sidecar);
        outcome.sidecars.push(sidecarUri);
      }
    } catch (e) {
      const why = e instanceof SidecarLockedError ? e.message : (e as Error).message;
      outcome.problems.push(`${shown(sidecarUri)}: ${why}; its ${plural(annotations.length, 'annotation')} are not imported.`);
    }
  }
  const parts = [`Imported ${plural(outcome.added, 'tag')} into ${plural(outcome.sidecars.length, 'sidecar')}.`];
  if (outcome.present) parts.push(`${plural(outcome.present, 'tag')} already there.`);
  if (outcome.orphaned) parts.push(`${plural(outcome.orphaned, 'tag')} orphaned: the words are not in the transcript.`);
  if (outcome.problems.length) parts.push(outcome.problems.join(' '));
  const show = outcome.problems.length ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  void show(parts.join(' '));
  return outcome;
}
