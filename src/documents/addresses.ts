/**
 * How the editor names the files it works on: a document's transcript view
 * (`transcript-original:`) and the original it shows, the open document of a
 * file, a transcript's sidecars. The lowest layer of the editor side: it reads
 * no file and imports no feature.
 */
import * as vscode from 'vscode';
import { isDocumentFileName } from '../core/formats';
import { showInvisible } from '../core/text/visible';
import { parseSidecarPath, sidecarPath, type SidecarKind } from '../core/annotations/sidecarPaths';

/** The scheme of the read-only transcript view of a document. */
export const ORIGINAL_SCHEME = 'transcript-original';

/**
 * The transcript view of a document: its path with `.transcript` added (so it
 * opens in the transcript language and its tab names the original), the
 * original's URI in the query.
 */
export function viewUriOf(original: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: ORIGINAL_SCHEME, path: `${original.path}.transcript`, query: original.toString() });
}

/** The original a transcript view shows; undefined for any other URI. */
export function originalOf(uri: vscode.Uri): vscode.Uri | undefined {
  if (uri.scheme !== ORIGINAL_SCHEME || !uri.query) return undefined;
  return vscode.Uri.parse(uri.query, true);
}

/** The file a URI stands for: the original for a transcript view, the URI itself otherwise. */
export function fileOf(uri: vscode.Uri): vscode.Uri {
  return originalOf(uri) ?? uri;
}

/** Originals known to be documents (read, or recognised when listed): the Transcripts view opens their transcript view. */
const knownDocuments = new Set<string>();

/** Records that a file is a document (or no longer one). */
export function markDocument(original: vscode.Uri, isDocument: boolean): void {
  if (isDocument) knownDocuments.add(original.toString());
  else knownDocuments.delete(original.toString());
}

/** True when a file is a document to open in its transcript view: known to be one, or named as one (`.pdf`, `.docx`). */
export function isDocument(uri: vscode.Uri): boolean {
  return uri.scheme !== ORIGINAL_SCHEME && (knownDocuments.has(uri.toString()) || isDocumentFileName(uri.path));
}

/** What to open in an editor for a file: its transcript view for a document, the file itself otherwise. */
export function editorUriOf(uri: vscode.Uri): vscode.Uri {
  return isDocument(uri) ? viewUriOf(uri) : uri;
}

/**
 * The open document with this URI, if there is one (the one lookup every
 * feature uses). For a document shown as a transcript (a PDF...), its open
 * transcript view: the text its tags are anchored to.
 */
export function openDocument(uri: vscode.Uri | string): vscode.TextDocument | undefined {
  const key = typeof uri === 'string' ? uri : uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key || (d.uri.scheme === ORIGINAL_SCHEME && d.uri.query === key && !d.isClosed));
}

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

/** The file name at the end of a URI (the original's, for a document's transcript view). */
export function fileName(uri: vscode.Uri): string {
  const file = fileOf(uri);
  return file.path.slice(file.path.lastIndexOf('/') + 1);
}

/** The file name as a message, title or view shows it: characters that reorder or hide text made visible. */
export function shownName(uri: vscode.Uri): string {
  return showInvisible(fileName(uri));
}
