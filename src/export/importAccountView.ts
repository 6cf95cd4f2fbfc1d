/**
 * The account of an import, shown as a read-only document
 * (`transcript-import:` URIs): what was read, kept, placed, orphaned and
 * skipped, by kind, with every thing not placed named. Read-only, so that
 * closing it never asks to save, and kept only while the window lives.
 */
import * as vscode from 'vscode';

/** The scheme of import accounts. */
export const IMPORT_ACCOUNT_SCHEME = 'transcript-import';

/** The texts of the accounts shown, by URI. */
const accounts = new Map<string, string>();
let shownCount = 0;

/** Registers the provider of the accounts' documents. */
export function registerImportAccounts(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(IMPORT_ACCOUNT_SCHEME, { provideTextDocumentContent: (uri) => accounts.get(uri.toString()) ?? 'This import account is no longer kept; import the project again to see it.\n' }),
    { dispose: () => accounts.clear() },
  );
}

/** Opens the account of an import of `projectName` beside the current editor, without taking the focus. */
export async function showImportAccount(projectName: string, text: string): Promise<vscode.TextDocument> {
  const safe = projectName.replace(/[/\\?#%]/g, '_');
  const uri = vscode.Uri.from({ scheme: IMPORT_ACCOUNT_SCHEME, path: `/Import of ${safe}.txt`, query: String(++shownCount) });
  accounts.set(uri.toString(), text);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: true, preserveFocus: true, viewColumn: vscode.ViewColumn.Beside });
  return document;
}
