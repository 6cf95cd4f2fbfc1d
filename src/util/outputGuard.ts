/**
 * The editor's side of "an output never replaces an input": where a command
 * writes is compared with the files it read (and their sidecars) before it
 * writes, even after the user agreed to replace a file.
 */
import * as vscode from 'vscode';
import { showInvisible } from '../core/text';
import { replacedInput, replacedInputMessage } from '../core/workspace/outputGuard';
import { shown } from './files';

/** A file a command reads; a transcript's sidecars are inputs too. */
export interface ReadUri {
  uri: vscode.Uri;
  transcript?: boolean;
}

/**
 * The message refusing `output` when it is one of `inputs` or a sidecar of
 * an input transcript; undefined when it may be written. Paths compare after
 * `.` and `..`, folding case where the desktop's file system does.
 */
export function refusedOutput(output: vscode.Uri, inputs: readonly ReadUri[]): string | undefined {
  const root = (uri: vscode.Uri) => `${uri.scheme}://${uri.authority}`;
  const same = inputs.filter((i) => root(i.uri) === root(output)).map((i) => ({ path: i.uri.path, transcript: i.transcript ?? false, uri: i.uri }));
  const replaced = replacedInput(output.path, same, { caseInsensitive: caseInsensitive(output) });
  if (!replaced) return undefined;
  const input = same.find((i) => i.path === replaced.input)!.uri;
  return replacedInputMessage(showInvisible(shown(output)), { ...replaced, input: showInvisible(shown(input)) });
}

/** Windows' and macOS's disks take names in any case; other hosts and schemes are compared exactly. */
function caseInsensitive(uri: vscode.Uri): boolean {
  if (uri.scheme !== 'file') return false;
  const platform = typeof process === 'object' ? process.platform : undefined;
  return platform === 'win32' || platform === 'darwin';
}
