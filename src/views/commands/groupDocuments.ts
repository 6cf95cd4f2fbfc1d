import { GROUP_DOCUMENTS_COMMAND, UNGROUP_DOCUMENTS_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import { writeSetting } from './shared';

/** Group by Folder and its undoing: the `transcript.documents.groupByFolder` setting. */
export class GroupDocumentsCommand implements Command {
  constructor(
    readonly id: typeof GROUP_DOCUMENTS_COMMAND | typeof UNGROUP_DOCUMENTS_COMMAND,
    private readonly grouped: boolean,
  ) {}

  execute(): Thenable<void> {
    return writeSetting('transcript.documents', 'groupByFolder', this.grouped);
  }
}

/** Group by Folder, and Show as List. */
export const groupDocumentsCommands = [new GroupDocumentsCommand(GROUP_DOCUMENTS_COMMAND, true), new GroupDocumentsCommand(UNGROUP_DOCUMENTS_COMMAND, false)];
