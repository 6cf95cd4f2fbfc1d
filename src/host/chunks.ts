/**
 * Where the editor finds the document readers' chunks. The Node extension
 * host imports them from beside its bundle (the core's default). The browser
 * extension host runs in a web worker whose bundle was fetched and run as a
 * function, with no module loader and no address of its own: its chunks are
 * built as CommonJS and loaded the same way VS Code loads the extension
 * itself, fetched from the extension's address and run as a function.
 */
import * as vscode from 'vscode';
import type * as Yaml from 'yaml';
import { provideYaml } from '../core/annotations/yamlOnDemand';
import { loadModule, setChunkLoader } from '../core/formats/documents/chunks';
import { hostFiles } from '../documents/hostFiles';

/**
 * Sets where chunks come from; in the browser, also fetches the YAML parser's
 * chunk, which sidecars and the codebook are read with (synchronously, once
 * their bytes are in), so the caller awaits this before anything reads one.
 */
export async function register(context: vscode.ExtensionContext): Promise<void> {
  if (!WEB_BUILD) return;
  const base = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'chunks');
  setChunkLoader(async (name) => {
    const uri = vscode.Uri.joinPath(base, `${name}.js`);
    const address = uri.toString(true);
    return runCommonJs(await fetchText(uri), address);
  });
  provideYaml(await loadModule<typeof Yaml>('yaml'));
}

/** A chunk's text: by `fetch` from a web address, through the file system API from any other. */
async function fetchText(uri: vscode.Uri): Promise<string> {
  if (uri.scheme === 'http' || uri.scheme === 'https') {
    const response = await fetch(uri.toString(true));
    if (!response.ok) throw new Error(`cannot load the extension's file ${uri.toString(true)}: HTTP ${response.status}`);
    return response.text();
  }
  return new TextDecoder().decode(await hostFiles.readBytes(uri));
}

/** Runs a CommonJS bundle (no `require` of its own: everything is bundled) and returns its exports. */
function runCommonJs(code: string, address: string): object {
  const module = { exports: {} as { default?: object } };
  // The sourceURL names the chunk in stack traces and the debugger; a bundle built by this extension, run as VS Code runs web extensions.
  const body = `${code}\n//# sourceURL=${address}`;
  const run = new Function('module', 'exports', body) as (m: typeof module, e: unknown) => void;
  run(module, module.exports);
  const exported = module.exports;
  return exported.default ?? exported;
}
