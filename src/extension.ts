/** Transcript Annotator: wires the features together. */
import type * as vscode from 'vscode';
import * as codebooks from './codebook';
import * as exporting from './export';
import * as language from './language';
import { TranscriptModels } from './documents';
import * as navigation from './navigation';
import * as storage from './storage';
import * as tagging from './tagging';
import * as views from './views';
import * as workspace from './workspace';
import { registerTestHooks } from './testHooks';
import { registerLog } from './util/log';

/** What `activate` returns in the test build: the services and views, for the integration tests and the benchmark. */
export interface TranscriptApi {
  workspace: workspace.TranscriptWorkspace;
  views: views.TranscriptViews;
  /** The tags of the workspace's transcripts. */
  tags: storage.TagStore;
  /** Fires when a tagging command shows a question, for tests that answer it. */
  onDidShowTagInput: typeof tagging.onDidShowInput;
}

export function activate(context: vscode.ExtensionContext): TranscriptApi | undefined {
  registerLog(context);
  const models = new TranscriptModels();
  context.subscriptions.push(models);
  language.register(context, models);
  navigation.register(context, models);
  const codebook = codebooks.register(context);
  const tags = storage.register(context, (id) => codebook.lookup(id).label);
  tagging.register(context, models, tags, codebook);
  const transcripts = workspace.register(context, models, tags);
  const shown = views.register(context, transcripts, codebook);
  exporting.register(context, models, transcripts, shown, tags);
  if (TEST_BUILD) {
    registerTestHooks(context, tags);
    return { workspace: transcripts, views: shown, tags, onDidShowTagInput: tagging.onDidShowInput };
  }
  return undefined;
}

export function deactivate(): void {}
