/**
 * A transcript's annotators read through `vscode.workspace.fs` (so it works in
 * VS Code for the Web too): every sidecar beside the transcript, grouped by
 * annotator by the core.
 */
import * as vscode from 'vscode';
import { annotatorSets, type AnnotatedTranscript, type SidecarSource } from '../core/agreement/annotators';
import type { AgreementDocument } from '../core/agreement/report';
import { parseSidecarPath, SIDECAR_GLOB, SIDECAR_INFIX } from '../core/annotations/sidecarPaths';
import { hostFiles } from '../documents/hostFiles';
import { readSidecarFile } from '../storage/sidecarFiles';

/** The transcript's text: the open document's, else the file's. */
export function transcriptText(uri: vscode.Uri): Promise<string> {
  return hostFiles.readText(uri);
}

/** The URIs of the transcript's sidecars of every kind. */
export async function sidecarUris(transcript: vscode.Uri): Promise<vscode.Uri[]> {
  const slash = transcript.path.lastIndexOf('/');
  const folder = transcript.with({ path: transcript.path.slice(0, slash) || '/' });
  const base = transcript.path.slice(slash + 1);
  const entries = await hostFiles.list(folder);
  return entries
    .filter(({ name, kind }) => kind === 'file' && name.startsWith(base + SIDECAR_INFIX) && parseSidecarPath(name)?.transcript === base)
    .map(({ name }) => hostFiles.child(folder, name))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** A transcript's text and annotators. Sidecars over the size limit come back as unreadable. */
export async function readAnnotated(transcript: vscode.Uri): Promise<{ text: string; annotated: AnnotatedTranscript }> {
  const text = await transcriptText(transcript);
  const sources: SidecarSource[] = [];
  for (const uri of await sidecarUris(transcript)) {
    const read = await readSidecarFile(uri);
    if (read) sources.push({ path: uri.path, text: read.text, byteLength: read.size });
  }
  return { text, annotated: annotatorSets(text, sources) };
}

/** Every transcript of the workspace that has a sidecar, in path order. */
export async function workspaceTranscripts(): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>();
  for (const uri of await hostFiles.findFiles(SIDECAR_GLOB, '**/node_modules/**')) {
    const parsed = parseSidecarPath(uri.path);
    if (parsed) found.set(parsed.transcript, uri.with({ path: parsed.transcript }));
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** How a transcript is named in the report: relative to the workspace. */
export function displayName(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}

/** The documents to compare, with the problems met reading them (named by file). */
export async function gatherDocuments(transcripts: readonly vscode.Uri[]): Promise<{ documents: Array<AgreementDocument & { uri: vscode.Uri; annotated: AnnotatedTranscript }>; problems: string[] }> {
  const documents: Array<AgreementDocument & { uri: vscode.Uri; annotated: AnnotatedTranscript }> = [];
  const problems: string[] = [];
  for (const uri of transcripts) {
    try {
      const { text, annotated } = await readAnnotated(uri);
      for (const path of annotated.unreadable) problems.push(`${path}: cannot be read as a sidecar; its tags are left out.`);
      documents.push({ uri, path: displayName(uri), text, sets: annotated.sets, leftOut: annotated.leftOut, annotated });
    } catch (e) {
      problems.push(`${displayName(uri)}: ${(e as Error).message}; left out.`);
    }
  }
  return { documents, problems };
}
