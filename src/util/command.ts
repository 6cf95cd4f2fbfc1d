import * as vscode from 'vscode';

/** A command, as the markdown extension writes them: its id beside what it does. */
export interface Command {
  readonly id: string;
  execute(...args: never[]): unknown;
}

/** Registers commands; their registrations are disposed with the extension. */
export function registerCommands(context: vscode.ExtensionContext, commands: readonly Command[]): void {
  for (const command of commands) context.subscriptions.push(vscode.commands.registerCommand(command.id, (...args: never[]) => command.execute(...args)));
}
