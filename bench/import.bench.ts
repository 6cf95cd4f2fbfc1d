/**
 * Importing REFI-QDA projects: the time to import a large project (a 2 MB
 * transcript, 4,000 codings counted in UTF-16 units, so every reading of the
 * positions is tried) against reading the same transcript (the reference,
 * which the import does anyway); and the peak resident memory of the command
 * line refusing a small `.qdpx` whose one source unpacks to 150 MB, beside
 * the size of that source, in a process of its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTranscript } from '../src/core/formats';
import { readQdpx } from '../src/core/export/importQdpx';
import { writeZip } from '../src/core/export/zip';
import { generateTranscript } from './generate';
import { median, type BenchRow } from './measure';

const SOURCE = '30000000-0000-4000-8000-000000000001';
const CODE = '20000000-0000-4000-8000-000000000001';

/** A project with one source of about `bytes` characters (emoji sprinkled in, CRLF line ends) and `codings` codings on whole words, in UTF-16 units. */
function largeProject(bytes: number, codings: number): { archive: Uint8Array; text: string } {
  const text = generateTranscript(bytes, 7)
    .replace(/\. (?=[A-Z])/g, (m, at: number) => (at % 5 === 0 ? '. 🌊 ' : m))
    .replace(/\n/g, '\r\n');
  const selections: string[] = [];
  const step = Math.floor(text.length / codings);
  for (let i = 0; i < codings; i++) {
    const from = text.indexOf(' ', i * step) + 1;
    const to = text.indexOf(' ', from + 40);
    if (from <= 0 || to < 0) break;
    selections.push(`<PlainTextSelection guid="40000000-0000-4000-8000-${String(i).padStart(12, '0')}" startPosition="${from}" endPosition="${to}"><Coding guid="50000000-0000-4000-8000-${String(i).padStart(12, '0')}"><CodeRef targetGUID="${CODE}"/></Coding></PlainTextSelection>`);
  }
  const qde = `<Project xmlns="urn:QDA-XML:project:1.0" name="Large" origin="Some tool"><CodeBook><Codes><Code guid="${CODE}" name="Claim" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="${SOURCE}" name="Hearing" plainTextPath="internal://${SOURCE}.txt">${selections.join('')}</TextSource></Sources></Project>`;
  return { archive: writeZip([{ path: 'project.qde', data: new TextEncoder().encode(qde) }, { path: `sources/${SOURCE}.txt`, data: new TextEncoder().encode(text) }]), text };
}

/** Peak resident memory (MB) of a separate Node process importing `file` through the core, and whether it was refused with a message. */
function importInChild(file: string): { peakMb: number; refused: boolean } {
  const script = `
    const { readFileSync } = require('node:fs');
    const { readQdpx } = require(${JSON.stringify(join(import.meta.dirname, '..', 'src', 'core', 'export', 'importQdpx.ts'))});
    let refused = false;
    try { readQdpx(readFileSync(${JSON.stringify(file)}), { now: '2025-01-01T00:00:00Z' }); } catch (e) { refused = /unpacks to more than/.test(e.message); }
    process.stdout.write(JSON.stringify({ peakMb: process.resourceUsage().maxRSS / 1024, refused }));`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', cwd: join(import.meta.dirname, '..') });
  if (run.status !== 0) throw new Error(`the import process failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as { peakMb: number; refused: boolean };
}

export default async function bench(): Promise<BenchRow[]> {
  const { archive, text } = largeProject(2 * 1024 * 1024, 4000);
  // Both warmed up, then alternated: the reference is short (a few milliseconds), so a few runs alone would be noise.
  readTranscript(text.replace(/\r\n/g, '\n'));
  readQdpx(archive, { now: '2025-01-01T00:00:00Z' });
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < 7; i++) {
    let t = performance.now();
    readTranscript(text.replace(/\r\n/g, '\n'));
    theirs.push(performance.now() - t);
    t = performance.now();
    readQdpx(archive, { now: '2025-01-01T00:00:00Z' });
    ours.push(performance.now() - t);
  }
  const a = median(ours);
  const b = median(theirs);

  const dir = mkdtempSync(join(tmpdir(), 'transcript-import-bench-'));
  const bomb = join(dir, 'bomb.qdpx');
  const sourceBytes = 150 * 1024 * 1024;
  const qde = `<Project xmlns="urn:QDA-XML:project:1.0" name="b"><Sources><TextSource guid="${SOURCE}" name="s" plainTextPath="internal://s.txt"/></Sources></Project>`;
  writeFileSync(bomb, writeZip([{ path: 'project.qde', data: new TextEncoder().encode(qde) }, { path: 'sources/s.txt', data: new Uint8Array(sourceBytes).fill(0x61) }]));
  const packedKb = Math.round(archive.length / 1024);
  const child = importInChild(bomb);
  rmSync(dir, { recursive: true, force: true });
  return [
    {
      name: `Import of a .qdpx: 2 MB transcript, 4,000 codings in UTF-16 units (${packedKb} KB packed)`,
      value: `${a.toFixed(0)} ms`,
      reference: `reading the transcript: ${b.toFixed(0)} ms`,
      ratio: a / b,
      goal: '≤ 10× reading the transcript (every reading of the positions is tried, the sidecar written)',
      pass: a <= 10 * b,
    },
    {
      name: 'Import of a .qdpx whose source unpacks to 150 MB: peak resident memory',
      value: `${child.peakMb.toFixed(0)} MB${child.refused ? ', refused while unpacking' : ', NOT refused'}`,
      reference: `the source: ${sourceBytes / 1024 / 1024} MB unpacked`,
      ratio: child.peakMb / (sourceBytes / 1024 / 1024),
      goal: 'refused with a message, at a peak below the unpacked size plus 100 MB (the limits are checked while unpacking)',
      pass: child.refused && child.peakMb < sourceBytes / 1024 / 1024 + 100,
    },
  ];
}
