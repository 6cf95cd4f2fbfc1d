/** Transcript Annotator: wires the features together. */
import type * as vscode from 'vscode';
import * as language from './language';
import { TranscriptModels } from './model';
import * as navigation from './navigation';
import * as tree from './tree';

/** What `activate` returns: the views, for the integration tests and the benchmark. */
export interface TranscriptApi {
  views: tree.TranscriptViews;
}

export function activate(context: vscode.ExtensionContext): TranscriptApi {
  const models = new TranscriptModels();
  context.subscriptions.push(models);
  language.register(context, models);
  navigation.register(context, models);
  const views = tree.register(context, models);
  return { views };
}

export function deactivate(): void {}
