import * as vscode from 'vscode';
import * as assert from './assert';
import { activateExtension, lineOf, openFixture } from './helpers';

async function foldingRanges(document: vscode.TextDocument): Promise<vscode.FoldingRange[]> {
  const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[] | undefined>(
    'vscode.executeFoldingRangeProvider',
    document.uri,
  );
  return ranges ?? [];
}

function show(ranges: vscode.FoldingRange[]): string {
  return ranges.map((r) => `${r.start}-${r.end}`).join(', ') || 'none';
}

suite('Folding', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('each section folds from its first line to its last non-blank line', async () => {
    const document = await openFixture('briefing.transcript');
    const ranges = await foldingRanges(document);
    const at = (text: string) => lineOf(document, text);
    const sections: [string, number, number][] = [
      ['Header', at('Press briefing on the'), at('Thursday 13 March 2025')],
      ['Opening statement', at('Dr Amal Reyes: Good morning'), at('before the autumn tides.')],
      ['Q&A 1', at('How much will the repairs cost?'), at('four point two million')],
      ['Q&A 2', at('Will residents on Quay Street'), at('three weeks in June.')],
      ['Q&A 3', at('When will the work start?'), at('The first crews arrive')],
    ];
    for (const [name, start, end] of sections) {
      assert.ok(
        ranges.some((r) => r.start === start && r.end === end),
        `No folding range ${start}-${end} for the section "${name}"; the ranges are ${show(ranges)}.`,
      );
    }
  });

  test('a turn of several lines folds from its label line to its last non-blank line', async () => {
    const document = await openFixture('briefing.transcript');
    const ranges = await foldingRanges(document);
    const start = lineOf(document, 'Tom Okafor: If I may add');
    const end = lineOf(document, 'footpath for about three weeks in June.');
    assert.ok(
      ranges.some((r) => r.start === start && r.end === end),
      `No folding range ${start}-${end} for Tom Okafor's turn; the ranges are ${show(ranges)}.`,
    );
  });

  test('a one-line turn does not fold', async () => {
    const document = await openFixture('briefing.transcript');
    const ranges = await foldingRanges(document);
    const line = lineOf(document, 'Dr Amal Reyes: Our current estimate');
    const starting = ranges.filter((r) => r.start === line);
    assert.strictEqual(starting.length, 0, `Expected no folding range to start on line ${line}, got ${show(starting)}.`);
  });
});
