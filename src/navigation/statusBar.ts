/** A status bar item with the speaker and section under the cursor. */
import * as vscode from 'vscode';
import { sectionAt, turnAt } from '../core/transcript/lookup';
import { isTranscript, type TranscriptModels } from '../documents';

const TYPING_PAUSE_MS = 200;

export function registerStatusBar(context: vscode.ExtensionContext, models: TranscriptModels): void {
  const item = vscode.window.createStatusBarItem('transcript.position', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Transcript Position';
  item.command = 'workbench.action.gotoSymbol';
  context.subscriptions.push(item);

  const update = () => {
    const editor = vscode.window.activeTextEditor;
    const enabled = vscode.workspace.getConfiguration('transcript').get<boolean>('statusBar.enabled', true);
    if (!editor || !isTranscript(editor.document) || !enabled) {
      item.hide();
      return;
    }
    const transcript = models.get(editor.document);
    const line = editor.selection.active.line;
    const section = sectionAt(transcript, line);
    const turn = turnAt(transcript, line);
    const who = turn ? (turn.speaker ?? 'No label') : undefined;
    const parts = [who, section?.title].filter(Boolean);
    item.text = `$(comment-discussion) ${parts.length ? parts.join(' · ') : 'Transcript'}`;
    item.tooltip = turn ? `${who} (${turn.role}) — ${section?.title ?? ''}\nClick to go to a section or turn` : 'Click to go to a section or turn';
    // Read out without the icon and the dot: who speaks, where; and what a click does.
    const where = turn ? `${who} speaking${section ? `, in ${section.title}` : ''}` : section ? `In ${section.title}` : 'Transcript';
    item.accessibilityInformation = { label: `${where}. Go to a section or turn`, role: 'button' };
    item.show();
  };
  // While typing, the text changes at every key: parse it only once the typing pauses,
  // so that a long transcript never slows the keys down.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      update();
    }, TYPING_PAUSE_MS);
  };
  context.subscriptions.push(
    { dispose: () => timer && clearTimeout(timer) },
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor !== vscode.window.activeTextEditor) return;
      if (!isTranscript(e.textEditor.document) || models.isFresh(e.textEditor.document)) update();
      else later();
    }),
    vscode.workspace.onDidOpenTextDocument(update),
    models.onDidChangeTranscripts(update),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('transcript')) update();
    }),
  );
  update();
}
