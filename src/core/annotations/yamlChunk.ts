/**
 * The `yaml` parser as a chunk of its own (`dist/chunks/yaml.js`): the Node
 * extension bundle requires it the first time a sidecar or the codebook is read
 * or written (see `yamlOnDemand.ts`), so starting the editor parses none of it.
 */
export { isMap, isSeq, LineCounter, parseDocument, parse, stringify } from 'yaml';
