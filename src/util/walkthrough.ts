import * as vscode from 'vscode';

/** The walkthrough steps that wait for a context key as well as for commands: done however the user got there. */
export type WalkthroughStep = 'opened' | 'tagged' | 'exported';

/** The value each step's key holds now: 0 (never set), then 1 and 2 in turn. */
const values = new Map<WalkthroughStep, number>();

/**
 * Marks a walkthrough step as done, whichever route the user took (a button,
 * the palette, a key, a menu). The step's completion events in package.json
 * wait for `transcript.walkthrough.<step> == 1` or `== 2`, and each call moves
 * the key from one value to the other.
 *
 * Why two values: VS Code registers an extension's walkthrough a few seconds
 * after start-up, and an `onContext` expression that already holds then is
 * spent for the session without ticking its step. A key set once, before that
 * moment (a transcript restored at start-up, opened at once), would never
 * tick it. With two values one expression is always unspent, and the next
 * call after registration makes it hold.
 */
export function walkthroughStepDone(step: WalkthroughStep): void {
  const value = values.get(step) === 1 ? 2 : 1;
  values.set(step, value);
  void vscode.commands.executeCommand('setContext', `transcript.walkthrough.${step}`, value);
}
