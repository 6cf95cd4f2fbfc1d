import { COMPARE_ANNOTATORS_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import type { AnnotatorComparison } from '../compare';
import { urisOfNodes } from '../../util/uris';

/** Compare Annotators: the annotators' tags of a transcript side by side, differences marked. */
export class CompareAnnotatorsCommand implements Command {
  readonly id = COMPARE_ANNOTATORS_COMMAND;

  constructor(private readonly comparison: AnnotatorComparison) {}

  execute(item?: unknown): unknown {
    return this.comparison.compare(urisOfNodes(item, undefined)[0]);
  }
}
