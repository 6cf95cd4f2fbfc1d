/** The transport keys: play/pause, back, forward, slower, faster. They act on the open player. */
import * as vscode from 'vscode';
import { FASTER_COMMAND, PLAY_PAUSE_COMMAND, SKIP_BACK_COMMAND, SKIP_FORWARD_COMMAND, SLOWER_COMMAND } from '../../commandIds';
import { isTranscript } from '../../documents';
import type { PlayerCommand } from '../player';
import { recordingOf, type MediaContext } from './shared';
import type { Command } from '../../util/command';

/** How much faster or slower one press of Faster or Slower plays. */
const RATE_STEP = 0.25;

function skipSeconds(): number {
  const s = vscode.workspace.getConfiguration('transcript.media').get<number>('skipSeconds', 5);
  return Number.isFinite(s) && s > 0 ? s : 5;
}

/** One transport key: what it tells the player, and whether it opens a closed player. */
class TransportCommand implements Command {
  constructor(
    private readonly m: MediaContext,
    readonly id: string,
    private readonly command: () => PlayerCommand,
    private readonly opens = false,
  ) {}

  execute(): Promise<void> {
    return transport(this.m, this.command(), this.opens);
  }
}

/** The five transport keys. */
export function transportCommands(m: MediaContext): Command[] {
  return [
    new TransportCommand(m, PLAY_PAUSE_COMMAND, () => ({ type: 'toggle' }), true),
    new TransportCommand(m, SKIP_BACK_COMMAND, () => ({ type: 'skip', by: -skipSeconds() })),
    new TransportCommand(m, SKIP_FORWARD_COMMAND, () => ({ type: 'skip', by: skipSeconds() })),
    new TransportCommand(m, SLOWER_COMMAND, () => ({ type: 'rateBy', step: -RATE_STEP })),
    new TransportCommand(m, FASTER_COMMAND, () => ({ type: 'rateBy', step: RATE_STEP })),
  ];
}

/** A transport key: acts on the open player; Play/Pause opens the active transcript's player when none is open. */
async function transport(m: MediaContext, command: PlayerCommand, opens = false): Promise<void> {
  if (!m.player.transcript) {
    const editor = vscode.window.activeTextEditor;
    if (!opens || !editor || !isTranscript(editor.document)) {
      return void vscode.window.showInformationMessage(vscode.l10n.t('No recording is open: use Play from Here in a transcript that has one.'));
    }
    const recording = await recordingOf(m, editor.document.uri);
    if (!recording) return;
    await m.player.open(editor.document.uri, recording);
  }
  await m.player.send(command);
}
