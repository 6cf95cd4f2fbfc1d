/**
 * The storage feature's commands: resolving a sidecar left with git's
 * conflict markers, choosing the place of an ambiguous tag, and setting up
 * git to merge sidecars by tag id.
 */
import * as vscode from 'vscode';
import { gitDirFromFile, GITATTRIBUTES_LINE, MERGE_DRIVER, withGitAttributes, withMergeDriver } from '../core/annotations';
import { decodeText } from '../core/text';
import { fileName, writeAtomically } from './files';
import type { SidecarStore } from './store';

/** The command's id. */
export const RESOLVE_SIDECAR_CONFLICT_COMMAND = 'transcript.resolveSidecarConflict';
/** The command's id. */
export const CHOOSE_TAG_PLACE_COMMAND = 'transcript.chooseTagPlace';
/** The command's id. */
export const SET_UP_GIT_MERGING_COMMAND = 'transcript.setUpGitMerging';

/** Arguments the hover and the Problems panel pass: which transcript and tag. */
interface TagTarget {
  uri?: string;
  id?: string;
  /** For Choose Where a Tag Belongs: the candidate place (from 1, in text order), to skip the question. */
  place?: number;
}

export function registerStorageCommands(context: vscode.ExtensionContext, store: SidecarStore, labelOf: (category: string) => string): void {
  const documentFor = (uri?: string): vscode.TextDocument | undefined => {
    if (uri) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    const doc = vscode.window.activeTextEditor?.document;
    return doc && store.loaded(doc.uri) ? doc : undefined;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(RESOLVE_SIDECAR_CONFLICT_COMMAND, async (args?: TagTarget) => {
      const doc = documentFor(args?.uri);
      if (!doc) return void vscode.window.showInformationMessage('Open the transcript whose sidecar has a merge conflict first.');
      const entry = await store.entryFor(doc);
      if (!entry?.conflict) return void vscode.window.showInformationMessage(`The sidecar of ${fileName(doc.uri)} has no merge conflict to resolve.`);
      try {
        const conflicts = await store.resolveConflict(doc);
        if (conflicts === undefined) return void vscode.window.showInformationMessage(`The sidecar of ${fileName(doc.uri)} has no conflict markers any more.`);
        const kept = conflicts.length ? ` ${conflicts.length} tag${conflicts.length === 1 ? ' was' : 's were'} changed differently on both sides and ${conflicts.length === 1 ? 'is' : 'are'} kept in both versions: ${conflicts.join(' ')}` : '';
        void vscode.window.showInformationMessage(`Merged both sides’ tags of ${fileName(doc.uri)}; tagging is on again.${kept}`);
      } catch (e) {
        void vscode.window.showErrorMessage(`Could not resolve the merge conflict in ${fileName(entry.sidecar)}: ${(e as Error).message}. The file is left as it is.`);
      }
    }),

    vscode.commands.registerCommand(CHOOSE_TAG_PLACE_COMMAND, async (args?: TagTarget) => {
      const doc = documentFor(args?.uri);
      if (!doc) return void vscode.window.showInformationMessage('Open a transcript with an ambiguous tag first.');
      const entry = await store.entryFor(doc);
      if (!entry) return;
      if (entry.mode !== 'ok') return void vscode.window.showWarningMessage(entry.reason ?? 'Tags of this transcript cannot be changed.');
      const ambiguous = entry.tags.filter((t) => t.candidates?.length && (!args?.id || t.id === args.id));
      if (ambiguous.length === 0) return void vscode.window.showInformationMessage(`No tag of ${fileName(doc.uri)} is waiting for a place.`);
      let tag = ambiguous[0]!;
      if (ambiguous.length > 1) {
        const pick = await vscode.window.showQuickPick(
          ambiguous.map((t) => ({ label: oneLine(t.quote), description: `${labelOf(t.category)} · ${t.candidates!.length} places`, tag: t })),
          { title: 'Which ambiguous tag?' },
        );
        if (!pick) return;
        tag = pick.tag;
      }
      if (args?.place !== undefined) {
        const chosen = tag.candidates![args.place - 1];
        if (!chosen) return void vscode.window.showWarningMessage(`The tag has ${tag.candidates!.length} candidate places; there is no place ${args.place}.`);
        store.placeAt(entry, tag, chosen.start, chosen.end, new Date().toISOString());
        return;
      }
      const text = doc.getText();
      const place = await vscode.window.showQuickPick(
        tag.candidates!.map((c) => {
          const line = doc.positionAt(c.start).line;
          return { label: `Line ${line + 1}`, description: oneLine(text.slice(Math.max(0, c.start - 40), c.start) + '[' + text.slice(c.start, c.end) + ']' + text.slice(c.end, c.end + 40)), place: c };
        }),
        {
          title: `Where does “${oneLine(tag.quote).slice(0, 60)}” belong?`,
          onDidSelectItem: (item) => {
            const c = (item as unknown as { place: { start: number; end: number } }).place;
            const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
            editor?.revealRange(new vscode.Range(doc.positionAt(c.start), doc.positionAt(c.end)), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
          },
        },
      );
      if (!place) return;
      store.placeAt(entry, tag, place.place.start, place.place.end, new Date().toISOString());
    }),

    vscode.commands.registerCommand(SET_UP_GIT_MERGING_COMMAND, async () => {
      const folder = vscode.window.activeTextEditor ? vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri) : vscode.workspace.workspaceFolders?.[0];
      if (!folder) return void vscode.window.showInformationMessage('Open the folder of a git repository first.');
      const gitDir = await findGitDir(folder.uri);
      if (!gitDir) return void vscode.window.showWarningMessage(`${folder.name} is not a git repository (no .git folder at its top).`);
      const command = cliCommand(context);
      const answer = await vscode.window.showInformationMessage(
        `Set up git in ${folder.name} to merge tag sidecars by tag id?`,
        {
          modal: true,
          detail: `This adds the line “${GITATTRIBUTES_LINE}” to .gitattributes (commit it, so everyone's git uses it) and a [merge "${MERGE_DRIVER}"] section to this repository's .git/config that runs:\n${command} merge %O %A %B %P\nEach person sets up their own copy once.`,
        },
        'Set Up',
      );
      if (answer !== 'Set Up') return;
      try {
        const attributes = vscode.Uri.joinPath(folder.uri, '.gitattributes');
        const newAttributes = withGitAttributes(await readText(attributes));
        if (newAttributes !== undefined) await writeAtomically(attributes, newAttributes);
        const config = vscode.Uri.joinPath(gitDir, 'config');
        await writeAtomically(config, withMergeDriver((await readText(config)) ?? '', command));
        void vscode.window.showInformationMessage(`Git in ${folder.name} now merges tag sidecars by tag id.${newAttributes !== undefined ? ' Commit .gitattributes so that the others get it too.' : ''}`);
      } catch (e) {
        void vscode.window.showErrorMessage(`Could not set up git merging in ${folder.name}: ${(e as Error).message}`);
      }
    }),
  );
}

/** The command that runs this extension's command line: its own `dist/cli.js` on the desktop, else the installed one. */
function cliCommand(context: vscode.ExtensionContext): string {
  if (context.extensionUri.scheme === 'file') return `node "${context.extensionUri.fsPath.split('\\').join('/')}/dist/cli.js"`;
  return 'transcript-annotator';
}

/** The repository's git folder: `.git`, or where a `.git` file points (worktrees, submodules), its common folder for a worktree. */
async function findGitDir(folder: vscode.Uri): Promise<vscode.Uri | undefined> {
  const dotGit = vscode.Uri.joinPath(folder, '.git');
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(dotGit);
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    throw e;
  }
  if (stat.type & vscode.FileType.Directory) return dotGit;
  const pointer = gitDirFromFile((await readText(dotGit)) ?? '');
  if (!pointer) return undefined;
  const dir = /^([a-zA-Z]:)?\//.test(pointer) ? folder.with({ path: pointer.startsWith('/') ? pointer : '/' + pointer }) : vscode.Uri.joinPath(folder, pointer);
  const common = await readText(vscode.Uri.joinPath(dir, 'commondir'));
  if (!common) return dir;
  const c = common.trim();
  return /^([a-zA-Z]:)?\//.test(c) ? dir.with({ path: c.startsWith('/') ? c : '/' + c }) : vscode.Uri.joinPath(dir, c);
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decodeText(await vscode.workspace.fs.readFile(uri)).text;
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    throw e;
  }
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
