import { EDIT_TAG_COMMAND } from '../../commandIds';
import * as vscode from 'vscode';
import { changesTag, editTag, isSourceAddress, VERDICTS, type Tag, type TagEdit } from '../../core/annotations';
import type { Command } from '../../util/command';
import { pickCategory, rememberCategory } from '../picker';
import { askText, pickOne } from './inputs';
import type { TaggingSession, TargetArgs } from './session';
import { shortQuote } from './tagClaim';

type Field = 'category' | 'speaker' | 'note' | 'verdict' | 'source' | 'done';

interface FieldItem extends vscode.QuickPickItem {
  /** The field the item changes; none on the separator. */
  field?: Field;
}

/**
 * Edit Tag: category, speaker, note, verdict and source in one step. The list
 * of fields stays open: each change is kept at once and the list comes back
 * with the new values, until Done or Escape. Given the fields as an argument,
 * it changes them all without asking.
 */
export class EditTagCommand implements Command {
  readonly id = EDIT_TAG_COMMAND;

  constructor(private readonly session: TaggingSession) {}

  async execute(args?: TargetArgs): Promise<void> {
    const { session } = this;
    const found = await session.writableTarget(args);
    if (!found) return;
    const { doc, entry } = found;
    const given: TagEdit = {};
    if (args?.category !== undefined) given.category = args.category;
    if (args?.note !== undefined) given.note = args.note;
    if (args?.verdict !== undefined) given.verdict = args.verdict;
    if (args?.source !== undefined) given.source = args.source;
    if (args?.speaker !== undefined) given.speaker = args.speaker;
    if (Object.keys(given).length) {
      session.apply(entry, editTag(entry, found.target.id, given, session.now()));
      return;
    }
    const id = found.target.id;
    let active: Field | undefined;
    for (;;) {
      const tag = entry.tags.find((t) => t.id === id);
      if (!tag) return;
      const field = await this.pickField(tag, active);
      if (!field || field === 'done') return;
      active = field;
      const edit = await this.ask(field, tag, doc);
      if (!edit || !changesTag(tag, edit)) continue;
      // The sidecar may have been reloaded or the tag removed meanwhile: edit what is there now.
      const current = session.store.loaded(doc.uri);
      if (!current || current.mode !== 'ok') return;
      session.apply(current, editTag(current, id, edit, session.now()));
      if (edit.category) await rememberCategory(session.state, edit.category);
    }
  }

  /** The list of fields with their current values; undefined when it is closed. */
  private async pickField(tag: Tag, active: Field | undefined): Promise<Field | undefined> {
    const { session } = this;
    const items: FieldItem[] = [
      { label: vscode.l10n.t('$(tag) Category'), description: session.label(tag.category), field: 'category' },
      { label: vscode.l10n.t('$(person) Speaker'), description: tag.speaker ?? vscode.l10n.t('none'), field: 'speaker' },
      { label: vscode.l10n.t('$(note) Note'), description: tag.note ?? vscode.l10n.t('none'), field: 'note' },
      { label: vscode.l10n.t('$(law) Verdict'), description: tag.verdict ?? vscode.l10n.t('none'), field: 'verdict' },
      { label: vscode.l10n.t('$(link) Source'), description: tag.source ?? vscode.l10n.t('none'), field: 'source' },
      { label: '', kind: vscode.QuickPickItemKind.Separator },
      { label: vscode.l10n.t('$(check) Done'), description: vscode.l10n.t('every change is kept as it is made'), field: 'done' },
    ];
    const current = items.find((i) => i.field === active);
    const chosen = await pickOne(items, {
      title: vscode.l10n.t('Edit Tag “{0}”', shortQuote(tag.quote)),
      placeholder: vscode.l10n.t('Choose what to change; the list comes back after each change (Escape or Done closes it)'),
      ...(current ? { active: current } : {}),
    });
    return chosen?.field;
  }

  /** Asks for one field's new value; undefined when the user backs out. */
  private async ask(field: Exclude<Field, 'done'>, tag: Tag, doc: vscode.TextDocument): Promise<TagEdit | undefined> {
    const { session } = this;
    const title = vscode.l10n.t('Edit Tag “{0}”', shortQuote(tag.quote, 40));
    switch (field) {
      case 'category': {
        if (!(await session.categories(doc.uri))) return undefined;
        const category = await pickCategory(doc.uri, session.codebook, session.state, vscode.l10n.t('{0}: Category', title), tag.category);
        return category ? { category } : undefined;
      }
      case 'note': {
        const note = await askText({ title: vscode.l10n.t('{0}: Note', title), value: tag.note ?? '', prompt: vscode.l10n.t('Empty to remove the note') });
        return note === undefined ? undefined : { note };
      }
      case 'verdict': {
        const other = vscode.l10n.t('Other…');
        const none = vscode.l10n.t('No Verdict');
        const items = [...VERDICTS.map((v) => ({ label: v, description: v === tag.verdict ? vscode.l10n.t('(current)') : '' })), { label: other, description: '' }, { label: none, description: '' }];
        const current = items.find((i) => i.label === tag.verdict);
        const picked = await pickOne(items, { title: vscode.l10n.t('{0}: Fact-Check Verdict', title), ...(current ? { active: current } : {}) });
        if (!picked) return undefined;
        if (picked.label === none) return { verdict: '' };
        if (picked.label !== other) return { verdict: picked.label };
        const typed = await askText({ title: vscode.l10n.t('{0}: Verdict', title), value: tag.verdict ?? '' });
        return typed === undefined ? undefined : { verdict: typed };
      }
      case 'source': {
        const source = await askText({
          title: vscode.l10n.t('{0}: Source URL', title),
          value: tag.source ?? '',
          prompt: vscode.l10n.t('The address of the fact-check source (empty to remove it)'),
          validate: (v) => (v.trim() === '' || isSourceAddress(v) ? undefined : vscode.l10n.t('Give an http:// or https:// address.')),
        });
        return source === undefined ? undefined : { source };
      }
      case 'speaker': {
        const speakers = session.models.get(doc).speakers.map((s) => s.name);
        const items: Array<vscode.QuickPickItem & { speaker?: string | null }> = speakers.map((name) => ({ label: name, description: name === tag.speaker ? vscode.l10n.t('(current)') : '', speaker: name }));
        items.push({ label: vscode.l10n.t('Someone Else…'), description: vscode.l10n.t('type a name') }, { label: vscode.l10n.t('No Speaker'), description: vscode.l10n.t('the claim is nobody’s in particular'), speaker: null });
        const picked = await pickOne(items, { title: vscode.l10n.t('{0}: Who Made the Claim', title), placeholder: vscode.l10n.t('The speaker the claim is attributed to') });
        if (!picked) return undefined;
        if (picked.speaker !== undefined) return { speaker: picked.speaker };
        const typed = await askText({ title: vscode.l10n.t('{0}: Speaker', title), value: tag.speaker ?? '', prompt: vscode.l10n.t('The name of whoever made the claim (empty for none)') });
        return typed === undefined ? undefined : { speaker: typed };
      }
    }
  }
}
