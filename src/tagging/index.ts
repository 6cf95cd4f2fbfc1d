/** Tagging claims: the commands, the colours in the editor and the hover. */
import type * as vscode from 'vscode';
import type { Codebook } from '../codebook';
import type { TranscriptModels } from '../documents';
import type { SidecarStore } from '../storage';
import { registerTaggingCommands, TaggingSession } from './commands';
import { registerDecorations } from './decorations';
import { registerHover } from './hover';

export { onDidShowInput } from './commands/inputs';

export function register(context: vscode.ExtensionContext, models: TranscriptModels, store: SidecarStore, codebook: Codebook): void {
  registerTaggingCommands(context, new TaggingSession(models, store, codebook, context.workspaceState));
  registerDecorations(context, store, codebook);
  registerHover(context, store, codebook);
}
