import type { Tag } from '../../core/annotations';
import { TAG_REPEAT_COMMAND } from '../../commandIds';
import type { TranscriptModels } from '../../documents';
import type { SidecarStore } from '../../storage';
import type { Command } from '../../util/command';
import { tagRepeat, type TagRepeatArgs } from './repeatTargets';

/** Tags a repeat like the claim it repeats (Find Repeats' tag button, and tests). */
export class TagRepeatCommand implements Command {
  readonly id = TAG_REPEAT_COMMAND;

  constructor(
    private readonly models: TranscriptModels,
    private readonly store: SidecarStore,
  ) {}

  execute(args: TagRepeatArgs): Promise<Tag | undefined> {
    return tagRepeat(this.store, this.models, args);
  }
}
