/** pdf.js's worker module ships without types: the reader needs only its message handler, to hand it to pdf.js. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
