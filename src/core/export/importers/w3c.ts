import { readW3c } from '../importW3c';
import type { Importer } from './importer';

/** W3C Web Annotations (JSON-LD): each annotation on a transcript becomes a tag in its sidecar. */
export const w3cImporter: Importer<'w3c', typeof readW3c> = {
  id: 'w3c',
  label: 'W3C Web Annotations',
  filters: { 'JSON-LD': ['jsonld', 'json'] },
  read: readW3c,
};
