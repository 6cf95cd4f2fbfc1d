/**
 * Export Annotations...: the whole workspace, the current document or the
 * documents selected in the Transcripts view, in a format and to a file the
 * user picks, behind a progress notification that can be cancelled; a
 * summary at the end. The gathering and writing are the command line's.
 */
import * as vscode from 'vscode';
import type { ExportFormatId, ExportWriter } from '../core/export/writers';
import { loadExchange } from './exchange';
import type { SourceDocument } from '../core/export/gather';
import { DocumentError } from '../documents/originals';
import { exportCounts, plural, type ExportProblem, type OrphanPolicy } from '../core/export/exportData';
import { formatProblem } from '../core/export/summary';
import type { TranscriptModels } from '../documents';
import { recordingNameBeside } from '../media/recordings';
import { transcriptsWithSidecars } from '../storage/sidecarFiles';
import { exists, folderFor, mayReplace, readText, relativePath, shown } from '../util/files';
import { codebookUri, loadCodebook } from './codebookFile';
import { refusedOutput } from '../util/outputGuard';
import { urisOfNodes } from '../util/uris';
import { fileOf, isDocument, openDocument, sidecarUriOf } from '../documents/addresses';
import { walkthroughStepDone } from '../util/walkthrough';
import { hostFiles } from '../documents/hostFiles';

/** Where the documents to export come from. */
export type ExportScope = 'workspace' | 'document' | 'selected';

/** What the command can be given instead of asking (the integration tests, other commands). */
export interface ExportRequest {
  scope?: ExportScope;
  /** The documents, for `selected`. */
  uris?: vscode.Uri[];
  format?: ExportFormatId;
  destination?: vscode.Uri;
  /** Replace an existing destination without asking. */
  replace?: boolean;
}

/** What an export did, returned to the caller. */
export interface ExportOutcome {
  destination: vscode.Uri;
  format: ExportFormatId;
  documents: number;
  tags: number;
  orphansSkipped: number;
  orphansIncluded: number;
  problems: ExportProblem[];
  summary: string;
}

/** What the export feature needs from the rest of the extension. */
export interface ExportSources {
  models: TranscriptModels;
  /** The transcripts the Transcripts view lists (the workspace scope adds those with sidecars). */
  documents?: () => Promise<vscode.Uri[]>;
  /** The documents selected in the Transcripts view. */
  selection?: () => vscode.Uri[];
  /** Writes tags not yet on disk, so that the export has every tag made before it. */
  flush?: () => Promise<void>;
}

const LAST_FORMAT = 'transcript.export.lastFormat';

export { urisOfNodes };

export class ExportCommand {
  private readonly output: vscode.OutputChannel;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly sources: ExportSources,
    output: vscode.OutputChannel,
  ) {
    this.output = output;
  }

  /** Runs the command; undefined when the user backed out or it was cancelled. */
  async run(request: ExportRequest = {}): Promise<ExportOutcome | undefined> {
    const scope = request.scope ?? (await this.pickScope());
    if (!scope) return undefined;
    const format = request.format ? (await loadExchange()).exportWriter(request.format) : await this.pickFormat();
    if (!format) return undefined;
    const explicit = scope === 'selected' ? (request.uris ?? this.sources.selection?.() ?? []) : scope === 'document' ? this.currentDocument() : [];
    if (scope !== 'workspace' && explicit.length === 0) {
      void vscode.window.showWarningMessage(scope === 'document' ? vscode.l10n.t('Open a transcript to export its tags.') : vscode.l10n.t('Select documents in the Transcripts view to export their tags.'));
      return undefined;
    }
    const folder = folderFor(explicit[0]);
    let destination = request.destination;
    if (!destination) {
      destination = await vscode.window.showSaveDialog({
        title: vscode.l10n.t('Export Tags as {0}', format.label),
        saveLabel: 'Export',
        filters: { [format.filter.name]: [...format.filter.extensions] },
        ...(folder ? { defaultUri: vscode.Uri.joinPath(folder.uri, format.fileName) } : {}),
      });
      // The save dialog itself asks before replacing a file.
      if (!destination) return undefined;
    } else if (!(await mayReplace(destination, request.replace))) return undefined;
    await this.context.workspaceState.update(LAST_FORMAT, format.id);

    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting tags as {0}', format.label), cancellable: true },
      (progress, token) => this.export(scope, explicit, format, destination!, progress, token),
    );
  }

  private currentDocument(): vscode.Uri[] {
    const doc = vscode.window.activeTextEditor?.document;
    // A document's transcript view exports the document's tags.
    return doc && !doc.isUntitled ? [fileOf(doc.uri)] : [];
  }

  private async pickScope(): Promise<ExportScope | undefined> {
    type Item = vscode.QuickPickItem & { scope: ExportScope };
    const items: Item[] = [{ label: '$(root-folder) Whole Workspace', description: 'Every transcript', scope: 'workspace' }];
    const current = this.currentDocument()[0];
    if (current) items.push({ label: '$(file) Current Document', description: shown(current), scope: 'document' });
    const selected = this.sources.selection?.() ?? [];
    if (selected.length) items.push({ label: '$(list-selection) Selected in the Transcripts View', description: plural(selected.length, 'document'), scope: 'selected' });
    if (items.length === 1) return 'workspace';
    return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export Tags Of...') }))?.scope;
  }

  private async pickFormat(): Promise<ExportWriter<ExportFormatId> | undefined> {
    const last = this.context.workspaceState.get<string>(LAST_FORMAT);
    const { EXPORT_WRITERS } = await loadExchange();
    const items = [...EXPORT_WRITERS].sort((a, b) => (a.id === last ? -1 : b.id === last ? 1 : 0)).map((f) => ({ label: f.label, description: f.description, format: f }));
    return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export Format') }))?.format;
  }

  private async documentsOf(scope: ExportScope, explicit: vscode.Uri[], token: vscode.CancellationToken): Promise<vscode.Uri[]> {
    if (scope !== 'workspace') return explicit;
    const found = new Map<string, vscode.Uri>();
    for (const uri of (await this.sources.documents?.()) ?? []) found.set(uri.toString(), uri);
    for (const uri of await transcriptsWithSidecars(token)) if (!found.has(uri.toString()) && (await exists(uri))) found.set(uri.toString(), uri);
    return [...found.values()].sort((a, b) => (shown(a) < shown(b) ? -1 : shown(a) > shown(b) ? 1 : 0));
  }

  private async export(
    scope: ExportScope,
    explicit: vscode.Uri[],
    format: ExportWriter<ExportFormatId>,
    destination: vscode.Uri,
    progress: vscode.Progress<{ message?: string; increment?: number }>,
    token: vscode.CancellationToken,
  ): Promise<ExportOutcome | undefined> {
    const config = vscode.workspace.getConfiguration('transcript.export');
    const orphans = config.get<OrphanPolicy>('orphanedTags', 'skip') === 'include' ? 'include' : 'skip';
    const problems: ExportProblem[] = [];
    await this.sources.flush?.();
    const uris = await this.documentsOf(scope, explicit, token);
    if (token.isCancellationRequested) return this.cancelled();
    const codebookFolder = folderFor(uris[0]);
    // Checked again here, after any question about replacing: the documents are known only now.
    const refused = refusedOutput(destination, [...uris.map((uri) => ({ uri: fileOf(uri), transcript: true })), ...(codebookFolder ? [{ uri: codebookUri(codebookFolder) }] : [])]);
    if (refused) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Nothing exported: {0}', refused));
      return undefined;
    }
    const codebook = await loadCodebook(codebookFolder);
    for (const item of codebook.problems) problems.push(item);
    const sources: SourceDocument[] = [];
    for (const [i, uri] of uris.entries()) {
      if (token.isCancellationRequested) return this.cancelled();
      progress.report({ message: `${i + 1} of ${uris.length}: ${shown(uri)}`, increment: 90 / Math.max(1, uris.length) });
      const source = await this.read(uri, problems);
      if (source) sources.push(source);
    }
    if (token.isCancellationRequested) return this.cancelled();
    const version = (this.context.extension.packageJSON as { version?: string }).version ?? '';
    // Gathering is in the export chunk with the writers: only exporting needs it.
    const { exportCategoriesOf, exportSummary, gatherCorpus, writeExport, RefiQdaError } = await loadExchange();
    const gathered = gatherCorpus(sources, exportCategoriesOf(codebook.categories), { orphans, parseOptions: this.sources.models.parseOptions(), created: new Date().toISOString(), origin: `Transcript Annotator ${version}`.trim() });
    for (const item of gathered.problems) problems.push(item);
    let written;
    try {
      const name = destination.path.split('/').pop()!.replace(/\.[^.]+$/, '');
      written = writeExport(format.id, gathered.corpus, {
        bom: config.get<boolean>('csv.byteOrderMark', true),
        neutraliseFormulas: config.get<boolean>('csv.neutraliseFormulas', true),
        publisher: { name: config.get<string>('publisher.name', ''), url: config.get<string>('publisher.url', '') },
        projectName: name || 'Transcripts',
      });
    } catch (e) {
      if (e instanceof RefiQdaError) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Nothing exported: {0}', e.message));
        return undefined;
      }
      throw e;
    }
    if (token.isCancellationRequested) return this.cancelled();
    progress.report({ message: `Writing ${shown(destination)}`, increment: 10 });
    try {
      await hostFiles.writeAtomically(destination, written.bytes);
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot write {0}: {1}', shown(destination), (e as Error).message));
      return undefined;
    }
    walkthroughStepDone('exported');
    const summary = exportSummary(format, gathered.corpus, written, shown(destination), problems);
    this.log(summary, problems);
    void this.announce(summary, problems, destination, format);
    const counts = exportCounts(gathered.corpus);
    return { destination, format: format.id, documents: counts.documents, tags: written.tags, orphansSkipped: counts.orphansSkipped, orphansIncluded: counts.orphansIncluded, problems, summary };
  }

  /** A transcript and its sidecar as saved; problems name the file. */
  private async read(given: vscode.Uri, problems: ExportProblem[]): Promise<SourceDocument | undefined> {
    const uri = fileOf(given);
    const path = relativePath(uri);
    if (isDocument(uri)) return this.readOriginal(uri, problems);
    try {
      const transcript = await readText(uri);
      if (!transcript) {
        problems.push({ file: path, severity: 'error', keptOut: true, message: 'The file is not there any more; it is left out.' });
        return undefined;
      }
      const source: SourceDocument = { path, uri: uri.toString(), text: transcript.text };
      const sidecarUri = sidecarUriOf(uri);
      const sidecar = await readText(sidecarUri);
      if (sidecar) source.sidecar = { name: shown(sidecarUri), text: sidecar.text, byteLength: sidecar.bytes };
      const media = await recordingNameBeside(uri, (message) => problems.push({ file: path, severity: 'warning', message }));
      if (media) source.media = media;
      if (openDocument(uri)?.isDirty) {
        problems.push({ file: path, severity: 'warning', message: 'The document has unsaved changes; the saved file is exported.' });
      }
      return source;
    } catch (e) {
      problems.push({ file: path, severity: 'error', keptOut: true, message: `${(e as Error).message}; it is left out.` });
      return undefined;
    }
  }

  /** A document (PDF, Word...): the text its reader extracted, the transcript with its places, and its sidecar. */
  private async readOriginal(uri: vscode.Uri, problems: ExportProblem[]): Promise<SourceDocument | undefined> {
    const path = relativePath(uri);
    try {
      const read = await this.sources.models.originals.read(uri);
      const source: SourceDocument = { path, uri: uri.toString(), text: read.text, transcript: read.transcript };
      const sidecarUri = sidecarUriOf(uri);
      const sidecar = await readText(sidecarUri);
      if (sidecar) source.sidecar = { name: shown(sidecarUri), text: sidecar.text, byteLength: sidecar.bytes };
      return source;
    } catch (e) {
      const why = e instanceof DocumentError ? e.reason : (e as Error).message;
      problems.push({ file: path, severity: 'error', keptOut: true, message: `${why}; it is left out.` });
      return undefined;
    }
  }

  private cancelled(): undefined {
    void vscode.window.showInformationMessage(vscode.l10n.t('Export cancelled; nothing was written.'));
    return undefined;
  }

  private log(summary: string, problems: readonly ExportProblem[]): void {
    this.output.appendLine(`[${new Date().toLocaleTimeString()}] ${summary}`);
    for (const p of problems) this.output.appendLine(`  ${formatProblem(p)}`);
  }

  private async announce(summary: string, problems: readonly ExportProblem[], destination: vscode.Uri, format: ExportWriter<ExportFormatId>): Promise<void> {
    const text = format.id !== 'qdpx';
    const actions = [...(text ? ['Open'] : []), ...(problems.length ? ['Show Problems'] : [])];
    const show = problems.some((p) => p.severity === 'error') ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    const choice = await show(summary, ...actions);
    if (choice === 'Open') await vscode.window.showTextDocument(destination);
    else if (choice === 'Show Problems') this.output.show(true);
  }
}
