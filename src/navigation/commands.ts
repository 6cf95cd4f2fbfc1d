/** Next/previous turn and next/previous question. */
import * as vscode from 'vscode';
import { stepTurn, type Step } from '../core/transcript/lookup';
import { isTranscript, type TranscriptModels } from '../documents';

export const NEXT_TURN_COMMAND = 'transcript.nextTurn';
export const PREVIOUS_TURN_COMMAND = 'transcript.previousTurn';
export const NEXT_QUESTION_COMMAND = 'transcript.nextQuestion';
export const PREVIOUS_QUESTION_COMMAND = 'transcript.previousQuestion';

const COMMANDS: Array<[string, Step]> = [
  [NEXT_TURN_COMMAND, { direction: 'next' }],
  [PREVIOUS_TURN_COMMAND, { direction: 'previous' }],
  [NEXT_QUESTION_COMMAND, { direction: 'next', questionsOnly: true }],
  [PREVIOUS_QUESTION_COMMAND, { direction: 'previous', questionsOnly: true }],
];

export function registerNavigationCommands(context: vscode.ExtensionContext, models: TranscriptModels): void {
  for (const [id, step] of COMMANDS) {
    context.subscriptions.push(
      vscode.commands.registerTextEditorCommand(id, (editor) => {
        if (!isTranscript(editor.document)) return;
        const turn = stepTurn(models.get(editor.document), editor.selection.active.line, step);
        if (!turn) return;
        const at = new vscode.Position(turn.line, 0);
        editor.selection = new vscode.Selection(at, at);
        editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }),
    );
  }
}
