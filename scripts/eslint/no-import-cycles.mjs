/**
 * A local ESLint rule: an import that leads, through relative imports, back to
 * the file it is written in is an error. Import loops are design errors (the
 * shared part belongs in a third module below both), and type-only imports
 * count too: they tie the two modules' designs together just the same.
 * Dynamic `import()` is not followed: it is how a heavy module is loaded late.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

/** The endings tried, in order, for an import written without one. */
const CANDIDATES = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '/index.ts', '/index.mjs', '/index.js'];

/** Static relative imports and re-exports in a module's text (comments taken out first). */
const IMPORT = /(?:^|[\n;}])\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]*|\.{1,2})['"]/g;

/** The file an import names, or undefined when none exists (a missing file is another rule's business). */
export function resolveImport(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier);
  for (const ending of CANDIDATES) {
    const path = base + ending;
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  return undefined;
}

/** The relative imports a module's text makes, as written. */
export function importsIn(text) {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  return [...code.matchAll(IMPORT)].map((m) => m[1]);
}

/** Each file's resolved imports, read once per file version during a lint run. */
const cache = new Map();

function importsOf(file) {
  let mtime;
  try {
    mtime = statSync(file).mtimeMs;
  } catch {
    // A file deleted during the run imports nothing.
    return [];
  }
  const hit = cache.get(file);
  if (hit && hit.mtime === mtime) return hit.imports;
  const imports = importsIn(readFileSync(file, 'utf8'))
    .map((s) => resolveImport(file, s))
    .filter((p) => p !== undefined);
  cache.set(file, { mtime, imports });
  return imports;
}

/** A shortest path of imports from `start` back to `target`, or undefined. */
function pathBack(start, target) {
  const previous = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift();
    for (const next of importsOf(file)) {
      if (next === target) {
        const path = [file];
        for (let at = previous.get(file); at !== undefined; at = previous.get(at)) path.unshift(at);
        return path;
      }
      if (!previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noImportCycles = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow imports that lead back to the importing module' },
    schema: [],
    messages: { cycle: 'Import loop: {{cycle}}. Move the shared part into a module below both.' },
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const root = context.cwd ?? process.cwd();
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = resolveImport(file, specifier);
      if (!target) return;
      const path = target === file ? [] : pathBack(target, file);
      if (!path) return;
      const cycle = [file, ...(target === file ? [] : path), file].map((p) => relative(root, p).split('\\').join('/')).join(' → ');
      context.report({ node: node.source, messageId: 'cycle', data: { cycle } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

/** The plugin, as `eslint.config.mjs` wires it: `local/no-import-cycles`. */
export default { meta: { name: 'local' }, rules: { 'no-import-cycles': noImportCycles } };
