/**
 * Setting up git to merge sidecars with the command line's `merge`: the line
 * `.gitattributes` needs and the `[merge "transcript-annotations"]` section of
 * the repository's config, as text edits that leave everything else as it is.
 */

/** The merge driver's name in `.gitattributes` and the config. */
export const MERGE_DRIVER = 'transcript-annotations';
/** The `.gitattributes` line that sends every sidecar to the driver. */
export const GITATTRIBUTES_LINE = `*.annotations*.yaml merge=${MERGE_DRIVER}`;

/** `.gitattributes` with the driver's line added; undefined when it is already there. */
export function withGitAttributes(text: string | undefined): string | undefined {
  const current = text ?? '';
  if (current.split(/\r?\n/).some((l) => l.trim() === GITATTRIBUTES_LINE)) return undefined;
  const eol = current.includes('\r\n') ? '\r\n' : '\n';
  return `${current}${current === '' || current.endsWith('\n') ? '' : eol}${GITATTRIBUTES_LINE}${eol}`;
}

/** A value as git's config file reads it back: in double quotes, with `\` and `"` escaped. */
export function gitConfigValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The driver's config section, with `command` run as `<command> merge %O %A %B %P`. */
export function mergeDriverSection(command: string): string {
  return `[merge "${MERGE_DRIVER}"]\n\tname = Transcript Annotator: merge tag sidecars by tag id\n\tdriver = ${gitConfigValue(`${command} merge %O %A %B %P`)}\n`;
}

/** A repository's config with the driver's section set (an older one replaced); the rest kept as it was. */
export function withMergeDriver(config: string, command: string): string {
  const lines = config.split('\n');
  const out: string[] = [];
  let skipping = false;
  const header = new RegExp(`^\\s*\\[merge\\s+"${MERGE_DRIVER}"\\]\\s*$`);
  for (const line of lines) {
    if (/^\s*\[/.test(line)) skipping = header.test(line);
    if (!skipping) out.push(line);
  }
  let text = out.join('\n');
  if (text !== '' && !text.endsWith('\n')) text += '\n';
  return text + mergeDriverSection(command);
}

/** The git folder a `.git` file points to (`gitdir: …`, as in worktrees and submodules); undefined when it is not such a file. */
export function gitDirFromFile(text: string): string | undefined {
  const m = /^gitdir:\s*(.+?)\s*$/m.exec(text);
  return m?.[1];
}
