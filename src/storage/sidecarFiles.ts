/** Sidecar files through `vscode.workspace.fs`: where they are, and reading them with a size check (they are written through `documents/hostFiles.ts`). */
import * as vscode from 'vscode';
import { MAX_SIDECAR_BYTES, SIDECAR_SUFFIX } from '../core/annotations';
import { isText, readTextAt } from '../core/files/fileHost';
import { hostFiles } from '../documents/hostFiles';

/** The transcripts that have a sidecar, anywhere in the workspace. */
export async function transcriptsWithSidecars(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const sidecars = await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '{**/node_modules/**,**/.git/**}', undefined, token);
  return sidecars.map((s) => s.with({ path: s.path.slice(0, -SIDECAR_SUFFIX.length) }));
}

/**
 * A sidecar's text and size on disk; undefined when there is no such file.
 * Text is only read under the size limit, and decoded as transcripts are
 * (UTF-8, UTF-16 with or without a mark, Windows-1252): nothing is lost. A
 * folder or a file over the limit gives no text and a size over the limit.
 */
export async function readSidecarFile(uri: vscode.Uri): Promise<{ text: string; size: number; encoding?: string } | undefined> {
  let read: Awaited<ReturnType<typeof readTextAt>>;
  try {
    read = await readTextAt(hostFiles, uri, MAX_SIDECAR_BYTES);
  } catch (e) {
    throw new Error(`it is not text: ${(e as Error).message}`);
  }
  if (read === undefined || isText(read)) return read;
  return { text: '', size: read.notRead === 'folder' ? Number.MAX_SAFE_INTEGER : read.size };
}

