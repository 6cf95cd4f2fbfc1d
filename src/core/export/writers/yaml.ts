import { exportCounts } from '../exportData';
import { writeYaml } from '../yaml';
import { utf8, type ExportWriter } from './writer';

/** YAML: every document's metadata and tags in one file. */
export const yamlWriter: ExportWriter<'yaml'> = {
  id: 'yaml',
  label: 'YAML',
  description: "Every document's metadata and tags in one file",
  fileName: 'tags.yaml',
  filter: { name: 'YAML', extensions: ['yaml', 'yml'] },
  write: (corpus) => ({ bytes: utf8(writeYaml(corpus)), tags: exportCounts(corpus).tags, leftOut: 0 }),
};
