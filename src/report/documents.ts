/**
 * The report's documents from the Transcripts view's index: each one's
 * outline and tags as the index holds them (parsed once per version), so a
 * report over an indexed workspace reads no file.
 */
import type * as vscode from 'vscode';
import { documentTitle } from '../core/workspace/documents';
import type { ReportDocument } from '../core/report/model';
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
