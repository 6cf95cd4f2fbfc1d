/**
 * Documents in the editor: a PDF, a Word file, parliamentary XML or a web
 * page opens as a read-only transcript (`Transcript: Open as Transcript`, the
 * Explorer's context menu, the Transcripts view, or the offer made when such a
 * file is opened as a binary file), where every transcript feature works and
 * tags are kept beside the original.
 */
import * as vscode from 'vscode';
import { documentExtensions, isDocumentFileName } from '../core/formats';
import type { TranscriptModels } from '../documents';
import { DocumentError } from '../documents/originals';
import { Disposable } from '../util/dispose';
import { registerCommands } from '../util/command';
import { OpenAsTranscriptCommand } from './commands/openAsTranscript';
import { OPEN_AS_TRANSCRIPT_COMMAND } from '../commandIds';
import { ORIGINAL_SCHEME, originalOf, viewUriOf } from '../documents/addresses';

export { OPEN_AS_TRANSCRIPT_COMMAND };

export function register(context: vscode.ExtensionContext, models: TranscriptModels): void {
  const provider = new ExtractedTextProvider(models);
  context.subscriptions.push(
    provider,
    vscode.workspace.registerTextDocumentContentProvider(ORIGINAL_SCHEME, provider),
    vscode.window.tabGroups.onDidChangeTabs((e) => e.opened.forEach(offerTranscriptView)),
  );
  registerCommands(context, [new OpenAsTranscriptCommand(models)]);
}

/** The text a document's reader extracted: what its transcript view shows. */
class ExtractedTextProvider extends Disposable implements vscode.TextDocumentContentProvider {
  private readonly changes = this._register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires for an open transcript view whose document changed on disk: the view is read again. */
  readonly onDidChange = this.changes.event;

  constructor(private readonly models: TranscriptModels) {
    super();
    const extensions = documentExtensions();
    if (extensions.length === 0) return;
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(`**/*{${extensions.join(',')}}`, true, false, true));
    this._register(watcher.onDidChange((uri) => this.changed(uri)));
  }

  private changed(original: vscode.Uri): void {
    const view = viewUriOf(original);
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === view.toString())) this.changes.fire(view);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const original = originalOf(uri);
    if (!original) throw new Error(`${uri.toString()} names no document`);
    try {
      return (await this.models.originals.read(original)).text;
    } catch (e) {
      // The editor shows this message in place of the text (a view restored after its file became unreadable).
      if (e instanceof DocumentError) throw new Error(`Cannot show ${e.message}`);
      throw e;
    }
  }
}

/** Files already offered this session: each is offered once. */
const offered = new Set<string>();

/**
 * A PDF or Word file opened as a file shows VS Code's notice that it is binary:
 * offer its transcript view, one click away.
 */
function offerTranscriptView(tab: vscode.Tab): void {
  const uri = tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
  if (!uri || uri.scheme === ORIGINAL_SCHEME || !isDocumentFileName(uri.path)) return;
  const key = uri.toString();
  if (offered.has(key)) return;
  offered.add(key);
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  void vscode.window.showInformationMessage(vscode.l10n.t('{0} can be read as a transcript: by speaker, with its claims to tag.', name), vscode.l10n.t('Open as Transcript')).then((choice) => {
    if (choice) void vscode.commands.executeCommand(OPEN_AS_TRANSCRIPT_COMMAND, uri);
  });
}

