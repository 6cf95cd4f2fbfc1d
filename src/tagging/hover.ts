/**
 * The hover on a tag: its category, speaker, section, note, verdict and
 * actions. What the user wrote is added as text, never as markdown, and only
 * the extension's own commands are trusted, so no link in a note can run one.
 */
import * as vscode from 'vscode';
import type { Tag } from '../core/annotations';
import { showInvisible, webLink } from '../core/text';
import { LANGUAGE_ID } from '../documents';
import { hasRecording } from '../media';
import { EDIT_TAG_COMMAND, FIT_TAG_COMMAND, OPEN_TAG_SOURCE_COMMAND, PLAY_CLAIM_COMMAND, REMOVE_TAG_COMMAND } from '../commandIds';
import type { SidecarStore } from '../storage';
import type { Codebook } from '../codebook';

/** The commands hover links may run. */
const HOVER_COMMANDS = [EDIT_TAG_COMMAND, REMOVE_TAG_COMMAND, FIT_TAG_COMMAND, OPEN_TAG_SOURCE_COMMAND, PLAY_CLAIM_COMMAND];

export function registerHover(context: vscode.ExtensionContext, store: SidecarStore, codebook: Codebook): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(
      { language: LANGUAGE_ID },
      {
        provideHover(doc, position) {
          const entry = store.loaded(doc.uri);
          if (!entry) return undefined;
          const offset = doc.offsetAt(position);
          const here = entry.tags.filter((t) => t.status !== 'orphaned' && t.start <= offset && offset < t.end);
          if (here.length === 0) return undefined;
          const contents = here.map((tag) => hoverFor(doc.uri, tag, codebook.lookup(tag.category).label, entry.mode === 'ok'));
          const first = here[0]!;
          return new vscode.Hover(contents, new vscode.Range(doc.positionAt(first.start), doc.positionAt(first.end)));
        },
      },
    ),
  );
}

/** A command link with JSON arguments. */
function link(title: string, command: string, args: unknown): string {
  return `[${title}](command:${command}?${encodeURIComponent(JSON.stringify([args]))})`;
}

export function hoverFor(uri: vscode.Uri, tag: Tag, label: string, writable: boolean): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  md.supportHtml = false;
  md.appendMarkdown('$(tag) **');
  md.appendText(showInvisible(label));
  md.appendMarkdown('**');
  if (tag.status !== 'anchored') md.appendMarkdown(` — _${tag.status}_`);
  md.appendMarkdown('\n\n');
  const who = [tag.speaker, tag.section].filter((x): x is string => !!x);
  if (who.length) {
    md.appendText(who.map(showInvisible).join(' · '));
    md.appendMarkdown('\n\n');
  }
  if (tag.note) {
    md.appendMarkdown('$(note) ');
    md.appendText(showInvisible(tag.note));
    md.appendMarkdown('\n\n');
  }
  if (tag.verdict || tag.source) {
    md.appendMarkdown('$(law) ');
    md.appendText([tag.verdict, tag.source].filter((x): x is string => !!x).map(showInvisible).join(' — '));
    md.appendMarkdown('\n\n');
  }
  if (tag.status === 'moved' && tag.anchorNote) {
    md.appendMarkdown('$(warning) ');
    md.appendText(tag.anchorNote);
    md.appendMarkdown('\n\n');
  }
  // Labelled, so that the day of tagging is not read as the day of the statement.
  const tagged = tag.created.slice(0, 10);
  const edited = tag.modified.slice(0, 10);
  const meta = [tag.author ? `by ${showInvisible(tag.author)}` : '', tagged ? `tagged ${tagged}` : '', edited && edited !== tagged ? `edited ${edited}` : ''].filter(Boolean).join(', ');
  if (meta) {
    md.appendText(meta);
    md.appendMarkdown('\n\n');
  }
  const target = { uri: uri.toString(), id: tag.id };
  const actions: string[] = [];
  if (writable) {
    actions.push(link('Edit', EDIT_TAG_COMMAND, target), link('Remove', REMOVE_TAG_COMMAND, target));
    if (tag.status === 'moved') actions.push(link('Keep Here', FIT_TAG_COMMAND, { ...target, keep: true }));
  }
  // Only a web address is offered as a link; anything else (`javascript:`, `file:`, `data:`...) stays text above.
  if (webLink(tag.source)) actions.push(link('Open Source', OPEN_TAG_SOURCE_COMMAND, target));
  if (tag.status !== 'orphaned' && hasRecording(uri)) actions.push(link('$(play) Play Claim', PLAY_CLAIM_COMMAND, target));
  if (actions.length) md.appendMarkdown(actions.join(' · '));
  return md;
}
