/**
 * The file seam's contract: the command line's host (over `node:fs`) and the
 * tests' host (in memory) behave alike, so what is tested over one holds over
 * the other; the editor's host (over `vscode.workspace.fs`) is held to the same
 * contract by the integration tests.
 */
import assert from 'node:assert/strict';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { nodeFiles } from '../../src/cli/nodeFiles';
import { isText, readTextAt, type FileHost } from '../../src/core/files/fileHost';
import { MemoryFiles } from './memoryFiles';
import { scratchFolder } from './scratch';

const scratch = scratchFolder('file-host-');
after(() => rmSync(scratch, { recursive: true, force: true }));

const hosts: { name: string; host: FileHost<string>; root: string }[] = [
  { name: 'node', host: nodeFiles, root: scratch },
  { name: 'memory', host: new MemoryFiles(), root: '/work' },
];

for (const { name, host, root } of hosts) {
  describe(`the ${name} host keeps the file seam's contract`, () => {
    const at = (...names: string[]) => names.reduce((folder, part) => host.child(folder, part), root);

    it('says nothing is at an address that was never written', async () => {
      assert.equal(await host.stat(at('absent.txt')), undefined);
      await assert.rejects(host.readBytes(at('absent.txt')), (e) => host.isMissing(e));
    });

    it('writes a file whole, with the folders it goes in, and reads it back', async () => {
      const file = at('briefings', 'day-one.txt');
      await host.writeAtomically(file, 'Q: Is it true?\nA: It is.\n');
      const info = await host.stat(file);
      assert.equal(info?.kind, 'file');
      assert.equal(info?.size, 'Q: Is it true?\nA: It is.\n'.length);
      assert.equal(new TextDecoder().decode(await host.readBytes(file)), 'Q: Is it true?\nA: It is.\n');
      assert.equal((await host.stat(at('briefings')))?.kind, 'folder');
    });

    it('replaces a file whole and leaves no temporary file beside it', async () => {
      const file = at('replaced.txt');
      await host.writeAtomically(file, 'first');
      await host.writeAtomically(file, new TextEncoder().encode('second'));
      assert.equal(new TextDecoder().decode(await host.readBytes(file)), 'second');
      assert.deepEqual((await host.list(root)).filter((e) => e.name.includes('replaced')).map((e) => e.name), ['replaced.txt']);
    });

    it('lists a folder with the kind of each entry', async () => {
      await host.writeAtomically(at('listed', 'a.txt'), 'a');
      await host.makeFolder(at('listed', 'inner'));
      const entries = (await host.list(at('listed'))).sort((x, y) => x.name.localeCompare(y.name));
      assert.deepEqual(entries, [
        { name: 'a.txt', kind: 'file' },
        { name: 'inner', kind: 'folder' },
      ]);
    });

    it('renames without overwriting unless asked to', async () => {
      await host.writeAtomically(at('from.txt'), 'moved');
      await host.writeAtomically(at('taken.txt'), 'kept');
      await assert.rejects(host.rename(at('from.txt'), at('taken.txt'), { overwrite: false }));
      assert.equal(new TextDecoder().decode(await host.readBytes(at('taken.txt'))), 'kept');
      await host.rename(at('from.txt'), at('aside.txt'), { overwrite: false });
      assert.equal(await host.stat(at('from.txt')), undefined);
      assert.equal(new TextDecoder().decode(await host.readBytes(at('aside.txt'))), 'moved');
    });

    it('names addresses: child, parent and base name agree', () => {
      const file = at('x', 'y.txt');
      assert.equal(host.baseName(file), 'y.txt');
      assert.equal(host.child(host.parent(file), 'y.txt'), file);
    });

    it('reads text as every feature does: decoded, under a limit, missing as undefined', async () => {
      await host.writeAtomically(at('latin.txt'), new Uint8Array([0x63, 0x61, 0x66, 0xe9])); // "café" in Windows-1252
      const read = await readTextAt(host, at('latin.txt'), 100);
      assert.ok(isText(read));
      assert.equal(read.text, 'café');
      assert.equal(read.encoding, 'windows-1252');
      assert.deepEqual(await readTextAt(host, at('latin.txt'), 3), { notRead: 'too-large', size: 4 });
      assert.deepEqual(await readTextAt(host, at('listed'), 100), { notRead: 'folder', size: 0 });
      assert.equal(await readTextAt(host, at('nothing.txt'), 100), undefined);
    });

    it('refuses to read a binary file as text, naming it', async () => {
      await host.writeAtomically(at('picture.bin'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
      await assert.rejects(readTextAt(host, at('picture.bin'), 100), (e: Error) => e.message.startsWith(host.shown(at('picture.bin'))) && /not a text file/.test(e.message));
    });
  });
}

describe('the memory host', () => {
  it('keeps the old content when a write fails', async () => {
    const files = new MemoryFiles({ '/a.txt': 'old' });
    files.failNextWrite = new Error('disk full');
    await assert.rejects(files.writeAtomically('/a.txt', 'new'), /disk full/);
    assert.equal(files.text('/a.txt'), 'old');
  });
});

describe('the node host', () => {
  it('leaves the old file when a write fails', async () => {
    const folder = join(scratch, 'fails');
    await nodeFiles.writeAtomically(join(folder, 'a.txt'), 'old');
    // A folder where the file should go makes the rename fail after the temporary file was written.
    await nodeFiles.makeFolder(join(folder, 'b.txt'));
    await assert.rejects(nodeFiles.writeAtomically(join(folder, 'b.txt'), 'new'));
    assert.deepEqual(readdirSync(folder).sort(), ['a.txt', 'b.txt']);
  });
});
