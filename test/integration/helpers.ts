/**
 * Helpers shared by the integration suites. They work the same in the web and
 * the Node extension host: files are reached through the workspace folder's
 * URI (`vscode-test-web://mount/...` or `file:///...`), never through `fs`.
 */
import * as assert from './assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'transcript-annotator.transcript-annotator';

/** How long to wait for the editor to react before a test fails. */
export const EVENT_TIMEOUT_MS = 10_000;

/** Activates the extension under test (a no-op when it already is active). */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `The extension ${EXTENSION_ID} is not loaded in this window.`);
  await extension.activate();
  return extension;
}

/** The URI of a file of the fixture workspace (`test/fixtures/workspace`). */
export function fixtureUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'The tests need the fixture workspace open as a folder.');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

export async function openFixture(relativePath: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(fixtureUri(relativePath));
}

export async function showFixture(relativePath: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await openFixture(relativePath));
}

/**
 * Resolves with `value` when `event` fires with an argument that `accept`
 * takes, or rejects after `timeoutMs` with `what()` in the message.
 */
export function waitForEvent<T>(
  event: vscode.Event<T>,
  accept: (value: T) => boolean,
  what: () => string,
  timeoutMs = EVENT_TIMEOUT_MS,
): { promise: Promise<T>; dispose(): void } {
  let listener: vscode.Disposable | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const dispose = () => {
    listener?.dispose();
    if (timer !== undefined) clearTimeout(timer);
  };
  const promise = new Promise<T>((resolve, reject) => {
    listener = event((value) => {
      if (accept(value)) {
        dispose();
        resolve(value);
      }
    });
    timer = setTimeout(() => {
      dispose();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what()}.`));
    }, timeoutMs);
  });
  return { promise, dispose };
}

/** The open document with this URI, if there is one. */
export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

/**
 * Waits until the document at `uri` is open with the language `languageId`.
 * A language change closes the document and opens it again with the new
 * language, so this listens for that opening.
 */
export async function waitForLanguage(uri: vscode.Uri, languageId: string): Promise<vscode.TextDocument> {
  const name = uri.path.split('/').pop();
  const opened = waitForEvent(
    vscode.workspace.onDidOpenTextDocument,
    (d) => d.uri.toString() === uri.toString() && d.languageId === languageId,
    () => `${name} to be in the language '${languageId}' (it is '${openDocument(uri)?.languageId ?? 'not open'}')`,
  );
  const current = openDocument(uri);
  if (current?.languageId === languageId) {
    opened.dispose();
    return current;
  }
  return opened.promise;
}

/** The 0-based number of the only line of `document` that contains `text`. */
export function lineOf(document: vscode.TextDocument, text: string): number {
  const lines: number[] = [];
  for (let i = 0; i < document.lineCount; i++) {
    if (document.lineAt(i).text.includes(text)) lines.push(i);
  }
  assert.strictEqual(lines.length, 1, `Expected exactly one line containing "${text}" in ${document.uri.path}, found ${lines.length}.`);
  return lines[0]!;
}

/** `[line, character]`, 0-based, for writing positions in one line. */
export type At = [line: number, character: number];

/** Shows a range as `start line:char – end line:char` for readable failures. */
export function showRange(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}–${range.end.line}:${range.end.character}`;
}
