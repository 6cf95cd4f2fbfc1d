/**
 * The category picker: recent categories first, then the codebook as a
 * hierarchy; typing a category's shortcut digit picks it at once; the last
 * item adds a category to the workspace codebook.
 */
import * as vscode from 'vscode';
import { categoryIdFor, categoryPath, FALLBACK_COLOR, pickerOrder, type Category } from '../core/annotations';
import type { Codebook } from '../codebook';
import { announce, type ShownInput } from './commands/inputs';

const RECENT_KEY = 'transcript.tagging.recentCategories';
const RECENT_COUNT = 5;

interface CategoryItem extends vscode.QuickPickItem {
  category?: Category;
  create?: boolean;
}

/** The categories used most recently, most recent first. */
export function recentCategories(state: vscode.Memento): string[] {
  return state.get<string[]>(RECENT_KEY, []);
}

/** Remembers a category as the most recently used. */
export async function rememberCategory(state: vscode.Memento, id: string): Promise<void> {
  await state.update(RECENT_KEY, [id, ...recentCategories(state).filter((x) => x !== id)].slice(0, RECENT_COUNT));
}

/** Asks for a category; undefined when the user cancels. */
export async function pickCategory(uri: vscode.Uri, codebook: Codebook, state: vscode.Memento, title: string, current?: string): Promise<string | undefined> {
  const categories = codebook.categoriesFor(uri);
  const byId = new Map(categories.map((c) => [c.id, c]));
  const item = (c: Category, recent = false): CategoryItem => ({
    label: c.label,
    // The digit shows once, on the codebook's item: a recent one listed with it would show it twice.
    description: [c.shortcut !== undefined && !recent ? `${c.shortcut}` : '', c.parent ? categoryPath(c, byId) : '', c.id === current ? '(current)' : ''].filter(Boolean).join('  '),
    detail: c.description,
    iconPath: new vscode.ThemeIcon(recent ? 'history' : 'tag', c.color && !c.color.startsWith('#') ? new vscode.ThemeColor(c.color) : new vscode.ThemeColor(FALLBACK_COLOR)),
    category: c,
  });
  const items: CategoryItem[] = [];
  const { recent, all } = pickerOrder(categories, recentCategories(state));
  if (recent.length) {
    items.push({ label: 'recently used', kind: vscode.QuickPickItemKind.Separator });
    for (const c of recent) items.push(item(c, true));
    items.push({ label: 'codebook', kind: vscode.QuickPickItemKind.Separator });
  }
  for (const c of all) items.push(item(c));
  items.push({ label: 'New Category…', iconPath: new vscode.ThemeIcon('add'), description: 'add one to the workspace codebook', create: true, alwaysShow: true });

  const pick = vscode.window.createQuickPick<CategoryItem>();
  pick.title = title;
  pick.placeholder = vscode.l10n.t('Category (type to filter, or its digit)');
  pick.items = items;
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  const chosen = await new Promise<CategoryItem | undefined>((resolve) => {
    pick.onDidChangeValue((value) => {
      const digit = /^\d$/.test(value) ? Number(value) : undefined;
      const hit = digit !== undefined ? categories.find((c) => c.shortcut === digit) : undefined;
      if (hit) {
        resolve(item(hit));
        pick.hide();
      }
    });
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]);
      pick.hide();
    });
    pick.onDidHide(() => resolve(undefined));
    pick.show();
    announce(pick as unknown as ShownInput);
  });
  pick.dispose();
  if (!chosen) return undefined;
  if (chosen.create) return newCategory(uri, codebook, categories);
  return chosen.category?.id;
}

/** Asks for a new category's name and parent, and adds it to the workspace codebook. */
async function newCategory(uri: vscode.Uri, codebook: Codebook, categories: Category[]): Promise<string | undefined> {
  const label = await vscode.window.showInputBox({
    title: vscode.l10n.t('New Category'),
    prompt: vscode.l10n.t('The name of the new category (it is added to .transcripts/codebook.yaml)'),
    validateInput: (v) => (v.trim() === '' ? 'Give the category a name.' : categories.some((c) => c.label.toLowerCase() === v.trim().toLowerCase()) ? 'There is a category with that name already.' : undefined),
  });
  if (!label) return undefined;
  const none: vscode.QuickPickItem = { label: 'None (top level)' };
  const parent = await vscode.window.showQuickPick([none, ...categories.map((c) => ({ label: c.label, description: c.id }))], { title: vscode.l10n.t('Parent of “{0}”', label.trim()), placeHolder: vscode.l10n.t('The category it refines, if any') });
  if (!parent) return undefined;
  const category: Category = { id: categoryIdFor(label.trim(), new Set(categories.map((c) => c.id))), label: label.trim() };
  if (parent !== none && parent.description) category.parent = parent.description;
  try {
    await codebook.add(uri, category);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not add the category: {0}', (e as Error).message));
    return undefined;
  }
  return category.id;
}
