import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judgeRuns, mergeReport, readReport, rowKey, tableLine } from '../../bench/report';

const EARLIER = `# Benchmarks

Written by \`npm run bench\` on 2026-11-23, Node v20.20.2, 2 × CPU.

## tree

| Benchmark | Ours | Reference | Ratio | Goal | Met |
| --- | --- | --- | --- | --- | --- |
| In VS Code, web worker host, 2000 transcripts (99 MB): view opened to first documents shown (bench/tree-vscode.mjs, 2026-11-23) | 545 ms | from host start 1831 ms |  | < 3 s | yes |
| Document list of 2000 transcripts, 99 MB, in memory | 208 ms | full index 1390 ms | 0.15 | < 300 ms | yes |

## bundle

| Benchmark | Ours | Reference | Ratio | Goal | Met |
| --- | --- | --- | --- | --- | --- |
| Node bundle dist/extension.js (minified) | 274.7 KB |  |  | small | yes |
`;

describe('the benchmark report', () => {
  it('reads the rows of an earlier report back', () => {
    const report = readReport(EARLIER);
    assert.equal(report.date, '2026-11-23');
    assert.deepEqual(report.sections.map((s) => [s.title, s.rows.length]), [['tree', 2], ['bundle', 1]]);
    assert.deepEqual(report.sections[0]!.rows[1], { name: 'Document list of 2000 transcripts, 99 MB, in memory', value: '208 ms', reference: 'full index 1390 ms', ratio: 0.15, goal: '< 300 ms', pass: true, measured: '2026-11-23' });
  });

  it('keeps the rows a run did not measure again, marked with their date, and replaces the others', () => {
    const fresh = [{ title: 'tree', rows: [{ name: 'Document list of 2000 transcripts, 98 MB, in memory', value: '201 ms', goal: '< 300 ms', pass: true }] }];
    const merged = mergeReport(fresh, readReport(EARLIER));
    assert.deepEqual(merged.map((s) => [s.title, s.rows.map((r) => r.value)]), [['tree', ['545 ms', '201 ms']], ['bundle', ['274.7 KB']]]);
    const kept = tableLine(merged[0]!.rows[0]!);
    assert.match(kept, /\| yes \(not re-measured; from 2026-11-23\) \|$/);
    assert.match(tableLine(merged[0]!.rows[1]!), /\| yes \|$/);
  });

  it('keeps a kept row’s first date through later runs', () => {
    const once = mergeReport([], readReport(EARLIER));
    const markdown = `Written by \`npm run bench\` on 2026-12-01.\n\n## tree\n\n| Benchmark | Ours | Reference | Ratio | Goal | Met |\n| --- | --- | --- | --- | --- | --- |\n${once[0]!.rows.map(tableLine).join('\n')}\n`;
    assert.match(tableLine(mergeReport([], readReport(markdown))[0]!.rows[0]!), /not re-measured; from 2026-11-23/);
  });

  it('adds new sections and rows after the earlier ones', () => {
    const fresh = [
      { title: 'tree', rows: [{ name: 'A new tree figure', value: '1 ms', pass: true }] },
      { title: 'media', rows: [{ name: 'Seek to a turn', value: '2 ms', pass: true }] },
    ];
    const merged = mergeReport(fresh, readReport(EARLIER));
    assert.deepEqual(merged.map((s) => [s.title, s.rows.map((r) => r.value)]), [['tree', ['545 ms', '208 ms', '1 ms']], ['bundle', ['274.7 KB']], ['media', ['2 ms']]]);
  });

  it('knows a row across runs whatever its figures', () => {
    assert.equal(rowKey('Find 10000 tags again (9949 anchored, 22 moved)'), rowKey('Find 10000 tags again (9950 anchored, 21 moved)'));
    assert.notEqual(rowKey('Outline a 100 KB transcript'), rowKey('Outline 20 MB of transcript text'));
  });

  it('counts a goal as missed only when every run missed it', () => {
    const run = (ms: number) => [{ name: 'Write the sidecar', value: `${ms} ms`, goal: '< 150 ms', pass: ms < 150 }];
    assert.deepEqual(judgeRuns([run(160), run(140)]).map((r) => [r.value, r.pass, r.goal]), [['140 ms', true, '< 150 ms (met in 1 of 2 runs)']]);
    assert.deepEqual(judgeRuns([run(160), run(170), run(155)]).map((r) => [r.value, r.pass]), [['155 ms', false]]);
    assert.deepEqual(judgeRuns([run(100)]).map((r) => [r.value, r.pass, r.goal]), [['100 ms', true, '< 150 ms']]);
  });
});

it('reads back the date of a report written by the current header', () => {
  const report = readReport('# Benchmarks\n\nWritten by `npm run bench`, started 2026-12-06 07:10 UTC, finished 07:40 UTC.\n\n## gamma\n\n| Benchmark | Ours | Reference | Ratio | Goal | Met |\n| --- | --- | --- | --- | --- | --- |\n| γ of 3 annotators | 900 ms |  |  | < 2000 ms | yes |\n');
  assert.equal(report.date, '2026-12-06');
  assert.equal(report.sections[0]!.rows[0]!.measured, '2026-12-06');
});

it('keeps apart rows whose names differ only in their figures when judging several runs', () => {
  const run = (ms: number[]) => ms.map((v, i) => ({ name: `case ${i + 3}`, value: `${v} ms`, goal: '< 2000 ms', pass: v < 2000 }));
  const judged = judgeRuns([run([900, 2500, 3000]), run([950, 2600, 1900])]);
  assert.deepEqual(
    judged.map((r) => [r.name, r.value, r.pass]),
    [
      ['case 3', '900 ms', true],
      ['case 4', '2600 ms', false],
      ['case 5', '1900 ms', true],
    ],
  );
});
