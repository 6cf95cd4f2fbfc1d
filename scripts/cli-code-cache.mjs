// Makes the V8 code cache of the outline command (dist/cli/outline.js.cache): runs the
// built command line on the samples, in this fresh process with Node's default flags, and
// keeps the code those runs compiled. `node esbuild.config.mjs` runs it after building.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const cli = createRequire(import.meta.url)(join(root, 'dist', 'cli.js'));
const samples = ['harbour-briefing.txt', 'deposition-excerpt.txt', 'mayoral-debate.txt', 'assembly-address.transcript.txt', 'river-podcast.transcript'];
const ignore = () => {};
for (const sample of samples) {
  for (const args of [['--json'], []]) {
    let error = '';
    const code = await cli.main(['outline', join(root, 'samples', sample), ...args], ignore, (s) => (error += s), undefined, ignore);
    if (code !== 0) throw new Error(`cli-code-cache: outline ${sample} ${args.join(' ')} failed with ${code}: ${error}`);
  }
}
await cli.saveCodeCaches();
