/** Navigation: document symbols, folding, turn and question keys, the status bar item. */
import type * as vscode from 'vscode';
import type { TranscriptModels } from '../documents';
import { registerCommands } from '../util/command';
import { stepTurnCommands } from './commands/stepTurn';
import { registerStatusBar } from './statusBar';
import { registerSymbols } from './symbols';

export function register(context: vscode.ExtensionContext, models: TranscriptModels): void {
  registerSymbols(context, models);
  registerCommands(context, stepTurnCommands(models));
  registerStatusBar(context, models);
}
