// The source of syntaxes/transcript.tmLanguage.json. Edit this file, then run
//
//   node syntaxes/transcript.tmLanguage.src.mjs
//
// to write the JSON (VS Code reads only the JSON). `npm run test:grammar` fails when the JSON is not what this
// file builds. Scope names: test/grammar/README.md.
//
// How the grammar stays fast (VS Code runs it on every line of every open transcript). vscode-textmate asks one
// oniguruma scanner (all the patterns of the current rule) for the earliest match, again after each match. For a line
// under 1,000 bytes, vscode-oniguruma searches the whole set position by position (onig_regset_search), so:
//
// - Every pattern in a scanner costs something at every call: before walking the line, oniguruma searches ahead for
//   each pattern's first candidate. A pattern that starts with a literal of several characters (`https?://`, `www\.`)
//   is found by a quick skip search and costs little; a pattern that starts with one of a set of characters (a
//   bracket, a digit, a capital) is found by testing every byte against a first-character map, one pass per pattern.
//   So the inline rules that start with different characters are merged into ONE pattern (inline-tokens: one map
//   pass instead of three, 30% less time in the inline scanner); the two URL rules stay apart, as merged they would
//   stop at every h and w. In a merged pattern each rule must be a group of its own (`(?:a|b)|(?:c)`, as merge()
//   builds it): the same alternatives spread at the top level (`a|b|c`) made the scanner five times slower.
// - No `$` or `\Z` as a pattern of its own (a region end): oniguruma tries it at every position. `(?=\n)` is a
//   literal it skips to.
// - The file after its first line is one region (`document`) whose begin consumes the first line break, so that
//   vscode-textmate anchors \G at the start of every later line. Its scanner holds only \G-anchored patterns (its end
//   included), tried at the start of the line; once past it, vscode-textmate replaces \G with a character that never
//   occurs, which oniguruma rejects at once. What no line rule claims goes to `rest-of-line`, whose scanner holds only
//   the inline rules.
// - Repetitions are possessive (`*+`, `++`), atomic (`(?>...)`) or bounded, so that no line makes a pattern
//   backtrack; `{n,m}+` is NOT possessive in oniguruma (it means "{n,m}, one or more times").
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const r = String.raw;

/** A blank within a line: space, tab, no-break space, thin space, narrow no-break space. */
const B = r`[ \t\u00A0\u2009\u202F]`;
/**
 * An alternation grouped by first letter, order kept within each group: "a(?:ll news|ccept cookies)|t(?:weet|op)".
 * Oniguruma tries the alternatives of a group one after the other; grouped, a word that starts with another letter
 * costs one check per group instead of one per alternative. Only for case-insensitive lists whose alternatives
 * starting with different characters cannot match the same text; alternatives that do not start with a plain letter
 * stay as they are, after the groups.
 */
function byFirstLetter(list) {
	const groups = new Map();
	const others = [];
	for (const w of list) {
		if (/^[a-z]/i.test(w) && !/^[a-z][?*+{]/i.test(w)) {
			const k = w[0].toLowerCase();
			if (!groups.has(k)) groups.set(k, []);
			groups.get(k).push(w.slice(1));
		} else others.push(w);
	}
	const parts = [...groups].map(([k, rests]) => (rests.length === 1 ? k + rests[0] : `${k}(?:${rests.join('|')})`));
	return [...parts, ...others].join('|');
}
/** Case-insensitive alternation of words; in a word, a space matches one or more blanks, and `~` one blank. */
const words = (list) => `(?i:${byFirstLetter(list.map((w) => w.replace(/ /g, `${B}+`).replace(/~/g, B)))})`;
/** Case-insensitive alternation of words, spaces as they are. */
const literalWords = (list) => `(?i:${byFirstLetter(list)})`;

const TIME = r`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
const NUMERIC_DATE = r`\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}`;
const MONTHS_EN = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const MONTHS_RU = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';

// ---- line-start rules: each is tried at the start of a line only, in this order ----

const markdownHeading = {
	name: 'markup.heading.transcript',
	re: r`${B}{0,3}(#{1,6})${B}++(.*)$`,
	captures: {
		1: { name: 'punctuation.definition.heading.transcript' },
		2: { name: 'entity.name.section.transcript', patterns: [{ include: '#date' }] },
	},
};

const titleLine = {
	name: 'markup.heading.transcript',
	re: r`${B}*+(${words(['title', 'headline'])})${B}*(:)${B}*(.*)$`,
	captures: {
		1: { name: 'keyword.other.title.transcript' },
		2: { name: 'punctuation.separator.title.transcript' },
		3: { name: 'entity.name.section.transcript', patterns: [{ include: '#date' }] },
	},
};

/** Editorial notes: "Note: ...", "Editor's note: ...", "Source: ...", "Update: ...". */
const NOTE_WORDS = r`note|notes|editor['’]?s NOTE|editorial NOTE|source|sources|update|updated|correction|clarification|disclaimer|p\.?s\.?|n\.?b\.?`
	.replace(/ NOTE/g, ` note`)
	.split('|');
const noteLine = {
	name: 'comment.line.note.transcript',
	re: r`${B}*+(\**)(${words(NOTE_WORDS)})(\**)${B}*(:)(\**)(.*)$`,
	captures: {
		1: { name: 'punctuation.definition.bold.begin.transcript' },
		2: { name: 'keyword.other.note.transcript' },
		3: { name: 'punctuation.definition.bold.end.transcript' },
		4: { name: 'punctuation.separator.note.transcript' },
		5: { name: 'punctuation.definition.bold.end.transcript' },
		6: { patterns: [{ include: '#url' }, { include: '#date' }] },
	},
};

/**
 * Web page furniture that survives a copy and paste, one alternative each: a clock ("Moscow: 15:37"), a contact
 * heading ("Consular queries:"), contact details ("Phone: ..."), a line that is only a phone number or an e-mail
 * address, a news teaser ("20.11.2020 - Something happened"), a counter ("996 days have passed since ..."), and
 * buttons on a line of their own ("Share", "Print", "To be continued...").
 */
const BUTTONS = [
	'all (?:messages|news|events|materials)',
	r`to be continued(?:\.{1,3}|…)?`,
	'share',
	'share this(?: page)?',
	'print',
	'print version',
	'print this page',
	'subscribe',
	'tweet',
	'email this',
	'back to top',
	'top of page',
	'read more',
	'read also',
	'see also',
	'skip to (?:main )?content',
	'menu',
	'search',
	'home',
	'log~*in',
	'sign~*in',
	'sign~*up',
	'accept cookies',
	'advertisement',
	'related (?:news|articles|stories|materials)',
	r`\d+ comments?`,
];
const boilerplateLine = {
	name: 'comment.line.boilerplate.transcript',
	re:
		`${B}*+(?:` +
		[
			r`(?:\p{Lu}(?>[\p{L}\p{M} .'’\-]{0,40}):${B}*\d{1,2}:\d{2}(?::\d{2})?(?:${B}*(?i:[ap]\.?m\.?|gmt|utc|msk|bst|cet|cest|est|edt|pst|pdt))?\s*$)`,
			r`(?:${words(['(?:consular|press|media|visa|general|public|other|passport) (?:queries|enquiries|inquiries|contacts?|office|section|department|relations)', 'contact us', 'follow us', 'find us'])}${B}*:?\s*$)`,
			r`(?:(?i:phone|tel|telephone|fax|mobile|hotline|e-?mail|website|web|address)\.?${B}*:.*$)`,
			r`(?:(?!(?:${NUMERIC_DATE})\s*$)\+?\(?\d[\d \t\u00A0()\-./]{5,24}(?<=\d)\s*$)`,
			r`(?:[\w.+\-]++@[\w\-]++(?:\.[\w\-]++)++\s*$)`,
			r`(?:((?:${NUMERIC_DATE}))${B}+[-–—]${B}+.*$)`,
			r`(?:\d(?>[\d,.]{0,10})${B}+days?${B}+(?:have|has)${B}+passed${B}+since\b.*$)`,
			`(?:${words(BUTTONS)}${B}*[.…]*\\s*$)`,
		].join('|') +
		')',
	captures: { 1: { name: 'constant.numeric.date.transcript' } },
};

/** Words that, followed by a colon, start a line of metadata or a title, not a speaker's turn. */
const NOT_SPEAKERS = [
	'note', 'notes', "editor['’]?s note", 'editorial note', 'source', 'sources', 'update', 'updated', 'correction',
	'corrections', 'clarification', 'disclaimer', 'ps', r`p\.s\.`, 'nb', r`n\.b\.`, 'phone', 'tel', 'telephone', 'fax',
	'mobile', 'hotline', 'e-?mail', 'website', 'web', 'url', 'link', 'links', 'address', 'date', 'dated', 'time',
	'location', 'place', 'venue', 'subject', 'title', 'tags?', 'category', 'categories', 'keywords', 'posted',
	'published', 'share', 'print', 'related', 'see also', 'read more', 'read also', 'photos?', 'video', 'audio', 'listen',
	'watch', 'transcript', 'download', 'contacts?', 'follow us', 'copyright', 'attachments?', 'episode', 'part', 'chapter',
	'section', 'agenda', 'topics?', 'summary', 'abstract', 're', 'fwd?', 'warning', 'caution', 'tip', 'important', 'image',
	'caption', 'credits?', 'duration', 'length', 'runtime', 'format', 'languages?',
];
const QUESTIONERS = ['q', 'question', 'questions', 'questioner', 'journalist', 'reporter', 'correspondent', 'interviewer', 'audience', 'audience member', 'audience question', 'participant question'];
const MODERATORS = ['host', 'co-host', 'moderator', 'chair', 'chairman', 'chairwoman', 'chairperson', 'presenter', 'anchor', 'mc', 'facilitator', 'presiding officer'];
const RESPONDENTS = ['a', 'answer', 'answers', 'respondent', 'response'];
const NUMBERED_SPEAKERS = ['speaker', 'participant', 'person', 'voice', 'caller', 'guest', 'respondent', 'interviewee', 'witness', 'panell?ist', 'delegate', 'unknown speaker', 'unidentified speaker', 'male', 'female', 'man', 'woman', 'student', 'official', 'attendee'];
/** A capitalised word of a name, with an Arabic or French prefix: "Reyes", "al-Sabah", "d'Estaing". */
const NAME_WORD = r`(?>(?:[dl]['’]|(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|abd|ben)-)?\p{Lu}[\p{L}\p{M}'’.\-]*+)`;
const NAME_CHAR = r`[\p{L}\p{M}'’.\-]`;
const FIRST_PARTICLES = 'de|da|di|du|van|von|ter|ten|bin|ibn|al|el|la|le';
const PARTICLES = 'de|da|das|dos|do|del|della|di|du|la|le|van|von|der|den|ten|ter|zu|bin|ibn|bint|al|el|of|the|and|for|y|e|und';
const NAME =
	`(?:${NAME_WORD}|(?>(?:${FIRST_PARTICLES})(?!${NAME_CHAR})))` +
	`(?:${B}++(?:${NAME_WORD}|(?>(?:${PARTICLES})(?!${NAME_CHAR})))){0,7}`;

/** Speaker labels. Questioners, moderators and respondents are told apart by the label word. */
const label = {
	name: 'meta.label.transcript',
	re:
		r`${B}*+(?:(\[${TIME}\]|\(${TIME}\)|${TIME})${B}*)?` +
		'(?:' +
		r`(\*\*)?` +
		r`(?!${words(NOT_SPEAKERS)}(?:${B}*\d[\w.]*)?${B}*\**${B}*[:.])` +
		`(?:` +
		r`(${literalWords(QUESTIONERS)}(?:${B}*\d{1,3})?)` +
		r`|(${literalWords(MODERATORS)}(?:${B}*\d{1,3})?)` +
		`|(${literalWords(RESPONDENTS)})` +
		r`|(${literalWords(NUMBERED_SPEAKERS)}${B}*\d{1,3}|${NAME})` +
		')' +
		r`(\*\*)?(?:${B}++(\((?>[^()\n]{1,80})\)))?${B}*+(:)(\*\*)?` +
		r`(?!${B}*[0-9]{1,2}[:.][0-9]{2}(?![0-9]))(?=\s|$)` +
		r`(?:${B}*+(\(\p{L}(?>[^()\n]{0,119})\)))?` +
		r`|(Q)(\.)(?=${B}|\s*$)` +
		r`|(A)(\.)(?=${B}|\s*$)` +
		')',
	captures: {
		1: { name: 'constant.numeric.timestamp.transcript' },
		2: { name: 'punctuation.definition.bold.begin.transcript' },
		3: { name: 'keyword.other.questioner.transcript' },
		4: { name: 'entity.name.type.moderator.transcript' },
		5: { name: 'entity.name.function.speaker.respondent.transcript' },
		6: { name: 'entity.name.function.speaker.transcript' },
		7: { name: 'punctuation.definition.bold.end.transcript' },
		8: { name: 'comment.block.stage-direction.transcript' },
		9: { name: 'punctuation.separator.speaker.transcript' },
		10: { name: 'punctuation.definition.bold.end.transcript' },
		11: { name: 'comment.block.stage-direction.transcript' },
		12: { name: 'keyword.other.questioner.transcript' },
		13: { name: 'punctuation.separator.speaker.transcript' },
		14: { name: 'entity.name.function.speaker.respondent.transcript' },
		15: { name: 'punctuation.separator.speaker.transcript' },
	},
};

/** A parenthetical that is a line of its own: "(The briefing was concluded at 2:41 p.m.)". */
const stageDirectionLine = {
	name: 'comment.block.stage-direction.transcript',
	re: r`${B}*+\([^()\n]*+\)\s*$`,
};

const timestampLine = {
	re: r`${B}*+(${TIME})\s*$`,
	captures: { 1: { name: 'constant.numeric.timestamp.transcript' } },
};

/** A line in capitals with no colon: "SPEECHES, INTERVIEWS, ARTICLES". */
const capsHeading = {
	re: r`(?=[^\p{Ll}:]*+$)(?=.*?\p{Lu}\p{Lu})${B}*(.*?)\s*+$`,
	captures: { 1: { name: 'markup.heading.transcript' } },
};

/** Where the regions that hold the inline rules end: before the line break. */
const LINE_END = r`(?=\n)`;

/** The line-start rules, in the order they are tried. */
const lineRules = {
	'markdown-heading': lineRule(markdownHeading),
	'title-line': lineRule(titleLine),
	'note-line': lineRule(noteLine),
	'boilerplate-line': lineRule(boilerplateLine),
	label: {
		comment: 'Speaker labels at the start of a line, then the rest of the line. Questioners, moderators and respondents are told apart by the label word.',
		begin: r`\G${label.re}`,
		end: LINE_END,
		beginCaptures: { 0: { name: label.name }, ...label.captures },
		patterns: [{ include: '#inline' }],
	},
	'stage-direction-line': lineRule(stageDirectionLine),
	'timestamp-line': lineRule(timestampLine),
	'caps-heading': lineRule(capsHeading),
};

/** A match rule anchored at the start of the line. */
function lineRule({ comment, name, re, captures }) {
	return { ...(comment ? { comment } : {}), match: r`\G${re}`, ...(name ? { name } : {}), ...(captures ? { captures } : {}) };
}

// ---- inline rules ----

const SPEAKING_LANGUAGES = 'English|French|Russian|Spanish|Arabic|Chinese|Mandarin|Cantonese|German|Italian|Portuguese|Japanese|Korean|Ukrainian|Turkish|Persian|Farsi|Hindi|Urdu|Hebrew|Greek|Polish|Dutch|Swahili|Serbian|Armenian|Azerbaijani|Georgian|Kazakh|Uzbek';
/** What a parenthetical starts with when it describes the room rather than quotes a speaker. */
const STAGE_WORDS = [
	'laughter', 'laughs', 'laughing', 'chuckles', 'chuckling', 'applause', 'applauds', 'cheers', 'cheering', 'booing',
	'boos', 'inaudible', 'unintelligible', 'indiscernible', 'incomprehensible', 'crosstalk', 'cross-talk', `cross${B}talk`,
	'overlapping', 'interruption', 'interrupts', 'interrupting', 'pause', 'pauses', `long${B}pause`, 'silence', 'sighs',
	'coughs', 'music', 'beep', 'off[- ]mic', 'off[- ]camera', `no${B}audio`, `audio${B}gap`, `technical${B}difficulties`,
	`via${B}(?:an${B})?interpret(?:er|ation)`, `through${B}(?:an${B})?interpret(?:er|ation)`, `as${B}interpreted`,
	'interpreted', 'translated', 'translation', `simultaneous${B}interpretation`, `in${B}(?:${SPEAKING_LANGUAGES})`,
	r`speaking${B}(?:in${B})?\p{Lu}\p{Ll}+`, 'sic', 'ph', 'sp', 'phonetic', `end${B}of`, `beginning${B}of`, 'recess',
	'break', 'nods', 'gestures',
	`the${B}(?:briefing|meeting|press${B}conference|conference|hearing|session|interview|event|call|webcast)`,
	`briefing${B}(?:ends|concluded)`, `video${B}(?:plays|clip|shown)`, `audio${B}(?:plays|clip)`,
];

/** Month names by their capital, longest first: January, June, July, Jan, Jun, Jul; February, Feb; ... */
const MONTH_ALTERNATIVES = Object.entries({
	J: 'anuary|une|uly|an|un|ul',
	F: 'ebruary|eb',
	M: 'arch|ay|ar',
	A: 'pril|ugust|pr|ug',
	S: 'eptember|ept|ep',
	O: 'ctober|ct',
	N: 'ovember|ov',
	D: 'ecember|ec',
})
	.map(([c, rest]) => r`${c}(?<![\p{L}\p{N}]${c})(?:${rest})`)
	.join('|');
const URL_REST = r`[^\s<>"“”«»\[\]]*(?<![.,;:!?)’'])`;

/** Number of capturing groups in a regex (no named groups are used here). */
function groupCount(re) {
	let n = 0;
	let inClass = false;
	for (let i = 0; i < re.length; i++) {
		const c = re[i];
		if (c === '\\') i++;
		else if (inClass) inClass = c !== ']';
		else if (c === '[') inClass = true;
		else if (c === '(' && re[i + 1] !== '?') n++;
	}
	return n;
}

/**
 * One match rule from several, tried in the given order at each position (as separate rules would be, when they
 * cannot start at the same character): each rule's name becomes a group around it, its captures are renumbered.
 */
function merge(names) {
	const parts = [];
	const captures = {};
	let offset = 0;
	for (const name of names) {
		const rule = repository[name];
		if (rule.name) captures[++offset] = { name: rule.name };
		for (const [k, v] of Object.entries(rule.captures ?? {})) captures[offset + Number(k)] = v;
		parts.push(rule.name ? `(${rule.match})` : `(?:${rule.match})`);
		offset += groupCount(rule.match);
	}
	return { match: parts.join('|'), captures };
}

const repository = {
	'chrome-block': {
		comment: 'A list of other news under a LATEST EVENTS heading: page furniture down to "all messages" or the end of the file. Its begin ends with the line break, so \\G anchors its end at the start of each following line.',
		begin: r`\G${B}*+(${words(['latest (?:events|news|updates)', 'more news', 'other news', 'related (?:news|articles|stories|materials)'])})\s*$`,
		beginCaptures: { 1: { name: 'comment.line.boilerplate.transcript' } },
		end: r`\G${B}*+(${words(['all (?:messages|news|events|materials)'])})\s*$`,
		endCaptures: { 1: { name: 'comment.line.boilerplate.transcript' } },
		contentName: 'comment.block.boilerplate.transcript',
		patterns: [{ include: '#date' }, { include: '#url' }],
	},
	document: {
		comment: 'Everything after the first line. Its begin consumes the first line break, so vscode-textmate anchors \\G at the start of every later line. It never ends (its end, two noncharacters at the start of a line, does not occur; \\G(?!) would be tried at every position). Every pattern of this region is anchored with \\G and tried at the start of the line only.',
		begin: r`\n`,
		end: r`\G\uFFFF\uFFFE`,
		patterns: [{ include: '#chrome-block' }, { include: '#line-start' }, { include: '#rest-of-line' }],
	},
	line: {
		comment: 'The first line, if it is not empty: a region that starts with a zero-width match, so that \\G marks its start.',
		begin: r`^(?=[^\n])`,
		end: r`$`,
		patterns: [{ include: '#chrome-block' }, { include: '#line-start' }, { include: '#rest-of-line' }],
	},
	'rest-of-line': {
		comment: `What no line rule claimed: a region of its own, so that once past the start of the line the scanner holds only the inline rules. It ends before the line break (${LINE_END}), a literal that oniguruma finds at once, where $ would be tried at every position.`,
		begin: r`\G(?=[^\n])`,
		end: LINE_END,
		patterns: [{ include: '#inline' }],
	},
	'line-start': {
		comment: 'Rules that classify a whole line or its start, tried at the start of the line only; order matters.',
		patterns: Object.keys(lineRules).map((name) => ({ include: `#${name}` })),
	},
	...lineRules,
	inline: {
		patterns: [
			{ include: '#inline-tokens' },
			{ include: '#url' },
		],
	},

	'square-brackets': {
		comment: 'A timestamp [00:01:05], or the transcriber\'s note: [inaudible], [crosstalk], [In Russian, on UN reform].',
		match: r`(\[${TIME}\])|(\[[^\[\]\n]*+\])`,
		captures: {
			1: { name: 'constant.numeric.timestamp.transcript' },
			2: { name: 'comment.block.note.transcript' },
		},
	},
	parentheses: {
		comment: 'A timestamp (00:12), or a stage direction that describes the room rather than quotes a speaker: (Laughter.), (inaudible), (via interpreter).',
		match: r`(\((?=[0-9])${TIME}\))|(\((?=\p{L})(?i:${STAGE_WORDS.join('|')})(?![\p{L}])(?>[^()\n]{0,160})\))`,
		captures: {
			1: { name: 'constant.numeric.timestamp.transcript' },
			2: { name: 'comment.block.stage-direction.transcript' },
		},
	},
	numbers: {
		comment: 'Starting with a digit: a bare timestamp, which needs seconds (00:45:10, not 10:45), or a date: 12 May 2021, 1st of March 2020, 24 September, 12 мая 2021 г., 25.09.2020, 05/12/2021, 2021-05-12. The look-behinds come after the first digit so that the scan can skip to digits.',
		match:
			r`([0-9](?<![0-9:.][0-9])[0-9]?:[0-9]{2}:[0-9]{2}(?:[.,][0-9]{1,3})?(?![0-9:]))` +
			r`|([0-9](?<![\p{L}\p{N}.\-/][0-9])(?:` +
			r`[0-9]{3}-[0-9]{2}-[0-9]{2}(?![.\-/]?[0-9])` +
			r`|[0-9]?(?:` +
			r`(?:st|nd|rd|th)?${B}++(?:of${B}++)?(?:${MONTHS_EN})\.?(?:,?${B}++[0-9]{4})?` +
			r`|${B}++(?:${MONTHS_RU})(?:${B}++[0-9]{4}(?:${B}*+г\.)?)?` +
			r`|[./][0-9]{1,2}[./][0-9]{4}(?![.\-/][0-9])` +
			r`))(?![\p{L}\p{N}]))`,
		captures: {
			1: { name: 'constant.numeric.timestamp.transcript' },
			2: { name: 'constant.numeric.date.transcript' },
		},
	},
	'month-date': {
		comment: 'January 18, 2021; March 14; May 2021. One alternative per capital, each checking after its capital that no letter or digit comes before: oniguruma then finds the candidates by their first character.',
		match: `(?:${MONTH_ALTERNATIVES})` + r`\.?${B}++(?:[0-9]{1,2}(?:st|nd|rd|th)?(?:,?${B}++[0-9]{4})?|[0-9]{4})(?![\p{L}\p{N}])`,
		name: 'constant.numeric.date.transcript',
	},
	url: {
		comment: 'Two rules, so that each starts with a literal (http, www.) that oniguruma skips to, where [hw] would stop at every h and w of the text.',
		patterns: [
			{ match: r`https?://${URL_REST}`, name: 'markup.underline.link.transcript' },
			{ match: r`www\.${URL_REST}`, name: 'markup.underline.link.transcript' },
		],
	},
	quote: {
		comment: 'Quotations stay on their line: an unclosed quote highlights nothing, nor does an empty one. The content excludes the opening mark, so a line of marks cannot backtrack. No captures for the marks: one token per quotation keeps long lines cheap.',
		match: r`"[^"\n]++"|“[^“”\n]++”|«[^«»\n]++»`,
		name: 'string.quoted.double.transcript',
	},
};

repository['inline-tokens'] = {
	comment: 'square-brackets, parentheses, quote, numbers and month-date as one pattern (built by transcript.tmLanguage.src.mjs): they start with different characters (brackets and quotes, digits, the capitals of month names), so the order does not matter. Oniguruma finds the candidates of each with one pass over a first-character map; one merged pattern makes one pass where five patterns made three.',
	...merge(['square-brackets', 'parentheses', 'quote', 'numbers', 'month-date']),
};
repository.date = {
	comment: 'Dates (and bare timestamps) inside other rules: note lines, titles, the boilerplate block. numbers and month-date as one pattern, as in inline-tokens.',
	...merge(['numbers', 'month-date']),
};

export const grammar = {
	$schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
	name: 'Transcript',
	scopeName: 'text.transcript',
	comment: 'Generated from transcript.tmLanguage.src.mjs: edit that file, not this one. Line-oriented grammar for transcripts of press conferences, briefings, interviews and hearings. Scope names: see test/grammar/README.md.',
	patterns: [{ include: '#line' }, { include: '#document' }],
	repository,
};

export const jsonPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'transcript.tmLanguage.json');
/** The JSON text this source builds. */
export const jsonText = () => JSON.stringify(grammar, null, '\t') + '\n';

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	fs.writeFileSync(jsonPath, jsonText());
	console.log(`wrote ${path.relative(process.cwd(), jsonPath)}`);
}
