/**
 * Show Agreement Report: every measure per category for the workspace (or the
 * transcripts given), with the confusion matrix drawn as a picture, in a
 * webview without scripts under a strict Content-Security-Policy.
 */
import * as vscode from 'vscode';
import { nonce } from '../core/webview/page';
import type { AgreementOn, AgreementReport, AlphaMetric, ReportDifference, UnitKind } from '../core/agreement';
import { loadMeasures } from './measures';
import { displayName, gatherDocuments, workspaceTranscripts } from './annotatorSidecars';

export const UNIT_SETTING = 'transcript.agreement.unit';
export const ON_SETTING = 'transcript.agreement.on';
export const LEVEL_SETTING = 'transcript.agreement.level';
/** How many differences the report lists at most. */
const MAX_LISTED = 500;

/** What the command was asked: the transcripts (default: every transcript with a sidecar) and the unit (default: the setting). */
export interface ReportRequest {
  uris?: vscode.Uri[];
  unit?: UnitKind;
  /** Categories or verdicts (default: the setting). */
  on?: AgreementOn;
  /** Krippendorff's α's level (default: the setting, else nominal for categories and ordinal for verdicts). */
  level?: AlphaMetric;
}

/** What the command did, for tests and callers. */
export interface ReportOutcome {
  report: AgreementReport;
  html: string;
  problems: string[];
}

export class AgreementReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;

  constructor(private readonly label: (id: string) => string) {}

  async show(request: ReportRequest = {}): Promise<ReportOutcome | undefined> {
    const { AGREEMENT_ON, agreementReport, ALPHA_LEVELS, compareAnnotators, reportHtml, UNIT_KINDS } = await loadMeasures();
    const setting = vscode.workspace.getConfiguration().get<string>(UNIT_SETTING, 'sentence');
    const unit: UnitKind = request.unit ?? ((UNIT_KINDS as readonly string[]).includes(setting) ? (setting as UnitKind) : 'sentence');
    const config = vscode.workspace.getConfiguration();
    const on = request.on ?? oneOf(AGREEMENT_ON, config.get<string>(ON_SETTING)) ?? 'category';
    const level = request.level ?? oneOf(ALPHA_LEVELS, config.get<string>(LEVEL_SETTING));
    const uris = request.uris?.length ? request.uris : await workspaceTranscripts();
    const { documents, problems } = await gatherDocuments(uris);
    let report: AgreementReport;
    try {
      report = agreementReport(documents, { unit, on, ...(level ? { level } : {}) });
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      void vscode.window.showErrorMessage(vscode.l10n.t('The agreement report cannot be made: {0}. Change the setting {1}.', e.message, LEVEL_SETTING));
      return undefined;
    }
    if (report.annotators.length < 2) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('Agreement needs the tags of two or more annotators; {0} found in {1} transcript{2}. Each annotator\'s tags are kept in <file>.annotations.<name>.yaml (set transcript.tagging.author).', report.annotators.length === 0 ? 'none was' : `only ${report.annotators[0]!.name} was`, uris.length, uris.length === 1 ? '' : 's'),
      );
      return { report, html: '', problems };
    }
    const differences: ReportDifference[] = [];
    const [a, b] = report.annotators;
    for (const doc of documents) {
      const sets = [doc.sets.find((s) => s.key === a!.key), doc.sets.find((s) => s.key === b!.key)];
      if (!sets[0] || !sets[1]) continue;
      for (const d of compareAnnotators([sets[0].tags, sets[1].tags])) {
        if (d.kind === 'agree' || differences.length >= MAX_LISTED) continue;
        differences.push({ document: doc.path, quote: doc.text.slice(d.start, d.end), kind: KIND_WORDS[d.kind], categories: d.tags.map((t) => t?.category) });
      }
    }
    const html = reportHtml({ report, label: this.label, differences, nonce: nonce() });
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('transcript.agreementReport', vscode.l10n.t('Agreement Report'), vscode.ViewColumn.Active, {
        enableScripts: false,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    this.panel.title = vscode.l10n.t('Agreement Report ({0})', uris.length === 1 ? displayName(uris[0]!) : `${documents.length} transcripts`);
    this.panel.webview.html = html;
    this.panel.reveal();
    if (problems.length) void vscode.window.showWarningMessage(vscode.l10n.t('The agreement report left some tags out: {0}', problems.join(' ')));
    return { report, html, problems };
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

/** The value if it is one of the allowed ones (a setting may hold anything). */
function oneOf<T extends string>(allowed: readonly T[], value: string | undefined): T | undefined {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
}

export const KIND_WORDS = {
  agree: 'same words, same category',
  category: 'same words, other category',
  overlap: 'overlapping words',
  only: 'one annotator only',
} as const;
