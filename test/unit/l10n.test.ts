/**
 * Every user-facing string is localised: the extension's messages, quick pick
 * and input box titles, progress titles, webview titles and fixed tree labels
 * go through `vscode.l10n.t` (and are in l10n/bundle.l10n.json); every title
 * and description package.json contributes is a `%key%` of package.nls.json.
 * What counts as user-facing is defined in scripts/l10n.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { bundleText, unlocalisedNodes, unlocalisedText } from '../../scripts/l10n';

const ROOT = join(import.meta.dirname, '..', '..');

function flagged(code: string): string[] {
  return unlocalisedNodes(ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)).map((n) => n.getText());
}

test('what counts: messages, titles, placeholders, prompts, webview titles and fixed tree labels; ids and localised text do not', () => {
  assert.deepEqual(flagged("vscode.window.showInformationMessage('Nothing found.');"), ["'Nothing found.'"]);
  assert.deepEqual(flagged('vscode.window.showWarningMessage(`${n} tags left out`);'), ['`${n} tags left out`']);
  assert.deepEqual(flagged("vscode.window.showErrorMessage(ok ? 'Saved.' : 'Not saved.');"), ["'Saved.'", "'Not saved.'"]);
  assert.deepEqual(flagged("vscode.window.showQuickPick(items, { title: 'Pick One', placeHolder: 'Type to filter' });"), ["'Pick One'", "'Type to filter'"]);
  assert.deepEqual(flagged("pick.title = 'Said Again';"), ["'Said Again'"]);
  assert.deepEqual(flagged("vscode.window.createWebviewPanel('view.type', 'The Report', 1, {});"), ["'The Report'"]);
  assert.deepEqual(flagged("new vscode.TreeItem('Unlabelled turn');"), ["'Unlabelled turn'"]);
  assert.deepEqual(flagged("vscode.window.showInformationMessage(vscode.l10n.t('Nothing found in {0}.', name));"), []);
  assert.deepEqual(flagged("vscode.window.showInformationMessage(message, 'Open');"), [], 'a variable and the buttons are not the message literal');
  assert.deepEqual(flagged("vscode.window.setStatusBarMessage('$(check)', 2000);"), [], 'an icon alone holds no words');
});

test('every user-facing string of the extension goes through vscode.l10n.t', () => {
  const left = unlocalisedText(ROOT);
  assert.deepEqual(left.map((u) => `${u.file}:${u.line}: ${u.text}`), [], 'wrap these in vscode.l10n.t(...)');
});

test('l10n/bundle.l10n.json holds every message the code gives vscode.l10n.t', () => {
  assert.equal(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.json'), 'utf8'), bundleText(ROOT), 'run `npm run l10n` to write the bundle again');
});

/** The fields of package.json's contributions that users read. */
const TEXT_FIELDS = new Set(['title', 'category', 'shortTitle', 'description', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'deprecationMessage', 'markdownDeprecationMessage', 'name', 'contextualTitle', 'contents', 'label', 'altText']);

test('every title and description package.json contributes is a %key% of package.nls.json', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { displayName: string; description: string; contributes: unknown };
  const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
  const problems: string[] = [];
  const check = (value: unknown, where: string) => {
    if (typeof value !== 'string') return;
    const key = /^%(.+)%$/.exec(value)?.[1];
    if (!key) problems.push(`${where}: "${value.slice(0, 60)}" is not a %key%`);
    else if (!(key in nls)) problems.push(`${where}: %${key}% is not in package.nls.json`);
  };
  const walk = (node: unknown, where: string) => {
    if (Array.isArray(node)) node.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        // A property's name under `properties` is a setting id, not text; a menu's `when` and ids are not text either.
        if (TEXT_FIELDS.has(k) && !where.endsWith('.properties')) {
          if (Array.isArray(v)) v.forEach((x, i) => check(x, `${where}.${k}[${i}]`));
          else if (typeof v === 'string') check(v, `${where}.${k}`);
          else walk(v, `${where}.${k}`);
        } else walk(v, `${where}.${k}`);
      }
    }
  };
  check(manifest.displayName, 'displayName');
  check(manifest.description, 'description');
  walk(manifest.contributes, 'contributes');
  assert.deepEqual(problems, []);
});
