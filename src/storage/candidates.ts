/**
 * Ambiguous tags in the editor: a hover on each place an ambiguous tag's
 * words fit, with a link to put the tag there. The Problems panel lists the
 * same places (see diagnostics.ts).
 */
import * as vscode from 'vscode';
import { CHOOSE_TAG_PLACE_COMMAND } from '../commandIds';
import type { SidecarStore } from './tagStore';

export function registerCandidateHover(context: vscode.ExtensionContext, store: SidecarStore, labelOf: (category: string) => string): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(
      { scheme: '*' },
      {
        provideHover(doc, position) {
          const entry = store.loaded(doc.uri);
          if (!entry) return undefined;
          const offset = doc.offsetAt(position);
          for (const tag of entry.tags) {
            const c = tag.status === 'orphaned' ? tag.candidates?.find((p) => p.start <= offset && offset < p.end) : undefined;
            if (!c) continue;
            const md = new vscode.MarkdownString('', true);
            md.isTrusted = { enabledCommands: [CHOOSE_TAG_PLACE_COMMAND] };
            md.supportHtml = false;
            md.appendMarkdown('$(question) **Ambiguous tag** (');
            md.appendText(labelOf(tag.category));
            md.appendMarkdown(')\n\n');
            md.appendText(`Its words “${tag.quote}” fit ${tag.candidates!.length} places equally well (lines ${tag.candidates!.map((p) => doc.positionAt(p.start).line + 1).join(', ')}); it is kept, not placed by chance.`);
            md.appendMarkdown('\n\n');
            if (entry.mode === 'ok') md.appendMarkdown(`[Choose Where It Belongs](command:transcript.chooseTagPlace?${encodeURIComponent(JSON.stringify([{ uri: doc.uri.toString(), id: tag.id }]))})`);
            return new vscode.Hover(md, new vscode.Range(doc.positionAt(c.start), doc.positionAt(c.end)));
          }
          return undefined;
        },
      },
    ),
  );
}
