/** Transcript Annotator: wires the features together. */
import type * as vscode from 'vscode';
import * as agreement from './agreement';
import * as codebooks from './codebook';
import * as exporting from './export';
import * as formats from './formats';
import * as chunks from './host/chunks';
import * as language from './language';
import * as media from './media';
import { TranscriptModels } from './documents';
import * as navigation from './navigation';
import * as originals from './originals';
import * as report from './report';
import * as storage from './storage';
import * as suggestions from './suggestions';
import * as tagging from './tagging';
import * as views from './views';
import * as workspace from './workspace';
import { registerTestHooks } from './testHooks';
import { registerLog } from './util/log';

/** What `activate` returns in the test build: the services and views, for the integration tests and the benchmark. */
export interface TranscriptApi {
  workspace: workspace.TranscriptWorkspace;
  /** When the scan started, found its files and finished, the view first showed documents, and the index was done. */
  timings: workspace.WorkspaceTimings;
  views: views.TranscriptViews;
  /** The tags of the workspace's transcripts. */
  tags: storage.TagStore;
  /** Suggested claims and repeats. */
  suggestions: suggestions.Suggestions;
  /** Fires when a tagging command shows a question, for tests that answer it. */
  onDidShowTagInput: typeof tagging.onDidShowInput;
  /** Fires with documents parsed again though their text did not change (the RTTM file beside them changed). */
  onDidChangeTranscripts: TranscriptModels['onDidChangeTranscripts'];
}

export async function activate(context: vscode.ExtensionContext): Promise<TranscriptApi | undefined> {
  registerLog(context);
  // In the browser the YAML parser is a chunk fetched here, before any feature reads a sidecar or the codebook.
  await chunks.register(context);
  const models = new TranscriptModels();
  context.subscriptions.push(models);
  language.register(context, models);
  formats.register(context, models);
  originals.register(context, models);
  navigation.register(context, models);
  const codebook = codebooks.register(context);
  const labelOf = (id: string) => codebook.lookup(id).label;
  const tags = storage.register(context, labelOf, models.originals);
  tagging.register(context, models, tags, codebook);
  const transcripts = workspace.register(context, models, tags);
  const shown = views.register(context, transcripts, codebook);
  exporting.register(context, models, transcripts, shown, tags);
  agreement.register(context, labelOf);
  report.register(context, transcripts, shown, codebook);
  media.register(context, models, tags);
  const claims = suggestions.register(context, models, tags, transcripts, labelOf);
  if (TEST_BUILD) {
    registerTestHooks(context, tags);
    const timings: workspace.WorkspaceTimings = {};
    context.subscriptions.push(workspace.recordTimings(transcripts, timings));
    return { workspace: transcripts, timings, views: shown, tags, suggestions: claims, onDidShowTagInput: tagging.onDidShowInput, onDidChangeTranscripts: models.onDidChangeTranscripts };
  }
  return undefined;
}

export function deactivate(): void {}
