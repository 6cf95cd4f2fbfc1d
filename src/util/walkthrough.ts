import * as vscode from 'vscode';

/** The walkthrough steps that wait for a context key as well as for commands: done however the user got there. */
export type WalkthroughStep = 'opened' | 'tagged' | 'exported';

/**
 * Marks a walkthrough step as done, whichever route the user took (a button,
 * the palette, a key, a menu): the step's `onContext:transcript.walkthrough.<step>`
 * completion event in package.json waits for this key.
 */
export function walkthroughStepDone(step: WalkthroughStep): void {
  void vscode.commands.executeCommand('setContext', `transcript.walkthrough.${step}`, true);
}
