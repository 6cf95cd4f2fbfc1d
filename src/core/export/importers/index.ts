/**
 * The importers, one file each: a new format is a file here and a row below.
 * What an import does with what it read differs by format (a project makes
 * transcripts, a codebook categories, annotations tags), so each caller takes
 * its importer by name; the table lists what can be imported.
 */
import { qdcImporter } from './qdc';
import { qdpxImporter } from './qdpx';
import { w3cImporter } from './w3c';

export { dialogFilters, type Importer } from './importer';
export { qdcImporter, qdpxImporter, w3cImporter };

/** Every import format. */
export const IMPORTERS = [qdpxImporter, qdcImporter, w3cImporter] as const;
