import { EXPORT_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import type { ExportCommand } from '../exportCommand';
import { asRequest } from './asRequest';

/** Export Annotations…: the workspace's, the current document's or the selected documents' tags. */
export class ExportAnnotationsCommand implements Command {
  readonly id = EXPORT_COMMAND;

  constructor(private readonly exporter: ExportCommand) {}

  execute(arg?: unknown, nodes?: unknown): unknown {
    return this.exporter.run(asRequest(arg, nodes));
  }
}
