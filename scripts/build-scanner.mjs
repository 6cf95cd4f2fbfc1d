// Compiles the project's WebAssembly scanners to TypeScript modules holding
// their bytes in base64 (so every bundle carries them with no file to load):
// the word scanner, src/core/claims/scanner.wat, to scannerWasm.ts, and the
// line scanner, src/core/text/lineScanner.wat, to lineScannerWasm.ts.
// Run after changing a .wat file:
//   node scripts/build-scanner.mjs
// It needs the `wabt` package, a development dependency (the unit tests check the shipped bytes against the sources).
import { Buffer } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Each scanner: its source, the module written, the constant's name and what it is. */
const SCANNERS = [
  { wat: 'src/core/claims/scanner.wat', out: 'src/core/claims/scannerWasm.ts', name: 'SCANNER_WASM', what: 'The word scanner in WebAssembly (scanner.wat)' },
  { wat: 'src/core/text/lineScanner.wat', out: 'src/core/text/lineScannerWasm.ts', name: 'LINE_SCANNER_WASM', what: 'The line scanner in WebAssembly (lineScanner.wat)' },
];

let wabtInit;
try {
  wabtInit = (await import('wabt')).default;
} catch (e) {
  console.error(`build-scanner: the wabt package is needed to compile ${SCANNERS.map((s) => s.wat).join(' and ')}: ${e.message}`);
  process.exit(1);
}
const wabt = await wabtInit();
for (const s of SCANNERS) {
  const watFile = fileURLToPath(new URL(`../${s.wat}`, import.meta.url));
  const outFile = fileURLToPath(new URL(`../${s.out}`, import.meta.url));
  const module = wabt.parseWat(s.wat.split('/').pop(), readFileSync(watFile, 'utf8'));
  module.validate();
  const { buffer } = module.toBinary({});
  const base64 = Buffer.from(buffer).toString('base64');
  writeFileSync(outFile, `/** ${s.what}, ${buffer.length} bytes: written by scripts/build-scanner.mjs, not by hand. */\nexport const ${s.name} = '${base64}';\n`);
  console.log(`build-scanner: ${buffer.length} bytes written to ${outFile}`);
}
