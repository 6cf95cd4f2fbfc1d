/** Sidecar files through `vscode.workspace.fs`: where they are, and reading them with a size check (they are written through `documents/hostFiles.ts`). */
import * as vscode from 'vscode';
import { SIDECAR_SUFFIX } from '../core/annotations';
import { readSidecarText, type SidecarText } from '../core/annotations/placedSidecar';
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
 * A file that cannot be read, or is not text, throws with the file named.
 */
export function readSidecarFile(uri: vscode.Uri): Promise<SidecarText | undefined> {
  return readSidecarText(hostFiles, uri);
}
