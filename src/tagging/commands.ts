/**
 * The tagging commands: Tag Claim, Tag Again, Edit Tag, Remove Tag (and
 * bringing a removed one back), Fit Tag to Selection, Next/Previous Tag, and
 * Set Aside Broken Sidecar. Each also takes its choices as an argument, so
 * that keybindings and scripts can skip the questions.
 */
import * as vscode from 'vscode';
import { contextAround, createTag, trimSelection, type Tag } from '../core/annotations';
import { isTranscript, type TranscriptModels } from '../documents';
import type { SidecarStore, TranscriptTags } from '../storage';
import { sidecarUriOf } from '../storage/files';
import type { Codebook } from './codebook';
import { pickCategory, recentCategories, rememberCategory } from './picker';

/** What Tag Claim can be told instead of asking. */
interface TagArgs {
  category?: string;
  note?: string;
  shortcut?: number;
}

/** Which tag a command acts on, and what Edit Tag can be told instead of asking. */
interface TargetArgs {
  uri?: string;
  id?: string;
  category?: string;
  note?: string;
  verdict?: string;
  source?: string;
  keep?: boolean;
}

const VERDICTS = ['True', 'Mostly true', 'Half true', 'Misleading', 'Mostly false', 'False', 'Unverifiable'];

export function registerCommands(context: vscode.ExtensionContext, models: TranscriptModels, store: SidecarStore, codebook: Codebook): void {
  const state = context.workspaceState;
  const author = () => vscode.workspace.getConfiguration('transcript.tagging').get<string>('author', '').trim() || undefined;
  const now = () => new Date().toISOString();

  /** The editor to act in: the one showing `uri`, else the active transcript editor. */
  const editorFor = (uri?: string): vscode.TextEditor | undefined => {
    if (uri) return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
    const editor = vscode.window.activeTextEditor;
    return editor && (isTranscript(editor.document) || store.loaded(editor.document.uri)) ? editor : undefined;
  };
  const documentFor = async (uri?: string): Promise<vscode.TextDocument | undefined> => {
    if (uri) return editorFor(uri)?.document ?? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    return editorFor()?.document;
  };
  /** The tags of a document that can be changed, or undefined after saying why not. */
  const writable = async (doc: vscode.TextDocument): Promise<TranscriptTags | undefined> => {
    const entry = await store.entryFor(doc);
    if (!entry) return undefined;
    if (entry.mode !== 'ok') {
      const actions = entry.conflict ? ['Resolve Sidecar Merge Conflict', 'Open Sidecar'] : entry.mode === 'paused' ? ['Set Aside Broken Sidecar', 'Open Sidecar'] : ['Open Sidecar'];
      void vscode.window.showWarningMessage(entry.reason ?? 'Tags of this transcript cannot be changed.', ...actions).then(async (choice) => {
        if (choice === 'Resolve Sidecar Merge Conflict') await vscode.commands.executeCommand('transcript.resolveSidecarConflict');
        if (choice === 'Set Aside Broken Sidecar') await vscode.commands.executeCommand('transcript.setAsideSidecar');
        if (choice === 'Open Sidecar') await vscode.window.showTextDocument(entry.sidecar);
      });
      return undefined;
    }
    return entry;
  };
  /** The tag a command means: by id, else the innermost one under the cursor or touching the selection. */
  const targetTag = (entry: TranscriptTags, editor: vscode.TextEditor | undefined, id?: string): Tag | undefined => {
    if (id) return entry.tags.find((t) => t.id === id);
    if (!editor) return undefined;
    const doc = editor.document;
    const from = doc.offsetAt(editor.selection.start);
    const to = doc.offsetAt(editor.selection.end);
    const hits = entry.tags.filter((t) => t.status !== 'orphaned' && t.start <= to && from <= t.end && (from !== to || (t.start <= from && from < t.end) || t.end === from));
    return hits.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  };
  const touch = (entry: TranscriptTags, tag: Tag) => {
    tag.modified = now();
    store.changed(entry);
    void updateContext();
  };
  const noTag = () => void vscode.window.showInformationMessage('Put the cursor on a tag first.');

  /** The tag a command acts on (by id, else under the cursor) and its transcript's tags, when they can be changed. */
  const writableTarget = async (args?: TargetArgs): Promise<{ doc: vscode.TextDocument; entry: TranscriptTags; target: Tag } | undefined> => {
    const doc = await documentFor(args?.uri);
    if (!doc) return undefined;
    const entry = await writable(doc);
    if (!entry) return undefined;
    const target = targetTag(entry, editorFor(args?.uri), args?.id);
    if (!target) return void noTag();
    return { doc, entry, target };
  };

  let lastRemoved: { uri: string } | undefined;
  const updateContext = async () => {
    const editor = vscode.window.activeTextEditor;
    const entry = editor ? store.loaded(editor.document.uri) : undefined;
    const onTag = !!(entry && editor && targetTag(entry, editor));
    await vscode.commands.executeCommand('setContext', 'transcript.tagging.onTag', onTag);
    await vscode.commands.executeCommand('setContext', 'transcript.tagging.paused', entry?.mode === 'paused');
    await vscode.commands.executeCommand('setContext', 'transcript.tagging.justRemoved', !!(editor && lastRemoved?.uri === editor.document.uri.toString()));
  };

  const tag = async (doc: vscode.TextDocument, editor: vscode.TextEditor, category: string, note: string | undefined) => {
    const entry = await writable(doc);
    if (!entry) return;
    const text = doc.getText();
    const sel = trimSelection(text, doc.offsetAt(editor.selection.start), doc.offsetAt(editor.selection.end));
    const created = createTag(text, { ...sel, category, ...(note ? { note } : {}), ...(author() ? { author: author()! } : {}) }, models.get(doc), doc.positionAt(sel.start).line, now(), new Set(entry.tags.map((t) => t.id)));
    entry.tags.push(created);
    await rememberCategory(state, category);
    store.changed(entry);
    void updateContext();
  };

  /** The words to tag: the selection, or the word under the cursor. */
  const selectionOrWord = (editor: vscode.TextEditor): boolean => {
    if (!editor.selection.isEmpty) {
      const text = editor.document.getText(editor.selection);
      if (text.trim() !== '') return true;
    }
    const word = editor.document.getWordRangeAtPosition(editor.selection.active);
    if (!word) {
      void vscode.window.showInformationMessage('Select the words of the claim first, then tag them.');
      return false;
    }
    editor.selection = new vscode.Selection(word.start, word.end);
    return true;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('transcript.tagClaim', async (args?: TagArgs) => {
      const editor = editorFor();
      if (!editor) return void vscode.window.showInformationMessage('Open a transcript to tag claims in it.');
      if (!selectionOrWord(editor) || !(await writable(editor.document))) return;
      let category = args?.category;
      if (category === undefined && args?.shortcut !== undefined) category = codebook.categoriesFor(editor.document.uri).find((c) => c.shortcut === args.shortcut)?.id;
      category ??= await pickCategory(editor.document.uri, codebook, state, 'Tag Claim');
      if (!category) return;
      let note = args?.note;
      if (note === undefined && !args?.category && vscode.workspace.getConfiguration('transcript.tagging').get<boolean>('askForNote', true)) {
        note = await vscode.window.showInputBox({ title: 'Tag Claim: Note', prompt: 'A note on this claim (optional; Enter to skip)', placeHolder: 'What to check, and where' });
        if (note === undefined) return;
      }
      await tag(editor.document, editor, category, note?.trim() || undefined);
    }),

    vscode.commands.registerCommand('transcript.tagAgain', async () => {
      const editor = editorFor();
      if (!editor) return void vscode.window.showInformationMessage('Open a transcript to tag claims in it.');
      const last = recentCategories(state)[0];
      if (!last) {
        await vscode.commands.executeCommand('transcript.tagClaim');
        return;
      }
      if (!selectionOrWord(editor)) return;
      await tag(editor.document, editor, last, undefined);
    }),

    vscode.commands.registerCommand('transcript.editTag', async (args?: TargetArgs) => {
      const found = await writableTarget(args);
      if (!found) return;
      const { doc, entry, target } = found;
      if (args && (args.category !== undefined || args.note !== undefined || args.verdict !== undefined || args.source !== undefined)) {
        if (args.category !== undefined) target.category = args.category;
        if (args.note !== undefined) setOptional(target, 'note', args.note);
        if (args.verdict !== undefined) setOptional(target, 'verdict', args.verdict);
        if (args.source !== undefined) setOptional(target, 'source', args.source);
        return touch(entry, target);
      }
      const label = codebook.lookup(target.category).label;
      const field = await vscode.window.showQuickPick(
        [
          { label: '$(tag) Category', description: label, field: 'category' as const },
          { label: '$(note) Note', description: target.note ?? '', field: 'note' as const },
          { label: '$(law) Verdict', description: target.verdict ?? '', field: 'verdict' as const },
          { label: '$(link) Source', description: target.source ?? '', field: 'source' as const },
        ],
        { title: `Edit Tag: “${target.quote.length > 60 ? target.quote.slice(0, 60) + '…' : target.quote}”` },
      );
      if (!field) return;
      if (field.field === 'category') {
        const category = await pickCategory(doc.uri, codebook, state, 'Edit Tag: Category', target.category);
        if (!category) return;
        target.category = category;
        await rememberCategory(state, category);
      } else if (field.field === 'note') {
        const note = await vscode.window.showInputBox({ title: 'Edit Tag: Note', value: target.note ?? '', prompt: 'Empty to remove the note' });
        if (note === undefined) return;
        setOptional(target, 'note', note);
      } else if (field.field === 'verdict') {
        const items = [...VERDICTS.map((v) => ({ label: v })), { label: 'Other…' }, { label: 'No Verdict' }];
        const picked = await vscode.window.showQuickPick(items, { title: 'Edit Tag: Fact-Check Verdict' });
        if (!picked) return;
        let verdict = picked.label === 'No Verdict' ? '' : picked.label;
        if (picked.label === 'Other…') {
          const typed = await vscode.window.showInputBox({ title: 'Edit Tag: Verdict', value: target.verdict ?? '' });
          if (typed === undefined) return;
          verdict = typed;
        }
        setOptional(target, 'verdict', verdict);
      } else {
        const source = await vscode.window.showInputBox({
          title: 'Edit Tag: Source URL',
          value: target.source ?? '',
          prompt: 'The address of the fact-check source (empty to remove it)',
          validateInput: (v) => (v.trim() === '' || /^https?:\/\/\S+$/i.test(v.trim()) ? undefined : 'Give an http:// or https:// address.'),
        });
        if (source === undefined) return;
        setOptional(target, 'source', source);
      }
      touch(entry, target);
    }),

    vscode.commands.registerCommand('transcript.removeTag', async (args?: TargetArgs) => {
      const found = await writableTarget(args);
      if (!found) return;
      const { doc, entry, target } = found;
      entry.tags.splice(entry.tags.indexOf(target), 1);
      entry.removed.push(target);
      lastRemoved = { uri: doc.uri.toString() };
      store.changed(entry);
      await updateContext();
      vscode.window.setStatusBarMessage(`$(trash) Removed the ${codebook.lookup(target.category).label} tag — Undo (Ctrl+Z) or “Restore Removed Tag” brings it back`, 8000);
    }),

    vscode.commands.registerCommand('transcript.restoreTag', async (args?: TargetArgs) => {
      const doc = await documentFor(args?.uri);
      if (!doc) return;
      const entry = await writable(doc);
      if (!entry) return;
      if (entry.removed.length === 0) return void vscode.window.showInformationMessage('No tag of this transcript was removed in this session.');
      let target: Tag | undefined = args?.id ? entry.removed.find((t) => t.id === args.id) : entry.removed[entry.removed.length - 1];
      if (!args?.id && lastRemoved?.uri !== doc.uri.toString() && entry.removed.length > 1) {
        const picked = await vscode.window.showQuickPick(
          [...entry.removed].reverse().map((t) => ({ label: t.quote, description: codebook.lookup(t.category).label, tag: t })),
          { title: 'Restore Removed Tag' },
        );
        target = picked?.tag;
      }
      if (!target) return;
      entry.removed.splice(entry.removed.indexOf(target), 1);
      entry.tags.push(target);
      lastRemoved = undefined;
      store.changed(entry);
      await updateContext();
    }),

    vscode.commands.registerCommand('transcript.fitTag', async (args?: TargetArgs) => {
      const editor = editorFor(args?.uri);
      const doc = editor?.document ?? (await documentFor(args?.uri));
      if (!doc) return;
      const entry = await writable(doc);
      if (!entry) return;
      let target = targetTag(entry, editor, args?.id);
      if (args?.keep && target) {
        // Accept a moved tag where it is.
        target.status = 'anchored';
        delete target.anchorNote;
        return touch(entry, target);
      }
      if (!editor || editor.selection.isEmpty) return void vscode.window.showInformationMessage('Select the words the tag should cover, then run Fit Tag to Selection.');
      if (!target) {
        const lost = entry.tags.filter((t) => t.status !== 'anchored');
        if (lost.length === 0) return noTag();
        const picked = await vscode.window.showQuickPick(
          lost.map((t) => ({ label: t.quote, description: `${codebook.lookup(t.category).label} · ${t.status}`, detail: t.anchorNote, tag: t })),
          { title: 'Fit Which Tag to the Selection?' },
        );
        if (!picked) return;
        target = picked.tag;
      }
      const text = doc.getText();
      const sel = trimSelection(text, doc.offsetAt(editor.selection.start), doc.offsetAt(editor.selection.end));
      if (sel.end <= sel.start) return void vscode.window.showInformationMessage('Select some words, not only spaces.');
      target.start = sel.start;
      target.end = sel.end;
      target.quote = text.slice(sel.start, sel.end);
      Object.assign(target, contextAround(text, sel.start, sel.end));
      target.status = 'anchored';
      delete target.anchorNote;
      touch(entry, target);
    }),

    vscode.commands.registerCommand('transcript.nextTag', () => step(store, 'next')),
    vscode.commands.registerCommand('transcript.previousTag', () => step(store, 'previous')),

    vscode.commands.registerCommand('transcript.setAsideSidecar', async (args?: TargetArgs) => {
      const doc = await documentFor(args?.uri);
      if (!doc) return;
      const entry = await store.entryFor(doc);
      if (entry?.mode !== 'paused') return void vscode.window.showInformationMessage('The sidecar of this transcript is readable; there is nothing to set aside.');
      const choice = await vscode.window.showWarningMessage(
        `Rename the unreadable ${sidecarUriOf(doc.uri).path.split('/').pop()} aside (nothing is deleted) and start this transcript's tags afresh?`,
        { modal: true },
        'Set Aside',
      );
      if (choice !== 'Set Aside') return;
      const aside = await store.setAside(doc);
      if (aside) void vscode.window.showInformationMessage(`The broken sidecar is kept as ${aside.path.split('/').pop()}. Tagging resumes.`);
      await updateContext();
    }),

    vscode.commands.registerCommand('transcript._openTagSource', async (args?: TargetArgs) => {
      const doc = await documentFor(args?.uri);
      const entry = doc && store.loaded(doc.uri);
      const source = entry?.tags.find((t) => t.id === args?.id)?.source?.trim();
      if (source && /^https?:\/\/\S+$/i.test(source)) await vscode.env.openExternal(vscode.Uri.parse(source, true));
    }),
    vscode.commands.registerCommand('transcript._listTags', (uri?: string) => store.tagsFor(uri ? vscode.Uri.parse(uri, true) : (vscode.window.activeTextEditor?.document.uri ?? vscode.Uri.parse('untitled:none')))),
    vscode.commands.registerCommand('transcript._flushTags', () => store.flush()),

    vscode.window.onDidChangeTextEditorSelection(() => void updateContext()),
    vscode.window.onDidChangeActiveTextEditor(() => {
      lastRemoved = undefined;
      void updateContext();
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (lastRemoved?.uri === e.document.uri.toString() && e.contentChanges.length) {
        lastRemoved = undefined;
        void updateContext();
      }
    }),
    store.onDidChangeProblems(() => void updateContext()),
  );
  void updateContext();
}

function setOptional(tag: Tag, key: 'note' | 'verdict' | 'source', value: string): void {
  const v = value.trim();
  if (v === '') delete tag[key];
  else tag[key] = v;
}

/** Selects the next or previous placed tag after or before the cursor. */
function step(store: SidecarStore, direction: 'next' | 'previous'): void {
  const editor = vscode.window.activeTextEditor;
  const entry = editor && store.loaded(editor.document.uri);
  if (!editor || !entry) return;
  const doc = editor.document;
  const placed = entry.tags.filter((t) => t.status !== 'orphaned').sort((a, b) => a.start - b.start || a.end - b.end);
  const cursor = doc.offsetAt(editor.selection.start);
  const target = direction === 'next' ? placed.find((t) => t.start > cursor) : [...placed].reverse().find((t) => t.start < cursor);
  if (!target) return void vscode.window.setStatusBarMessage(`No ${direction} tag`, 3000);
  const range = new vscode.Range(doc.positionAt(target.start), doc.positionAt(target.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
