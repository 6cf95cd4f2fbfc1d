/**
 * What the Node extension bundle has in place of the `yaml` package (the
 * build's `yaml-on-demand` plugin points `yaml` here): the same functions,
 * each requiring the parser's chunk (`yamlChunk.ts`) the first time one is
 * called. Requiring is synchronous in Node, so sidecar reading keeps its
 * synchronous API; the web bundle, where loading is asynchronous, keeps the
 * parser inline. Only what the bundle's code uses is here.
 */
import type * as Yaml from 'yaml';

let lib: typeof Yaml | undefined;

/** The parser, required beside the bundle (`dist/chunks/yaml.js`) once. */
function yaml(): typeof Yaml {
  // The path is built at run time so the bundler leaves the require alone.
  const path = (typeof CHUNKS_FOLDER === 'string' ? CHUNKS_FOLDER : './chunks/') + 'yaml.js';
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous load is the point: sidecars are read synchronously.
  return (lib ??= require(path) as typeof Yaml);
}

/** The package's function of that name, called through the chunk. */
function forward<K extends 'parseDocument' | 'parse' | 'stringify' | 'isMap' | 'isSeq'>(name: K): (typeof Yaml)[K] {
  return ((...args: unknown[]) => (yaml()[name] as (...a: unknown[]) => unknown)(...args)) as unknown as (typeof Yaml)[K];
}

export const parseDocument = forward('parseDocument');
export const parse = forward('parse');
export const stringify = forward('stringify');
export const isMap = forward('isMap');
export const isSeq = forward('isSeq');

/** Constructed with `new`: an object a constructor returns is what `new` gives. */
export const LineCounter = function LineCounter(): Yaml.LineCounter {
  return new (yaml().LineCounter)();
} as unknown as typeof Yaml.LineCounter;
