import * as vscode from 'vscode';
import * as assert from './assert';
import { activateExtension, showFixture, type At } from './helpers';

/*
 * briefing.transcript, 0-based lines:
 *    0-2  header
 *    4    Dr Amal Reyes: Good morning, ...   (8: its unlabelled second paragraph)
 *   11    Question: Jonas Pike, ...
 *   13    Dr Amal Reyes: Our current estimate ...
 *   15    Question: Will residents ...
 *   17    Dr Amal Reyes: No. ...
 *   20    Tom Okafor: If I may add ...
 *   23    Question: When will the work start?
 *   25    Dr Amal Reyes: The first crews ...   (the last line)
 */
const FIXTURE = 'briefing.transcript';

/**
 * Puts the cursor at `start`, runs `command`, and checks that the cursor is
 * then at the start of `expectedLine`, or still at `start` for 'unchanged'.
 */
async function testNavigation(fixture: string, start: At, command: string, expectedLine: number | 'unchanged'): Promise<void> {
  const editor = await showFixture(fixture);
  const from = new vscode.Position(...start);
  editor.selection = new vscode.Selection(from, from);
  await vscode.commands.executeCommand(command);
  const expected = expectedLine === 'unchanged' ? from : new vscode.Position(expectedLine, 0);
  const { selection } = vscode.window.activeTextEditor ?? editor;
  const actual = `${selection.active.line}:${selection.active.character}`;
  assert.ok(selection.isEmpty, `Expected an empty selection, got ${selection.anchor.line}:${selection.anchor.character}–${actual}.`);
  assert.strictEqual(actual, `${expected.line}:${expected.character}`, `${command} from ${start.join(':')}`);
}

suite('Navigation', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('next turn from the header goes to the first turn', () => testNavigation(FIXTURE, [0, 0], 'transcript.nextTurn', 4));
  test('next turn skips an unlabelled paragraph', () => testNavigation(FIXTURE, [6, 10], 'transcript.nextTurn', 11));
  test('next turn from a label line goes to the following turn', () => testNavigation(FIXTURE, [13, 0], 'transcript.nextTurn', 15));
  test('next turn from inside a turn goes to the following turn', () => testNavigation(FIXTURE, [18, 4], 'transcript.nextTurn', 20));
  test('next turn in the last turn does nothing', () => testNavigation(FIXTURE, [25, 5], 'transcript.nextTurn', 'unchanged'));

  test('previous turn from a label line goes to the turn before', () => testNavigation(FIXTURE, [17, 0], 'transcript.previousTurn', 15));
  test('previous turn from inside a turn goes to its label line', () => testNavigation(FIXTURE, [21, 3], 'transcript.previousTurn', 20));
  test('previous turn from an unlabelled paragraph goes to the label it continues', () => testNavigation(FIXTURE, [9, 2], 'transcript.previousTurn', 4));
  test('previous turn on the first turn does nothing', () => testNavigation(FIXTURE, [4, 0], 'transcript.previousTurn', 'unchanged'));
  test('previous turn in the header does nothing', () => testNavigation(FIXTURE, [2, 3], 'transcript.previousTurn', 'unchanged'));

  test('next question from the header goes to the first question', () => testNavigation(FIXTURE, [0, 0], 'transcript.nextQuestion', 11));
  test('next question from an answer goes to the following question', () => testNavigation(FIXTURE, [13, 5], 'transcript.nextQuestion', 15));
  test('next question skips answers by several speakers', () => testNavigation(FIXTURE, [17, 0], 'transcript.nextQuestion', 23));
  test('next question on the last question does nothing', () => testNavigation(FIXTURE, [23, 0], 'transcript.nextQuestion', 'unchanged'));
  test('next question after the last question does nothing', () => testNavigation(FIXTURE, [25, 4], 'transcript.nextQuestion', 'unchanged'));

  test('previous question from an answer goes to its question', () => testNavigation(FIXTURE, [25, 4], 'transcript.previousQuestion', 23));
  test('previous question from a question goes to the question before', () => testNavigation(FIXTURE, [15, 0], 'transcript.previousQuestion', 11));
  test('previous question on the first question does nothing', () => testNavigation(FIXTURE, [11, 0], 'transcript.previousQuestion', 'unchanged'));
  test('previous question in the opening statement does nothing', () => testNavigation(FIXTURE, [6, 2], 'transcript.previousQuestion', 'unchanged'));

  test('moving to a turn collapses a selection to the cursor', async () => {
    const editor = await showFixture(FIXTURE);
    editor.selection = new vscode.Selection(5, 0, 6, 10);
    await vscode.commands.executeCommand('transcript.nextTurn');
    const { selection } = vscode.window.activeTextEditor ?? editor;
    assert.ok(selection.isEmpty, 'The selection is not empty.');
    assert.strictEqual(`${selection.active.line}:${selection.active.character}`, '11:0');
  });
});
