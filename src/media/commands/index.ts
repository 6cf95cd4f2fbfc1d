/** The player's commands, one per file; registered here with the services they share. */
import type * as vscode from 'vscode';
import { registerCommands } from '../../util/command';
import { InsertTimeCommand } from './insertTime';
import { LinkRecordingCommand } from './linkRecording';
import { PlayClaimCommand } from './playClaim';
import { PlayFromHereCommand } from './playFromHere';
import type { MediaContext } from './shared';
import { transportCommands } from './transport';

export type { MediaContext } from './shared';

export function registerMediaCommands(context: vscode.ExtensionContext, m: MediaContext): void {
  registerCommands(context, [new PlayFromHereCommand(m), new PlayClaimCommand(m), ...transportCommands(m), new LinkRecordingCommand(m), new InsertTimeCommand(m)]);
}
