import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { commands: Array<{ command: string }>; views: Record<string, Array<{ id: string }>>; keybindings: Array<{ command: string }>; menus: Record<string, Array<{ command: string }>> };
};

/** Every TypeScript file of the extension (not the core nor the command line, which have no commands). */
function sources(dir = join(root, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return ['core', 'cli'].includes(e.name) && dir === join(root, 'src') ? [] : sources(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** The command and view ids the sources name as constants: `X_COMMAND = '…'`, `X_VIEW = '…'` or `static readonly id = '…'`. */
function declaredIds(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of sources()) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:_COMMAND|_VIEW|readonly id) = '([^']+)'/g)) ids.set(m[1]!, relative(root, file));
  }
  return ids;
}

describe('command and view ids', () => {
  const declared = declaredIds();
  const contributed = manifest.contributes.commands.map((c) => c.command);

  it('every contributed command is declared as a constant beside its code', () => {
    const missing = contributed.filter((id) => !declared.has(id));
    assert.deepEqual(missing, [], `contributed but not declared as a constant: ${missing.join(', ')}`);
  });

  it('every declared public command is contributed, with a title for the palette', () => {
    const internal = (id: string) => id.startsWith('_') || id.startsWith('transcript._');
    const stray = [...declared.keys()].filter((id) => id.startsWith('transcript.') && !internal(id) && !contributed.includes(id) && !Object.values(manifest.contributes.views).flat().some((v) => v.id === id));
    assert.deepEqual(stray, [], `declared but not contributed: ${stray.join(', ')}`);
  });

  it('every view is declared as a constant', () => {
    for (const view of Object.values(manifest.contributes.views).flat()) assert.ok(declared.has(view.id), `${view.id} is not declared`);
  });

  it('keybindings and menus name only contributed commands', () => {
    const named = [...manifest.contributes.keybindings, ...Object.values(manifest.contributes.menus).flat()].map((x) => x.command);
    assert.deepEqual(named.filter((id) => !contributed.includes(id)), []);
  });

  it('no source file registers a command by a literal id', () => {
    const literal: string[] = [];
    for (const file of sources()) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/register(?:TextEditor)?Command\(\s*'([^']+)'/g)) literal.push(`${relative(root, file)}: ${m[1]}`);
    }
    assert.deepEqual(literal, []);
  });

  it('every command id is declared in src/commandIds.ts, a module that imports nothing', () => {
    const ids = join(root, 'src', 'commandIds.ts');
    const text = readFileSync(ids, 'utf8');
    assert.doesNotMatch(text, /^\s*(import|export \* from|export \{[^}]*\} from)/m);
    const elsewhere = sources()
      .filter((file) => file !== ids && /(?:_COMMAND = |readonly id = )'/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    assert.deepEqual(elsewhere, []);
  });

  it('no module reads a command id from a command class', () => {
    const read: string[] = [];
    for (const file of sources()) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\b[A-Z]\w*Command\.id\b/g)) read.push(`${relative(root, file)}: ${m[0]}`);
    }
    assert.deepEqual(read, []);
  });
});
