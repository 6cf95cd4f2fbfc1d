/**
 * The Corpus Report panel: the report of the workspace's transcripts (or
 * those chosen in the Transcripts view) drawn in a webview. The page's one
 * script posts what the user clicked; every decision is made here: a mark
 * lists its claims in the Claims view (or opens the turn when it is one
 * claim), a button saves a chart as SVG or its numbers as CSV, the form sets
 * the filter.
 */
import * as vscode from 'vscode';
import { REVEAL_COMMAND } from '../commandIds';
import { VERDICTS } from '../core/annotations/tagSet';
import type { Category } from '../core/annotations/codebook';
import { reportCategories, type ContributedColor, type ThemeKind } from '../core/report/colors';
import type { ReportChart, Selection } from '../core/report/charts';
import type { ReportClaim, ReportData, ReportDocument, ReportFilter, ReportTag } from '../core/report/model';
import { nonce } from '../core/webview/page';
import type { Codebook } from '../codebook';
import { hostFiles } from '../documents/hostFiles';
import type { ClaimsProvider } from '../views/claims';
import type { TranscriptWorkspace } from '../workspace';
import { logError } from '../util/log';
import { loadReportChunk, type ReportChunk } from './chunk';
import { AGREED, reportDocuments, tagsOfSet } from './documents';
import { parseMessage } from './messages';

/** What the command can be given instead of the view's selection (the integration tests, other commands). */
export interface ReportRequest {
  /** The transcripts (default: every transcript of the workspace). */
  uris?: vscode.Uri[];
  filter?: ReportFilter;
}

/** What the report shows, returned to the caller. */
export interface ReportOutcome {
  data: ReportData;
  charts: ReportChart[];
  html: string;
  /** What a click on a mark (its link, `m-<chart>-<row>`) does: the claims it lists. */
  select(link: string): Promise<ReportClaim[]>;
}

export class CorpusReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private documents: ReportDocument[] = [];
  private filter: ReportFilter = {};
  /** The tags of the agreed set or of an annotator, by whose and document key, read when first asked for. */
  private sets = new Map<string, Map<string, ReportTag[]>>();
  private shown: { data: ReportData; charts: ReportChart[]; svgs: Map<string, string>; selections: Map<string, Selection>; chunk: ReportChunk } | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly workspace: TranscriptWorkspace,
    private readonly claims: ClaimsProvider,
    private readonly codebook: Codebook,
    private readonly contributed: readonly ContributedColor[],
  ) {
    // The charts' colours follow the theme's kind: a new kind draws them again.
    this.subscriptions.push(vscode.window.onDidChangeActiveColorTheme(() => this.panel && void this.draw().catch((e: unknown) => logError('Could not draw the corpus report again', undefined, e))));
  }

  /** Gathers the documents and shows their report. */
  async show(request: ReportRequest = {}): Promise<ReportOutcome> {
    await this.codebook.ready();
    const { documents, skipped } = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Gathering the corpus report') }, () => reportDocuments(this.workspace, request.uris));
    this.documents = documents;
    this.sets.clear();
    this.filter = request.filter ?? {};
    const panel = this.ensurePanel();
    panel.title = request.uris?.length ? (documents.length === 1 ? vscode.l10n.t('Corpus Report (1 transcript)') : vscode.l10n.t('Corpus Report ({0} transcripts)', documents.length)) : vscode.l10n.t('Corpus Report');
    const outcome = await this.draw();
    panel.reveal();
    if (skipped.length) void vscode.window.showWarningMessage(vscode.l10n.t('The corpus report left out {0} document{1} that could not be read: {2}{3}', skipped.length, skipped.length === 1 ? '' : 's', skipped.slice(0, 5).join(', '), skipped.length > 5 ? '…' : ''));
    return outcome;
  }

  private ensurePanel(): vscode.WebviewPanel {
    if (this.panel) return this.panel;
    const panel = vscode.window.createWebviewPanel('transcript.corpusReport', vscode.l10n.t('Corpus Report'), vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [] });
    this.panel = panel;
    const listener = panel.webview.onDidReceiveMessage((m: unknown) => void this.received(m));
    panel.onDidDispose(() => {
      listener.dispose();
      if (this.panel === panel) {
        this.panel = undefined;
        this.shown = undefined;
      }
    });
    return panel;
  }

  /** Counts, draws and shows the report of the documents under the current filter. */
  private async draw(): Promise<ReportOutcome> {
    const panel = this.ensurePanel();
    const categories = reportCategories(this.categories(), this.contributed, themeKind());
    const chunk = await loadReportChunk();
    // Whose tags: the shared sidecars' (the index's), or one set read beside each transcript.
    const whose = this.filter.author;
    const documents = whose === undefined ? this.documents : await this.withSet(whose);
    const filter: ReportFilter = { ...this.filter };
    delete filter.author;
    const data = chunk.gatherReport(documents, categories, VERDICTS, filter);
    const { charts, selections } = chunk.reportCharts(data);
    const svgs = await chunk.renderCharts(charts);
    const labels = new Map(categories.map((c) => [c.id, c.label]));
    const html = chunk.reportPage(data, charts, svgs, {
      filterText: chunk.filterText(this.filter, (id) => labels.get(id) ?? id),
      webview: { nonce: nonce(), cspSource: panel.webview.cspSource, filter: this.filter, authors: this.authors() },
    });
    this.shown = { data, charts, svgs, selections, chunk };
    panel.webview.html = html;
    return { data, charts, html, select: (link) => this.select(link) };
  }

  /** The documents with one set of tags each: the agreed set or an annotator's. */
  private async withSet(whose: string): Promise<ReportDocument[]> {
    let byKey = this.sets.get(whose);
    if (!byKey) this.sets.set(whose, (byKey = new Map()));
    const cache = byKey;
    return Promise.all(
      this.documents.map(async (d) => {
        let tags = cache.get(d.key);
        if (!tags) {
          const uri = this.workspace.get(d.key)?.uri ?? vscode.Uri.parse(d.key);
          try {
            tags = await tagsOfSet(uri, whose);
          } catch (e) {
            logError('Could not read the sidecars of a transcript for the corpus report', uri, e);
            tags = [];
          }
          cache.set(d.key, tags);
        }
        return { ...d, tags };
      }),
    );
  }

  /** Whose tags the form offers: the agreed set, then the annotators named in the shared tags. */
  private authors(): string[] {
    const names = new Set<string>();
    for (const d of this.documents) for (const t of d.tags) if (t.author) names.add(t.author);
    return [AGREED, ...[...names].sort((a, b) => a.localeCompare(b))];
  }

  /** The codebooks of the documents' folders, each category once, in order. */
  private categories(): Category[] {
    const out = new Map<string, Category>();
    const folders = new Set<string>();
    for (const d of this.documents) {
      const uri = this.workspace.get(d.key)?.uri;
      const folder = uri && vscode.workspace.getWorkspaceFolder(uri)?.uri.toString();
      if (folder !== undefined && folders.has(folder)) continue;
      if (folder !== undefined) folders.add(folder);
      for (const c of this.codebook.categoriesFor(uri)) if (!out.has(c.id)) out.set(c.id, c);
    }
    return out.size ? [...out.values()] : this.codebook.categoriesFor(undefined);
  }

  private async received(raw: unknown): Promise<void> {
    const message = parseMessage(raw);
    if (!message) {
      logError('The corpus report page sent a message it should not have', undefined, new Error(JSON.stringify(raw)?.slice(0, 200)));
      return;
    }
    try {
      if (message.type === 'select') await this.select(message.link);
      else if (message.type === 'save') await this.save(message.chart, message.as);
      else {
        this.filter = message.filter;
        await this.draw();
      }
    } catch (e) {
      logError('The corpus report could not do what was asked', undefined, e);
      void vscode.window.showErrorMessage(vscode.l10n.t('Corpus report: {0}', (e as Error).message));
    }
  }

  /** Lists a mark's claims in the Claims view; a single claim opens at its words. */
  async select(link: string): Promise<ReportClaim[]> {
    const shown = this.shown;
    const selection = shown?.selections.get(link);
    if (!shown || !selection) return [];
    const claims = shown.chunk.selectedClaims(shown.data.claims, selection);
    if (claims.length === 1) {
      const claim = claims[0]!;
      const uri = this.workspace.get(claim.document)?.uri ?? vscode.Uri.parse(claim.document);
      await vscode.commands.executeCommand(REVEAL_COMMAND, uri, claim.tag.range);
      return claims;
    }
    await this.claims.setFilter({ picked: { label: selection.label, tags: claims.map((c) => `${c.document}#${c.tag.id}`) } });
    await vscode.commands.executeCommand('transcript.claims.focus');
    return claims;
  }

  /** Saves a chart as SVG or its numbers as CSV where the user says, never over a transcript or a sidecar. */
  private async save(chartId: string, as: 'svg' | 'csv'): Promise<void> {
    const shown = this.shown;
    const chart = shown?.charts.find((c) => c.id === chartId);
    if (!shown || !chart) return;
    const svg = shown.svgs.get(chart.id);
    if (as === 'svg' && !svg) return;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `${chart.id}.${as}`;
    const target = await vscode.window.showSaveDialog({
      title: as === 'svg' ? vscode.l10n.t('Save “{0}” as SVG', chart.title) : vscode.l10n.t('Save the numbers of “{0}” as CSV', chart.title),
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}),
      filters: as === 'svg' ? { 'SVG image': ['svg'] } : { 'CSV (comma-separated values)': ['csv'] },
    });
    if (!target) return;
    await this.write(target, as === 'svg' ? shown.chunk.svgFile(svg!) : shown.chunk.chartCsv(chart));
  }

  /** Writes a saved chart atomically; a transcript or a sidecar is refused with a message. */
  async write(target: vscode.Uri, content: string): Promise<boolean> {
    const key = target.toString();
    if (this.workspace.get(key) || /\.annotations(\.[^/]*)?\.yaml$/i.test(target.path)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} is a transcript or a sidecar: the report never writes over one. Choose another file.', vscode.workspace.asRelativePath(target)));
      return false;
    }
    await hostFiles.writeAtomically(target, content);
    return true;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.panel?.dispose();
  }
}

/** The kind of the current theme, for the codebook's colours. */
function themeKind(): ThemeKind {
  switch (vscode.window.activeColorTheme.kind) {
    case vscode.ColorThemeKind.Dark:
      return 'dark';
    case vscode.ColorThemeKind.HighContrast:
      return 'highContrast';
    case vscode.ColorThemeKind.HighContrastLight:
      return 'highContrastLight';
    default:
      return 'light';
  }
}
