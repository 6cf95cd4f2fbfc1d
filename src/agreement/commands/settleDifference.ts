import { SETTLE_DIFFERENCE_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import type { AnnotatorComparison, SettleRequest } from '../compare';

/** Settle Difference: one annotator's version (or none) into the agreed set. */
export class SettleDifferenceCommand implements Command {
  readonly id = SETTLE_DIFFERENCE_COMMAND;

  constructor(private readonly comparison: AnnotatorComparison) {}

  execute(request?: SettleRequest): unknown {
    return this.comparison.settle(request ?? {});
  }
}
