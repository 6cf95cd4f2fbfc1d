/** Sidecar files through `vscode.workspace.fs`: where they are, reading them with a size check, writing them atomically. */
import * as vscode from 'vscode';
import { MAX_SIDECAR_BYTES, SIDECAR_SUFFIX } from '../core/annotations';
import { logError } from '../util/log';

/** `briefing.txt` → `briefing.txt.annotations.yaml`, beside it. */
export function sidecarUriOf(transcript: vscode.Uri): vscode.Uri {
  return transcript.with({ path: transcript.path + SIDECAR_SUFFIX });
}

/** The transcript a sidecar belongs to, or undefined when the name is not a sidecar's. */
export function transcriptUriOf(sidecar: vscode.Uri): vscode.Uri | undefined {
  if (!sidecar.path.endsWith(SIDECAR_SUFFIX) || sidecar.path.length === SIDECAR_SUFFIX.length) return undefined;
  return sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) });
}

/** A sidecar's text and size on disk; undefined when there is no such file. Text is only read under the size limit. */
export async function readSidecarFile(uri: vscode.Uri): Promise<{ text: string; size: number } | undefined> {
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
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return { text: new TextDecoder('utf-8').decode(bytes), size: bytes.length };
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    throw e;
  }
}

/** Writes a file whole or not at all: a temporary file beside it, then a rename over it. */
export async function writeAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const temp = uri.with({ path: `${uri.path}.tmp-${Math.random().toString(36).slice(2, 10)}` });
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
  } catch (e) {
    await Promise.resolve(vscode.workspace.fs.delete(temp)).catch((cleanup: unknown) => logError('Could not remove a temporary file after a failed write', temp, cleanup));
    throw e;
  }
}

/** The file name at the end of a URI. */
export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
