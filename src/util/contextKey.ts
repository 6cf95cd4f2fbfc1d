import * as vscode from 'vscode';

/** A `when`-clause context key that is only set when its value changes (setting one costs a round trip to the window). */
export class ContextKey<T extends boolean | string | number> {
  private value: T | undefined;

  constructor(readonly key: string) {}

  set(value: T): void {
    if (value === this.value) return;
    this.value = value;
    void vscode.commands.executeCommand('setContext', this.key, value);
  }

  get(): T | undefined {
    return this.value;
  }
}
