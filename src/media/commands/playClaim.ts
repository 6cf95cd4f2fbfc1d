/** Play Claim: a tag's words, from the hover, the Claims view or the cursor, stopping just after them. */
import * as vscode from 'vscode';
import { PLAY_CLAIM_COMMAND } from '../../commandIds';
import { spanTime } from '../../core/media';
import { asUri, recordingOf, transcriptEditor, type MediaContext } from './shared';
import type { Command } from '../../util/command';
import { shownName } from '../../documents/addresses';

/** A claim plays on this long after its last word, so that its end is heard. */
const CLAIM_TAIL_SECONDS = 0.5;

/** A tag to play: from a hover link (`uri`, `id`) or a tree node (`uri`, `range`). */
interface ClaimTarget {
  uri: string | vscode.Uri;
  id?: string;
  range?: { startLine: number; startCharacter: number; endLine: number; endCharacter: number };
}

export class PlayClaimCommand implements Command {
  readonly id = PLAY_CLAIM_COMMAND;

  constructor(private readonly m: MediaContext) {}

  execute(target?: ClaimTarget): Promise<void> {
    return playClaim(this.m, target);
  }
}

async function playClaim(m: MediaContext, target?: ClaimTarget): Promise<void> {
  let doc: vscode.TextDocument;
  let start: number;
  let end: number;
  if (target?.uri) {
    doc = await vscode.workspace.openTextDocument(asUri(target.uri));
    if (target.id !== undefined) {
      const tag = (await m.store.entryFor(doc))?.tags.find((t) => t.id === target.id);
      if (!tag) return void vscode.window.showWarningMessage(vscode.l10n.t('The tag {0} is no longer in {1}.', target.id, shownName(doc.uri)));
      ({ start, end } = tag);
    } else if (target.range) {
      const r = target.range;
      start = doc.offsetAt(new vscode.Position(r.startLine, r.startCharacter));
      end = doc.offsetAt(new vscode.Position(r.endLine, r.endCharacter));
    } else return void vscode.window.showWarningMessage(vscode.l10n.t('Play Claim needs a tag: use it from a tag\'s hover or the Claims view.'));
  } else {
    const editor = transcriptEditor('Play Claim');
    if (!editor) return;
    doc = editor.document;
    const offset = doc.offsetAt(editor.selection.active);
    const tag = (await m.store.entryFor(doc))?.tags.find((t) => t.status !== 'orphaned' && t.start <= offset && offset <= t.end);
    if (tag) ({ start, end } = tag);
    else if (!editor.selection.isEmpty) {
      start = doc.offsetAt(editor.selection.start);
      end = doc.offsetAt(editor.selection.end);
    } else return void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a tag (or select words) to play them.'));
  }
  const span = spanTime(m.timings.of(doc).anchors, start, end);
  if (!span) return void vscode.window.showInformationMessage(vscode.l10n.t('{0} has no timestamps, so the time of these words is not known.', shownName(doc.uri)));
  const recording = await recordingOf(m, doc.uri);
  if (!recording) return;
  await m.player.open(doc.uri, recording);
  await m.player.send({ type: 'play', time: span.start, until: span.end + CLAIM_TAIL_SECONDS });
}
