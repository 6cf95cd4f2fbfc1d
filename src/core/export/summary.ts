/** The words said after an export, the same in the editor and on the command line. */
import { showInvisible } from '../text/visible';
import type { ExportWriter, WrittenExport } from './writers';
import { exportCounts, plural, type ExportCorpus, type ExportProblem } from './exportData';

/** `file:line: message`, as editors and terminals link it. */
export function formatProblem(p: ExportProblem): string {
  // The file's name comes from the disk: characters that reorder or hide text are shown.
  return `${showInvisible(p.file)}${p.line ? `:${p.line}` : ''}: ${p.severity}: ${p.message}`;
}

/** One sentence: what went where, and what was left out. */
export function exportSummary(format: ExportWriter, corpus: ExportCorpus, written: WrittenExport, destination: string, problems: readonly ExportProblem[]): string {
  const counts = exportCounts(corpus);
  const what = format.id === 'qdc' || format.id === 'taguette' ? plural(corpus.categories.length, 'category', 'categories') : plural(written.tags, 'tag');
  const parts = [`Exported ${what} from ${plural(counts.documents, 'document')} to ${showInvisible(destination)} as ${format.label}.`];
  if (counts.orphansSkipped) parts.push(`${plural(counts.orphansSkipped, 'orphaned tag')} skipped (their words are no longer in the text).`);
  if (counts.orphansIncluded && format.id !== 'qdc' && format.id !== 'taguette' && format.id !== 'qdpx') parts.push(`${plural(counts.orphansIncluded, 'orphaned tag')} included, without a position.`);
  if (written.leftOut && written.leftOutReason) parts.push(`${plural(written.leftOut, 'tag')} left out: ${written.leftOutReason}.`);
  if (written.advice) parts.push(written.advice);
  const keptOut = problems.filter((p) => p.keptOut).length;
  const errors = problems.filter((p) => p.severity === 'error' && !p.keptOut).length;
  const warnings = problems.length - keptOut - errors;
  if (keptOut) parts.push(`${plural(keptOut, 'problem')} kept tags out of the export.`);
  if (errors) parts.push(`${plural(errors, 'problem')} to fix, none of which left a tag out.`);
  if (warnings) parts.push(`${plural(warnings, 'warning')}.`);
  return parts.join(' ');
}
