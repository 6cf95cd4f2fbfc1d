import * as vscode from 'vscode';
import { SET_UP_GIT_MERGING_COMMAND } from '../../commandIds';
import { gitDirFromFile, GITATTRIBUTES_LINE, MERGE_DRIVER, withGitAttributes, withMergeDriver } from '../../core/annotations';
import { readText } from '../../util/files';
import type { Command } from '../../util/command';
import { hostFiles } from '../../documents/hostFiles';

/** Set Up Git Merging of Sidecars: a merge driver that merges sidecars by tag id, in `.gitattributes` and `.git/config`. */
export class SetUpGitMergingCommand implements Command {
  readonly id = SET_UP_GIT_MERGING_COMMAND;

  constructor(private readonly extensionUri: vscode.Uri) {}

  async execute(): Promise<void> {
    const folder = vscode.window.activeTextEditor ? vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri) : vscode.workspace.workspaceFolders?.[0];
    if (!folder) return void vscode.window.showInformationMessage(vscode.l10n.t('Open the folder of a git repository first.'));
    const gitDir = await findGitDir(folder.uri);
    if (!gitDir) return void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not a git repository (no .git folder at its top).', folder.name));
    const command = cliCommand(this.extensionUri);
    const answer = await vscode.window.showInformationMessage(
      vscode.l10n.t('Set up git in {0} to merge tag sidecars by tag id?', folder.name),
      {
        modal: true,
        detail: `This adds the line “${GITATTRIBUTES_LINE}” to .gitattributes (commit it, so everyone's git uses it) and a [merge "${MERGE_DRIVER}"] section to this repository's .git/config that runs:\n${command} merge %O %A %B %P\nEach person sets up their own copy once.`,
      },
      'Set Up',
    );
    if (answer !== 'Set Up') return;
    try {
      const attributes = vscode.Uri.joinPath(folder.uri, '.gitattributes');
      const newAttributes = withGitAttributes((await readText(attributes))?.text);
      if (newAttributes !== undefined) await hostFiles.writeAtomically(attributes, newAttributes);
      const config = vscode.Uri.joinPath(gitDir, 'config');
      await hostFiles.writeAtomically(config, withMergeDriver((await readText(config))?.text ?? '', command));
      void vscode.window.showInformationMessage(vscode.l10n.t('Git in {0} now merges tag sidecars by tag id.{1}', folder.name, newAttributes !== undefined ? ' Commit .gitattributes so that the others get it too.' : ''));
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not set up git merging in {0}: {1}', folder.name, (e as Error).message));
    }
  }
}

/** The command that runs this extension's command line: its own `dist/cli.js` on the desktop, else the installed one. */
function cliCommand(extensionUri: vscode.Uri): string {
  if (extensionUri.scheme === 'file') return `node "${extensionUri.fsPath.split('\\').join('/')}/dist/cli.js"`;
  return 'transcript-annotator';
}

/** The repository's git folder: `.git`, or where a `.git` file points (worktrees, submodules), its common folder for a worktree. */
async function findGitDir(folder: vscode.Uri): Promise<vscode.Uri | undefined> {
  const dotGit = vscode.Uri.joinPath(folder, '.git');
  const stat = await hostFiles.stat(dotGit);
  if (!stat) return undefined;
  if (stat.kind === 'folder') return dotGit;
  const pointer = gitDirFromFile((await readText(dotGit))?.text ?? '');
  if (!pointer) return undefined;
  const dir = /^([a-zA-Z]:)?\//.test(pointer) ? folder.with({ path: pointer.startsWith('/') ? pointer : '/' + pointer }) : vscode.Uri.joinPath(folder, pointer);
  const common = await readText(vscode.Uri.joinPath(dir, 'commondir'));
  if (!common) return dir;
  const c = common.text.trim();
  return /^([a-zA-Z]:)?\//.test(c) ? dir.with({ path: c.startsWith('/') ? c : '/' + c }) : vscode.Uri.joinPath(dir, c);
}
