// Grammar tests: the JSON grammar is up to date with its source (syntaxes/transcript.tmLanguage.src.mjs),
// the unit assertions in test/grammar/*.test.transcript (vscode-tmgrammar-test syntax),
// the reviewed snapshots in test/grammar/snap/ (*.transcript, *.vtt, *.srt, each beside its .snap), and a CRLF check
// over both.
// Tokenizes with the vscode-textmate and vscode-oniguruma that VS Code ships, not the older copies
// nested inside vscode-tmgrammar-test.
//
//   node scripts/test-grammar.mjs            run everything, exit 1 on any failure
//   node scripts/test-grammar.mjs --update   rewrite the .snap files (review the diff before committing)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const tm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');
const { parseGrammarTestCase } = require('vscode-tmgrammar-test/dist/unit/parsing.js');
const { renderSnap } = require('vscode-tmgrammar-test/dist/snapshot/parsing.js');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const grammarPath = path.join(root, 'syntaxes', 'transcript.tmLanguage.json');
const { jsonText } = await import('../syntaxes/transcript.tmLanguage.src.mjs');
const unitDir = path.join(root, 'test', 'grammar');
const snapDir = path.join(root, 'test', 'grammar', 'snap');
const update = process.argv.includes('--update');

const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
const registry = new tm.Registry({
	onigLib: Promise.resolve({
		createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
		createOnigString: (s) => new oniguruma.OnigString(s),
	}),
	loadGrammar: async (scopeName) =>
		scopeName === 'text.transcript'
			? tm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath)
			: null,
});
const grammar = await registry.loadGrammar('text.transcript');

let passed = 0;
let failed = 0;
const fail = (message) => {
	failed++;
	console.log(`FAIL ${message}`);
};

// The JSON is generated: it must be what the source builds.
if (fs.readFileSync(grammarPath, 'utf8').replace(/\r\n/g, '\n') === jsonText()) {
	passed++;
} else {
	fail(`${path.relative(root, grammarPath)} is not what syntaxes/transcript.tmLanguage.src.mjs builds: run node syntaxes/transcript.tmLanguage.src.mjs`);
}

/**
 * Each line's tokens, as VS Code gets them. vscode-textmate tokenizes each line with a line break appended; a region
 * that lasts to the end of the line (rest-of-line, a label) ends its last token after that break, one past the line.
 * VS Code places tokens by their start only, so the end is cut at the line's end here, where the snapshots show it.
 */
function tokenizeLines(lines) {
	let stack = tm.INITIAL;
	return lines.map((line) => {
		const { tokens, ruleStack } = grammar.tokenizeLine(line, stack);
		stack = ruleStack;
		return tokens.map((t) => (t.endIndex > line.length && t.startIndex < line.length ? { ...t, endIndex: line.length } : t));
	});
}

/** Same semantics as vscode-tmgrammar-test: required scopes in order, excluded scopes by exact name. */
function checkAssertion(tokens, { from, to, scopes, exclude }) {
	const hit = tokens.filter((t) => from < t.endIndex && to > t.startIndex);
	if (hit.length === 0) {
		return scopes.length ? [`no token at ${from}-${to}`] : [];
	}
	const problems = [];
	for (const token of hit) {
		let i = 0;
		for (const scope of token.scopes) if (scope === scopes[i]) i++;
		if (i < scopes.length) problems.push(`${token.startIndex}-${token.endIndex} missing ${scopes.slice(i).join(' ')}; has ${token.scopes.join(' ')}`);
		const unexpected = exclude.filter((s) => token.scopes.includes(s));
		if (unexpected.length) problems.push(`${token.startIndex}-${token.endIndex} unexpected ${unexpected.join(' ')}`);
	}
	return problems;
}

/** A line ending in \r (a CRLF file read by a tool that splits on \n) must tokenize like the bare line. */
function checkCrlf(name, lines) {
	const plain = tokenizeLines(lines);
	const withCr = tokenizeLines(lines.map((l) => l + '\r'));
	const scopesAt = (tokens, i) => tokens.find((t) => t.startIndex <= i && i < t.endIndex)?.scopes.join(' ');
	for (let n = 0; n < lines.length; n++) {
		for (let i = 0; i < lines[n].length; i++) {
			const a = scopesAt(plain[n], i);
			const b = scopesAt(withCr[n], i);
			if (a !== b) return fail(`${name}: CRLF changes line ${n + 1} column ${i + 1}: ${a} became ${b}`);
		}
	}
	passed++;
}

const unitFiles = fs.readdirSync(unitDir).filter((f) => f.endsWith('.test.transcript')).sort();
for (const file of unitFiles) {
	const rel = path.relative(root, path.join(unitDir, file));
	const testCase = parseGrammarTestCase(fs.readFileSync(path.join(unitDir, file), 'utf8'));
	const tokens = tokenizeLines(testCase.source);
	for (const { testCaseLineNumber, sourceLineNumber, scopeAssertions } of testCase.assertions) {
		const problems = scopeAssertions.flatMap((a) => checkAssertion(tokens[sourceLineNumber], a));
		if (problems.length) {
			fail(`${rel}:${testCaseLineNumber + 1}  ${JSON.stringify(testCase.source[sourceLineNumber])}\n     ${problems.join('\n     ')}`);
		} else {
			passed++;
		}
	}
	checkCrlf(rel, testCase.source);
}

/** Snapshot inputs: every file of the transcript language (package.json gives it .transcript, .transcript.txt, .vtt and .srt). */
const SNAP_INPUT = /\.(?:transcript|transcript\.txt|vtt|srt)$/;
const snapFiles = fs.readdirSync(snapDir).filter((f) => SNAP_INPUT.test(f)).sort();
for (const file of snapFiles) {
	const source = path.join(snapDir, file);
	const rel = path.relative(root, source);
	const lines = fs.readFileSync(source, 'utf8').split(/\r\n|\n/);
	const tokens = tokenizeLines(lines);
	const actual = renderSnap(lines.map((src, i) => ({ src, tokens: tokens[i] })));
	const snapPath = source + '.snap';
	if (update || !fs.existsSync(snapPath)) {
		fs.writeFileSync(snapPath, actual, 'utf8');
		console.log(`wrote ${path.relative(root, snapPath)}: review it before committing`);
		passed++;
	} else {
		const expected = fs.readFileSync(snapPath, 'utf8').replace(/\r\n/g, '\n');
		if (expected === actual) {
			passed++;
		} else {
			const e = expected.split('\n');
			const a = actual.split('\n');
			const at = e.findIndex((line, i) => line !== a[i]);
			const n = at === -1 ? e.length : at;
			fail(`${rel}.snap differs from line ${n + 1}:\n     expected: ${e[n]}\n     actual:   ${a[n]}\n     (run node scripts/test-grammar.mjs --update, then review the diff)`);
		}
	}
	checkCrlf(rel, lines);
}

console.log(`grammar: ${passed} passed, ${failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
