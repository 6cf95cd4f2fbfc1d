/**
 * The questions the tagging commands ask, as quick picks and input boxes that
 * the test build announces when they show, so that an integration test can
 * answer them through the workbench's own commands.
 */
import * as vscode from 'vscode';

/** A question on screen. */
export type ShownInput = vscode.QuickPick<vscode.QuickPickItem> | vscode.InputBox;

const shown = new vscode.EventEmitter<ShownInput>();
/** Fires (in the test build only) each time a question of the tagging commands shows. */
export const onDidShowInput: vscode.Event<ShownInput> = shown.event;

/** Tells the tests that a question shows (nothing in the published build). */
export function announce(input: ShownInput): void {
  if (TEST_BUILD) shown.fire(input);
}

/** Asks to choose one item; undefined when the user closes the list. */
export async function pickOne<T extends vscode.QuickPickItem>(items: readonly T[], options: { title: string; placeholder?: string; active?: T }): Promise<T | undefined> {
  const pick = vscode.window.createQuickPick<T>();
  pick.title = options.title;
  if (options.placeholder) pick.placeholder = options.placeholder;
  pick.items = items;
  if (options.active) pick.activeItems = [options.active];
  const chosen = await new Promise<T | undefined>((resolve) => {
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0] ?? pick.activeItems[0]);
      pick.hide();
    });
    pick.onDidHide(() => resolve(undefined));
    pick.show();
    announce(pick as unknown as ShownInput);
  });
  pick.dispose();
  return chosen;
}

/** Asks for a line of text; undefined when the user backs out. `validate` gives the reason a value is refused. */
export async function askText(options: { title: string; value?: string; prompt?: string; placeholder?: string; validate?: (value: string) => string | undefined }): Promise<string | undefined> {
  const box = vscode.window.createInputBox();
  box.title = options.title;
  box.value = options.value ?? '';
  if (options.prompt) box.prompt = options.prompt;
  if (options.placeholder) box.placeholder = options.placeholder;
  const check = () => (box.validationMessage = options.validate?.(box.value));
  check();
  const typed = await new Promise<string | undefined>((resolve) => {
    box.onDidChangeValue(check);
    box.onDidAccept(() => {
      if (options.validate?.(box.value)) return;
      resolve(box.value);
      box.hide();
    });
    box.onDidHide(() => resolve(undefined));
    box.show();
    announce(box);
  });
  box.dispose();
  return typed;
}
