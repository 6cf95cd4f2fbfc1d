/** The codebook in the editor: the defaults, or the workspace's `.transcripts/codebook.yaml`, kept up to date. */
import * as vscode from 'vscode';
import { addToCodebook, CODEBOOK_PATH, DEFAULT_CATEGORIES, FALLBACK_COLOR, readCodebook, type Category } from '../core/annotations';
import { writeAtomically } from '../storage/files';
import { Disposable } from '../util/dispose';

/** The categories for tagging, per workspace folder. */
export class Codebook extends Disposable {
  private byFolder = new Map<string, Category[]>();
  private readonly problems = this._register(vscode.languages.createDiagnosticCollection('transcript-codebook'));
  private readonly emitter = this._register(new vscode.EventEmitter<void>());
  /** Fires when a codebook file changed. */
  readonly onDidChange = this.emitter.event;

  constructor() {
    super();
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(`**/${CODEBOOK_PATH}`));
    const reload = () => void this.load();
    this._register(watcher.onDidChange(reload));
    this._register(watcher.onDidCreate(reload));
    this._register(watcher.onDidDelete(reload));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(reload));
  }

  /** Reads every workspace folder's codebook; resolves when done. */
  async load(): Promise<void> {
    const next = new Map<string, Category[]>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, ...CODEBOOK_PATH.split('/'));
      let text: string | undefined;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        this.problems.delete(uri);
        continue;
      }
      const read = readCodebook(text);
      next.set(folder.uri.toString(), read.categories);
      this.problems.set(
        uri,
        read.problems.map((p) => {
          const at = new vscode.Position(p.line - 1, p.column - 1);
          const d = new vscode.Diagnostic(new vscode.Range(at, at.translate(0, 1)), p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
          d.source = 'Transcript codebook';
          return d;
        }),
      );
    }
    this.byFolder = next;
    this.emitter.fire();
  }

  /** The categories that apply to a document: its folder's codebook, or the defaults. */
  categoriesFor(uri: vscode.Uri | undefined): Category[] {
    const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
    return (folder && this.byFolder.get(folder.uri.toString())) ?? [...DEFAULT_CATEGORIES];
  }

  /** A category's label and colour by id, across every codebook; an unknown id shows as itself. */
  lookup(id: string): { label: string; color: string } {
    for (const list of [...this.byFolder.values(), DEFAULT_CATEGORIES]) {
      const c = list.find((x) => x.id === id);
      if (c) return { label: c.label, color: c.color ?? FALLBACK_COLOR };
    }
    return { label: id, color: FALLBACK_COLOR };
  }

  /** Adds a category to the codebook of the document's workspace folder, creating the file with the defaults if needed. */
  async add(uri: vscode.Uri, category: Category): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) throw new Error('Open a folder to keep a codebook in it.');
    const file = vscode.Uri.joinPath(folder.uri, ...CODEBOOK_PATH.split('/'));
    let existing: string | undefined;
    try {
      existing = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    } catch {
      existing = undefined;
    }
    const text = addToCodebook(existing, category);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(file, '..'));
    await writeAtomically(file, text);
    await this.load();
  }
}
