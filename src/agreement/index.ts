/**
 * Several annotators on one corpus: the agreement report, comparing two or
 * more annotators' tags of a transcript, settling their differences into the
 * agreed set, and blind coding.
 */
import * as vscode from 'vscode';
import { AUTHOR_SETTING, BLIND_SETTING, currentAnnotator } from './blind';
import { AnnotatorComparison, type SettleRequest } from './compare';
import { AgreementReportPanel, type ReportRequest } from './report';

/** The command's id. */
export const SHOW_AGREEMENT_REPORT_COMMAND = 'transcript.showAgreementReport';
/** The command's id. */
export const COMPARE_ANNOTATORS_COMMAND = 'transcript.compareAnnotators';
/** The command's id. */
export const NEXT_DIFFERENCE_COMMAND = 'transcript.nextDifference';
/** The command's id. */
export const PREVIOUS_DIFFERENCE_COMMAND = 'transcript.previousDifference';
/** The command's id. */
export const SETTLE_DIFFERENCE_COMMAND = 'transcript.settleDifference';
/** The command's id. */
export const START_BLIND_CODING_COMMAND = 'transcript.startBlindCoding';
/** The command's id. */
export const FINISH_BLIND_CODING_COMMAND = 'transcript.finishBlindCoding';

export { visibleToCoder, isBlind, currentAnnotator } from './blind';
export type { CompareOutcome, SettleRequest } from './compare';
export type { ReportOutcome, ReportRequest } from './report';

/** Registers the commands; `label` gives a category id's label from the codebook. */
export function register(context: vscode.ExtensionContext, label: (id: string) => string = (id) => id): void {
  const panel = new AgreementReportPanel(label);
  const comparison = new AnnotatorComparison(label);
  context.subscriptions.push(
    panel,
    comparison,
    vscode.commands.registerCommand(SHOW_AGREEMENT_REPORT_COMMAND, (request?: unknown, more?: unknown) => {
      // From the Explorer or the Transcripts view: the clicked item and the selection; from the palette: the workspace.
      const uris = urisOf(request, more);
      if (uris.length) return panel.show({ uris });
      return panel.show((request as ReportRequest | undefined) ?? {});
    }),
    vscode.commands.registerCommand(COMPARE_ANNOTATORS_COMMAND, (item?: unknown) => comparison.compare(urisOf(item, undefined)[0])),
    vscode.commands.registerCommand(NEXT_DIFFERENCE_COMMAND, () => comparison.move(1)),
    vscode.commands.registerCommand(PREVIOUS_DIFFERENCE_COMMAND, () => comparison.move(-1)),
    vscode.commands.registerCommand(SETTLE_DIFFERENCE_COMMAND, (request?: SettleRequest) => comparison.settle(request ?? {})),
    vscode.commands.registerCommand(START_BLIND_CODING_COMMAND, () => startBlindCoding()),
    vscode.commands.registerCommand(FINISH_BLIND_CODING_COMMAND, async () => {
      await vscode.workspace.getConfiguration().update(BLIND_SETTING, false, vscode.ConfigurationTarget.Workspace);
      void vscode.window.showInformationMessage('Blind coding is finished: every annotator\'s tags show again. Compare Annotators shows where you differ.');
    }),
  );
}

/** The files a command was run on: a URI, a Transcripts view item (which has `uri`), or a selection of them. */
function urisOf(item: unknown, selection: unknown): vscode.Uri[] {
  const list = Array.isArray(selection) && selection.length ? selection : item ? [item] : [];
  const out = new Map<string, vscode.Uri>();
  for (const x of list) {
    const uri = x instanceof vscode.Uri ? x : (x as { uri?: unknown } | null)?.uri;
    if (uri instanceof vscode.Uri) out.set(uri.toString(), uri);
  }
  return [...out.values()];
}

/** Turns blind coding on for the workspace, asking for the annotator's name first when it is not set. */
async function startBlindCoding(): Promise<boolean> {
  if (!currentAnnotator()) {
    const name = await vscode.window.showInputBox({
      title: 'Blind coding: who is coding?',
      prompt: 'Your name, recorded as the author of your tags. You will see only your own tags until blind coding is finished.',
      validateInput: (v) => (/[\p{L}\p{N}]/u.test(v) ? undefined : 'A name needs at least one letter or digit.'),
    });
    if (!name) return false;
    await vscode.workspace.getConfiguration().update(AUTHOR_SETTING, name.trim(), vscode.ConfigurationTarget.Global);
  }
  await vscode.workspace.getConfiguration().update(BLIND_SETTING, true, vscode.ConfigurationTarget.Workspace);
  void vscode.window.showInformationMessage(`Blind coding is on: you see only your own tags (${currentAnnotator()}).`);
  return true;
}
