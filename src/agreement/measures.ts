/**
 * The agreement measures and report page, loaded the first time the user asks
 * for the agreement report: they are a chunk of their own
 * (src/core/agreement/chunk.ts).
 */
import { loadModule } from '../core/formats/documents/chunks';

/** What the chunk exports. */
export type Measures = typeof import('../core/agreement/chunk');

export function loadMeasures(): Promise<Measures> {
  return loadModule<Measures>('agreement');
}
