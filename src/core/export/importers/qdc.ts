import { readQdc } from '../importQdc';
import type { Importer } from './importer';

/** A REFI-QDA codebook (.qdc, or a project document's codebook): its codes join the categories. */
export const qdcImporter: Importer<'qdc', typeof readQdc> = {
  id: 'qdc',
  label: 'REFI-QDA Codebook',
  filters: { 'REFI-QDA codebook': ['qdc'], 'REFI-QDA project document': ['qde'] },
  read: readQdc,
};
