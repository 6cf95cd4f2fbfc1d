/** The tagging commands, one per file; each also takes its choices as an argument, so that keybindings and scripts can skip the questions. */
import type * as vscode from 'vscode';
import { NEXT_TAG_COMMAND, PREVIOUS_TAG_COMMAND } from '../../commandIds';
import { registerCommands } from '../../util/command';
import { ChooseTagPlacesCommand } from './chooseTagPlaces';
import { EditTagCommand } from './editTag';
import { FitTagCommand } from './fitTag';
import { OpenTagSourceCommand } from './openTagSource';
import { RemoveTagCommand } from './removeTag';
import { RestoreTagCommand } from './restoreTag';
import type { TaggingSession } from './session';
import { SetAsideSidecarCommand } from './setAsideSidecar';
import { StepTagCommand } from './stepTag';
import { TagAgainCommand } from './tagAgain';
import { TagClaimCommand } from './tagClaim';

export { TaggingSession, type TargetArgs } from './session';

export function registerTaggingCommands(context: vscode.ExtensionContext, session: TaggingSession): void {
  registerCommands(context, [
    new TagClaimCommand(session),
    new TagAgainCommand(session),
    new EditTagCommand(session),
    new RemoveTagCommand(session),
    new RestoreTagCommand(session),
    new FitTagCommand(session),
    new StepTagCommand(NEXT_TAG_COMMAND, session),
    new StepTagCommand(PREVIOUS_TAG_COMMAND, session),
    new SetAsideSidecarCommand(session),
    new OpenTagSourceCommand(session),
    new ChooseTagPlacesCommand(session),
  ]);
  session.register(context);
}
