import * as vscode from 'vscode';
import { COPY_QUOTE_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import type { AnyNode } from '../nodes';
import { target, type ViewsContext } from './shared';

/** Copy Quote: a tag's quote, or a turn's or section's words, to the clipboard. */
export class CopyQuoteCommand implements Command {
  readonly id = COPY_QUOTE_COMMAND;

  constructor(private readonly v: ViewsContext) {}

  async execute(node?: AnyNode): Promise<void> {
    const n = target(node, this.v.views);
    let quote: string | undefined;
    if (n?.kind === 'tag') quote = n.tag.quote;
    else if (n?.kind === 'turn' || n?.kind === 'section') {
      const { text } = await this.v.workspace.getOrLoadDocument(n.uri);
      const offsetAt = lineOffsets(text);
      const r = n.kind === 'turn' ? n.turn.textRange : n.range;
      quote = text.slice(offsetAt(r.startLine, r.startCharacter), offsetAt(r.endLine, r.endCharacter)).trim();
    }
    if (quote === undefined) return;
    await vscode.env.clipboard.writeText(quote);
    vscode.window.setStatusBarMessage(vscode.l10n.t('$(check) Quote copied'), 2000);
  }
}

/** Offsets of 0-based positions in a text. */
function lineOffsets(text: string): (line: number, character: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (line, character) => Math.min(text.length, (starts[line] ?? text.length) + character);
}
