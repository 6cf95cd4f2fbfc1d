/**
 * What the extension bundles have in place of the `yaml` package (the build's
 * `yaml-on-demand` plugin points `yaml` here): the same functions, each
 * calling the parser's chunk (`yamlChunk.ts`). The Node bundle requires the
 * chunk the first time one is called; requiring is synchronous, so sidecar
 * reading keeps its synchronous API. In the web worker, where loading is
 * asynchronous, the extension fetches the chunk when it starts, before any
 * sidecar or codebook is read, and hands it over (`provideYaml`). Only what
 * the bundles' code uses is here.
 */
import type * as Yaml from 'yaml';

let lib: typeof Yaml | undefined;

/** Gives the parser loaded by the host (the web worker fetches its chunk when the extension starts). */
export function provideYaml(loaded: typeof Yaml): void {
  lib = loaded;
}

/** The parser: the one provided, or required beside the bundle (`dist/chunks/yaml.js`) once. */
function yaml(): typeof Yaml {
  if (lib) return lib;
  if (WEB_BUILD) throw new Error('the YAML parser is not loaded: the extension fetches it when it starts (dist/web/chunks/yaml.js)');
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
