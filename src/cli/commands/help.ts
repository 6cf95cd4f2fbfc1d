/** `help`: the whole usage, gathered from every command's own (loaded only for help and for usage errors). */
import { CONVERT_USAGE } from '../convert';
import { AGREEMENT_USAGE } from '../agreement';
import { EXPORT_USAGE } from '../export';
import { IMPORT_USAGE } from '../import';
import { MERGE_USAGE } from '../merge';
import { TAG_USAGE } from '../tag';
import { REPEATS_USAGE } from '../repeats';
import { SUGGEST_USAGE } from '../suggest';
import { REPORT_USAGE } from '../report';
import type { CommandOutput } from '../command';

/** The command line's usage, as `--help` prints it. */
export const USAGE = `Usage: transcript-annotator <command> [options]

Commands:
  outline <file> [--json]   Print a transcript's metadata, speakers, sections and turns;
                            a document (PDF, Word, XML, web page, speech service JSON)
                            gives each turn's place in the original (page:line).
                            With --json, print them as JSON (lines are 1-based).
  anchors <transcript> [--sidecar <file>] [--json] [--choose first|<tag id>=<n>,...]
                            Print every tag of the transcript with where it stands now:
                            1-based line/column range, code-point offsets and status
                            (anchored, moved, orphaned). The sidecar defaults to
                            <transcript>.annotations.yaml. --choose places ambiguous
                            tags and writes the sidecar: first (every duplicated
                            passage's first place) or a tag id and its place (from 1),
                            which places all the tags of that passage.
  validate <sidecar>        Check a sidecar; print each problem as file:line:column and
                            exit with 1 when there are errors.
${CONVERT_USAGE}${EXPORT_USAGE}${IMPORT_USAGE}${AGREEMENT_USAGE}${TAG_USAGE}${MERGE_USAGE}${SUGGEST_USAGE}${REPEATS_USAGE}${REPORT_USAGE}
Options:
  -h, --help                Show this help.
  -v, --version             Show the version.
`;

export async function run(_args: string[], out: CommandOutput): Promise<number> {
  out.write(USAGE);
  return 0;
}
