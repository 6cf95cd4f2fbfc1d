// Makes sure the system has what the integration lanes need: chromium (drives
// both VS Code hosts), libkrb5-dev (code-server's native modules), libxml2-utils
// (xmllint, for schema checks of exports), and make, g++ and python3 (node-gyp
// compiles code-server's native modules). As root on Debian or Ubuntu it
// installs what is missing; elsewhere it says what is missing and how to get it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const onPath = (tool) => (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, tool)));

const wanted = [
  { pkg: 'chromium', what: 'Chromium (or set CHROMIUM_PATH to a Chromium or Chrome binary)', present: () => existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium') },
  { pkg: 'libkrb5-dev', what: "Kerberos' development headers (gssapi/gssapi.h)", present: () => existsSync('/usr/include/gssapi/gssapi.h') },
  { pkg: 'libxml2-utils', what: 'xmllint (libxml2)', present: () => spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0 },
  { pkg: 'make', what: 'make', present: () => onPath('make') },
  { pkg: 'g++', what: 'a C++ compiler (g++)', present: () => onPath('g++') },
  { pkg: 'python3', what: 'Python 3', present: () => onPath('python3') },
];
const missing = wanted.filter((w) => !w.present());
if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.error(`Note: the Node lane of the integration tests runs on Linux x64 only (this is ${process.platform} ${process.arch}); the web lane, the unit and the grammar tests run here.`);
}
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  console.error('The integration tests need what this system lacks:');
  for (const w of missing) console.error(`  - ${w.what}`);
  if (hasApt) console.error(`Install it with: sudo apt-get update && sudo apt-get install -y ${missing.map((w) => w.pkg).join(' ')}`);
  else console.error('Install these with your system’s package manager (on Debian or Ubuntu, as root, this script installs them itself).');
  process.exit(1);
}
const packages = missing.map((w) => w.pkg);
console.log(`Installing ${packages.join(', ')} with apt-get...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
