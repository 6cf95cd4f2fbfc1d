/**
 * Import REFI-QDA Project (.qdpx)...: a project from MAXQDA, ATLAS.ti, NVivo
 * or QualCoder becomes transcripts in a folder the user picks, each with its
 * sidecar, its codes join the workspace codebook, its cases and the notes
 * on no passage the cases and notes files beside it; the full account of the
 * import opens in a document. The reading is the core's (the qdpx importer),
 * the same as the command line's.
 */
import * as vscode from 'vscode';
import { DEFAULT_CATEGORIES, readCodebook } from '../core/annotations/codebook';
import { sidecarPath } from '../core/annotations/sidecarPaths';
import { loadExchange } from './exchange';
import { plural } from '../core/export/exportData';
import { transcriptsWithSidecars } from '../storage/sidecarFiles';
import { exists, folderFor, readText, shown } from '../util/files';
import { codebookUri } from './codebookFile';
import { showImportAccount } from './importAccountView';
import { refusedOutput } from '../util/outputGuard';
import { hostFiles } from '../documents/hostFiles';

/** What the command can be given instead of asking (the integration tests, other commands). */
export interface ProjectImportRequest {
  /** The `.qdpx` file. */
  source?: vscode.Uri;
  /** The folder the transcripts go to. */
  folder?: vscode.Uri;
  /** Replace transcripts and sidecars already there without asking. */
  replace?: boolean;
}

/** What an import wrote. */
export interface ProjectImportOutcome {
  transcripts: vscode.Uri[];
  tags: number;
  newCategories: number;
  skipped: Array<{ name: string; reason: string }>;
  problems: string[];
  /** The full account of the import, as the document shown to the user holds it. */
  account: string;
  /** The document the account is shown in. */
  accountDocument?: vscode.TextDocument;
}

export async function importProject(output: vscode.OutputChannel, request: ProjectImportRequest = {}): Promise<ProjectImportOutcome | undefined> {
  const workspace = folderFor();
  const { accountText, CASES_PATH, casesAfterImport, codebookAfterImport, dialogFilters, notesAfterImport, PROJECT_NOTES_PATH, ProjectImportError, qdpxImporter } = await loadExchange();
  const source =
    request.source ??
    (await vscode.window.showOpenDialog({ title: vscode.l10n.t('Import {0}', qdpxImporter.label), filters: dialogFilters(qdpxImporter), canSelectMany: false, openLabel: 'Import', ...(workspace ? { defaultUri: workspace.uri } : {}) }))?.[0];
  if (!source) return undefined;
  const folder =
    request.folder ??
    (await vscode.window.showOpenDialog({ title: vscode.l10n.t('Folder for the Imported Transcripts'), canSelectFiles: false, canSelectFolders: true, canSelectMany: false, openLabel: 'Import Here', ...(workspace ? { defaultUri: workspace.uri } : {}) }))?.[0];
  if (!folder) return undefined;
  const target = folderFor(folder);
  if (!target) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: the imported codes go to the workspace codebook.'));
    return undefined;
  }

  let bytes: Uint8Array;
  try {
    bytes = await hostFiles.readBytes(source);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0}: cannot read it ({1}).', shown(source), (e as Error).message));
    return undefined;
  }
  const codebookFile = codebookUri(target);
  let existing: string | undefined;
  try {
    existing = (await readText(codebookFile))?.text;
  } catch (e) {
    void vscode.window.showErrorMessage((e as Error).message);
    return undefined;
  }
  const current = existing !== undefined && existing.trim() ? readCodebook(existing) : undefined;
  if (current?.problems.some((p) => p.severity === 'error')) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Fix the codebook ({0}) before importing into it: {1}', shown(codebookFile), current.problems.find((p) => p.severity === 'error')!.message));
    return undefined;
  }
  // Without a codebook file the workspace tags with the default categories: tags already made keep theirs.
  const implicit = existing === undefined && (await transcriptsWithSidecars()).length > 0 ? [...DEFAULT_CATEGORIES] : [];
  let imported;
  try {
    imported = qdpxImporter.read(bytes, { now: new Date().toISOString(), current: current?.categories ?? implicit, projectFile: source.path.split('/').pop()! });
  } catch (e) {
    if (!(e instanceof ProjectImportError)) throw e;
    void vscode.window.showErrorMessage(vscode.l10n.t('{0}: {1}', shown(source), e.message));
    return undefined;
  }
  const name = source.path.split('/').pop()!;
  output.appendLine(`[${new Date().toLocaleTimeString()}] Importing ${shown(source)} into ${shown(folder)}`);
  for (const s of imported.skipped) output.appendLine(`  ${name}: skipped the source "${s.name}": ${s.reason}.`);
  if (imported.transcripts.length === 0) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} has no plain-text source to import; nothing was written.{1}', name, imported.skipped.length ? ` ${plural(imported.skipped.length, 'source')} skipped: ${imported.skipped.map((s) => `${s.name} (${s.reason})`).join('; ')}.` : ''));
    return undefined;
  }
  const targets = imported.transcripts.map((t) => ({ t, uri: vscode.Uri.joinPath(folder, ...t.path.split('/')), sidecar: vscode.Uri.joinPath(folder, ...sidecarPath(t.path).split('/')) }));
  // The project and the codebook are read; only the codebook is then updated in place, as meant.
  const refused = [...targets.flatMap((x) => [x.uri, x.sidecar]).map((u) => refusedOutput(u, [{ uri: source }, { uri: codebookFile }])), refusedOutput(codebookFile, [{ uri: source }])].find((m) => m !== undefined);
  if (refused) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Nothing imported: {0}', refused));
    return undefined;
  }
  if (!request.replace) {
    const there: vscode.Uri[] = [];
    for (const x of targets) for (const u of [x.uri, x.sidecar]) if (await exists(u)) there.push(u);
    if (there.length) {
      const choice = await vscode.window.showWarningMessage(
        vscode.l10n.t('{0} the import would write {1} already in {2}. Replace {3}?', plural(there.length, 'file'), there.length === 1 ? 'is' : 'are', shown(folder), there.length === 1 ? 'it' : 'them'),
        { modal: true, detail: there.slice(0, 5).map(shown).join('\n') + (there.length > 5 ? `\n… and ${there.length - 5} more` : '') },
        'Replace',
      );
      if (choice !== 'Replace') return undefined;
    }
  }
  // The cases and notes files are merged into those there; one that cannot be read stops the import before anything is written.
  const casesUri = vscode.Uri.joinPath(target.uri, ...CASES_PATH.split('/'));
  const notesUri = vscode.Uri.joinPath(target.uri, ...PROJECT_NOTES_PATH.split('/'));
  let extraFiles: Array<[vscode.Uri, string | undefined]>;
  try {
    extraFiles = [
      [casesUri, casesAfterImport((await readText(casesUri))?.text, imported.cases)],
      [notesUri, notesAfterImport((await readText(notesUri))?.text, imported.projectNotes)],
    ];
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} was not imported: {1}', name, (e as Error).message));
    return undefined;
  }
  try {
    for (const [uri, text] of extraFiles) {
      if (text === undefined) continue;
      await hostFiles.writeAtomically(uri, text);
      imported.account.files.push(shown(uri));
    }
    for (const { t, uri, sidecar } of targets) {
      await hostFiles.writeAtomically(uri, t.text);
      await hostFiles.writeAtomically(sidecar, t.sidecar);
    }
    const codebook = codebookAfterImport(existing, imported, name);
    if (codebook !== undefined) await hostFiles.writeAtomically(codebookFile, codebook);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The import of {0} stopped: {1}', name, (e as Error).message));
    return undefined;
  }
  const tags = imported.transcripts.reduce((n, t) => n + t.tags, 0);
  const account = accountText(imported.account);
  output.append(account);
  // The full account in a document of its own, beside the message: what was read, kept, placed, orphaned and skipped.
  const accountDocument = await showImportAccount(name, account);
  const parts = [`Imported ${plural(imported.transcripts.length, 'transcript')} with ${plural(tags, 'tag')} from ${name} into ${shown(folder)}.`];
  if (imported.newCategories) parts.push(`${plural(imported.newCategories, 'new category', 'new categories')} in the codebook.`);
  if (imported.skipped.length) parts.push(`Skipped ${imported.skipped.map((s) => `${s.name} (${s.reason})`).join('; ')}.`);
  if (imported.problems.length) parts.push(`${plural(imported.problems.length, 'thing')} not placed as it was (see the account beside).`);
  const show = imported.skipped.length || imported.problems.length ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  void show(parts.join(' '));
  return { transcripts: targets.map((x) => x.uri), tags, newCategories: imported.newCategories, skipped: imported.skipped, problems: imported.problems, account, accountDocument };
}
