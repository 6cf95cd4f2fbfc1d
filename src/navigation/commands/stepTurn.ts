import * as vscode from 'vscode';
import { NEXT_QUESTION_COMMAND, NEXT_TURN_COMMAND, PREVIOUS_QUESTION_COMMAND, PREVIOUS_TURN_COMMAND } from '../../commandIds';
import { stepTurn, type Step } from '../../core/transcript/lookup';
import { isTranscript, type TranscriptModels } from '../../documents';
import type { Command } from '../../util/command';

/** Next/Previous Turn and Next/Previous Question: the cursor to the start of that turn. */
export class StepTurnCommand implements Command {
  readonly textEditor = true;

  constructor(
    readonly id: string,
    private readonly step: Step,
    private readonly models: TranscriptModels,
  ) {}

  execute(editor: vscode.TextEditor): void {
    if (!isTranscript(editor.document)) return;
    const turn = stepTurn(this.models.get(editor.document), editor.selection.active.line, this.step);
    if (!turn) return;
    const at = new vscode.Position(turn.line, 0);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

/** The four stepping commands. */
export function stepTurnCommands(models: TranscriptModels): StepTurnCommand[] {
  return [
    new StepTurnCommand(NEXT_TURN_COMMAND, { direction: 'next' }, models),
    new StepTurnCommand(PREVIOUS_TURN_COMMAND, { direction: 'previous' }, models),
    new StepTurnCommand(NEXT_QUESTION_COMMAND, { direction: 'next', questionsOnly: true }, models),
    new StepTurnCommand(PREVIOUS_QUESTION_COMMAND, { direction: 'previous', questionsOnly: true }, models),
  ];
}
