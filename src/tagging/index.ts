/** Tagging claims: the codebook, the commands, the colours in the editor and the hover. */
import type * as vscode from 'vscode';
import type { TranscriptModels } from '../documents';
import type { SidecarStore } from '../storage';
import { Codebook } from './codebook';
import { registerCommands } from './commands';
import { registerDecorations } from './decorations';
import { registerHover } from './hover';

export function register(context: vscode.ExtensionContext, models: TranscriptModels, store: SidecarStore, codebook: Codebook): void {
  registerCommands(context, models, store, codebook);
  registerDecorations(context, store, codebook);
  registerHover(context, store, codebook);
  context.subscriptions.push(codebook.onDidChange(() => store.setCategories((id) => codebook.lookup(id))));
}

/** The codebook, read in the background; the store shows category labels through it. */
export function createCodebook(context: vscode.ExtensionContext): Codebook {
  const codebook = new Codebook();
  context.subscriptions.push(codebook);
  void codebook.load();
  return codebook;
}
