/**
 * Compare Annotators: one transcript's annotators side by side in its editor.
 * Each unit of their tags is drawn by how they differ (same words and
 * category; same words, other category; overlapping words; one annotator
 * only), with a hover naming each annotator's category; Next and Previous
 * Difference walk the differences not yet settled; Settle Difference accepts
 * one annotator's tag, several, or none into the agreed sidecar.
 */
import * as vscode from 'vscode';
import { isSettled, settledField, type AgreedSet } from '../core/agreement/agreed';
import type { Difference, DifferenceKind } from '../core/agreement/align';
import { loadMeasures } from './measures';
import { TextIndex, withFields, writeSidecar } from '../core/annotations';
import { sidecarPath } from '../core/annotations/sidecarPaths';
import { Disposable } from '../util/dispose';
import { isBlind, BLIND_SETTING } from './blind';
import { readAnnotated, transcriptText } from './annotatorSidecars';
import { KIND_WORDS } from './report';
import { hostFiles } from '../documents/hostFiles';

/** One transcript's comparison. */
interface Comparison {
  uri: vscode.Uri;
  version: number | undefined;
  annotators: Array<{ key: string; name: string }>;
  differences: Difference[];
  agreed: AgreedSet & { extra: Record<string, unknown>; invalid: unknown[] };
  /** The agreed sidecar cannot be read: it is never written over. */
  agreedUnreadable: boolean;
}

/** What Compare Annotators returns, for tests and callers. */
export interface CompareOutcome {
  annotators: string[];
  differences: Array<{ kind: DifferenceKind; start: number; end: number; settled: boolean; categories: Array<string | undefined> }>;
}

/** What Settle Difference is asked: the transcript, the difference (by index; default: the one at the cursor) and whose tags to accept (indices of annotators). */
export interface SettleRequest {
  uri?: vscode.Uri;
  index?: number;
  accept?: number[];
}

const STYLES: Record<DifferenceKind | 'settled', vscode.DecorationRenderOptions> = {
  agree: { border: '1px solid', borderColor: new vscode.ThemeColor('charts.green'), overviewRulerColor: new vscode.ThemeColor('charts.green') },
  category: { border: '2px solid', borderColor: new vscode.ThemeColor('charts.orange'), overviewRulerColor: new vscode.ThemeColor('charts.orange') },
  overlap: { border: '2px dashed', borderColor: new vscode.ThemeColor('charts.yellow'), overviewRulerColor: new vscode.ThemeColor('charts.yellow') },
  only: { border: '2px dotted', borderColor: new vscode.ThemeColor('charts.red'), overviewRulerColor: new vscode.ThemeColor('charts.red') },
  settled: { border: '1px dotted', borderColor: new vscode.ThemeColor('charts.purple'), overviewRulerColor: new vscode.ThemeColor('charts.purple') },
};

export class AnnotatorComparison extends Disposable {
  private readonly comparisons = new Map<string, Comparison>();
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();

  constructor(private readonly label: (id: string) => string) {
    super();
    for (const [kind, style] of Object.entries(STYLES)) {
      this.types.set(kind, this._register(vscode.window.createTextEditorDecorationType({ ...style, overviewRulerLane: vscode.OverviewRulerLane.Right, rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed })));
    }
    this._register(vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.paint(e))));
    // Offsets go stale as the text changes: the comparison is dropped until it is run again.
    this._register(vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length && this.comparisons.delete(e.document.uri.toString())) {
        vscode.window.visibleTextEditors.filter((ed) => ed.document === e.document).forEach((ed) => this.paint(ed));
      }
    }));
  }

  /** Compares the annotators of a transcript and shows the result in its editor. */
  async compare(uri: vscode.Uri | undefined): Promise<CompareOutcome | undefined> {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a transcript to compare its annotators.'));
      return undefined;
    }
    if (isBlind()) {
      const finish = 'Finish Blind Coding';
      const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Blind coding is on: annotators do not see each other\'s tags until coding is marked done.'), finish);
      if (answer !== finish) return undefined;
      await vscode.workspace.getConfiguration().update(BLIND_SETTING, false, vscode.ConfigurationTarget.Workspace);
    }
    const comparison = await this.load(target);
    if (comparison.annotators.length < 2) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('{0} has the tags of {1}; comparing needs two or more.', target.path.slice(target.path.lastIndexOf('/') + 1), comparison.annotators.length === 0 ? 'no annotator' : `one annotator only (${comparison.annotators[0]!.name})`),
      );
      return this.outcome(comparison);
    }
    const editor = await vscode.window.showTextDocument(target, { preserveFocus: false });
    this.paint(editor);
    return this.outcome(comparison);
  }

  private async load(uri: vscode.Uri): Promise<Comparison> {
    const { annotated } = await readAnnotated(uri);
    // The alignment is in the agreement chunk with the measures: only comparing needs it.
    const { compareAnnotators } = await loadMeasures();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const agreedPath = sidecarPath(uri.path, { kind: 'agreed' });
    const comparison: Comparison = {
      uri,
      version: open?.version,
      annotators: annotated.sets.map((s) => ({ key: s.key, name: s.name })),
      differences: compareAnnotators(annotated.sets.map((s) => s.tags)),
      agreed: annotated.agreed ?? { tags: [], settled: [], extra: {}, invalid: [] },
      agreedUnreadable: annotated.unreadable.includes(agreedPath),
    };
    const errors = annotated.problems.filter((p) => p.severity === 'error');
    if (errors.length) void vscode.window.showWarningMessage(vscode.l10n.t('Some tags are left out of the comparison: {0}{1}', errors.slice(0, 3).map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join(' '), errors.length > 3 ? ` (and ${errors.length - 3} more)` : ''));
    this.comparisons.set(uri.toString(), comparison);
    return comparison;
  }

  private outcome(c: Comparison): CompareOutcome {
    return {
      annotators: c.annotators.map((a) => a.name),
      differences: c.differences.map((d) => ({ kind: d.kind, start: d.start, end: d.end, settled: isSettled(c.agreed, d), categories: d.tags.map((t) => t?.category) })),
    };
  }

  private paint(editor: vscode.TextEditor): void {
    const c = this.comparisons.get(editor.document.uri.toString());
    const byKind = new Map<string, vscode.DecorationOptions[]>();
    for (const d of c?.differences ?? []) {
      const kind = d.kind !== 'agree' && isSettled(c!.agreed, d) ? 'settled' : d.kind;
      const hover = new vscode.MarkdownString();
      hover.appendText(`${KIND_WORDS[d.kind]}${kind === 'settled' ? ' (settled)' : ''}\n\n`);
      d.tags.forEach((t, i) => hover.appendText(`${c!.annotators[i]!.name}: ${t ? this.label(t.category) : 'no tag'}\n\n`));
      const range = new vscode.Range(editor.document.positionAt(d.start), editor.document.positionAt(d.end));
      let list = byKind.get(kind);
      if (!list) byKind.set(kind, (list = []));
      list.push({ range, hoverMessage: hover });
    }
    for (const [kind, type] of this.types) editor.setDecorations(type, byKind.get(kind) ?? []);
  }

  /** Moves to the next (or previous) difference not yet settled; its index, or undefined when there is none. */
  move(direction: 1 | -1): number | undefined {
    const editor = vscode.window.activeTextEditor;
    const c = editor && this.comparisons.get(editor.document.uri.toString());
    if (!editor || !c) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Run Compare Annotators on this transcript first.'));
      return undefined;
    }
    const open = c.differences.map((d, i) => ({ d, i })).filter(({ d }) => d.kind !== 'agree' && !isSettled(c.agreed, d));
    if (open.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No difference left to settle in this transcript.'));
      return undefined;
    }
    const here = editor.document.offsetAt(editor.selection.active);
    const next = direction === 1 ? open.find(({ d }) => d.start > here) ?? open[0]! : [...open].reverse().find(({ d }) => d.start < here) ?? open[open.length - 1]!;
    const range = new vscode.Range(editor.document.positionAt(next.d.start), editor.document.positionAt(next.d.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return next.i;
  }

  /** Settles a difference into the agreed sidecar; the number of agreed tags after it, or undefined when nothing was written. */
  async settle(request: SettleRequest = {}): Promise<{ agreedTags: number; settled: number } | undefined> {
    const editor = vscode.window.activeTextEditor;
    const uri = request.uri ?? editor?.document.uri;
    const c = uri && this.comparisons.get(uri.toString());
    if (!uri || !c) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Run Compare Annotators on this transcript first.'));
      return undefined;
    }
    if (c.agreedUnreadable) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} cannot be read, so it is not written over. Fix or move it, then compare again.', sidecarPath(uri.path, { kind: 'agreed' })));
      return undefined;
    }
    let index = request.index;
    if (index === undefined && editor?.document.uri.toString() === uri.toString()) {
      const here = editor.document.offsetAt(editor.selection.active);
      index = c.differences.findIndex((d) => d.start <= here && here <= d.end && d.kind !== 'agree');
      if (index < 0) index = c.differences.findIndex((d) => d.start <= here && here <= d.end);
    }
    const difference = index === undefined || index < 0 ? undefined : c.differences[index];
    if (!difference) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor in a difference (Next Difference goes to one) to settle it.'));
      return undefined;
    }
    let accept = request.accept;
    if (!accept) {
      const items = difference.tags.flatMap((t, i) => (t ? [{ label: `Accept ${c.annotators[i]!.name}'s tag`, description: this.label(t.category), detail: t.quote.replace(/\s+/g, ' ').slice(0, 200), picked: false, i }] : []));
      const picked = await vscode.window.showQuickPick(items, {
        canPickMany: true,
        title: vscode.l10n.t('Settle the difference'),
        placeHolder: vscode.l10n.t('Tick the tags to keep in the agreed set (tick none to keep neither), then press Enter'),
      });
      if (!picked) return undefined;
      accept = picked.map((p) => p.i);
    }
    const current = await transcriptText(uri);
    const index16 = new TextIndex(current);
    const { adjudicate } = await loadMeasures();
    const next = adjudicate(c.agreed, difference, accept, new Date().toISOString());
    const extra = withFields(c.agreed.extra, settledField(next.settled, index16));
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    const target = uri.with({ path: sidecarPath(uri.path, { kind: 'agreed' }) });
    try {
      await hostFiles.writeAtomically(target, writeSidecar({ transcriptName: name, text: current, tags: next.tags, extra, invalid: c.agreed.invalid, index: index16 }));
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The agreed tags could not be written to {0}: {1}', target.path, (e as Error).message));
      return undefined;
    }
    c.agreed = { ...next, extra, invalid: c.agreed.invalid };
    vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === uri.toString()).forEach((e) => this.paint(e));
    return { agreedTags: next.tags.length, settled: next.settled.length };
  }
}
