import { OPEN_TAG_SOURCE_COMMAND } from '../../commandIds';
import * as vscode from 'vscode';
import { webLink } from '../../core/text';
import type { Command } from '../../util/command';
import type { TaggingSession, TargetArgs } from './session';

/** Opens a tag's source address (the hover's Open Source link); only http and https addresses. */
export class OpenTagSourceCommand implements Command {
  readonly id = OPEN_TAG_SOURCE_COMMAND;

  constructor(private readonly session: TaggingSession) {}

  async execute(args?: TargetArgs): Promise<void> {
    const doc = this.session.documentFor(args?.uri);
    const entry = doc && this.session.store.loaded(doc.uri);
    const source = webLink(entry?.tags.find((t) => t.id === args?.id)?.source);
    if (source) await vscode.env.openExternal(vscode.Uri.parse(source, true));
  }
}
