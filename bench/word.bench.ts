/**
 * Reading Word files: a generated 1 MB `.docx` (written by the `docx`
 * package: a header, then turns with bold labels) through `readDocument`,
 * against unzipping it with fflate and parsing its document.xml with xmldom
 * alone, in the same run.
 */
import { DOMParser } from '@xmldom/xmldom';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { unzipSync } from 'fflate';
import { readDocument } from '../src/core/formats';
import { generateTranscript } from './generate';
import { median, type BenchRow } from './measure';

/** A `.docx` of the generated transcript's paragraphs, labels in bold, of about `bytes` bytes once zipped. */
async function generateDocx(bytes: number): Promise<Uint8Array> {
  // Word's XML zips to about a fifth of the text it wraps; grow the text until the file is big enough.
  let chars = bytes * 3;
  for (;;) {
    const paragraphs = generateTranscript(chars, 5)
      .split('\n')
      .filter((l) => l.trim())
      .map((line) => {
        const label = /^([^:]{1,40}):\*{0,2} (.*)$/.exec(line);
        const name = label?.[1]?.replace(/\*/g, '');
        return new Paragraph({ children: label && name ? [new TextRun({ text: `${name}:`, bold: true }), new TextRun(` ${label[2]}`)] : [new TextRun(line)] });
      });
    const file = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
    if (file.length >= bytes) return file;
    chars = Math.ceil(chars * (bytes / file.length) * 1.05);
  }
}

/** Wall-clock and CPU milliseconds of one call: on a busy machine the CPU time says what the reading itself costs. */
async function timeAsync(fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  await fn();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
}

export default async function bench(): Promise<BenchRow[]> {
  const file = await generateDocx(1024 * 1024);
  const reference = async (): Promise<unknown> => {
    const xml = unzipSync(file, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!;
    return new DOMParser().parseFromString(new TextDecoder().decode(xml), 'application/xml');
  };
  const ours = () => readDocument(file, { fileName: 'generated.docx' });
  // Warm up both (the chunk loads once), then alternate so that both see the same machine.
  const turns = (await ours()).transcript.turns.length;
  await reference();
  const a: Array<{ wall: number; cpu: number }> = [];
  const b: Array<{ wall: number; cpu: number }> = [];
  for (let i = 0; i < 7; i++) {
    a.push(await timeAsync(ours));
    b.push(await timeAsync(reference));
  }
  const ms = median(a.map((x) => x.wall));
  const ref = median(b.map((x) => x.wall));
  const cpu = median(a.map((x) => x.cpu));
  const refCpu = median(b.map((x) => x.cpu));
  return [
    {
      name: `Read a generated 1 MB .docx (${(file.length / 1024).toFixed(0)} KB, ${turns} turns with bold labels) through readDocument`,
      value: `${ms.toFixed(0)} ms (CPU ${cpu.toFixed(0)} ms)`,
      reference: `${ref.toFixed(0)} ms (CPU ${refCpu.toFixed(0)} ms) to unzip it with fflate and parse document.xml with xmldom alone`,
      ratio: ms / ref,
      goal: '< 300 ms',
      pass: ms < 300,
    },
  ];
}
