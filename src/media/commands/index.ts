/** The player's commands, one per file; registered here with the services they share. */
import * as vscode from 'vscode';
import { InsertTimeCommand } from './insertTime';
import { LinkRecordingCommand } from './linkRecording';
import { PlayClaimCommand } from './playClaim';
import { PlayFromHereCommand } from './playFromHere';
import type { MediaCommand, MediaContext } from './shared';
import { transportCommands } from './transport';

export type { MediaContext } from './shared';

export function registerCommands(context: vscode.ExtensionContext, m: MediaContext): void {
  const commands: MediaCommand[] = [new PlayFromHereCommand(), new PlayClaimCommand(), ...transportCommands, new LinkRecordingCommand(), new InsertTimeCommand()];
  for (const command of commands) {
    context.subscriptions.push(vscode.commands.registerCommand(command.id, (...args: never[]) => command.execute(m, ...args)));
  }
}
