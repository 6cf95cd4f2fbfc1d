import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const text = readFileSync(join(root, 'package.json'), 'utf8');
const manifest = JSON.parse(text) as {
  files: string[];
  contributes: { walkthroughs: Array<{ steps: Array<{ media: { markdown?: string; image?: string }; description: string }> }> };
};
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;

describe('the manifest', () => {
  it('has every %key% it uses in package.nls.json, and no key left unused', () => {
    const used = [...text.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    assert.deepEqual(used.filter((k) => !(k in nls)), []);
    assert.deepEqual(Object.keys(nls).filter((k) => !used.includes(k)), []);
  });

  it('walks a new user through with media that are in the package', () => {
    const steps = manifest.contributes.walkthroughs.flatMap((w) => w.steps);
    assert.ok(steps.length >= 4);
    for (const step of steps) {
      const file = step.media.markdown ?? step.media.image!;
      assert.ok(existsSync(join(root, file)), `${file} is missing`);
      assert.ok(manifest.files.some((f) => file === f || file.startsWith(f.replace(/\*.*$/, '')) ), `${file} is not in "files"`);
    }
  });

  it('offers the samples and the commands each step talks about', () => {
    const descriptions = manifest.contributes.walkthroughs.flatMap((w) => w.steps).map((s) => nls[s.description.slice(1, -1)] ?? s.description);
    for (const command of ['transcript.openSamples', 'transcript.tagClaim', 'workbench.view.extension.transcripts', 'transcript.exportAnnotations']) {
      assert.ok(descriptions.some((d) => d.includes(`(command:${command})`)), `no step runs ${command}`);
    }
  });
});
