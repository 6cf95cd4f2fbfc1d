/** The commands of the Transcripts views: on their items and in their title bars. */
import * as vscode from 'vscode';
import { formatClaimFilter, parseClaimFilter, type ClaimGrouping } from '../core/workspace/claims';
import type { DocumentSort } from '../core/workspace/documents';
import type { PosRange } from '../core/workspace/documentTree';
import type { ClaimsProvider } from './claims';
import { sidecarUriOf } from '../storage/files';
import { logError } from '../util/log';
import type { TranscriptWorkspace } from '../workspace';
import { TagClaimCommand } from '../tagging/commands/tagClaim';
import { CLEAR_CLAIMS_FILTER_COMMAND, COPY_QUOTE_COMMAND, FILTER_CLAIMS_COMMAND, GROUP_CLAIMS_COMMAND, GROUP_DOCUMENTS_COMMAND, OPEN_SAMPLES_COMMAND, OPEN_TO_SIDE_COMMAND, REFRESH_CLAIMS_COMMAND, REFRESH_DOCUMENTS_COMMAND, REVEAL_SIDECAR_COMMAND, SORT_DOCUMENTS_COMMAND, TAG_NODE_COMMAND, UNGROUP_DOCUMENTS_COMMAND } from './ids';
import { locationOf, REVEAL_COMMAND, toRange, type AnyNode } from './nodes';
import { exists } from '../util/files';
import { editorUriOf } from '../documents/originals';


/** Opens a document and selects a range in it (the whole document when there is none). */
export async function revealRange(uri: vscode.Uri, range: PosRange | undefined, options: { side?: boolean; preview?: boolean } = {}): Promise<vscode.TextEditor> {
  const selection = range ? toRange(range) : undefined;
  // A document (PDF, Word...) opens in its transcript view, where its tags and turns are.
  const editor = await vscode.window.showTextDocument(editorUriOf(uri), {
    ...(selection ? { selection } : {}),
    preview: options.preview ?? !options.side,
    ...(options.side ? { viewColumn: vscode.ViewColumn.Beside } : {}),
  });
  if (selection) {
    editor.selection = new vscode.Selection(selection.start, selection.end);
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return editor;
}


/** The node a context-menu command was run on, else the selected node of the views. */
function target(node: unknown, views: Array<vscode.TreeView<AnyNode>>): AnyNode | undefined {
  if (node) return node as AnyNode;
  for (const view of views) if (view.selection[0]) return view.selection[0];
  return undefined;
}

export function registerTreeCommands(
  context: vscode.ExtensionContext,
  workspace: TranscriptWorkspace,
  claims: ClaimsProvider,
  views: Array<vscode.TreeView<AnyNode>>,
): void {
  const register = (id: string, run: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));
  const writeSetting = (section: string, key: string, value: unknown) =>
    vscode.workspace.getConfiguration(section).update(key, value, vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);

  register(REVEAL_COMMAND, (uri: vscode.Uri, range?: PosRange) => revealRange(uri, range));

  register(OPEN_TO_SIDE_COMMAND, async (node?: AnyNode) => {
    const at = locationOf(target(node, views));
    if (at) await revealRange(at.uri, at.range, { side: true });
  });

  register(TAG_NODE_COMMAND, async (node?: AnyNode) => {
    const n = target(node, views);
    const at = locationOf(n);
    if (!at?.range) return;
    const commands = await vscode.commands.getCommands(true);
    if (!commands.includes(TagClaimCommand.id)) {
      void vscode.window.showInformationMessage('Tagging is not available in this version of Transcript Annotator.');
      return;
    }
    // A turn is tagged by its words, not its label.
    const range = n?.kind === 'turn' ? n.turn.textRange : at.range;
    await revealRange(at.uri, range, { preview: false });
    await vscode.commands.executeCommand(TagClaimCommand.id);
  });

  register(COPY_QUOTE_COMMAND, async (node?: AnyNode) => {
    const n = target(node, views);
    let quote: string | undefined;
    if (n?.kind === 'tag') quote = n.tag.quote;
    else if (n?.kind === 'turn' || n?.kind === 'section') {
      const { text } = await workspace.getOrLoadDocument(n.uri);
      const doc = { offsetAt: lineOffsets(text) };
      const r = n.kind === 'turn' ? n.turn.textRange : n.range;
      quote = text.slice(doc.offsetAt(r.startLine, r.startCharacter), doc.offsetAt(r.endLine, r.endCharacter)).trim();
    }
    if (quote === undefined) return;
    await vscode.env.clipboard.writeText(quote);
    vscode.window.setStatusBarMessage('$(check) Quote copied', 2000);
  });

  register(REVEAL_SIDECAR_COMMAND, async (node?: AnyNode) => {
    const at = locationOf(target(node, views)) ?? (vscode.window.activeTextEditor && { uri: vscode.window.activeTextEditor.document.uri });
    if (!at) return;
    const sidecar = sidecarUriOf(at.uri);
    if (await exists(sidecar)) await vscode.commands.executeCommand('revealInExplorer', sidecar);
    else void vscode.window.showInformationMessage(`${at.uri.path.split('/').pop()} has no tags file (${sidecar.path.split('/').pop()}) yet.`);
  });

  register(REFRESH_DOCUMENTS_COMMAND, () => workspace.rescan());

  register(SORT_DOCUMENTS_COMMAND, async () => {
    const current = vscode.workspace.getConfiguration('transcript.documents').get<DocumentSort>('sortBy', 'date');
    const items: Array<vscode.QuickPickItem & { value: DocumentSort }> = [
      { label: 'Date', description: 'oldest first', value: 'date' },
      { label: 'Title', value: 'title' },
      { label: 'File name', description: 'by path', value: 'name' },
    ];
    for (const item of items) if (item.value === current) item.label = `$(check) ${item.label}`;
    const pick = await vscode.window.showQuickPick(items, { title: 'Sort Transcripts By' });
    if (pick) await writeSetting('transcript.documents', 'sortBy', pick.value);
  });

  register(GROUP_DOCUMENTS_COMMAND, () => writeSetting('transcript.documents', 'groupByFolder', true));
  register(UNGROUP_DOCUMENTS_COMMAND, () => writeSetting('transcript.documents', 'groupByFolder', false));

  register(GROUP_CLAIMS_COMMAND, async () => {
    const current = claims.grouping;
    const items: Array<vscode.QuickPickItem & { value: ClaimGrouping }> = [
      { label: 'Category', value: 'category' },
      { label: 'Speaker', value: 'speaker' },
      { label: 'Document', value: 'document' },
    ];
    for (const item of items) if (item.value === current) item.label = `$(check) ${item.label}`;
    const pick = await vscode.window.showQuickPick(items, { title: 'Group Claims By' });
    if (pick) await writeSetting('transcript.claims', 'groupBy', pick.value);
  });

  register(FILTER_CLAIMS_COMMAND, async (value?: string) => {
    const text =
      typeof value === 'string'
        ? value
        : await vscode.window.showInputBox({
            title: 'Filter Claims',
            value: formatClaimFilter(claims.filter),
            prompt: 'Words of the quote or note; category:<name> and speaker:<name> (quote names with spaces: speaker:"Amal Reyes").',
            placeHolder: 'category:accusation speaker:Reyes harbour',
          });
    if (text !== undefined) await claims.setFilter(parseClaimFilter(text));
  });

  register(CLEAR_CLAIMS_FILTER_COMMAND, () => claims.setFilter({}));
  register(REFRESH_CLAIMS_COMMAND, () => claims.refresh());

  register(OPEN_SAMPLES_COMMAND, async () => {
    const folder = vscode.Uri.joinPath(context.extensionUri, 'samples');
    let names: string[] = [];
    try {
      names = (await vscode.workspace.fs.readDirectory(folder)).filter(([, type]) => type === vscode.FileType.File).map(([name]) => name);
    } catch (e) {
      // No samples in this build: said below.
      logError('Could not list the samples', folder, e);
    }
    if (!names.length) {
      void vscode.window.showInformationMessage('This build of Transcript Annotator carries no samples.');
      return;
    }
    const pick = await vscode.window.showQuickPick(names.sort(), { title: 'Open a Sample Transcript' });
    if (pick) await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, pick));
  });

}

/** Offsets of 0-based positions in a text. */
function lineOffsets(text: string): (line: number, character: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (line, character) => Math.min(text.length, (starts[line] ?? text.length) + character);
}
