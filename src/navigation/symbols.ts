/** Outline, breadcrumbs and Go to Symbol (sections, then turns) and folding. */
import * as vscode from 'vscode';
import { firstWords, spokenText, type Section } from '../core/transcript';
import { LANGUAGE_ID, type TranscriptModels } from '../documents';

/*
 * VS Code has no symbol kinds for sections and speakers: the Outline, Go to
 * Symbol and screen readers show a kind's icon and say its name ("Q&A 1,
 * event"). These are the kinds whose names and icons read least like code: a
 * section of the briefing is an event (a lightning bolt), the header and the
 * notes around the text are the file's own; every turn is a field of its
 * section (a box), whoever speaks: the key and string kinds show as "abc".
 * The first words go in the detail, which the Outline shows beside the name.
 */
const SECTION_KIND: Record<Section['kind'], vscode.SymbolKind> = {
  header: vscode.SymbolKind.File,
  opening: vscode.SymbolKind.Event,
  qa: vscode.SymbolKind.Event,
  closing: vscode.SymbolKind.Event,
  boilerplate: vscode.SymbolKind.File,
};
const TURN_KIND = vscode.SymbolKind.Field;

class TranscriptSymbols implements vscode.DocumentSymbolProvider, vscode.FoldingRangeProvider {
  constructor(private readonly models: TranscriptModels) {}

  provideDocumentSymbols(doc: vscode.TextDocument): vscode.DocumentSymbol[] {
    const transcript = this.models.get(doc);
    const text = doc.getText();
    return transcript.sections.map((section) => {
      const range = new vscode.Range(section.line, 0, section.endLine, doc.lineAt(section.endLine).text.length);
      const symbol = new vscode.DocumentSymbol(section.title, section.detail, SECTION_KIND[section.kind], range, doc.lineAt(section.line).range);
      symbol.children = section.turns.map((i) => {
        const turn = transcript.turns[i]!;
        const turnRange = new vscode.Range(turn.line, 0, turn.endLine, doc.lineAt(turn.endLine).text.length);
        const selection = turn.labelEnd > turn.labelStart ? new vscode.Range(doc.positionAt(turn.labelStart), doc.positionAt(turn.labelEnd)) : doc.lineAt(turn.line).range;
        return new vscode.DocumentSymbol(turn.speaker ?? 'Unlabelled turn', firstWords(spokenText(text, turn), 10), TURN_KIND, turnRange, selection);
      });
      return symbol;
    });
  }

  provideFoldingRanges(doc: vscode.TextDocument): vscode.FoldingRange[] {
    const transcript = this.models.get(doc);
    const ranges: vscode.FoldingRange[] = [];
    for (const section of transcript.sections) {
      if (section.endLine > section.line) ranges.push(new vscode.FoldingRange(section.line, section.endLine, vscode.FoldingRangeKind.Region));
      for (const i of section.turns) {
        const turn = transcript.turns[i]!;
        if (turn.endLine > turn.line && !(turn.line === section.line && turn.endLine === section.endLine)) ranges.push(new vscode.FoldingRange(turn.line, turn.endLine));
      }
    }
    return ranges;
  }
}

export function registerSymbols(context: vscode.ExtensionContext, models: TranscriptModels): void {
  const provider = new TranscriptSymbols(models);
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  // VS Code asks for symbols again only when the text or the providers change, and has no event to ask it to:
  // a transcript parsed again with the same text (the RTTM file beside it, the label settings) registers the provider anew.
  let symbols = vscode.languages.registerDocumentSymbolProvider(selector, provider, { label: 'Transcript' });
  const reregister = () => {
    symbols.dispose();
    symbols = vscode.languages.registerDocumentSymbolProvider(selector, provider, { label: 'Transcript' });
  };
  context.subscriptions.push(
    { dispose: () => symbols.dispose() },
    vscode.languages.registerFoldingRangeProvider(selector, provider),
    models.onDidChangeTranscripts(reregister),
    models.onDidChangeOptions(reregister),
  );
}
