/**
 * The export writers and importers, loaded the first time the user exports or
 * imports: they are a chunk of their own (src/core/export/chunk.ts). A chunk
 * has its own copies of its error classes, so errors are told by the classes
 * the loaded chunk gives, never by the main bundle's.
 */
import { loadModule } from '../core/formats/documents/chunks';

/** What the chunk exports. */
export type Exchange = typeof import('../core/export/chunk');

export function loadExchange(): Promise<Exchange> {
  return loadModule<Exchange>('export');
}
