/** Transcript Annotator: wires the features together. */
import type * as vscode from 'vscode';
import * as language from './language';
import { TranscriptModels } from './model';
import * as navigation from './navigation';

export function activate(context: vscode.ExtensionContext): void {
  const models = new TranscriptModels();
  context.subscriptions.push(models);
  language.register(context, models);
  navigation.register(context, models);
}

export function deactivate(): void {}
