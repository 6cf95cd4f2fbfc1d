/**
 * Several annotators on one corpus: the agreement report, comparing two or
 * more annotators' tags of a transcript, settling their differences into the
 * agreed set, and blind coding.
 */
import type * as vscode from 'vscode';
import { hostFiles } from '../documents/hostFiles';
import { NEXT_DIFFERENCE_COMMAND, PREVIOUS_DIFFERENCE_COMMAND, RESET_AUTHOR_PROMPT_COMMAND } from '../commandIds';
import { parseSidecarPath, SIDECAR_GLOB } from '../core/annotations/sidecarPaths';
import { registerCommands } from '../util/command';
import { AuthorPrompt } from './authorPrompt';
import { SetAuthorCommand } from './commands/setAuthor';
import { FinishBlindCodingCommand, StartBlindCodingCommand } from './commands/blindCoding';
import { CompareAnnotatorsCommand } from './commands/compareAnnotators';
import { SettleDifferenceCommand } from './commands/settleDifference';
import { ShowAgreementReportCommand } from './commands/showAgreementReport';
import { StepDifferenceCommand } from './commands/stepDifference';
import { AnnotatorComparison } from './compare';
import { AgreementReportPanel } from './report';

export { visibleToCoder, isBlind, currentAnnotator } from './blind';
export type { CompareOutcome, SettleRequest } from './compare';
export type { ReportOutcome, ReportRequest } from './report';
export type { AuthorPromptOutcome } from './authorPrompt';

/** Registers the commands; `label` gives a category id's label from the codebook. */
export function register(context: vscode.ExtensionContext, label: (id: string) => string = (id) => id): void {
  const panel = new AgreementReportPanel(label);
  const comparison = new AnnotatorComparison(label);
  const prompt = new AuthorPrompt(context.workspaceState);
  context.subscriptions.push(panel, comparison);
  // A second annotator's sidecar appearing is the team's first sign: ask for the user's name then.
  const watcher = hostFiles.watch(SIDECAR_GLOB, { change: true, delete: true });
  context.subscriptions.push(watcher, watcher.onDidCreate((uri) => {
    if (parseSidecarPath(uri.path)?.set.kind === 'annotator') void prompt.offer();
  }));
  registerCommands(context, [
    new ShowAgreementReportCommand(panel, prompt),
    new CompareAnnotatorsCommand(comparison, prompt),
    new SetAuthorCommand(),
    new StepDifferenceCommand(NEXT_DIFFERENCE_COMMAND, comparison),
    new StepDifferenceCommand(PREVIOUS_DIFFERENCE_COMMAND, comparison),
    new SettleDifferenceCommand(comparison),
    new StartBlindCodingCommand(prompt),
    new FinishBlindCodingCommand(),
  ]);
  // The tests ask for the prompt again; users never can.
  if (TEST_BUILD) registerCommands(context, [{ id: RESET_AUTHOR_PROMPT_COMMAND, execute: () => prompt.reset() }]);
}
