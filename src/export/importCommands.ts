/**
 * Import REFI-QDA Codebook... (a `.qdc`, or the codebook inside a `.qde`,
 * becomes the workspace codebook) and Import W3C Annotations... (an export of
 * this tool, or annotations with quote selectors and tagging bodies, added to
 * the sidecars of the transcripts they point at).
 */
import * as vscode from 'vscode';
import { CODEBOOK_PATH } from '../core/annotations/codebook';
import type { ImportedAnnotation } from '../core/export/importW3c';
import { loadExchange } from './exchange';
import { plural } from '../core/export/exportData';
import { sidecarUriOf } from '../storage/sidecarFiles';
import { exists, folderFor, readText, shown } from '../util/files';
import { codebookUri, loadCodebook } from './codebookFile';

/** What the import commands can be given instead of asking. */
export interface ImportRequest {
  source?: vscode.Uri;
  /** Replace the workspace codebook without asking. */
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

/** Imports a codebook; returns the number of categories written, undefined when nothing was. */
export async function importCodebook(request: ImportRequest = {}): Promise<{ categories: number; target: vscode.Uri } | undefined> {
  const folder = folderFor();
  if (!folder) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: the codebook is kept in the workspace folder.'));
    return undefined;
  }
  const { codebookYaml, CodebookImportError, dialogFilters, qdcImporter } = await loadExchange();
  const source = request.source ?? (await pickFile(`Import ${qdcImporter.label}`, dialogFilters(qdcImporter)));
  if (!source) return undefined;
  const text = await readSource(source);
  if (text === undefined) return undefined;
  const current = await loadCodebook(folder);
  let read;
  try {
    read = qdcImporter.read(text, current.categories);
  } catch (e) {
    if (!(e instanceof CodebookImportError)) throw e;
    void vscode.window.showErrorMessage(vscode.l10n.t('{0}: {1}', shown(source), e.message));
    return undefined;
  }
  const target = codebookUri(folder);
  if (!request.replace && (await exists(target))) {
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('Replace the workspace codebook ({0}, {1}) with the {2} of {3}?', CODEBOOK_PATH, plural(current.categories.length, 'category', 'categories'), plural(read.categories.length, 'category', 'categories'), shown(source)),
      { modal: true, detail: 'Categories with the same name keep their id, so existing tags keep their category.' },
      'Replace',
    );
    if (choice !== 'Replace') return undefined;
  }
  const name = source.path.split('/').pop()!;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(codebookYaml(read.categories, name)));
  const folders = read.notCodable ? ` (${plural(read.notCodable, 'folder code')} made categories too)` : '';
  void vscode.window.showInformationMessage(vscode.l10n.t('Imported {0} from {1} into {2}{3}.', plural(read.categories.length, 'category', 'categories'), name, shown(target), folders));
  return { categories: read.categories.length, target };
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
    try {
      const transcript = await readText(uri);
      if (!transcript) continue;
      const existing = await readText(sidecarUri);
      const merged = mergeIntoSidecar(uri.path.split('/').pop()!, transcript.text, existing?.text, annotations, now);
      outcome.added += merged.added;
      outcome.present += merged.present;
      outcome.orphaned += merged.orphaned;
      if (merged.sidecar !== undefined) {
        await vscode.workspace.fs.writeFile(sidecarUri, new TextEncoder().encode(merged.sidecar));
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
