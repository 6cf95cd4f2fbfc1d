/**
 * The command line's one kind of expected failure, in a module of its own so
 * the dispatcher (`index.ts`) can recognise it without loading any command.
 */

/** A failure to report in one line, with the exit code to leave with. */
export class CommandError extends Error {
  /** `withUsage`: the command line's usage is printed after the message (the dispatcher loads it only then). */
  constructor(message: string, readonly code = 1, readonly withUsage = false) {
    super(message);
    this.name = 'CommandError';
  }
}

/**
 * True for a CommandError from any bundle: each command is built as a file of
 * its own with its own copy of the class, so `instanceof` cannot tell.
 */
export function isCommandError(e: unknown): e is CommandError {
  return e instanceof Error && e.name === 'CommandError' && typeof (e as CommandError).code === 'number';
}
