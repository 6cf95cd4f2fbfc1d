/**
 * Several annotators on one corpus: the agreement report, comparing two or
 * more annotators' tags of a transcript, settling their differences into the
 * agreed set, and blind coding.
 */
import type * as vscode from 'vscode';
import { NEXT_DIFFERENCE_COMMAND, PREVIOUS_DIFFERENCE_COMMAND } from '../commandIds';
import { registerCommands } from '../util/command';
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

/** Registers the commands; `label` gives a category id's label from the codebook. */
export function register(context: vscode.ExtensionContext, label: (id: string) => string = (id) => id): void {
  const panel = new AgreementReportPanel(label);
  const comparison = new AnnotatorComparison(label);
  context.subscriptions.push(panel, comparison);
  registerCommands(context, [
    new ShowAgreementReportCommand(panel),
    new CompareAnnotatorsCommand(comparison),
    new StepDifferenceCommand(NEXT_DIFFERENCE_COMMAND, comparison),
    new StepDifferenceCommand(PREVIOUS_DIFFERENCE_COMMAND, comparison),
    new SettleDifferenceCommand(comparison),
    new StartBlindCodingCommand(),
    new FinishBlindCodingCommand(),
  ]);
}
