/**
 * The export writers, the importers of other tools' files, the gathering of a
 * corpus and the summary said after an export, as one chunk: the editor loads it when the user exports or imports (src/export/exchange.ts),
 * so the bundle that starts the editor does not carry them.
 */
export { EXPORT_WRITERS, exportWriter, writeExport } from './writers';
export { RefiQdaError } from './refiQda';
export { dialogFilters, qdcImporter, qdpxImporter, w3cImporter } from './importers';
export { accountText, codebookAfterImport, ProjectImportError } from './importQdpx';
export { casesAfterImport, CASES_PATH, notesAfterImport, PROJECT_NOTES_PATH } from './refiProjectFiles';
export { codebookYaml, CodebookImportError, mergedCategories } from './importQdc';
export { AnnotationImportError, mergeIntoSidecar, SidecarLockedError } from './importW3c';
export { exportCategoriesOf, gatherCorpus } from './gather';
export { exportSummary } from './summary';
