import { OPEN_TO_SIDE_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import { locationOf, type AnyNode } from '../nodes';
import { revealRange, target, type ViewsContext } from './shared';

/** Open to the Side: a node's place, beside the active editor. */
export class OpenToSideCommand implements Command {
  readonly id = OPEN_TO_SIDE_COMMAND;

  constructor(private readonly v: ViewsContext) {}

  async execute(node?: AnyNode): Promise<void> {
    const at = locationOf(target(node, this.v.views));
    if (at) await revealRange(at.uri, at.range, { side: true });
  }
}
