import { NEXT_DIFFERENCE_COMMAND, PREVIOUS_DIFFERENCE_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import type { AnnotatorComparison } from '../compare';

/** Next and Previous Difference between the compared annotators. */
export class StepDifferenceCommand implements Command {
  constructor(
    readonly id: typeof NEXT_DIFFERENCE_COMMAND | typeof PREVIOUS_DIFFERENCE_COMMAND,
    private readonly comparison: AnnotatorComparison,
  ) {}

  execute(): unknown {
    return this.comparison.move(this.id === NEXT_DIFFERENCE_COMMAND ? 1 : -1);
  }
}
