import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { run } from './helpers';

const cli = join(import.meta.dirname, '..', '..', 'src', 'cli');

/** The project files a module imports statically (type-only imports and dynamic `import()` left out). */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of source.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+'(\.[^']+)'/gm)) {
    const target = resolve(dirname(file), m[1]!);
    found.push(target.endsWith('.json') ? target : `${target}.ts`);
  }
  return found;
}

/** Every project file loaded when `file` is, following static imports. */
function loadedWith(file: string): Set<string> {
  const seen = new Set<string>([file]);
  const todo = [file];
  while (todo.length) {
    for (const next of staticImports(todo.pop()!)) {
      if (seen.has(next) || next.endsWith('.json')) continue;
      seen.add(next);
      todo.push(next);
    }
  }
  return seen;
}

describe('command line: each command loaded when it runs', () => {
  it('starting the command line loads no reader, command or library code', () => {
    const loaded = [...loadedWith(join(cli, 'index.ts'))].map((f) => relative(cli, f)).sort();
    // Besides the dispatcher's own files (the standard output and the input read ahead among them), only the one-function guard that makes error messages safe to show.
    assert.deepEqual(loaded, ['../core/text/visible.ts', 'commandError.ts', 'index.ts', 'prefetch.ts', 'stdout.ts', 'version.ts']);
  });

  it('every command file is listed by the dispatcher, and every listed command has its file', () => {
    const files = readdirSync(join(cli, 'commands')).map((f) => f.replace(/\.ts$/, '')).filter((f) => f !== 'help').sort();
    const listed = [...readFileSync(join(cli, 'index.ts'), 'utf8').matchAll(/^\s+(\w+): \(\) => import\('\.\/commands\/(\w+)'\)/gm)].map((m) => {
      assert.equal(m[1], m[2], `the command ${m[1]} loads commands/${m[2]}.ts`);
      return m[1]!;
    });
    assert.deepEqual(listed.sort(), files);
  });

  it('a usage error prints the message, then the whole usage, and exits with 2', async () => {
    const { code, err } = await run('outline', 'a.txt', 'b.txt');
    assert.equal(code, 2);
    assert.match(err, /^transcript-annotator: outline: expected one file, got 2\nUsage: transcript-annotator <command> \[options\]\n/);
    assert.match(err, /\n {2}export <files or folders\.\.\.> --format/);
  });

  it('an unknown option of anchors names it, with the usage', async () => {
    const { code, err } = await run('anchors', 'x.txt', '--frob');
    assert.equal(code, 2);
    assert.match(err, /^transcript-annotator: anchors: unknown option --frob\nUsage:/);
  });

  it('a failure inside a command prints one line and exits with 1', async () => {
    const { code, err } = await run('validate', join(cli, 'no-such.annotations.yaml'));
    assert.equal(code, 1);
    assert.match(err, /no-such\.annotations\.yaml: no such file\n$/);
  });
});
