import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import local, { importsIn } from '../../scripts/eslint/no-import-cycles.mjs';
import { scratchFolder } from './scratch';

/** A folder of small modules, written for one test. */
function project(files: Record<string, string>): string {
  const dir = scratchFolder('import-cycles-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  folders.push(dir);
  return dir;
}
const folders: string[] = [];
after(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The rule's messages for one file of a project. */
function lint(dir: string, name: string, text: string): string[] {
  const linter = new Linter({ configType: 'flat', cwd: dir });
  const config = [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser as Linter.Parser }, plugins: { local }, rules: { 'local/no-import-cycles': 'error' as const } }];
  return linter.verify(text, config, { filename: join(dir, name) }).map((m) => m.message);
}

describe('the no-import-cycles lint rule', () => {
  it('fails on two modules that import each other', () => {
    const a = "import { b } from './b';\nexport const a = () => b;\n";
    const dir = project({ 'a.ts': a, 'b.ts': "import { a } from './a';\nexport const b = 1;\nexport const c = a;\n" });
    assert.deepEqual(lint(dir, 'a.ts', a), ['Import loop: a.ts → b.ts → a.ts. Move the shared part into a module below both.']);
  });

  it('fails on a longer loop, type-only imports included', () => {
    const a = "import type { C } from './c';\nexport type A = C;\n";
    const dir = project({ 'a.ts': a, 'b.ts': "import type { A } from './a';\nexport type B = A;\n", 'c.ts': "export type { B as C } from './b';\n" });
    assert.deepEqual(lint(dir, 'a.ts', a), ['Import loop: a.ts → c.ts → b.ts → a.ts. Move the shared part into a module below both.']);
  });

  it('passes when the shared part sits in a third module below both', () => {
    const a = "import { shared } from './shared';\nimport { b } from './b';\nexport const a = shared + b;\n";
    const dir = project({ 'a.ts': a, 'b.ts': "import { shared } from './shared';\nexport const b = shared;\n", 'shared.ts': 'export const shared = 1;\n' });
    assert.deepEqual(lint(dir, 'a.ts', a), []);
  });

  it('follows an import of a folder to its index', () => {
    const a = "import { b } from './lib';\nexport const a = b;\n";
    const dir = project({ 'a.ts': a, 'lib.ts': "export * from './b';\n", 'b.ts': "import { a } from './a';\nexport const b = 1;\nexport const c = a;\n" });
    assert.equal(lint(dir, 'a.ts', a).length, 1);
  });

  it('does not follow a dynamic import, which loads a module late on purpose', () => {
    const a = "export const a = 1;\nexport const load = () => import('./b');\n";
    const dir = project({ 'a.ts': a, 'b.ts': "import { a } from './a';\nexport const b = a;\n" });
    assert.deepEqual(lint(dir, 'a.ts', a), []);
  });

  it('reads imports written over several lines and ignores those in comments', () => {
    assert.deepEqual(importsIn("import {\n  x,\n  y,\n} from './x';\n// import { z } from './z';\n/* export * from './w'; */\nexport * from '../v';\n"), ['./x', '../v']);
  });
});
