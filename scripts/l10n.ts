/**
 * What counts as user-facing text in the extension, found with the TypeScript
 * parser, and the message bundle made from it.
 *
 * User-facing (in `src/`, outside `src/core/` and `src/cli/`, whose messages are
 * data shared with the command line):
 *   - the message of `show{Information,Warning,Error}Message` and `setStatusBarMessage`;
 *   - the `title`, `placeholder`/`placeHolder` and `prompt` of the objects given to
 *     quick picks, input boxes and `withProgress`, and those properties assigned
 *     on a quick pick (`pick.title = ...`);
 *   - a webview panel's title (`createWebviewPanel`'s second argument);
 *   - a tree item's fixed label (`new vscode.TreeItem('Words', ...)`).
 * Text there is localised when it goes through `vscode.l10n.t`. A literal
 * counts when it holds a letter outside a `$(codicon)` (ids and icons alone are not text).
 *
 *   node --import tsx scripts/l10n.ts           lists the text that is not localised
 *   node --import tsx scripts/l10n.ts --bundle  writes l10n/bundle.l10n.json
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(import.meta.dirname, '..');

/** A piece of user-facing text not passed through `vscode.l10n.t`. */
export interface Unlocalised {
  file: string;
  line: number;
  text: string;
}

const MESSAGE_CALLS = new Set(['showInformationMessage', 'showWarningMessage', 'showErrorMessage', 'setStatusBarMessage']);
const TEXT_PROPERTIES = new Set(['title', 'placeholder', 'placeHolder', 'prompt']);

/** The extension's source files whose text users read. */
export function editorSourceFiles(root = ROOT): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const rel = relative(join(root, 'src'), path).split('\\').join('/');
      if (entry.isDirectory()) {
        if (rel !== 'core' && rel !== 'cli') walk(path);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
    }
  };
  walk(join(root, 'src'));
  return out.sort();
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const e = call.expression;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  if (ts.isIdentifier(e)) return e.text;
  return '';
}

function isL10nCall(node: ts.Node): boolean {
  return ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 't' && node.expression.expression.getText().endsWith('l10n');
}

/** The literals an expression may evaluate to, through conditionals, `??`, `||` and parentheses; not inside `vscode.l10n.t`. */
function textLiterals(node: ts.Expression | undefined, out: ts.Node[]): void {
  if (!node) return;
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return textLiterals(node.expression, out);
  if (ts.isConditionalExpression(node)) {
    textLiterals(node.whenTrue, out);
    textLiterals(node.whenFalse, out);
    return;
  }
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.PlusToken].includes(node.operatorToken.kind)) {
    textLiterals(node.left, out);
    textLiterals(node.right, out);
    return;
  }
  if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) && /\p{L}/u.test(node.getText().replace(/\$\([\w~-]+\)/g, ''))) out.push(node);
}

/** The user-facing literals of one file that do not go through `vscode.l10n.t`, as AST nodes. */
export function unlocalisedNodes(source: ts.SourceFile): ts.Node[] {
  const found: ts.Node[] = [];
  const visit = (node: ts.Node) => {
    if (isL10nCall(node)) return;
    if (ts.isCallExpression(node) && MESSAGE_CALLS.has(calleeName(node))) textLiterals(node.arguments[0], found);
    if (ts.isCallExpression(node) && calleeName(node) === 'createWebviewPanel') textLiterals(node.arguments[1], found);
    if (ts.isNewExpression(node) && calleeName(node) === 'TreeItem') textLiterals(node.arguments?.[0], found);
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && TEXT_PROPERTIES.has(node.name.text)) textLiterals(node.initializer, found);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && TEXT_PROPERTIES.has(node.left.name.text)) textLiterals(node.right, found);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function parse(file: string, text = readFileSync(file, 'utf8')): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

/** Every user-facing literal of the extension not passed through `vscode.l10n.t`. */
export function unlocalisedText(root = ROOT): Unlocalised[] {
  const out: Unlocalised[] = [];
  for (const file of editorSourceFiles(root)) {
    const source = parse(file);
    for (const node of unlocalisedNodes(source)) {
      out.push({ file: relative(root, file).split('\\').join('/'), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.getText() });
    }
  }
  return out;
}

/** Every message given to `vscode.l10n.t` in the extension: the keys of the bundle. */
export function l10nMessages(root = ROOT): string[] {
  const messages = new Set<string>();
  for (const file of editorSourceFiles(root)) {
    const visit = (node: ts.Node) => {
      if (isL10nCall(node)) {
        const first = (node as ts.CallExpression).arguments[0];
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) messages.add(first.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(parse(file));
  }
  return [...messages].sort();
}

/** The bundle's text: each message is its own English translation. */
export function bundleText(root = ROOT): string {
  return JSON.stringify(Object.fromEntries(l10nMessages(root).map((m) => [m, m])), null, 2) + '\n';
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  if (process.argv.includes('--bundle')) {
    writeFileSync(join(ROOT, 'l10n', 'bundle.l10n.json'), bundleText());
    console.log(`l10n: wrote l10n/bundle.l10n.json (${l10nMessages().length} messages)`);
  } else {
    const left = unlocalisedText();
    for (const u of left) console.log(`${u.file}:${u.line}: ${u.text}`);
    console.log(`l10n: ${left.length} user-facing string(s) not localised`);
  }
}
