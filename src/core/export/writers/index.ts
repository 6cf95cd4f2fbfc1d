/**
 * The export writers, one file each, in the order the format picker lists
 * them: a new format is a file here and a row below. The editor command and
 * the command line both write through `writeExport`.
 */
import type { ExportCorpus } from '../exportData';
import { claimReviewWriter } from './claimReview';
import { csvWriter } from './csv';
import { qdcWriter } from './qdc';
import { qdpxWriter } from './qdpx';
import { taguetteWriter } from './taguette';
import { w3cWriter } from './w3c';
import type { ExportWriter, WriteOptions, WrittenExport } from './writer';
import { yamlWriter } from './yaml';

export type { ExportWriter, WriteOptions, WrittenExport } from './writer';

/** Every export format. */
export const EXPORT_WRITERS = [csvWriter, yamlWriter, w3cWriter, qdpxWriter, qdcWriter, taguetteWriter, claimReviewWriter] as const;

/** The id of an export format. */
export type ExportFormatId = (typeof EXPORT_WRITERS)[number]['id'];

/** The writer of a format, by id. */
export function exportWriter(id: string): ExportWriter<ExportFormatId> | undefined {
  return EXPORT_WRITERS.find((w) => w.id === id);
}

/** Writes a corpus in a format. Throws RefiQdaError when a codebook has no category. */
export function writeExport(format: ExportFormatId, corpus: ExportCorpus, options: WriteOptions): WrittenExport {
  return exportWriter(format)!.write(corpus, options);
}
