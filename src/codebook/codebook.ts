/**
 * The codebook service: the categories for tagging, per workspace folder (its
 * `.transcripts/codebook.yaml`, or the defaults when it has none), kept up to
 * date, with its problems in the Problems panel. A codebook that exists but
 * cannot be read is never quietly replaced by the defaults for new tags:
 * tagging says why it waits.
 */
import * as vscode from 'vscode';
import { addToCodebook, CODEBOOK_PATH, DEFAULT_CATEGORIES, FALLBACK_COLOR, readCodebook, type Category, type Problem } from '../core/annotations';
import { Disposable } from '../util/dispose';
import { causeOf, logWarning } from '../util/log';
import { hostFiles } from '../documents/hostFiles';

/** One workspace folder's codebook as read. */
interface FolderCodebook {
  uri: vscode.Uri;
  categories: Category[];
  /** Why the file cannot be used for new tags, when it cannot. */
  unreadable?: string;
}

/** The categories a document is tagged with, or why they cannot be known. */
export type CodebookFor = { categories: Category[]; unreadable?: undefined } | { categories?: undefined; unreadable: string; file: vscode.Uri };

/** The file of a workspace folder's codebook. */
export function codebookFile(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ...CODEBOOK_PATH.split('/'));
}

/** A codebook problem as a diagnostic; the core's "the default codebook is used" is not what happens here. */
function toDiagnostic(p: Problem, unreadable: boolean): vscode.Diagnostic {
  const at = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
  const message = unreadable ? p.message.replace(/ The default codebook is used\.$/, ` ${vscode.l10n.t('New tags wait until it is fixed.')}`) : p.message;
  const d = new vscode.Diagnostic(new vscode.Range(at, at.translate(0, 1)), message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  d.source = 'Transcript codebook';
  return d;
}

export class Codebook extends Disposable {
  private byFolder = new Map<string, FolderCodebook>();
  private readonly problems = this._register(vscode.languages.createDiagnosticCollection('transcript-codebook'));
  private readonly emitter = this._register(new vscode.EventEmitter<void>());
  /** Fires when a codebook file changed. */
  readonly onDidChange = this.emitter.event;
  private loading: Promise<void> | undefined;
  private watching = false;

  /** Reads the codebooks the first time they are needed, and watches them from then on; resolves when read. */
  ready(): Promise<void> {
    if (!this.watching) {
      this.watching = true;
      const watcher = this._register(vscode.workspace.createFileSystemWatcher(`**/${CODEBOOK_PATH}`));
      const reload = () => void this.load();
      this._register(watcher.onDidChange(reload));
      this._register(watcher.onDidCreate(reload));
      this._register(watcher.onDidDelete(reload));
      this._register(vscode.workspace.onDidChangeWorkspaceFolders(reload));
    }
    return (this.loading ??= this.load());
  }

  /** Reads every workspace folder's codebook; resolves when done. */
  async load(): Promise<void> {
    const run = this.read();
    this.loading = run;
    await run;
  }

  private async read(): Promise<void> {
    const next = new Map<string, FolderCodebook>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = codebookFile(folder);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(await hostFiles.readBytes(uri));
      } catch (e) {
        if (hostFiles.isMissing(e)) {
          this.problems.delete(uri);
          continue;
        }
        const reason = vscode.l10n.t('The codebook {0} cannot be read ({1}). New tags wait until it can be read, so that none gets a category it does not have.', vscode.workspace.asRelativePath(uri, false), causeOf(e));
        logWarning(reason);
        next.set(folder.uri.toString(), { uri, categories: [...DEFAULT_CATEGORIES], unreadable: reason });
        this.problems.set(uri, [Object.assign(new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), reason, vscode.DiagnosticSeverity.Error), { source: 'Transcript codebook' })]);
        continue;
      }
      const read = readCodebook(text);
      const entry: FolderCodebook = { uri, categories: read.categories };
      if (!read.readable) {
        const first = read.problems.find((p) => p.severity === 'error');
        const file = vscode.workspace.asRelativePath(uri, false);
        entry.unreadable = first
          ? vscode.l10n.t('The codebook {0} cannot be read (line {1}: {2}). New tags wait until it is fixed.', file, first.line, first.message.replace(/ The default codebook is used\.$/, ''))
          : vscode.l10n.t('The codebook {0} cannot be read. New tags wait until it is fixed.', file);
      }
      next.set(folder.uri.toString(), entry);
      this.problems.set(uri, read.problems.map((p) => toDiagnostic(p, !read.readable)));
    }
    this.byFolder = next;
    this.emitter.fire();
  }

  private folderOf(uri: vscode.Uri | undefined): FolderCodebook | undefined {
    const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.byFolder.get(folder.uri.toString()) : undefined;
  }

  /** The categories that apply to a document, for showing: its folder's codebook, or the defaults. */
  categoriesFor(uri: vscode.Uri | undefined): Category[] {
    return this.folderOf(uri)?.categories ?? [...DEFAULT_CATEGORIES];
  }

  /** The categories to tag a document with, or why there are none: its folder's codebook cannot be read. */
  async forTagging(uri: vscode.Uri): Promise<CodebookFor> {
    await this.ready();
    const folder = this.folderOf(uri);
    if (folder?.unreadable) return { unreadable: folder.unreadable, file: folder.uri };
    return { categories: folder?.categories ?? [...DEFAULT_CATEGORIES] };
  }

  /** A category's label and colour by id, across every codebook; an unknown id shows as itself. */
  lookup(id: string): { label: string; color: string } {
    for (const list of [...[...this.byFolder.values()].map((f) => f.categories), DEFAULT_CATEGORIES]) {
      const c = list.find((x) => x.id === id);
      if (c) return { label: c.label, color: c.color ?? FALLBACK_COLOR };
    }
    return { label: id, color: FALLBACK_COLOR };
  }

  /** Adds a category to the codebook of the document's workspace folder, creating the file with the defaults if needed. */
  async add(uri: vscode.Uri, category: Category): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) throw new Error(vscode.l10n.t('Open a folder to keep a codebook in it.'));
    const file = codebookFile(folder);
    let existing: string | undefined;
    try {
      existing = new TextDecoder().decode(await hostFiles.readBytes(file));
    } catch (e) {
      // Only a codebook that is not there is created; one that cannot be read is never written over.
      if (!hostFiles.isMissing(e)) throw new Error(vscode.l10n.t('{0} cannot be read ({1})', vscode.workspace.asRelativePath(file, false), causeOf(e)));
      existing = undefined;
    }
    const text = addToCodebook(existing, category);
    await hostFiles.writeAtomically(file, text);
    await this.load();
  }
}
