import * as vscode from 'vscode';
import * as assert from './assert';
import { activateExtension, lineOf, openFixture, showRange } from './helpers';

/** The outline of a fixture, as the Outline view and breadcrumbs get it. */
async function outline(fixture: string): Promise<{ document: vscode.TextDocument; sections: vscode.DocumentSymbol[] }> {
  const document = await openFixture(fixture);
  const symbols = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[] | undefined>(
    'vscode.executeDocumentSymbolProvider',
    document.uri,
  );
  assert.ok(symbols && symbols.length > 0, `No document symbols for ${fixture}.`);
  assert.ok(symbols.every((s) => 'children' in s), 'Expected a tree of DocumentSymbols, got a flat SymbolInformation list.');
  return { document, sections: symbols as vscode.DocumentSymbol[] };
}

function section(sections: vscode.DocumentSymbol[], name: string): vscode.DocumentSymbol {
  const found = sections.find((s) => s.name === name);
  assert.ok(found, `No section named "${name}" among ${sections.map((s) => s.name).join(', ')}.`);
  return found;
}

/** `[first line, last line]` of a range, for comparing line spans. */
function lines(range: vscode.Range): [number, number] {
  return [range.start.line, range.end.line];
}

suite('Document symbols', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('the top-level symbols are the sections, in order', async () => {
    const { sections } = await outline('briefing.transcript');
    assert.deepStrictEqual(
      sections.map((s) => s.name),
      ['Header', 'Opening statement', 'Q&A 1', 'Q&A 2', 'Q&A 3'],
    );
  });

  test('a question-and-answer section has a detail', async () => {
    const { sections } = await outline('briefing.transcript');
    for (const name of ['Q&A 1', 'Q&A 2', 'Q&A 3']) {
      assert.ok(section(sections, name).detail.trim().length > 0, `"${name}" has an empty detail.`);
    }
  });

  test('the children of a section are its turns, named by speaker', async () => {
    const { sections } = await outline('briefing.transcript');
    assert.deepStrictEqual(
      section(sections, 'Q&A 2').children.map((t) => t.name),
      ['Question', 'Dr Amal Reyes', 'Tom Okafor'],
    );
  });

  test('sections and turns take kinds that read as words, not as code', async () => {
    const { sections } = await outline('briefing.transcript');
    assert.deepStrictEqual(
      sections.map((s) => [s.name, vscode.SymbolKind[s.kind]]),
      [
        ['Header', 'File'],
        ['Opening statement', 'Event'],
        ['Q&A 1', 'Event'],
        ['Q&A 2', 'Event'],
        ['Q&A 3', 'Event'],
      ],
    );
    const turns = sections.flatMap((s) => s.children);
    assert.ok(turns.every((t) => t.kind === vscode.SymbolKind.Field), turns.map((t) => vscode.SymbolKind[t.kind]).join(', '));
    assert.ok(turns.every((t) => t.detail.trim().length > 0), 'every turn has its first words as its detail');
  });

  test('the header has no turns', async () => {
    const { sections } = await outline('briefing.transcript');
    assert.deepStrictEqual(section(sections, 'Header').children.map((t) => t.name), []);
  });

  test('an unlabelled paragraph continues the turn before it', async () => {
    const { document, sections } = await outline('briefing.transcript');
    const turns = section(sections, 'Opening statement').children;
    assert.deepStrictEqual(turns.map((t) => t.name), ['Dr Amal Reyes']);
    assert.strictEqual(turns[0]!.range.end.line, lineOf(document, 'before the autumn tides.'));
  });

  test('a section spans its first line to its last non-blank line', async () => {
    const { document, sections } = await outline('briefing.transcript');
    const at = (text: string) => lineOf(document, text);
    assert.deepStrictEqual(
      sections.map((s) => [s.name, ...lines(s.range)]),
      [
        ['Header', at('Press briefing on the'), at('Thursday 13 March 2025')],
        ['Opening statement', at('Dr Amal Reyes: Good morning'), at('before the autumn tides.')],
        ['Q&A 1', at('How much will the repairs cost?'), at('four point two million')],
        ['Q&A 2', at('Will residents on Quay Street'), at('three weeks in June.')],
        ['Q&A 3', at('When will the work start?'), at('The first crews arrive')],
      ],
    );
  });

  test('a turn spans its label line to the end of its last non-blank line', async () => {
    const { document, sections } = await outline('briefing.transcript');
    const turn = section(sections, 'Q&A 2').children[2]!;
    const first = lineOf(document, 'Tom Okafor: If I may add');
    const last = lineOf(document, 'footpath for about three weeks in June.');
    const expected = new vscode.Range(first, 0, last, document.lineAt(last).text.length);
    assert.ok(turn.range.isEqual(expected), `Expected ${showRange(expected)}, got ${showRange(turn.range)}.`);
  });

  test("a turn's selection range is its label", async () => {
    const { document, sections } = await outline('briefing.transcript');
    const turn = section(sections, 'Q&A 2').children[2]!;
    const label = turn.selectionRange;
    assert.strictEqual(label.start.line, lineOf(document, 'Tom Okafor: If I may add'));
    assert.strictEqual(label.start.character, 0);
    assert.strictEqual(document.getText(label).replace(/:$/, ''), 'Tom Okafor');
  });
});
