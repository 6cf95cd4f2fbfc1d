import { EXPORT_DOCUMENTS_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import type { ExportCommand } from '../exportCommand';
import { asRequest } from './asRequest';

/** Export this Document's Tags: the Transcripts view's clicked or selected documents. */
export class ExportDocumentAnnotationsCommand implements Command {
  readonly id = EXPORT_DOCUMENTS_COMMAND;

  constructor(private readonly exporter: ExportCommand) {}

  execute(arg?: unknown, nodes?: unknown): unknown {
    const request = asRequest(arg, nodes) ?? { scope: 'selected' as const };
    return this.exporter.run({ scope: 'selected', ...request });
  }
}
