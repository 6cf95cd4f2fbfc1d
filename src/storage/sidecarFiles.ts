/** Sidecar files through `vscode.workspace.fs`: where they are, and reading them with a size check (they are written through `documents/hostFiles.ts`). */
import * as vscode from 'vscode';
import { MAX_SIDECAR_BYTES, SIDECAR_SUFFIX } from '../core/annotations';
import { parseSidecarPath, sidecarPath, type SidecarKind } from '../core/annotations/sidecarPaths';
import { decodeText, NotTextError, showInvisible } from '../core/text';
import { fileOf } from '../documents/originals';

/** `briefing.txt` → `briefing.txt.annotations.yaml` (or another kind of sidecar), beside it; a document's transcript view keeps its tags beside the original. */
export function sidecarUriOf(transcript: vscode.Uri, set: SidecarKind = { kind: 'shared' }): vscode.Uri {
  const file = fileOf(transcript);
  return file.with({ path: sidecarPath(file.path, set) });
}

/** The transcript a sidecar of any kind belongs to, and which kind it is; undefined when the name is not a sidecar's. */
export function transcriptUriOf(sidecar: vscode.Uri): { transcript: vscode.Uri; set: SidecarKind } | undefined {
  const parsed = parseSidecarPath(sidecar.path);
  return parsed && { transcript: sidecar.with({ path: parsed.transcript }), set: parsed.set };
}

/** The transcripts that have a sidecar, anywhere in the workspace. */
export async function transcriptsWithSidecars(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const sidecars = await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '{**/node_modules/**,**/.git/**}', undefined, token);
  return sidecars.map((s) => s.with({ path: s.path.slice(0, -SIDECAR_SUFFIX.length) }));
}

/**
 * A sidecar's text and size on disk; undefined when there is no such file.
 * Text is only read under the size limit, and decoded as transcripts are
 * (UTF-8, UTF-16 with or without a mark, Windows-1252): nothing is lost.
 */
export async function readSidecarFile(uri: vscode.Uri): Promise<{ text: string; size: number; encoding?: string } | undefined> {
  let size: number;
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return { text: '', size: Number.MAX_SAFE_INTEGER };
    size = stat.size;
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    throw e;
  }
  if (size > MAX_SIDECAR_BYTES) return { text: '', size };
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    throw e;
  }
  try {
    const decoded = decodeText(bytes);
    return { text: decoded.text, size: bytes.length, encoding: decoded.encoding };
  } catch (e) {
    if (e instanceof NotTextError) throw new Error(`it is not text: ${e.message}`);
    throw e;
  }
}

/** The file name at the end of a URI (the original's, for a document's transcript view). */
export function fileName(uri: vscode.Uri): string {
  const file = fileOf(uri);
  return file.path.slice(file.path.lastIndexOf('/') + 1);
}

/** The file name as a message, title or view shows it: characters that reorder or hide text made visible. */
export function shownName(uri: vscode.Uri): string {
  return showInvisible(fileName(uri));
}
