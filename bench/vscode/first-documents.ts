/**
 * Runs inside VS Code (web worker or Node extension host) on a workspace of
 * generated transcripts, loaded as the extension's tests by bench/tree-vscode.mjs:
 * opens the Transcripts view and reports when the first documents were shown,
 * when the list was complete and when the background index was done, in ms
 * since the extension host started.
 */
import * as vscode from 'vscode';
import type { TranscriptApi } from '../../src/extension';

export async function run(): Promise<void> {
  const testsStarted = performance.now();
  const extension = vscode.extensions.getExtension('transcript-annotator.transcript-annotator');
  if (!extension) throw new Error('The extension is not loaded.');
  const { views, workspace: corpus, timings } = (await extension.activate()) as TranscriptApi;
  const viewOpened = performance.now();
  // The bench's own process reads every process's CPU time at these two lines (bench/tree-vscode.mjs).
  console.log('[tree-mark] open');
  // The extension host's CPU time from the view's opening to the complete list, where the host can tell it (Node):
  // a figure that the machine's other load changes less than the wall-clock times.
  const cpu = () => (typeof process !== 'undefined' && typeof process.cpuUsage === 'function' ? process.cpuUsage() : undefined);
  const cpuAtOpen = cpu();
  let listingCpu: number | undefined;
  const listedListener = corpus.onDidReach((milestone) => {
    const now = cpu();
    if (milestone === 'listed') console.log('[tree-mark] listed');
    if (milestone === 'listed' && now && cpuAtOpen) listingCpu = (now.user - cpuAtOpen.user + now.system - cpuAtOpen.system) / 1000;
  });
  /** How many times the whole list was redrawn before it was complete: each redraw sends every document's item. */
  let listRedraws = 0;
  const redrawListener = views.documents.onDidChangeTreeData((node) => {
    if (!node && timings.listed === undefined) listRedraws++;
  });
  await vscode.commands.executeCommand('workbench.view.extension.transcripts');
  const { documents } = views;
  // The view asks for its documents itself once it is visible: wait for the first ones it shows.
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('No documents were shown within 240 s.')), 240_000);
    const check = () => {
      if (timings.firstDocuments !== undefined) {
        clearTimeout(timer);
        listener.dispose();
        resolve();
      }
    };
    const listener = documents.onDidChangeTreeData(() => setTimeout(check, 0));
    check();
  });
  // While the list and the background index are built, how long the extension host goes without a turn:
  // a timer due every 10 ms that comes late means typing's handlers (highlighting, suggestions) wait as long.
  const pauses: number[] = [];
  /** The longest pause while the list was still being built, and while only the index was. */
  let longestListing = 0;
  let longestIndexing = 0;
  let indexing = true;
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    const pause = now - last - 10;
    pauses.push(pause);
    if (timings.listed === undefined || timings.listed > last) longestListing = Math.max(longestListing, pause);
    else longestIndexing = Math.max(longestIndexing, pause);
    last = now;
    if (indexing) setTimeout(tick, 10);
  };
  setTimeout(tick, 10);
  await corpus.ensureListed();
  listedListener.dispose();
  redrawListener.dispose();
  await corpus.whenIndexed();
  indexing = false;
  pauses.sort((a, b) => a - b);
  const t = timings;
  const result = {
    documents: corpus.documents().length,
    testsStarted,
    viewOpened,
    filesFound: t.filesFound,
    firstDocuments: t.firstDocuments,
    listed: t.listed,
    indexed: t.indexed,
    /** The longest the extension host went without a turn while listing and indexing, and the 99th percentile. */
    longestPause: pauses[pauses.length - 1] ?? 0,
    pause99: pauses[Math.floor(pauses.length * 0.99)] ?? 0,
    longestListing,
    longestIndexing,
    /** The extension host's CPU time (user and system) from the view's opening to the complete list; Node host only. */
    listingCpu,
    listRedraws,
  };
  console.log(`[tree-bench] ${JSON.stringify(result)}`);
  console.log(`[integration] result ${JSON.stringify({ passed: 1, failed: 0 })}`);
}
