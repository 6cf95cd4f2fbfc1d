/**
 * pdf.js, loaded for the PDF chunk and run in the calling thread: its worker
 * module is imported here and handed to pdf.js as `globalThis.pdfjsWorker`,
 * so pdf.js uses a "fake worker" and needs no worker file, no DOM and no Node
 * built-in (the chunk runs in Node and in VS Code for the Web's web worker).
 * The legacy build is used because the modern one needs Node 22's built-ins.
 */

/** The part of pdf.js's API the reader uses. */
export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js warns while it loads in Node that it cannot find `@napi-rs/canvas`
 * to polyfill `DOMMatrix`, `ImageData` and `Path2D`: those draw pages, which
 * this reader never does, so those warnings (only those) are not passed on.
 */
const RENDERING_WARNING = /Cannot (?:load "@napi-rs\/canvas"|access the `require` function|polyfill `(?:DOMMatrix|ImageData|Path2D)`)/;

/** pdf.js with its worker in this thread, loaded once. */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (!RENDERING_WARNING.test(String(args[0]))) warn(...args);
    };
    const stand = installMatrixStandIn();
    const restoreNavigator = openNavigator();
    try {
      const [api, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = { WorkerMessageHandler: worker.WorkerMessageHandler };
      return api;
    } finally {
      console.warn = warn;
      if (stand) delete (globalThis as { DOMMatrix?: unknown }).DOMMatrix;
      restoreNavigator?.();
    }
  })();
  return loading;
}

/**
 * pdf.js gives Node a `navigator` when it has none with a `language`. VS
 * Code's Node extension host has one with a getter only (it returns nothing,
 * so that extensions do not take Node for a browser), and the assignment
 * throws. While pdf.js loads, `navigator` is a plain property; afterwards the
 * host's getter is put back, so other extensions see what they saw. Returns
 * how to put it back, or undefined when nothing was changed.
 */
function openNavigator(): (() => void) | undefined {
  const held = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
  if (!held?.get || held.set || !held.configurable) return undefined;
  Object.defineProperty(globalThis, 'navigator', { value: undefined, writable: true, configurable: true, enumerable: held.enumerable ?? false });
  return () => Object.defineProperty(globalThis, 'navigator', held);
}

/**
 * pdf.js builds one `DOMMatrix` when it loads (a constant for drawing).
 * Browsers and their workers have the class; Node has not, and pdf.js would
 * take it from `@napi-rs/canvas`, a native package the extension does not
 * ship. Extracting text never draws, so an identity matrix stands in while
 * pdf.js loads; true when it was installed (and is to be removed after).
 */
function installMatrixStandIn(): boolean {
  const g = globalThis as { DOMMatrix?: unknown };
  if (g.DOMMatrix !== undefined) return false;
  g.DOMMatrix = class DrawingMatrixStandIn {
    a = 1;
    b = 0;
    c = 0;
    d = 1;
    e = 0;
    f = 0;
  };
  return true;
}
