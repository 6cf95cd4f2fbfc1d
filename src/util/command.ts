import * as vscode from 'vscode';
import { Disposable } from './dispose';

/**
 * A command, as markdown-language-features writes them: its id (from
 * `src/commandIds.ts`) beside what it does. Each lives in a file of its own
 * under its feature's `commands/` folder, and gets what it works with through
 * its constructor.
 */
export interface Command {
  /** The command's id, from `src/commandIds.ts`. */
  readonly id: string;
  /** Registered as a text editor command: runs only with an active editor, which `execute` receives first. */
  readonly textEditor?: boolean;
  execute(...args: never[]): unknown;
}

/** The one registrar of commands: it registers them and owns their registrations. */
export class CommandRegistrar extends Disposable {
  register(...commands: readonly Command[]): void {
    for (const command of commands) {
      const run = (...args: never[]) => command.execute(...args);
      this._register(command.textEditor ? vscode.commands.registerTextEditorCommand(command.id, run as (editor: vscode.TextEditor) => unknown) : vscode.commands.registerCommand(command.id, run));
    }
  }
}

/** The extension's registrar, one per extension context and disposed with it. */
const registrars = new WeakMap<vscode.ExtensionContext, CommandRegistrar>();

/** Registers commands with the extension's one registrar; their registrations are disposed with the extension. */
export function registerCommands(context: vscode.ExtensionContext, commands: readonly Command[]): void {
  let registrar = registrars.get(context);
  if (!registrar) {
    registrar = new CommandRegistrar();
    registrars.set(context, registrar);
    context.subscriptions.push(registrar);
  }
  registrar.register(...commands);
}
