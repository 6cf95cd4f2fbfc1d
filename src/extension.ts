/** Transcript Annotator: wires the features together. */
import type * as vscode from 'vscode';
import * as agreement from './agreement';
import * as exporting from './export';
import * as formats from './formats';
import * as language from './language';
import * as media from './media';
import { TranscriptModels } from './documents';
import * as navigation from './navigation';
import * as storage from './storage';
import * as suggestions from './suggestions';
import * as tagging from './tagging';
import * as tree from './tree';

/** What `activate` returns: the views, for the integration tests and the benchmark. */
export interface TranscriptApi {
  views: tree.TranscriptViews;
  /** The tags of the workspace's transcripts. */
  tags: storage.TagStore;
  /** Suggested claims and repeats. */
  suggestions: suggestions.Suggestions;
}

export function activate(context: vscode.ExtensionContext): TranscriptApi {
  const models = new TranscriptModels();
  context.subscriptions.push(models);
  language.register(context, models);
  formats.register(context, models);
  navigation.register(context, models);
  const codebook = tagging.createCodebook(context);
  const tags = storage.register(context, (id) => codebook.lookup(id));
  tagging.register(context, models, tags, codebook);
  const views = tree.register(context, models, tags);
  exporting.register(context, models, views);
  agreement.register(context, (id) => codebook.lookup(id).label);
  media.register(context, models, tags);
  const claims = suggestions.register(context, models, tags, views.corpus);
  return { views, tags, suggestions: claims };
}

export function deactivate(): void {}
