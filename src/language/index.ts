/** The transcript language: detection of transcripts opened as plain text, and speaker colours. */
import type * as vscode from 'vscode';
import type { TranscriptModels } from '../documents';
import { registerDetection } from './detection';
import { registerSpeakerColours } from './speakerColors';
import { registerWalkthroughOpened } from './walkthroughOpened';

export function register(context: vscode.ExtensionContext, models: TranscriptModels): void {
  registerDetection(context, models);
  registerSpeakerColours(context, models);
  registerWalkthroughOpened(context);
}
