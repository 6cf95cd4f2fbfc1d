/**
 * The export writers and the importers of other tools' files, as one chunk:
 * the editor loads it when the user exports or imports (src/export/exchange.ts),
 * so the bundle that starts the editor does not carry them.
 */
export { EXPORT_WRITERS, exportWriter, writeExport } from './writers';
export { RefiQdaError } from './refiQda';
export { dialogFilters, qdcImporter, qdpxImporter, w3cImporter } from './importers';
export { codebookAfterImport, ProjectImportError } from './importQdpx';
export { codebookYaml, CodebookImportError } from './importQdc';
export { AnnotationImportError, mergeIntoSidecar, SidecarLockedError } from './importW3c';
