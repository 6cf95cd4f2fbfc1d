/**
 * The report's documents from the Transcripts view's index: each one's
 * outline and tags as the index holds them (parsed once per version), so a
 * report over an indexed workspace reads no file.
 */
import type * as vscode from 'vscode';
import { documentTitle } from '../core/workspace/documents';
import type { ReportDocument, ReportTag } from '../core/report/model';
import { reportTags } from '../core/report/fromTags';
import { annotatorSlug } from '../core/annotations/sidecarPaths';
import { readAnnotated } from '../agreement/annotatorSidecars';
import { logError } from '../util/log';
import type { TranscriptWorkspace } from '../workspace';

/** The documents of the workspace, or those given; documents that cannot be read are named in `skipped`. */
export async function reportDocuments(workspace: TranscriptWorkspace, uris?: readonly vscode.Uri[]): Promise<{ documents: ReportDocument[]; skipped: string[] }> {
  await workspace.ensureListed();
  const wanted = uris?.length ? new Set(uris.map((u) => u.toString())) : undefined;
  const entries = workspace.documents().filter((d) => !wanted || wanted.has(d.key));
  const skipped: string[] = [];
  const read = await Promise.all(
    entries.map(async (d): Promise<ReportDocument | undefined> => {
      const outline = d.summary.unreadable ? undefined : await workspace.outline(d.key);
      if (!outline) {
        skipped.push(d.path);
        return undefined;
      }
      const tags = await workspace.tagsOf(d.key);
      const date = outline.date ?? d.summary.date;
      return { key: d.key, title: documentTitle(d), path: d.path, ...(date ? { date } : {}), outline, tags };
    }),
  );
  return { documents: read.filter((d): d is ReportDocument => !!d), skipped };
}

/** The `author` of the report's filter that stands for the agreed set (`<file>.annotations.@agreed.yaml`). */
export const AGREED = '@agreed';

/**
 * One set of tags of a transcript instead of its shared sidecar's: the agreed
 * set, or an annotator's tags (their own sidecar's and the shared tags they
 * authored), read as agreement reads them.
 */
export async function tagsOfSet(uri: vscode.Uri, whose: string): Promise<ReportTag[]> {
  const { text, annotated } = await readAnnotated(uri);
  for (const p of annotated.problems) logError(`A sidecar's tags were left out of the corpus report: ${p.message}`, p.file, new Error(`line ${p.line}`));
  if (whose === AGREED) return reportTags(text, annotated.agreed?.tags ?? []);
  const slug = annotatorSlug(whose);
  const set = annotated.sets.find((s) => s.key === slug);
  return reportTags(text, (set?.tags ?? []).flatMap((t) => (t.record ? [t.record] : [])));
}
