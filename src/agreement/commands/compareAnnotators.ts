import { COMPARE_ANNOTATORS_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import type { AuthorPrompt } from '../authorPrompt';
import type { AnnotatorComparison } from '../compare';
import { urisOfNodes } from '../../util/uris';

/** Compare Annotators: the annotators' tags of a transcript side by side, differences marked. */
export class CompareAnnotatorsCommand implements Command {
  readonly id = COMPARE_ANNOTATORS_COMMAND;

  constructor(
    private readonly comparison: AnnotatorComparison,
    private readonly prompt: AuthorPrompt,
  ) {}

  async execute(item?: unknown): Promise<unknown> {
    const authorPrompt = await this.prompt.offer();
    const outcome = await this.comparison.compare(urisOfNodes(item, undefined)[0]);
    return outcome && { ...outcome, authorPrompt };
  }
}
