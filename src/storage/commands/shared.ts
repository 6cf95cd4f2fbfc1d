/** What the storage commands share: the transcript a command acts on, and what they are told instead of asking. */
import * as vscode from 'vscode';
import type { SidecarStore } from '../tagStore';

/** Arguments the hover and the Problems panel pass: which transcript and tag. */
export interface TagTarget {
  uri?: string;
  id?: string;
  /** For Choose Where a Tag Belongs: the candidate place (from 1, in text order), to skip the question. */
  place?: number;
}

/** The open transcript with this URI, else the active editor's when its tags are loaded. */
export function documentFor(store: SidecarStore, uri?: string): vscode.TextDocument | undefined {
  if (uri) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  const doc = vscode.window.activeTextEditor?.document;
  return doc && store.loaded(doc.uri) ? doc : undefined;
}
