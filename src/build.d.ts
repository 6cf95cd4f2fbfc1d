/** True in the build the tests and benchmarks run (`npm run build`), false in the published one (`--production`): set by esbuild's `define`. */
declare const TEST_BUILD: boolean;
/** True in the browser bundle (VS Code for the Web), false in the Node bundle; set by esbuild's `define`. */
declare const WEB_BUILD: boolean;
/** Where the document readers' chunks are, relative to the bundle: set by esbuild's `define` for the command line's commands, one folder down; `./chunks/` where unset. */
declare const CHUNKS_FOLDER: string | undefined;
