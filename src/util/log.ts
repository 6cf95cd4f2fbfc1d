/**
 * The extension's one output channel, "Transcript Annotator": every error that
 * is not shown to the user in a message, a diagnostic or a tooltip is written
 * here with the file it concerns and its cause.
 */
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/** The channel, created on first use (so that a feature's tests need no wiring). */
export function logChannel(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Transcript Annotator', { log: true });
  return channel;
}

/** Creates the channel and disposes it with the extension. */
export function registerLog(context: vscode.ExtensionContext): vscode.LogOutputChannel {
  const log = logChannel();
  context.subscriptions.push({
    dispose: () => {
      log.dispose();
      channel = undefined;
    },
  });
  return log;
}

/** The cause of an error in words. */
export function causeOf(error: unknown): string {
  if (error instanceof vscode.FileSystemError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** A file's name for a log line: its workspace-relative path, else its full path. */
function shown(file: vscode.Uri | string | undefined): string {
  if (file === undefined) return '';
  return typeof file === 'string' ? file : vscode.workspace.asRelativePath(file, false);
}

/** Logs a failure that the user is not told about elsewhere: what failed, on which file, and why. */
export function logError(what: string, file: vscode.Uri | string | undefined, error: unknown): void {
  logChannel().error(`${what}${file !== undefined ? ` (${shown(file)})` : ''}: ${causeOf(error)}`);
}

/** Logs something worth knowing that is not a failure. */
export function logWarning(what: string, file?: vscode.Uri | string): void {
  logChannel().warn(`${what}${file !== undefined ? ` (${shown(file)})` : ''}`);
}
