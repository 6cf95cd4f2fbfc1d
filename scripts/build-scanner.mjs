// Compiles the WebAssembly word scanner, src/core/claims/scanner.wat, to
// src/core/claims/scannerWasm.ts (its bytes in base64, so every bundle
// carries it with no file to load). Run after changing scanner.wat:
//   node scripts/build-scanner.mjs
// It needs the `wabt` package, a development dependency (the unit tests check the shipped bytes against the source).
import { Buffer } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const watFile = fileURLToPath(new URL('../src/core/claims/scanner.wat', import.meta.url));
const outFile = fileURLToPath(new URL('../src/core/claims/scannerWasm.ts', import.meta.url));

let wabtInit;
try {
  wabtInit = (await import('wabt')).default;
} catch (e) {
  console.error(`build-scanner: the wabt package is needed to compile ${watFile}: ${e.message}`);
  process.exit(1);
}
const wabt = await wabtInit();
const module = wabt.parseWat('scanner.wat', readFileSync(watFile, 'utf8'));
module.validate();
const { buffer } = module.toBinary({});
const base64 = Buffer.from(buffer).toString('base64');
writeFileSync(outFile, `/** The word scanner in WebAssembly (scanner.wat), ${buffer.length} bytes: written by scripts/build-scanner.mjs, not by hand. */\nexport const SCANNER_WASM = '${base64}';\n`);
console.log(`build-scanner: ${buffer.length} bytes written to ${outFile}`);
