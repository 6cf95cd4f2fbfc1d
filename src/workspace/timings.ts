/** The benchmark's and the tests' timings of a scan, recorded by a listener only where they are asked for. */
import type { Milestone, TranscriptDiscovery } from './discovery';

/** Times the view took, for the benchmark and the tests (ms since the extension host started). */
export interface WorkspaceTimings {
  listStarted?: number;
  /** When the file search returned. */
  filesFound?: number;
  firstDocuments?: number;
  listed?: number;
  indexed?: number;
}

/** The moments kept from the first scan only; the others are the latest scan's. */
const FIRST_ONLY: ReadonlySet<Milestone> = new Set(['listStarted', 'filesFound', 'firstDocuments']);

/** Records the moments of the workspace's scans into `timings` as they come. */
export function recordTimings(workspace: TranscriptDiscovery, timings: WorkspaceTimings): { dispose(): void } {
  return workspace.onDidReach((milestone) => {
    if (FIRST_ONLY.has(milestone) && timings[milestone] !== undefined) return;
    timings[milestone] = performance.now();
  });
}
