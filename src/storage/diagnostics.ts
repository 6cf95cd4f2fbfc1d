/**
 * The Problems panel: a sidecar's problems at their line and column, and on
 * the transcript, every tag that lost its words (with its old quote) or was
 * moved to other words, so that none is dropped or moved without a word.
 */
import * as vscode from 'vscode';
import type { Problem } from '../core/annotations';
import type { SidecarStore, TranscriptTags } from './tagStore';
import { openDocument } from '../documents/addresses';

export function registerDiagnostics(context: vscode.ExtensionContext, store: SidecarStore, labelOf: (category: string) => string): vscode.DiagnosticCollection {
  const collection = vscode.languages.createDiagnosticCollection('transcript-tags');
  context.subscriptions.push(collection);
  const update = (entry: TranscriptTags) => {
    collection.set(entry.sidecar, entry.problems.map(toDiagnostic));
    const doc = openDocument(entry.uri);
    const onTranscript: vscode.Diagnostic[] = [];
    if (entry.mode !== 'ok' && entry.reason) {
      const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), entry.reason, entry.mode === 'paused' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
      d.source = 'Transcript tags';
      onTranscript.push(d);
    }
    if (doc) {
      for (const tag of entry.tags) {
        if (tag.status === 'anchored') continue;
        const range = new vscode.Range(doc.positionAt(tag.start), doc.positionAt(tag.end));
        const what = `${labelOf(tag.category)} tag`;
        const message = tag.status === 'orphaned' ? `${what} lost its words: “${tag.quote}”. ${tag.anchorNote ?? ''}`.trim() : `${what} moved: ${tag.anchorNote ?? 'it was found on other words.'}`;
        const d = new vscode.Diagnostic(range, message, tag.status === 'orphaned' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information);
        d.source = 'Transcript tags';
        d.code = tag.id;
        // An ambiguous tag: each place its words fit, to go to from the Problems panel.
        if (tag.candidates?.length) {
          d.relatedInformation = tag.candidates.map(
            (c, i) => new vscode.DiagnosticRelatedInformation(new vscode.Location(doc.uri, new vscode.Range(doc.positionAt(c.start), doc.positionAt(c.end))), `Place ${i + 1} where “${tag.quote}” fits; “Choose Where a Tag Belongs” puts it there.`),
          );
        }
        onTranscript.push(d);
      }
    }
    collection.set(entry.uri, onTranscript);
  };
  context.subscriptions.push(store.onDidChangeProblems(update));
  context.subscriptions.push(
    store.onDidChangeTags((uri) => {
      const entry = store.loaded(uri);
      if (entry) update(entry);
    }),
  );
  for (const entry of store.all()) update(entry);
  return collection;
}

function toDiagnostic(p: Problem): vscode.Diagnostic {
  const at = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
  const d = new vscode.Diagnostic(new vscode.Range(at, at.translate(0, 1)), p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  d.source = 'Transcript sidecar';
  return d;
}
