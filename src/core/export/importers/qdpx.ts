import { readQdpx } from '../importQdpx';
import type { Importer } from './importer';

/** A REFI-QDA project (.qdpx): its plain-text sources become transcripts, its codings tags, its codes categories. */
export const qdpxImporter: Importer<'qdpx', typeof readQdpx> = {
  id: 'qdpx',
  label: 'REFI-QDA Project',
  filters: { 'REFI-QDA project': ['qdpx'] },
  read: readQdpx,
};
