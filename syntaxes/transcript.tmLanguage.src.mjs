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
//   Then the walk visits every position up to the match and checks every pattern there, found or not: a second
//   pattern costs a check at every byte (the http link's rule, about 3% of the bench corpus's time, is that check and
//   its quick search, run again at every call: vscode-oniguruma caches nothing for lines under 1,000 bytes). Doing the
//   walk inside one \G-anchored pattern instead (a possessive skip to the next candidate, then `\K` and the tokens)
//   made the inline rules 15% slower: oniguruma's search crosses a line faster than a pattern does.
// - No `$` or `\Z` as a pattern of its own (a region end): oniguruma tries it at every position. Nor `(?=\n)`: an end
//   pattern is part of its region's scanner, searched for again after every token, and a search for the line break
//   is a pass over the rest of the line (a quarter of the time in the inline scanner went to it).
// - The whole file is one region (`document`), a `while` rule whose while (`^`) matches at the start of every line, so
//   that vscode-textmate anchors \G there (a while's match sets the anchor, whatever came before). Its scanner holds
//   only \G-anchored patterns, tried at the start of the line; once past it, vscode-textmate replaces \G with a
//   character that never occurs, which oniguruma rejects at once. What no line rule claims goes to `rest-of-line`,
//   whose scanner holds only the inline rules.
// - The regions that last to the end of a line (`rest-of-line`, the labels, a court line number, a form feed) are
//   `while` rules whose while never matches (NEXT_LINE): they hold no end pattern for the scanner to look for, and
//   vscode-textmate pops them at the start of the next line, before the document's rules run. Those the document
//   holds directly (`rest-of-line`, the labels) hold over an empty line instead (EMPTY_LINE): half the lines of a
//   transcript are the empty lines between paragraphs, and the document's scanner (every line rule, some 4 µs a line)
//   then never runs on them. They also hold over a line of prose or a labelled line (NEXT_PARAGRAPH), which the document
//   would give the same inline rules (a label's scopes come from the while's captures).
// - A line that plainly starts a sentence (PROSE_START) is taken by prose-line straight to the inline rules: every line
//   rule costs its attempt on every line of text, and such a line can match none of them. A line that starts like
//   `Name: text` (LABEL_LINE) tries the speaker label first (label-line), as no rule tried before the label can match
//   it, and a line that is one parenthetical is tried as a stage direction third (stage-line). A shortcut of this kind
//   must be a necessary condition, argued rule by rule, and keep the order of the rules.
// - The document's rules whose search would cross the line start with `(?!)|` (tryAtAnchorOnly): otherwise oniguruma
//   searches the rest of the line for a place the pattern could start before trying it at \G, for every such rule of
//   the scanner on every line, even when the first rule matches.
// - Each capture group of a matching pattern costs something at every match (vscode-oniguruma builds an object for
//   each, matched or not): label-line keeps only the groups that can match on its lines.
// - The document holds over empty lines: letting it close on them saves two scanner calls a paragraph, but it must then
//   be pushed again at each paragraph, which costs vscode-textmate as much (measured: no faster).
// - Repetitions are possessive (`*+`, `++`), atomic (`(?>...)`) or bounded, so that no line makes a pattern
//   backtrack; `{n,m}+` is NOT possessive in oniguruma (it means "{n,m}, one or more times").
// - The line-start scanner holds few entries: the whole-line rules tried before the labels are one pattern
//   (line-start-matches), the label regions two (label, and other-labels built by mergeRegions), the whole-line rules after
//   them another pattern (line-end-matches). One \G before each merged alternation keeps it anchored. Otter headers
//   stay cheap in the merge only because the blanks before a speaker's number are possessive (`${B}*+\d`): with `*`,
//   a 50,000-character line of blanks cost 50 times more once merged.
// - Caption cues, NOTE and STYLE blocks are `while` rules, not `end` rules: when a while fails, vscode-textmate keeps
//   \G at the start of the line for the parent, so the timing line that ends a cue starts the next one.
// - A line rule ends before the line break (EOL), not after it, so that its tokens stay within the line.
// - Rules merged into one pattern that start with different characters are chosen by a chain of conditionals on the
//   first character, (?(?=[0-9])numbers|(?(?=\[)brackets|...)), not tried as an alternation: an alternation goes on to
//   the rules after a candidate's own when its own fails, a conditional never does (inline-tokens). Rules merged into one
//   anchored pattern that start with blanks read them once, into group 1, and take them as \1 (mergeRules).
// - Where the time goes (measured on the bench's 3 MB, CPU time, loaded machine): a grammar with no rules at all takes
//   0.19 of the Markdown grammar's time (vscode-textmate's own work per line, a third of it building each line's
//   OnigString), the inline rules alone 0.41, this grammar about 0.5. The inline scanner costs about 17 ns a character
//   on lines under 500 characters, whatever its rules: oniguruma walks such a line position by position (3.7 ns) and
//   looks each position up in the first-character map (4.5 ns). On text in other languages (the real2 corpus's
//   Catalan, Galician, Spanish, German and French records) this grammar takes about the time Markdown takes: three lines
//   in four there reach the document's scanner (PROSE_START and LABEL_LINE are shaped on English), 7 to 12 µs a line.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const r = String.raw;

/** A blank within a line: space, tab, no-break space, thin space, narrow no-break space. */
const B = r`[ \t\u00A0\u2009\u202F]`;
/**
 * The end of a line rule: trailing white space, not the line break. A rule that consumed the line break would carry
 * the region it runs in (a court line number's, a form feed's) over to the next line.
 */
const EOL = r`[^\S\n]*+$`;
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
/** A time, or a range of times (`00:00:15 → 00:01:02`, `0:15 - 1:02`, `00:00:15 --> 00:01:02`), as a label's time before it. */
const TIME_SPAN = r`${TIME}(?:${B}*+(?:-->|[-–—→~])${B}*+${TIME})?`;
const NUMERIC_DATE = r`\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}`;
/**
 * An alternation grouped by exact first character, order kept within each group: "J(?:anuary|une|an)|F(?:ebruary|eb)".
 * For case-sensitive lists; a character that starts no word is then turned down in one test per group, not one per word.
 */
const byFirstChar = (list) => {
	const groups = new Map();
	for (const w of list) groups.set(w[0], [...(groups.get(w[0]) ?? []), w.slice(1)]);
	return [...groups].map(([c, rests]) => (rests.length === 1 ? c + rests[0] : `${c}(?:${rests.join('|')})`)).join('|');
};
const MONTHS_EN = byFirstChar('January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec'.split('|'));
const MONTHS_RU = byFirstChar('января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря'.split('|'));

// ---- line-start rules: each is tried at the start of a line only, in this order ----

const markdownHeading = {
	name: 'markup.heading.transcript',
	re: r`${B}{0,3}(#{1,6})${B}++(.*)$`,
	captures: {
		1: { name: 'punctuation.definition.heading.transcript' },
		2: { name: 'entity.name.section.transcript', patterns: [{ include: '#date' }] },
	},
};

/** The words of a title line: "Title: ...", "Headline: ...". */
const TITLE_WORDS = ['title', 'headline'];
const titleLine = {
	name: 'markup.heading.transcript',
	re: r`${B}*+(${words(TITLE_WORDS)})${B}*(:)${B}*(.*)$`,
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

/** Contact details: "Phone: ...", "E-mail: ...", "Address: ...". */
const CONTACT_WORDS = r`(?i:phone|tel|telephone|fax|mobile|hotline|e-?mail|website|web|address)`;
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
			r`(?:\p{Lu}(?=(?>[^:\n]{0,40}):${B}*+\d)(?>[\p{L}\p{M} .'’\-]{0,40}):${B}*+\d{1,2}:\d{2}(?::\d{2})?(?:${B}*(?i:[ap]\.?m\.?|gmt|utc|msk|bst|cet|cest|est|edt|pst|pdt))?${EOL})`,
			r`(?:${words(['(?:consular|press|media|visa|general|public|other|passport) (?:queries|enquiries|inquiries|contacts?|office|section|department|relations)', 'contact us', 'follow us', 'find us'])}${B}*:?${EOL})`,
			r`(?:${CONTACT_WORDS}\.?${B}*:.*$)`,
			r`(?:(?!(?:${NUMERIC_DATE})\s*$)\+?\(?\d[\d \t\u00A0()\-./]{5,24}(?<=\d)${EOL})`,
			r`(?:[\w.+\-]++@[\w\-]++(?:\.[\w\-]++)++${EOL})`,
			r`(?:((?:${NUMERIC_DATE}))${B}+[-–—]${B}+.*$)`,
			r`(?:\d(?>[\d,.]{0,10})${B}+days?${B}+(?:have|has)${B}+passed${B}+since\b.*$)`,
			`(?:${words(BUTTONS)}${B}*[.…]*${EOL})`,
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
/** The chair of a Westminster-style house by its office, as the reader's roleWords takes it (never `Speaker` alone: `Speaker 2` is a diariser's). */
const HOUSE_CHAIRS = [
	r`hon\.? (?:(?:deputy|temporary|acting|assistant) ){0,2}(?:speaker|chairperson)`,
	r`the (?:(?:deputy|temporary|acting|assistant) ){0,2}speaker(?: pro tempore)?`,
	r`mr\.? (?:(?:deputy|assistant) )?speaker`,
	r`madam (?:(?:deputy|assistant) )?speaker`,
	'the presiding officer',
];
const MODERATORS = ['host', 'the court', 'the presiding judge', 'co-host', 'moderator', 'chair', 'chairman', 'chairwoman', 'chairperson', 'presenter', 'anchor', 'mc', 'facilitator', 'presiding officer', 'de voorzitter', 'de voorzitster', 'an ceann comhairle', 'an cathaoirleach', ...HOUSE_CHAIRS];
const RESPONDENTS = ['a', 'answer', 'answers', 'respondent', 'response', 'the witness', 'witness', 'the deponent', 'deponent', 'interviewee'];
const NUMBERED_SPEAKERS = ['speaker', 'participant', 'person', 'voice', 'caller', 'guest', 'respondent', 'interviewee', 'witness', 'panell?ist', 'delegate', 'unknown speaker', 'unidentified speaker', 'male', 'female', 'man', 'woman', 'student', 'official', 'attendee'];
/** A capitalised word of a name, with an Arabic or French prefix: "Reyes", "al-Sabah", "d'Estaing". */
const NAME_WORD = r`(?>(?:[dl]['’]|(?:${byFirstChar('al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|abd|ben'.split('|'))})-)?\p{Lu}[\p{L}\p{M}'’.\-]*+)`;
const NAME_CHAR = r`[\p{L}\p{M}'’.\-]`;
const FIRST_PARTICLES = 'de|da|di|du|van|von|ter|ten|bin|ibn|al|el|la|le';
// `De heer Mulder (D66):`: the Dutch record's honorific in small letters.
const PARTICLES = 'de|da|das|dos|do|del|della|di|du|la|le|van|von|der|den|ten|ter|zu|bin|ibn|bint|al|el|of|the|and|for|y|e|und|heer';
const NAME =
	`(?:${NAME_WORD}|(?>(?:${byFirstChar(FIRST_PARTICLES.split('|'))})(?!${NAME_CHAR})))` +
	`(?:${B}++(?:${NAME_WORD}|(?>(?:${byFirstChar(PARTICLES.split('|'))})(?!${NAME_CHAR})))){0,7}`;

/**
 * The start of a line of plain prose, which no line rule can match: a capitalised word, then three words in lower case
 * (the first of them not a name particle) and the start of a fifth word, one space apart, a comma allowed after each;
 * the second word may also be `I` after a first word of two letters or more (`As I said`, `So I think`: a lone capital
 * first is a bare `Q`, which qa-bare takes before a capital). prose-line also wants no colon followed by a digit
 * (PROSE_NO_CLOCK).
 * Every line rule needs something this excludes: a colon right after a name or a word of its own (labels, notes,
 * titles, phone lines), a colon followed by a digit (clocks), a capital, digit, bracket, blank or mark at the start or
 * (but for `I`) in the second word (names, headings, page furniture, timestamps, cues, Q and A), a line without lower
 * case (caps headings), or a line of at most four words (buttons, contact headings, review notices, chrome headings; the
 * fifth word's first character is not a full stop, an ellipsis or a colon, which end a button). A name runs on only
 * through capitalised words and particles, and a role word (`audience member`, `the presiding judge`) is at most three
 * words long, so the words in lower case end any name or role word (`As I` at most) before its colon or time. Such a
 * line then skips every line rule: about a fifth of the corpus time went to trying them.
 */
const PROSE_START =
	r`\p{Lu}(?:\p{Ll}*+,? (?!(?:${byFirstChar(PARTICLES.split('|'))}) )\p{Ll}++|\p{Ll}++,? I),? \p{Ll}++,? \p{Ll}++,? [^\s.…:]`;
/**
 * No colon followed by blanks and a digit in the first 42 characters: the only line rule that a line of PROSE_START can
 * meet through a colon further on is the clock of boilerplate-line (`Doors open at the venue: 9:30`), whose name of up to
 * 40 letters and spaces after a capital ends at the line's first colon, followed by blanks and a digit. Any other colon
 * (`Our position is simple: ...`, `https://`) leaves the line to prose-line.
 */
const PROSE_NO_CLOCK = r`(?!(?>[^:\n]{0,41}):${B}*+\d)`;

// ---- building a rule from its parts: each captured part names its scope, the groups are numbered here ----

/** A captured part of a rule: its regex and the scope of what it matches. */
const cap = (scope, re, patterns) => ({ scope, re, patterns });
/** A regex and its captures from a list of parts: plain strings, and captured parts made with cap(). */
function build(parts) {
	let re = '';
	const captures = {};
	let n = 0;
	for (const part of parts) {
		if (typeof part === 'string') {
			re += part;
			n += groupCount(part);
		} else {
			n++;
			captures[n] = part.patterns ? { name: part.scope, patterns: part.patterns } : { name: part.scope };
			re += `(${part.re})`;
			n += groupCount(part.re);
		}
	}
	return { re, captures };
}

const S_LABEL = 'meta.label.transcript';
const S_SPEAKER = 'entity.name.function.speaker.transcript';
const S_RESPONDENT = 'entity.name.function.speaker.respondent.transcript';
const S_QUESTIONER = 'keyword.other.questioner.transcript';
const S_MODERATOR = 'entity.name.type.moderator.transcript';
const S_SEPARATOR = 'punctuation.separator.speaker.transcript';
const S_TIMESTAMP = 'constant.numeric.timestamp.transcript';
const S_STAGE = 'comment.block.stage-direction.transcript';
const S_BOLD_BEGIN = 'punctuation.definition.bold.begin.transcript';
const S_BOLD_END = 'punctuation.definition.bold.end.transcript';

/** The names diarisers give: `SPEAKER_03`, `spk_0`, `Speaker-2` (`Speaker 1` is a numbered speaker). */
const DIARISED = r`(?i:speaker|spk)[_\-]\d{1,3}(?![\p{L}\p{N}])`;
/** A diarised name, spaced or not, as written inside brackets: `Speaker 1`, `SPEAKER_03`, `Unknown Speaker`. */
const DIARISED_ANY = r`(?:(?i:speaker|spk)(?:[ _\-]?\d{1,3}|[ _][A-Z])|(?i:unknown|unidentified)[ _](?i:speaker)(?:[ _]\d{1,3})?)(?![\p{L}\p{N}])`;
/** A time in brackets or parentheses: `[00:17]`, `(01:20)`. */
const ENCLOSED_TIME = r`\[${TIME}\]|\(${TIME}\)`;

/**
 * Who a label names, told apart by the label word: questioner, moderator, respondent, or any other speaker. Without
 * `numbered`, the other speaker is a name only (no `Speaker 2`, no `SPEAKER_03`), for a line whose words hold no digit.
 */
const who = ({ respondents = true, numbered = true } = {}) => [
	'(?:',
	// `FRAGE JESSEN:`, `ZUSATZFRAGE DR. RINKE:`: the German government's press conference names the asker after the word.
	cap(S_QUESTIONER, r`${literalWords(QUESTIONERS)}(?:${B}*+\d{1,3})?|${literalWords(['zusatzfrage', 'nachfrage', 'frage'])}${B}++(?=\p{Lu})${NAME}`),
	'|',
	// `VORS. OSTERKAMP:`: that conference's chair.
	cap(S_MODERATOR, r`${literalWords(MODERATORS)}(?:${B}*+\d{1,3})?|(?i:vors)\.${B}++(?=\p{Lu})${NAME}`),
	...(respondents ? ['|', cap(S_RESPONDENT, literalWords(RESPONDENTS))] : []),
	'|',
	// `UNIDENTIFIED PERSON #1`: a news programme numbers the voices it cannot name.
	cap(S_SPEAKER, numbered ? r`${literalWords(NUMBERED_SPEAKERS)}${B}*+\d{1,3}|${DIARISED}|(?i:unknown|unidentified)${B}\p{L}++(?:${B}\p{L}++)?${B}?#\d{1,3}|${NAME}` : NAME),
	')',
];
/** A label word that is not a speaker: "Note:", "Phone:", "Episode 42:". */
const NOT_A_SPEAKER = r`(?!${words(NOT_SPEAKERS)}(?:${B}*+\d[\w.]*)?${B}*+\**+${B}*+[:.])`;

/**
 * The colon is ahead, with nothing but a name, bold, blanks and parentheses before it: one pass to find it, so that a
 * line without one is not read name by name, and a line of prose stops the pass at its first comma.
 */
/** A degree or a post-nominal after the name and a comma (`Ann Lee, PhD:`), as the reader's labels take it. */
const CREDENTIAL = r`(?:Ph\.?${B}?D|PHD|Psy\.?${B}?D|PSYD|M\.?${B}?D|D\.?${B}?O|Ed\.?${B}?D|EDD|J\.?${B}?D|DDS|DVM|MPH|MBA|MSW|LCSW|LMFT|RN|NP|CPA|Esq|ESQ|OBE|MBE|CBE|KC|QC)\.?`;
const COLON_AHEAD = r`(?=(?:[^:\n(,;!?"“”]++|\((?>[^()\n]*+)\)|,${B}*+${CREDENTIAL}(?=${B}*+(?:\*\*)?:))*+:)`;

/**
 * Speaker labels. Questioners, moderators and respondents are told apart by the label word. A label may carry a
 * timestamp before it (`[00:01:20] Name:`), markdown bold around it (`**Name:**`, `**[00:48] SPEAKER_01:**`), a time
 * before its colon (Rev: `Name (01:20):`) or a note (`QUESTION (Reuters):`, `Question [Reuters]:`).
 */
const label = {
	name: S_LABEL,
	...build([
		`${B}*+`,
		cap(S_BOLD_BEGIN, r`\*\*`),
		'?',
		r`(?:`,
		cap(S_TIMESTAMP, r`\[${TIME_SPAN}\]|\(${TIME_SPAN}\)|${TIME_SPAN}`),
		`${B}*)?`,
		'(?:',
		cap(S_BOLD_BEGIN, r`\*\*`),
		'?',
		COLON_AHEAD,
		NOT_A_SPEAKER,
		...who(),
		`(?:,${B}*+`,
		cap(S_STAGE, CREDENTIAL),
		')?',
		cap(S_BOLD_END, r`\*\*`),
		`?(?:${B}++(?:`,
		cap(S_TIMESTAMP, r`\(${TIME}\)`),
		'|',
		cap(S_STAGE, r`\((?>[^()\n]{1,80})\)|\[(?>[^\[\]\n]{1,60})\]`),
		`))?${B}*+`,
		cap(S_SEPARATOR, ':'),
		cap(S_BOLD_END, r`\*\*`),
		'?',
		r`(?!${B}*[0-9]{1,2}[:.][0-9]{2}(?![0-9]))(?=\s|$)`,
		`(?:${B}*+`,
		cap(S_STAGE, r`\(\p{L}(?>[^()\n]{0,119})\)`),
		')?|',
		cap(S_QUESTIONER, 'Q'),
		cap(S_SEPARATOR, r`\.`),
		r`(?=${B}|\s*$)|`,
		cap(S_RESPONDENT, 'A'),
		cap(S_SEPARATOR, r`\.`),
		r`(?=${B}|\s*$)`,
		')',
	]),
};

/**
 * The Congressional Record: `Mrs. HUTCHISON. Mr. President, ...`, `The PRESIDING OFFICER. Without objection`,
 * `The SPEAKER pro tempore (Mr. Poe). The question is ...`. The presiding officer moderates.
 */
const RECORD_CAPS = r`\p{Lu}[\p{Lu}'’\-]++`;
/** The offices printed hearings put before a name in capitals (`Senator GRASSLEY.`, `Director QUINN.`, `Acting Administrator PRUITT.`): the same lists as HEARING_OFFICES and HEARING_RANKS in src/core/formats/labels.ts, kept in step by hand (this script builds JSON and reads no TypeScript). */
const HEARING_RANKS = ['Acting', 'Deputy', 'Assistant', 'Associate', 'Under', 'Vice', 'Ranking'];
const HEARING_OFFICES = ['Senator', 'Chairman', 'Chairwoman', 'Chair', 'Representative', 'Secretary', 'General', 'Admiral', 'Ambassador', 'Governor', 'Judge', 'Commissioner', 'Delegate', 'Speaker', 'Director', 'Administrator', r`Attorney${B}General`, r`Inspector${B}General`, 'Member', 'Chief', 'Captain', 'Colonel', 'Lieutenant', 'Sheriff', 'Mayor', 'President', 'Professor', 'Justice', 'Superintendent', 'Dean', 'Reverend'];
// Grouped by first letter, so that a line's first word is turned down in a test or two, not one per office.
const HEARING_TITLE = r`(?:(?:${byFirstChar(HEARING_RANKS)})${B})?(?:${byFirstChar(HEARING_OFFICES)})`;
const recordLabel = {
	name: S_LABEL,
	...build([
		`${B}*+(?:`,
		cap(
			S_MODERATOR,
			r`(?:The|THE)${B}(?:PRESIDING${B}OFFICER|SPEAKER|CHAIR(?:MAN|WOMAN)?|(?:ACTING${B}|VICE${B})?PRESIDENT)(?:${B}(?:pro${B}tempore|PRO${B}TEMPORE))?` +
				// The French record: `M. le président.`, `Mme la vice-présidente.`; the Italian: `PRESIDENTE.`
				r`|(?:M\.|Mme)${B}(?:le|la)${B}(?:vice-)?présidente?(?=\.)|(?:VICE)?PRESIDENTE(?=\.)`,
		),
		'|',
		// `M. le ministre de la santé.`, `Mme la rapporteure.`, `M. le garde des sceaux, ministre de la justice.`
		cap(
			S_RESPONDENT,
			r`(?:M\.|Mme)${B}(?:le|la|l['’])${B}?(?:ministre|(?:Premier|Première)${B}ministre|secrétaire${B}d['’]État|garde${B}des${B}[Ss]ceaux|rapporteure?)[^.\n]{0,160}?(?=\.)` +
				// `ANNA VERDI, Ministra dell’istruzione.`: the Italian record's government.
				r`|\p{Lu}[\p{Lu}'’\-]++(?:${B}\p{Lu}[\p{Lu}'’\-]++){0,3},${B}(?:[Mm]inistr[oa]|[Ss]ottosegretari[oa]|[Vv]iceministr[oa])[^.\n]{0,120}?(?=\.)`,
		),
		'|',
		// `Mme Lise Garnier.`, `M. Hugo de Villeneuve.`, `M. Marc Aubry, rapporteur.`
		cap(S_SPEAKER, r`(?:M\.|Mme|Mlle)${B}\p{Lu}[\p{L}'’\-]++(?:${B}(?:(?:de|du|des|de${B}la|d['’])${B}?)?\p{Lu}[\p{L}'’\-]++){0,4}(?:,${B}[^.\n]{1,100}?)?(?=\.)`),
		'|',
		cap(
			S_SPEAKER,
			// A committee's verbatim minutes print the title in capitals too: `MR. BRANDT.`, `MS. DeLUCA.`
			r`(?:(?:Mr|Mrs|Ms|Miss|Dr|MR|MRS|MS|MISS|DR|SEN|REP)\.|${HEARING_TITLE})${B}(?:Mc|Mac|Le|La|De|Di|Du|Van|O['’])?${RECORD_CAPS}(?:${B}${RECORD_CAPS})?(?:${B}of${B}\p{Lu}\p{Ll}++(?:${B}\p{Lu}\p{Ll}++)?)?` +
				r`|(?:The|THE)(?:${B}\p{Lu}[\p{Lu}\-]++){0,3}?${B}CLERK` +
				// The Italian record's member by one name with the group: `BIANCHI (PD).`
				r`|\p{Lu}[\p{Lu}'’\-]++(?=${B}\([^()\n]{1,40}\)\.)`,
		),
		`)(?:${B}`,
		cap(S_STAGE, r`\((?>[^()\n]{1,60})\)`),
		')?',
		cap(S_SEPARATOR, r`\.`),
		r`(?=${B}++\S)`,
	]),
};

/**
 * `DANA ROWE, CNN HOST:`, `GOV. MARIA ELKIN (D), NORTH PORT:`: a news programme names a speaker in full the first time,
 * in capitals, a party in brackets and what they are after a comma (CAPS_DESCRIBED_RE in src/core/formats/labels.ts).
 */
const CAPS_NAME_WORD = r`(?:\p{Lu}[\p{Lu}'’.\-]*+|Mc\p{Lu}[\p{Lu}'’\-]*+)`;
const describedLabel = {
	name: S_LABEL,
	...build([
		`${B}*+`,
		cap(S_SPEAKER, `${CAPS_NAME_WORD}(?:${B}${CAPS_NAME_WORD}){1,4}`),
		`(?:${B}`,
		cap(S_STAGE, r`\([\p{Lu}\d][\p{Lu}\d\- ,.]{0,14}\)`),
		`)?,${B}++`,
		cap(S_STAGE, r`[\p{Lu}\d][\p{Lu}\d'’.&/\- ,]{1,90}?`),
		`${B}*+`,
		cap(S_SEPARATOR, ':'),
		r`(?=\s|$)`,
	]),
};

/**
 * `Q` and `A` with no punctuation: the White House `Q` followed by a tab, a no-break space or two spaces, and the
 * deposition `Q Great.` (one space, then a capital). `A` followed by a single space is left alone: "A French official
 * said" is ordinary English. After a court line number, see qaAfterNumber.
 */
const qaBare = {
	name: S_LABEL,
	...build([
		`${B}*+(?:`,
		cap(S_QUESTIONER, 'Q'),
		r`(?=(?:\t|\u00A0|${B}{2})${B}*+\S|${B}[\p{Lu}\p{N}"“'‘(])|`,
		cap(S_RESPONDENT, 'A'),
		r`(?=(?:\t|\u00A0|${B}{2})${B}*+\S))`,
	]),
};
/** After a court line number (`12 A Yes.`, `[2]A Because ...`), `A` followed by one space and a capital is the witness. */
const qaAfterNumber = {
	name: S_LABEL,
	...build(['(?:', cap(S_QUESTIONER, 'Q'), '|', cap(S_RESPONDENT, 'A'), r`)(?=${B}[\p{Lu}\p{N}"“'‘(])`]),
};

/**
 * A name and a time alone on a line, the words on the lines below: Otter (`Emma Lind  0:00`, `**Emma**    0:00`,
 * `0:00 Unknown Speaker  00:10`), Rev with the time in brackets, `Stephan Livera 00:02:14`, `Speaker 0: 00:00:16`.
 * Without bold, two blanks or a tab must separate the name from the time, or the time must have seconds or brackets
 * (with one blank or a colon), so that "Doors open 9:30" stays prose and "Moscow: 15:37" page furniture.
 */
const HEADER_TIME = r`\(${TIME}\)|\[${TIME}\]|${TIME}`;
const LONG_TIME = r`\d{1,2}:\d{2}:\d{2}`;
/** Any character but a blank, a line break or a colon: the words of a quick look ahead. */
const NOT_BLANK_OR_COLON = r`[^\s:\u00A0\u2009\u202F]`;
const otterHeader = {
	name: S_LABEL,
	...build([
		`${B}*+(?:`,
		cap(S_TIMESTAMP, TIME),
		`${B}++)?`,
		// A cheap look first (bold, or a few words then two blanks or a tab), so that a line of speech is rejected
		// before the names and role words are tried. Its words are any characters but blanks and colons: a class
		// of Unicode properties cost ten times more a character on Cyrillic text, and a look that lets more through
		// keeps every header the rule matches. After two blanks or a tab it wants the time's first character, so that
		// a long run of blanks is crossed once, here, and not again by each way of reading the name.
		r`(?=\*\*|(?>${NOT_BLANK_OR_COLON}++)(?>${B}${NOT_BLANK_OR_COLON}++){0,7}(?:(?:\t|${B}{2})${B}*+[(\[\d]|${B}(?:${LONG_TIME}|[(\[]\d)|:${B}++${LONG_TIME}))`,
		r`(?!${words(NOT_SPEAKERS)}(?![\p{L}]))`,
		'(?:',
		cap(S_BOLD_BEGIN, r`\*\*`),
		...who({ respondents: false }),
		cap(S_BOLD_END, r`\*\*`),
		`${B}*+|`,
		...who({ respondents: false }),
		r`(?:(?:\t|${B}{2})${B}*+|${B}(?=${LONG_TIME}|[(\[]\d)|`,
		cap(S_SEPARATOR, ':'),
		r`${B}++(?=${LONG_TIME})))`,
		cap(S_TIMESTAMP, HEADER_TIME),
		r`${EOL}`,
	]),
};

/**
 * A name, a time, then the words on the same line, with no colon needed: `**Ali** [00:00:00] text`,
 * `[Speaker 1] [00:17] text`, `SPEAKER_01 [00:17] text`; and a diariser's name in brackets, `[SPEAKER_03]: text`.
 * A bracketed name that is not a diariser's needs the time (`[Laughter] Yes.` is a transcriber's note).
 */
const S_BRACKET_BEGIN = 'punctuation.definition.label.begin.transcript';
const S_BRACKET_END = 'punctuation.definition.label.end.transcript';
const nameTimeText = {
	name: S_LABEL,
	...build([
		`${B}*+(?:`,
		cap(S_BOLD_BEGIN, r`\*\*`),
		...who({ respondents: false }),
		cap(S_BOLD_END, r`\*\*`),
		`${B}*+`,
		cap(S_TIMESTAMP, ENCLOSED_TIME),
		'|',
		cap(S_BRACKET_BEGIN, r`\[`),
		cap(S_SPEAKER, DIARISED_ANY),
		cap(S_BRACKET_END, r`\]`),
		`(?:${B}*+`,
		cap(S_TIMESTAMP, ENCLOSED_TIME),
		')?|',
		cap(S_BRACKET_BEGIN, r`\[`),
		cap(S_SPEAKER, NAME),
		cap(S_BRACKET_END, r`\]`),
		`${B}*+`,
		cap(S_TIMESTAMP, ENCLOSED_TIME),
		'|',
		cap(S_SPEAKER, DIARISED),
		`${B}*+`,
		cap(S_TIMESTAMP, ENCLOSED_TIME),
		`)${B}*+`,
		cap(S_SEPARATOR, ':'),
		r`?(?=${B}*+\S)`,
	]),
};

/** Small words that do not start a name: a line that starts with one is a sentence, not a label. */
const FUNCTION_WORDS = [
	'a', 'an', 'and', 'are', 'as', 'at', 'be', 'because', 'but', 'by', 'for', 'from', 'he', 'her', 'his', 'how', 'i', 'if', 'in',
	'is', 'it', 'its', 'me', 'my', 'no', 'not', 'now', 'of', 'on', 'or', 'our', 'she', 'so', 'that', 'the', 'their', 'them', 'then',
	'there', 'these', 'they', 'this', 'those', 'to', 'was', 'we', 'well', 'were', 'what', 'when', 'where', 'which', 'who', 'why',
	'will', 'with', 'yes', 'you', 'your', 'okay', 'ok', 'here', 'just', 'like', 'note', 'https?', 'www', 'thanks', 'thank',
];
const NOT_FUNCTION_WORD = r`(?!${literalWords(FUNCTION_WORDS)}(?![\p{L}\p{N}.@_\-]))`;
/** A word of a name written any way: lower case, digits, an e-mail address or an id. */
const ANY_WORD = r`[^\s:"“”?!;,\[\](){}<>](?>[^\s:"“”?!;,<>]*+)`;
/** A later word of such a name, which may be a parenthesis: `Lopez, Ana (Harbour Board)`. */
const ANY_LATER_WORD = r`[^\s:"“”?!;,<>]++`;

/** The converted format: after a bracketed time, any name of up to eight words before a colon: `[00:01:20] leo park 2: ...`. */
const timedAnyName = {
	name: S_LABEL,
	...build([
		`${B}*+`,
		cap(S_TIMESTAMP, r`\[${TIME}\]`),
		`${B}++${NOT_FUNCTION_WORD}`,
		cap(S_SPEAKER, r`${ANY_WORD}(?>(?:,?${B}++${ANY_LATER_WORD})){0,7}`),
		`${B}*+`,
		cap(S_SEPARATOR, ':'),
		r`(?=${B}++\S|\s*$)`,
	]),
};

/**
 * Chinese, Japanese and Korean labels, which no capital starts, as the reader takes them: a speaker before a full-width
 * colon (`主席：`, `問：`, `陳志全議員：`, `法新社記者：`; a Korean one before either colon: `사회자: `), and the speaker the
 * circle of assembly minutes opens (`○委員長（山田太郎君）`, `○佐藤一郎君`, `◆佐藤議員`, `○（木村委員）`,
 * `◯위원장 홍길동  `, `◯박보람 위원  `, `◯환경부장관 오세린 `). A chair moderates; a member (`君`, `議員`, `委員`,
 * `위원`, `의원`, `간사`) asks; an office answers. A word of a sentence (`他說：`, `政府可否告知本會：`), a numbered heading
 * (`第一項議員議案：`), a note (`註：`), the roll (`出席議員：`, `○出席委員`, `◯출석 위원`) and a heading the circle
 * opens (`○議事日程（第７号）`) are no speaker.
 */
const CJK_NAME_CHAR = r`[\p{Han}\p{Hiragana}\p{Katakana}ー・·]`;
const CJK_NOT_SPEAKER =
	r`(?![^：\n]{0,20}?(?:[我你妳他她們们的了是說说這这讓让請请想還还就]|表示|認為|认为|指出|告訴|告诉|告知|寫道|写道|而言|提出|包括|回應|回应|以下|如下|下列|有云))` +
	r`(?!第[一二三四五六七八九十百千〇零两兩0-9０-９]+[項项章節节條条款部個个次回]|出席|缺席|欠席|列席|註|資料來源|资料来源|出典|(?:表|圖|图|附件|附錄|附录)[一二三四五六七八九十0-9０-９]*：)`;
const MINUTES_MARK = '[○◯◎◆◇●]';
const JA_NAME = r`[^\s\u3000（）()○◯◎◆◇●]`;
const JA_BRACKETED = r`[（(][^（）()\s\u3000０-９0-9第号]{1,20}[）)]`;
const HANGUL_NAME = r`[가-힣]{2,6}(?:\([가-힣]{1,4}\))?`;
const HANGUL_OFFICE_END = r`(?:장|장관|차관|총리|위원|의원|간사|조사관|비서관|정책관|심의관|담당관|기획관|관리관|서기관|사무관|감사관|보좌관|재판관|참고인|증인|진술인|교육감|지사|군수|대변인|대표|검사|판사|이사|대리)`;
/**
 * Parliaments' labels the rules above do not reach, as the reader takes them (src/core/formats/labels.ts): the
 * European Parliament's verbatim report, who speaks and as what before a full stop and a dash (`President. – `,
 * `Tomas Berg, Member of the Commission. – `, `Oana Dima (S&D), blue-card question. – `); New Zealand's numbered
 * question to a minister (`2. Dr MERE TANE (Green) to the Minister of Transport:`); a member by name and two brackets,
 * the second a time, a party or the language spoken (Australia's `Ms NGATA (Westport—Prime Minister) (14:04):`, the
 * Scottish record's `Rory Dunn (Caithness) (Con):`, the UN's `Mr. Dupont (France) (spoke in French):`); Russia's
 * `Председательствующий.` and `Орлова М. И., фракция «…».`; Brazil's `O SR. PRESIDENTE (…) - `, `A SRA. JÚLIA PRADO (NOVO - SC) - `;
 * Japan's government press conferences, `【官房長官】`.
 */
const PARLIAMENT_WORD = r`\p{Lu}(?:[\p{L}\p{M}'’\-]|\.(?=\p{L}))*+`;
const PARLIAMENT_PARTICLE = r`(?:von|van|der|den|de|des|du|da|di|del|della|la|le|in|zu|['’]t)`;
const parliamentLabel = {
	name: S_LABEL,
	...build([
		`${B}*+(?:`,
		// The European Parliament: the chair by the office alone, anyone else by name, then what they speak as.
		'(?:',
		cap(S_MODERATOR, r`(?:President|Die${B}Präsidentin|Der${B}Präsident|Presidente|La${B}Presidenta|Le${B}Président|La${B}Présidente|Il${B}Presidente)(?=\.${B}–${B})`),
		'|',
		cap(S_SPEAKER, r`(?>${PARLIAMENT_WORD}(?:${B}(?:${PARLIAMENT_WORD}|${PARLIAMENT_PARTICLE})){0,5})(?=(?:${B}\([^()\n]{1,40}\))?(?:,${B}[^\n]{1,150}?)?\.${B}–${B})`),
		`(?:${B}`,
		cap(S_STAGE, r`\([^()\n]{1,40}\)`),
		`)?(?:,${B}`,
		cap(S_STAGE, r`[^\n]{1,150}?(?=\.${B}–${B})`),
		')?)',
		cap(S_SEPARATOR, r`\.`),
		`${B}–`,
		'|',
		// New Zealand: the member who asks, the party, the minister asked.
		r`(?:\d{1,3}\.${B}++)?`,
		cap(S_QUESTIONER, r`(?:(?:Rt${B}Hon|Hon|Dr|Sir|Dame|Mr|Mrs|Ms)${B})*+\p{Lu}[\p{Lu}\p{M}'’\-]++(?:${B}\p{Lu}[\p{Lu}\p{M}'’\-]++){1,4}`),
		`(?:${B}`,
		cap(S_STAGE, r`\([^()\n]{1,60}\)`),
		`)?${B}++`,
		cap(S_STAGE, r`to${B}the${B}\p{Lu}[^:\n]{2,100}`),
		cap(S_SEPARATOR, ':'),
		'|',
		// A member by name and two brackets: the seat (and office), then a time, a party or the language spoken.
		r`(?:\d{1,3}\.${B}++)?`,
		cap(S_SPEAKER, r`\p{Lu}[\p{L}\p{M}'’.\-]*+(?:${B}(?:\p{Lu}[\p{L}\p{M}'’.\-]*+|de|van|von|la|le)){0,6}`),
		`${B}`,
		cap(S_STAGE, r`\([^()\n]{2,80}\)`),
		`${B}(?:`,
		cap(S_TIMESTAMP, r`\(\d{1,2}:\d{2}\)`),
		'|',
		cap(S_STAGE, r`\([^()\n]{1,40}\)`),
		`)${B}*+`,
		cap(S_SEPARATOR, ':'),
		'|',
		// Russia's record: the chair by the office, everyone else by surname and initials.
		cap(S_MODERATOR, r`Председательствующ(?:ий|ая)(?=\.${B})`),
		cap(S_SEPARATOR, r`\.`),
		'|',
		cap(S_SPEAKER, r`[А-ЯЁ][а-яё]++(?:-[А-ЯЁ][а-яё]++)?${B}[А-ЯЁ]\.${B}?[А-ЯЁ]\.`),
		`(?:,${B}`,
		cap(S_STAGE, r`[^\n]{1,200}?(?=\.${B})`),
		cap(S_SEPARATOR, r`\.`),
		`)?(?=${B})`,
		'|',
		// Brazil's Chamber and Senate: the title, the name in capitals, the party in brackets, then a dash.
		'(?:',
		cap(S_MODERATOR, r`(?:O|A)${B}SRA?\.${B}PRESIDENT[EA]`),
		'|',
		cap(S_SPEAKER, r`(?:O|A)${B}SR(?:A|TA)?\.${B}\p{Lu}[\p{Lu}\p{M}'’.\-]*+(?:${B}\p{Lu}[\p{Lu}\p{M}'’.\-]*+){0,6}`),
		`)(?:${B}`,
		cap(S_STAGE, r`\([^()\n]{1,160}\)`),
		`)?${B}++`,
		cap(S_SEPARATOR, '[-–—]'),
		`(?=${B})`,
		'|',
		// Japan's government press conferences: the reporter asks, an office answers.
		cap(S_BRACKET_BEGIN, '【'),
		'(?:',
		cap(S_QUESTIONER, r`[^【】\s\u3000]{0,10}記者`),
		'|',
		cap(S_RESPONDENT, r`[^【】\s\u3000]{0,19}(?:長|員|臣|官|人|事|監|督|理|役)`),
		')',
		cap(S_BRACKET_END, '】'),
		')',
	]),
};

/** The end of a label the circle opens: a blank, a colon (Korean minutes on the web) or the line's end. */
const MARKED_END = r`(?=[ \t\u3000]|[:：]|$)`;
const cjkLabel = {
	name: S_LABEL,
	...build([
		r`[ \t\u3000]*+(?:`,
		cap(S_BRACKET_BEGIN, MINUTES_MARK),
		// The roll of who attended is no speaker: `○出席委員`, `◯출석 위원`.
		r`[ \t\u3000]*+(?!出席|欠席|缺席|列席|출석|결석|불출석|참석|청가)(?:`,
		// Japanese: the chair by its office; a member by the honorific or the title; an office with who holds it.
		cap(S_MODERATOR, r`(?:委員長|議長|座長)${JA_BRACKETED}`),
		'|',
		cap(S_QUESTIONER, r`[（(]${JA_NAME}{1,20}?(?:議員|委員)[）)]|${JA_NAME}{1,24}?(?:君|さん|氏|様|議員|(?<!長)委員)(?=[ \t\u3000]|$)`),
		'|',
		cap(S_RESPONDENT, r`${JA_NAME}{1,24}?(?:長|員|臣|官|人|事|者|監|督|理|役|補佐|主査|主任|参与)${JA_BRACKETED}|[（(]${JA_NAME}{1,20}?(?:市長|町長|村長|区長|知事|大臣|参考人|理事|会長)[）)]`),
		'|',
		// Korean: the chair (or a deputy in the chair) by the office and name; a member; an office and who holds it.
		cap(S_MODERATOR, r`(?:(?:소?위원장|의장)(?:(?:직무)?대리)?|부의장) ${HANGUL_NAME}`),
		'|',
		cap(S_QUESTIONER, r`(?!(?:국무|전문|수석전문|정부|상임|비상임) ?(?:위원|의원))${HANGUL_NAME} ?(?:위원|의원)|(?:위원|의원|간사) ${HANGUL_NAME}`),
		'|',
		cap(S_RESPONDENT, r`(?:[가-힣·ㆍ]{2,24} )??[가-힣·ㆍ]{0,22}?${HANGUL_OFFICE_END} ${HANGUL_NAME}`),
		`)${MARKED_END}(?:[ \\t\\u3000]*+`,
		cap(S_SEPARATOR, '[:：]'),
		// The look for a sentence's words only where the line starts with a Chinese or Japanese character.
		`)?|(?=${CJK_NAME_CHAR})${CJK_NOT_SPEAKER}(?:`,
		cap(S_MODERATOR, r`(?:主席|議長|委員長|座長|主持人|主持|司会者|司会)(?=：)`),
		'|',
		cap(S_QUESTIONER, r`(?:問|问|提問|提问|質問|质问|記者|记者|インタビュアー|聞き手)(?=：)|${CJK_NAME_CHAR}{1,16}(?:記者|记者)(?=：)`),
		'|',
		cap(S_RESPONDENT, r`(?:答|回答|答え)(?=：)`),
		'|',
		cap(S_SPEAKER, r`${CJK_NAME_CHAR}{2,16}(?=：)`),
		')',
		cap(S_SEPARATOR, '：'),
		'|(?:',
		cap(S_MODERATOR, r`(?:사회자|사회|진행자)(?=[ \t]?[:：])`),
		'|',
		cap(S_QUESTIONER, r`(?:기자|질문|질의|문)(?=[ \t]?[:：])|[가-힣]{1,12}(?: [가-힣]{1,12}){0,2} 기자(?=[ \t]?[:：])`),
		'|',
		cap(S_RESPONDENT, r`(?:답변|답)(?=[ \t]?[:：])`),
		'|',
		cap(S_SPEAKER, r`[가-힣]{2,12}(?: [가-힣]{1,12}){0,2}(?=[ \t]?[:：])`),
		r`)[ \t]?`,
		cap(S_SEPARATOR, '[:：]'),
		r`(?=[ \t\u3000]|$))`,
	]),
};

/**
 * In caption cue text only (Zoom, SRT): `Name: text` with the name written any way, `leo park: ...`, up to six words
 * of letters, none of them a small word of a sentence; after an optional `>>` or `-` (a change of speaker), and after
 * the markup a cue line may start with (`{\an8}`, `<i>`).
 */
const CAPTION_WORD = r`[\p{L}\p{M}](?>[\p{L}\p{M}\p{N}_'’.\-]*+)`;
const captionName = {
	name: S_LABEL,
	...build([
		`${B}*+`,
		cap('comment.other.tag.transcript', r`(?:\{\\[^{}\n]*+\}|<(?:i|b|u|font)(?![\p{L}\p{N}])[^<>\n]*+>)++`),
		`?${B}*+(?:`,
		cap('punctuation.definition.speaker-change.transcript', '>>|-'),
		`${B}*+)?`,
		// `[Guest]: ...`: the name in brackets, as diarising pipelines write it (a sound in brackets has no colon after it).
		cap('punctuation.definition.bracket.transcript', r`\[(?=[^\]\n]{1,60}\]${B}*+:)`),
		'?',
		NOT_FUNCTION_WORD,
		cap(S_SPEAKER, r`${CAPTION_WORD}(?>(?:,?${B}++${NOT_FUNCTION_WORD}${CAPTION_WORD})){0,5}(?<![.])`),
		cap('punctuation.definition.bracket.transcript', r`\]`),
		'?',
		`${B}*+`,
		cap(S_SEPARATOR, ':'),
		r`(?=${B}++\S)`,
	]),
};

/**
 * A parenthetical that is a line of its own: "(The briefing was concluded at 2:41 p.m.)". In the document's scanner it
 * is also tried third (stage-line), before every other line rule, none of which can match such a line: each
 * needs a letter, a digit, `#`, `*`, `[`, `-`, `+` or `\f` first after the blanks; the label's and the Otter header's
 * parenthesised time must be followed by a name or a time; a phone number ends with a digit, not `)`.
 */
const stageDirectionLine = {
	name: 'comment.block.stage-direction.transcript',
	re: r`${B}*+\([^()\n]*+\)${EOL}`,
};

const timestampLine = {
	re: r`${B}*+(${TIME})${EOL}`,
	captures: { 1: { name: 'constant.numeric.timestamp.transcript' } },
};

/**
 * Two capitals in a row with no lower-case letter or colon before them, found in one possessive pass over runs of other
 * characters and lone capitals (a lazy `.*?\p{Lu}\p{Lu}` went back and forth over a whole line of punctuation).
 */
const TWO_CAPITALS_AHEAD = r`(?=(?:[^\p{Ll}\p{Lu}:\n]++|\p{Lu}(?!\p{Lu}))*+\p{Lu}\p{Lu})`;
/** A line in capitals with no colon: "SPEECHES, INTERVIEWS, ARTICLES". */
const capsHeading = {
	re: r`${TWO_CAPITALS_AHEAD}(?=[^\p{Ll}:]*+$)${B}*(.*?)${EOL}`,
	captures: { 1: { name: 'markup.heading.transcript' } },
};

// ---- page furniture: court line numbers, page numbers, examination headings ----

/** `BY MR. JOHNSON:` (who examines the witness now), `DIRECT EXAMINATION`, `CROSS-EXAMINATION BY MS. LEE`: not a speaker. */
const examinationHeading = {
	re: build([
		`${B}*+`,
		cap(
			'markup.heading.examination.transcript',
			r`(?:BY|By)${B}++(?:MR|MS|MRS|DR|MISS|Mr|Ms|Mrs|Dr|Miss)\.?${B}++\p{Lu}[\p{L}\p{M}'’.\-]*+(?:${B}++\p{Lu}[\p{L}\p{M}'’.\-]*+){0,3}${B}*+:?` +
				r`|(?:(?:DIRECT|CROSS|REDIRECT|RECROSS|FURTHER)[\-${B.slice(1, -1)}]?)*+EXAMINATION(?![\p{L}])(?:${B}++[^\p{Ll}\n]*+)?`,
		),
		r`${EOL}`,
	]).re,
	captures: { 1: { name: 'markup.heading.examination.transcript' } },
};

/**
 * A page number alone on a line, indented (`          12`), `Page 3`, `Page 3 of 40`, `- 12 -`, the Congressional
 * Record's `[[Page S8583]]`, Lexis star paging `[*6]`.
 */
const pageNumberLine = {
	name: 'comment.line.page-number.transcript',
	re:
		`(?:` +
		[
			r`${B}++\d{1,5}`,
			r`${B}*+(?i:page)${B}++[A-Z]?\d{1,6}(?:${B}++(?i:of)${B}++\d{1,6})?`,
			r`${B}*+[\-–—]${B}*+\d{1,5}${B}*+[\-–—]`,
			r`${B}*+\[\[(?i:page)${B}++[A-Z]?\d{1,6}\]\]`,
			r`${B}*+\[\*\d{1,5}\]`,
		]
			.map((alt) => `(?:${alt})`)
			.join('|') +
		r`)${EOL}`,
};

/**
 * A court transcript's running header or footer: the court filing header (`Case 1:21-cv-00412 Document 37 Filed
 * 03/04/22 Page 3 of 40 PageID #: 512`), the reporter's name (`Harbor Reporting Company`), review and draft notices.
 */
const pageHeaderLine = {
	name: 'comment.line.page-header.transcript',
	re:
		`${B}*+(?:` +
		[
			r`Case${B}++\S++${B}++Document${B}++\d[^\n]*?${B}Page${B}++\d{1,5}${B}++of${B}++\d{1,5}(?:${B}++PageID[^\n]*+)?`,
			r`(?>[\p{Lu}&][\p{L}&.,'’\-]*+${B}){1,6}(?:Court${B})?Report(?:ing|ers?)(?:${B}(?:Company|Corporation|Services|Group|Inc\.?|LLC|Ltd\.?))?`,
			`${literalWords([r`official${B}*[\-–—]${B}*subject${B}to${B}final${B}review`, `(?:un)?certified${B}(?:copy|transcript)`, `(?:uncertified${B})?rough${B}draft(?:${B}only)?`, `unofficial${B}transcript`])}`,
		]
			.map((alt) => `(?:${alt})`)
			.join('|') +
		`)${EOL}`,
};

/**
 * A caption's cue number or id alone on a line, not indented: `12`, a Teams GUID `4f1c...-5f/11-0`. A number alone in
 * a court transcript (an empty numbered line) looks the same and is dimmed the same.
 */
const cueId = {
	name: 'comment.line.cue-id.transcript',
	re: r`(?:\d{1,6}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?:/[\w\-]*+)?)${EOL}`,
};

/**
 * A court reporter's line number before the text: `12   text` (two blanks or a tab after it), `3 MR. SMITH:` or
 * `1 Q ...` (one blank before a label), `[15]`, and Lexis star paging `[*5] [1]`.
 */
const CAPS_LABEL_AHEAD = r`\p{Lu}[\p{Lu}\p{M}.'’\-]*+(?:${B}++\p{Lu}[\p{Lu}\p{M}.'’\-]*+){0,5}:`;
const BARE_LINE_NUMBER = r`\d{1,2}(?=\t|${B}{2}|${B}(?:[QA](?:\.|${B})|${CAPS_LABEL_AHEAD}))`;
const lineNumber = build([
	`${B}*+(?:`,
	cap('comment.line.page-number.transcript', r`\[\*\d{1,5}\]`),
	`${B}*+(?:`,
	cap('comment.line.line-number.transcript', r`\[\d{1,4}\]|${BARE_LINE_NUMBER}`),
	')?|',
	cap('comment.line.line-number.transcript', r`\[\d{1,4}\]|${BARE_LINE_NUMBER}`),
	`)${B}*+`,
]);

// ---- captions: WebVTT and SRT ----

/** A cue time: `00:00:01.000`, SRT's `00:00:01,000`, Teams' unpadded `0:0:3.490`. */
const CUE_TIME = r`\d{1,3}:\d{1,2}(?::\d{1,2})?(?:[.,]\d{1,3})?`;
/** A cue timing line: `00:00:01.000 --> 00:00:04.000 align:start`, SRT's `00:00:01,000 --> 00:00:03,500`. */
const cueTiming = build([
	`${B}*+`,
	cap(S_TIMESTAMP, CUE_TIME),
	`${B}*+`,
	cap('comment.line.cue-arrow.transcript', '-->'),
	`${B}*+`,
	cap(S_TIMESTAMP, CUE_TIME),
	cap('comment.line.cue-settings.transcript', `(?:${B}.*+)?`),
	r`\s*$`,
]);
/**
 * A caption block (a cue, a NOTE, a STYLE) goes on while its lines are not blank and not a timing line (which starts
 * the next cue). A `while` rather than an `end`: when a while fails, the parent's \G still anchors at the start of the
 * line, so the timing line that ended one cue starts the next; after an end that matched nothing, it would not.
 */
const CUE_WHILE = r`\G(?=${B}*+\S)(?!${B}*+${CUE_TIME}${B}*+-->)`;

/**
 * The while of the regions that hold the inline rules: two noncharacters at the start of a line, which never occur, so
 * the region lasts to the end of its line and is popped at the start of the next (see the header).
 */
const NEXT_LINE = r`\G\uFFFF\uFFFE`;
/**
 * The while of the line regions that the document holds directly (rest-of-line, the labels): an empty line and nothing
 * else. On a line with text it fails, so the region is popped at the start of that line as with NEXT_LINE; over the
 * empty lines between paragraphs it holds, so that such a line costs one anchored match instead of a pass through every
 * line rule (no line rule matches an empty line, and the region adds no scope: tokens are the same). Not `${B}*+\n`:
 * oniguruma's first look for a blank made that three times slower on a line of text.
 */
const EMPTY_LINE = r`\G\n`;

/** A region from a line-start rule to the end of the line, whose rest gets the inline rules (of captions, in a cue). */
function lineRegion({ comment, name, re, captures }, inline = '#inline') {
	return {
		...(comment ? { comment } : {}),
		begin: r`\G${re}`,
		while: EMPTY_LINE,
		beginCaptures: { 0: { name }, ...captures },
		patterns: [{ include: inline }],
	};
}

/** The line-start rules, in the order they are tried. */
const lineRules = {
	'markdown-heading': lineRule(markdownHeading),
	'title-line': lineRule(titleLine),
	'note-line': lineRule(noteLine),
	'webvtt-header': {
		comment: 'The first line of a WebVTT file: WEBVTT, alone or followed by a title.',
		match: r`\G(WEBVTT)(?![^\s])(.*+)`,
		name: 'markup.heading.webvtt.transcript',
		captures: { 1: { name: 'keyword.other.webvtt.transcript' } },
	},
	cue: {
		comment: 'A caption cue: its timing line, then its text down to a blank line or the next timing line (see CUE_WHILE in the source). A timing line anywhere is a timing line. The begin consumes the line break, so \\G anchors the cue rules at the start of each of its lines.',
		begin: r`\G${cueTiming.re}`,
		beginCaptures: { 0: { name: 'meta.cue-timing.transcript' }, ...cueTiming.captures },
		while: CUE_WHILE,
		name: 'meta.cue.transcript',
		patterns: [{ include: '#cue-labels' }, { include: '#cue-rest-of-line' }],
	},
	'caption-block': {
		comment: 'A WebVTT NOTE block (NOTE alone or followed by a blank, then text), a STYLE or a REGION block, down to a blank line: comment.block.note, comment.block.style, comment.block.region. One rule, its name taken from the keyword.',
		begin: r`\G(?:(NOTE)(?=${B}|\s*$).*+|(STYLE|REGION))\s*$`,
		beginCaptures: { 1: { name: 'keyword.other.note.transcript' }, 2: { name: 'keyword.other.style.transcript' } },
		while: CUE_WHILE,
		name: 'comment.block.${1:/downcase}${2:/downcase}.transcript',
	},
	'cue-id': lineRule(cueId),
	'boilerplate-line': lineRule(boilerplateLine),
	'page-number-line': lineRule(pageNumberLine),
	'page-header-line': lineRule(pageHeaderLine),
	'form-feed': {
		comment: 'A form feed (a new page in a court transcript), then the line as usual.',
		begin: r`\G(\f++)`,
		beginCaptures: { 1: { name: 'comment.line.form-feed.transcript' } },
		while: NEXT_LINE,
		patterns: [{ include: '#line-start' }, { include: '#rest-of-line' }],
	},
	'examination-heading': lineRule(examinationHeading),
	'line-number': {
		comment: 'A court line number, then the line: a label, a heading or text.',
		begin: r`\G${lineNumber.re}`,
		beginCaptures: lineNumber.captures,
		while: NEXT_LINE,
		patterns: [
			{ include: '#qa-after-number' },
			{ include: '#examination-heading' },
			{ include: '#labels' },
			{ include: '#stage-direction-line' },
			{ include: '#caps-heading' },
			{ include: '#rest-of-line' },
		],
	},
	'stage-direction-line': lineRule(stageDirectionLine),
	'timestamp-line': lineRule(timestampLine),
	'caps-heading': lineRule(capsHeading),
};

/** Label rules, reached through #labels (and #line-number); each is a region whose rest gets the inline rules. */
const labelRules = {
	label: lineRegion({ comment: 'Questioners, moderators and respondents are told apart by the label word.', ...label }),
	'record-label': lineRegion(recordLabel),
	'described-label': lineRegion(describedLabel),
	'qa-bare': lineRegion(qaBare),
	'qa-after-number': lineRegion(qaAfterNumber),
	'otter-header': lineRule(otterHeader),
	'name-time-text': lineRegion(nameTimeText),
	'timed-any-name': lineRegion(timedAnyName),
	'cjk-label': lineRegion(cjkLabel),
	'parliament-label': lineRegion(parliamentLabel),
	'cue-label': lineRegion(label, '#cue-inline'),
	'caption-name': lineRegion(captionName, '#cue-inline'),
};
/**
 * The start of a line that, if the speaker label matches it, no line rule tried before the label can match: perhaps a
 * time in brackets and a space (`[00:12:05] `), then a name of one to four capitalised words one space apart
 * (`Spokesperson`, `MR PRICE`, `Ms. K. Ito`), a colon, a space and a character that is neither blank nor digit. The
 * name is not a title, note or contact word alone (title-line, note-line, the contact details of boilerplate-line), and
 * the line does not start with NOTE or WEBVTT (a NOTE block, the WebVTT header), Case (a court filing header) or a word
 * of an examination heading. What each other rule needs and such a line lacks:
 * - a `#`, a digit, a blank or a form feed first (headings, page numbers, cue ids and timings, phone numbers and dates,
 *   court line numbers), or `[` before `[`, `*` or a number closed by `]` (page markers, star paging, line numbers);
 * - the end of the line right after its words (chrome-block, the contact headings and buttons of boilerplate-line,
 *   page-header-line, examination headings, cue ids), where this line goes on after its colon;
 * - a digit after the colon (the clock of boilerplate-line), or two blanks, a tab or a time after the name (Otter
 *   headers, whose look ahead also stops at the colon of a bracketed time).
 * Such a line (the common `Name: text`) tries the label first in the document's scanner (label-line) instead of after
 * every line rule: a fifth of the corpus time went to those attempts on labelled lines. It goes before prose-line,
 * which no such line can match (prose wants a word in lower case second, this line has a capital or a colon there).
 * The shape is checked first: a line of prose fails it at its second word.
 */
const LABEL_LINE =
	r`(?=(?:\[${TIME}\] )?\p{Lu}[\p{L}\p{M}.'’\-]*+(?: \p{Lu}[\p{L}\p{M}.'’\-]*+){0,3}: [^\s\d])` +
	r`(?!NOTE|WEBVTT|Case|DIRECT|CROSS|REDIRECT|RECROSS|FURTHER|EXAMINATION)` +
	`(?!(?:${words(TITLE_WORDS)}|${words(NOTE_WORDS)}|${CONTACT_WORDS}\\.?):)`;
/**
 * The speaker label's pattern (label) cut down to what can match on a line of LABEL_LINE's shape, for label-line: the
 * same parts in the same order, with the same scopes, and ten capture groups fewer (each group of a matching pattern
 * costs the tokenizer a little on every labelled line). What such a line rules out, part by part:
 * - blanks and bold before the label, and a time in parentheses or without brackets: the line starts with a capital,
 *   or with a time in brackets and one space, then a capital;
 * - the look for the colon (COLON_AHEAD): LABEL_LINE has seen it after the words, and none of the characters that stop
 *   the look comes before it;
 * - `Speaker 2` and `SPEAKER_03`: the words hold no digit; bold after the name, a time or a note in parentheses
 *   before the colon, blanks before it: the words are capitalised and one space apart up to the colon, so a name or a
 *   role word ends at the colon or is followed by a space and a capital, where these need `**`, `(` or `:`;
 * - the look after the colon for a time (`Moscow: 15:37`) and for a blank: a space and a character that is neither blank
 *   nor digit follow it;
 * - `Q.` and `A.` alone: label tries them only when its first alternative fails, which on such a line happens only
 *   when the first word is one of NOT_SPEAKERS, none of which is `Q` or `A`.
 */
const labelOnLabelLine = build([
	'(?:',
	cap(S_TIMESTAMP, r`\[${TIME}\]`),
	`${B}*)?`,
	NOT_A_SPEAKER,
	...who({ numbered: false }),
	cap(S_SEPARATOR, ':'),
	`(?:${B}*+`,
	cap(S_STAGE, r`\(\p{L}(?>[^()\n]{0,119})\)`),
	')?',
]);
labelRules['label-line'] = lineRegion({
	comment: 'The speaker label, tried first on a line that starts like `Name: text` (LABEL_LINE in the source): no line rule tried before the label can match such a line, so the order of the rules is kept. Its pattern is the label\'s, cut down to what can match on such a line (labelOnLabelLine in the source).',
	name: S_LABEL,
	re: LABEL_LINE + labelOnLabelLine.re,
	captures: labelOnLabelLine.captures,
});
labelRules.labels = {
	comment: 'Speaker labels at the start of a line, in every convention (label, record-label, described-label, qa-bare, name-time-text, timed-any-name, cjk-label, tried in this order), then the rest of the line.',
	patterns: [{ include: '#label' }, { include: '#other-labels' }],
};
labelRules['other-labels'] = {
	comment: 'record-label, described-label, qa-bare, name-time-text, timed-any-name and cjk-label as one region (built by transcript.tmLanguage.src.mjs). The common label stays apart: a match hands back every group of its pattern, and merged with these it had 48 instead of 15, which cost more on each labelled line than a second scanner entry costs on each line.',
	...mergeRegions(['record-label', 'described-label', 'qa-bare', 'name-time-text', 'timed-any-name', 'cjk-label', 'parliament-label'].map((name) => labelRules[name])),
};
labelRules['cue-labels'] = {
	comment: 'In a cue: cue-label, then caption-name, as one region.',
	...mergeRegions([labelRules['cue-label'], labelRules['caption-name']]),
};
/** The whole-line rules merged into line-start-matches, in order. */
const LINE_START_MATCHES = ['markdown-heading', 'title-line', 'note-line', 'webvtt-header', 'cue-id', 'boilerplate-line', 'page-number-line', 'page-header-line', 'examination-heading', 'otter-header'];

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
const MONTH_NAMES = {
	J: 'anuary|une|uly|an|un|ul',
	F: 'ebruary|eb',
	M: 'arch|ay|ar',
	A: 'pril|ugust|pr|ug',
	S: 'eptember|ept|ep',
	O: 'ctober|ct',
	N: 'ovember|ov',
	D: 'ecember|ec',
};
const MONTH_ALTERNATIVES = Object.entries(MONTH_NAMES)
	.map(([c, rest]) => r`${c}(?<![\p{L}\p{N}]${c})(?:${rest})`)
	.join('|');
/**
 * The first three letters of every month name, grouped by capital (J(?:an|un|ul)|F(?:eb)|...): every month name has
 * them, so a capital that is not followed by them (Mr, So, And, On, No, Do) cannot start a month-date.
 */
const MONTH_STARTS = Object.entries(MONTH_NAMES)
	.map(([c, rest]) => `${c}(?:${[...new Set(rest.split('|').map((tail) => tail.slice(0, 2)))].join('|')})`)
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
	return mergeRules(names.map((name) => repository[name]));
}
/** The same, from the rules themselves. */
function mergeRules(rules, guards) {
	const parts = [];
	const captures = {};
	let offset = 0;
	// Rules anchored at \G: one \G before the alternation, so that oniguruma sees the whole pattern anchored and tries it
	// at the anchor only (with a \G in each alternative, it tried every position of a long line).
	const anchored = rules.every((rule) => rule.match.startsWith(r`\G`));
	if (anchored) rules = rules.map((rule) => ({ ...rule, match: rule.match.slice(2) }));
	// Anchored rules that start with blanks: the blanks are read once, into group 1 ahead of the rules, and each rule
	// takes them as \1, the same characters compared at once, where each rule read them again class by class (a line
	// of 50,000 blanks was read some twenty times).
	const BLANKS = `${B}*+`;
	const hoist = anchored && rules.filter((rule) => rule.match.startsWith(BLANKS)).length > 1;
	if (hoist) {
		rules = rules.map((rule) => (rule.match.startsWith(BLANKS) ? { ...rule, match: String.raw`\1` + rule.match.slice(BLANKS.length) } : rule));
		offset = 1;
	}
	for (const rule of rules) {
		if (rule.name) captures[++offset] = { name: rule.name };
		for (const [k, v] of Object.entries(rule.captures ?? {})) {
			// vscode-textmate tokenizes a capture that has patterns on the rule's own scopes, without the scopes of the
			// captures around it: the rule's name, now a capture, must be repeated in it.
			captures[offset + Number(k)] = rule.name && v.patterns ? { ...v, name: v.name ? `${rule.name} ${v.name}` : rule.name } : v;
		}
		parts.push(rule.name ? `(${rule.match})` : `(?:${rule.match})`);
		offset += groupCount(rule.match);
	}
	if (guards) {
		// One rule only, chosen by its guard (a look at the first character): a conditional tries the next guard only
		// where this one fails, and never the other rules once a guard has chosen.
		return { match: parts.reduceRight((rest, part, i) => (rest === null ? part : `(?(${guards[i]})${part}|${rest})`), null), captures };
	}
	return { match: anchored ? r`\G${hoist ? `(?=(${BLANKS}))` : ''}(?:${parts.join('|')})` : parts.join('|'), captures };
}
/**
 * One region from several line regions that end alike and hold the same patterns: their begins as one alternation,
 * tried in the given order. One scanner entry instead of several: each entry costs a search at the start of every line.
 */
function mergeRegions(regions) {
	const { match, captures } = mergeRules(
		regions.map(({ begin, beginCaptures }) => {
			const { 0: whole, ...rest } = beginCaptures;
			return { match: begin, name: whole?.name, captures: rest };
		}),
	);
	return { begin: match, beginCaptures: captures, while: regions[0].while, patterns: regions[0].patterns };
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
		comment: 'The whole file, from the start of its first line (\\A). A while rule whose while (^) matches at the start of every line: vscode-textmate then anchors \\G there, even when the line before ended inside a region that did not consume its line break. Every pattern of this region is anchored with \\G and tried at the start of the line only.',
		begin: r`\A`,
		while: '^',
		patterns: [{ include: '#label-line' }, { include: '#prose-line' }, { include: '#stage-line' }, { include: '#chrome-block' }, { include: '#line-start' }, { include: '#rest-of-line' }],
	},
	'prose-line': {
		comment: 'A line that plainly starts a sentence (PROSE_START in the source) goes straight to the inline rules, as rest-of-line would take it once every line rule had failed: no line rule can match such a line.',
		begin: r`\G(?=${PROSE_START})${PROSE_NO_CLOCK}`,
		while: EMPTY_LINE,
		patterns: [{ include: '#inline' }],
	},
	'stage-line': {
		comment: 'A line that is one parenthetical, (Applause.), goes straight to what line-end-matches makes of it (a stage direction): no line rule tried before it can match such a line (stageDirectionLine in the source).',
		begin: r`\G${stageDirectionLine.re}`,
		beginCaptures: { 0: { name: stageDirectionLine.name } },
		while: EMPTY_LINE,
	},
	'rest-of-line': {
		comment: 'What no line rule claimed: a region of its own, so that once past the start of the line the scanner holds only the inline rules. Its while never matches: it lasts to the end of the line with no end pattern to search for, and is popped at the start of the next.',
		begin: r`\G(?=[^\n])`,
		while: EMPTY_LINE,
		patterns: [{ include: '#inline' }],
	},
	'line-start': {
		comment: 'Rules that classify a whole line or its start, tried at the start of the line only; order matters.',
		patterns: [
			'line-start-matches',
			'cue',
			'caption-block',
			'form-feed',
			'line-number',
			'labels',
			'line-end-matches',
		].map((name) => ({ include: `#${name}` })),
	},
	'line-start-matches': {
		comment: 'The whole-line rules tried before any label (headings, notes, page furniture, cue ids, Otter headers) as one pattern (built by transcript.tmLanguage.src.mjs from the rules of the same names), in this order.',
		...mergeRules(LINE_START_MATCHES.map((name) => lineRules[name] ?? labelRules[name])),
	},
	'line-end-matches': (({ match, captures }) => ({
		comment: 'The whole-line rules tried after the labels: stage-direction-line, timestamp-line, caps-heading, as one pattern. A region that holds over an empty line (as rest-of-line), so that the empty line after a stage direction or a heading does not go through every line rule; its scopes are on the match only.',
		begin: match,
		beginCaptures: captures,
		while: EMPTY_LINE,
	}))(mergeRules(['stage-direction-line', 'timestamp-line', 'caps-heading'].map((name) => lineRules[name]))),
	...lineRules,
	...labelRules,
	'cue-rest-of-line': {
		comment: 'The text of a cue line that no cue rule claimed: the caption rules and the inline rules.',
		begin: r`\G(?=[^\n])`,
		while: NEXT_LINE,
		patterns: [{ include: '#cue-inline' }],
	},
	'cue-inline': {
		patterns: [{ include: '#caption-tokens' }, { include: '#inline' }],
	},
	'voice-tag': {
		comment: 'A WebVTT voice tag, <v Dorflinger, Julia>, whose name is the speaker, and its end tag </v>. The name stops at < so that a run of <v costs one step each.',
		match: r`((<v(?:\.[^\s<>]*+)?)${B}++([^<>\n]++)(>))|(</v>)`,
		captures: {
			1: { name: S_LABEL },
			2: { name: 'punctuation.definition.tag.transcript' },
			3: { name: S_SPEAKER },
			4: { name: 'punctuation.definition.tag.transcript' },
			5: { name: 'punctuation.definition.tag.transcript' },
		},
	},
	'caption-tag': {
		comment: 'Other caption markup, dimmed: <i>, <c.yellow>, <font color="...">, a karaoke time <00:00:01.000>, an SRT position {\\an8}.',
		match: r`</?(?:c|i|b|u|lang|ruby|rt|font)(?![\p{L}\p{N}])[^<>\n]*+>|<\d{1,3}:\d{2}(?::\d{2})?\.\d{3}>|\{\\[^{}\n]*+\}`,
		name: 'comment.other.tag.transcript',
	},
	entity: {
		comment: 'An HTML character reference in a caption: &amp;, &#39;, &#x2014;.',
		match: r`&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});`,
		name: 'constant.character.entity.transcript',
	},
	inline: {
		patterns: [
			{ include: '#inline-tokens' },
			{ include: '#http-url' },
		],
	},

	'square-brackets': {
		comment: 'A timestamp [00:01:05] (or \\[00:01:05\\], as Markdown exports escape it), a page marker ([[Page S8583]], Lexis star paging [*6]), or the transcriber\'s note: [inaudible], [crosstalk], [In Russian, on UN reform].',
		match: r`(\\?\[${TIME}\\?\])|(\[\[(?i:page)${B}++[A-Z]?\d{1,6}\]\]|\[\*\d{1,5}\])|(\[[^\[\]\n]*+\])`,
		captures: {
			1: { name: 'constant.numeric.timestamp.transcript' },
			2: { name: 'comment.other.page-number.transcript' },
			3: { name: 'comment.block.note.transcript' },
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
		comment: 'Starting with a digit: a bare timestamp, which needs seconds (00:45:10, not 10:45), or a date: 12 May 2021, 1st of March 2020, 24 September, 12 мая 2021 г., 25.09.2020, 05/12/2021, 2021-05-12. The look-behinds come after the first digit so that the scan can skip to digits; a digit after a digit or a full stop, which none of the three alternatives takes, is turned down first, in one look (25.09.2020. repeated over a 50,000-character line went from 13.6 to 10 ms), and a month name is looked for only where its capital is.',
		match:
			r`(?=[0-9])(?<![0-9.])(?:` +
			r`([0-9](?<![0-9:.][0-9])[0-9]?:[0-9]{2}:[0-9]{2}(?:[.,][0-9]{1,3})?(?![0-9:]))` +
			r`|([0-9](?<![\p{L}\p{N}.\-/][0-9])(?:` +
			r`[0-9]{3}-[0-9]{2}-[0-9]{2}(?![.\-/]?[0-9])` +
			r`|[0-9]?(?:` +
			r`(?:st|nd|rd|th)?${B}++(?:of${B}++)?(?=[JFMASOND])(?:${MONTHS_EN})\.?(?:,?${B}++[0-9]{4})?` +
			r`|${B}++(?=[яфмаисонд])(?:${MONTHS_RU})(?:${B}++[0-9]{4}(?:${B}*+г\.)?)?` +
			r`|[./][0-9]{1,2}[./][0-9]{4}(?![.\-/][0-9])` +
			r`))(?![\p{L}\p{N}]))` +
			// `2013年1月10日`, `2024년 4월 2일`: a Chinese, Japanese or Korean date, with the spaces a PDF's text puts in; a word may follow it unspaced.
			r`|([0-9](?<![0-9.\-/][0-9])[0-9]{3}[ \u00A0]?[年년][ \u00A0]?[0-9]{1,2}[ \u00A0]?[月월][ \u00A0]?[0-9]{1,2}[ \u00A0]?[日일]))`,
		captures: {
			1: { name: 'constant.numeric.timestamp.transcript' },
			2: { name: 'constant.numeric.date.transcript' },
			3: { name: 'constant.numeric.date.transcript' },
		},
	},
	'month-date': {
		comment: 'January 18, 2021; March 14; May 2021. One alternative per capital, each checking after its capital that no letter or digit comes before: oniguruma then finds the candidates by their first character.',
		match: `(?:${MONTH_ALTERNATIVES})` + r`\.?${B}++(?:[0-9]{1,2}(?:st|nd|rd|th)?(?:,?${B}++[0-9]{4})?|[0-9]{4})(?![\p{L}\p{N}])`,
		name: 'constant.numeric.date.transcript',
	},
	url: {
		comment: 'Two rules, so that each starts with a literal (http, www.) that oniguruma skips to, where [hw] would stop at every h and w of the text.',
		patterns: [{ include: '#http-url' }, { include: '#www-url' }],
	},
	'http-url': { match: r`https?://${URL_REST}`, name: 'markup.underline.link.transcript' },
	'www-url': {
		comment: 'Among the inline rules, part of inline-tokens (see there).',
		match: r`www\.${URL_REST}`,
		name: 'markup.underline.link.transcript',
	},
	quote: {
		comment: 'Quotations stay on their line: an unclosed quote highlights nothing, nor does an empty one. The content excludes the opening mark, so a line of marks cannot backtrack. No captures for the marks: one token per quotation keeps long lines cheap.',
		match: r`"[^"\n]++"|“[^“”\n]++”|«[^«»\n]++»`,
		name: 'string.quoted.double.transcript',
	},
};

repository['caption-tokens'] = {
	comment: 'voice-tag, caption-tag and entity as one pattern, as inline-tokens.',
	...merge(['voice-tag', 'caption-tag', 'entity']),
};
/**
 * How the inline tokens start: a bracket, a digit, www., the first three letters of a month, a parenthesis before a digit
 * or a letter, an opening quotation mark before what it quotes. Oniguruma's first-character map holds bytes, so a
 * no-break space (C2 A0) is a candidate of « (C2 AB), and a run of parentheses or quotation marks is a run of
 * candidates: checked here first, such a candidate is turned down in a step or two instead of one attempt per rule. A
 * capital that starts no month (Mr, So, On: 14,700 of the 16,200 capitals of month names on the bench corpus) is
 * turned down here too, where it went through every rule; www. is tried before the months, as w is the most frequent
 * candidate (46,000 on the bench corpus, next to 40,000 digits). The months and the marks are each behind a look at
 * one character class, so that a candidate of another kind (a w, a digit, a no-break space) fails each of them in one
 * test instead of one per alternative.
 * What is left of a candidate's cost is oniguruma's attempt itself: its fixed part is about 40 ns, and on the worst
 * lines (a 50,000-character line of digits, brackets or guillemets, every character a candidate) the alternatives
 * tried in it cost four times that; on the bench corpus, where most candidates are a w turned down here, the order of
 * the months, one capture group per scope instead of one per rule's group (7 instead of 10), or the guards below
 * changed nothing measurable. Leaving the http link's pattern out of the scanner on lines without a link would save
 * 10% of the inline scanner, but looking for a link on each line costs four to six times that.
 */
const INLINE_FIRST = r`[\[0-9]|www\.|(?=[JFMASOND])(?:${MONTH_STARTS})|(?=[("“«])(?:\([0-9\p{L}]|"[^"\n]|“[^“”\n]|«[^«»\n])`;
/**
 * Past INLINE_FIRST, one rule of inline-tokens is tried: the one whose first character is there, chosen by a chain of
 * conditionals, (?(guard)rule|(?(guard)rule|...)), each looking at one character class. In an alternation, a candidate
 * went on through the rules after its own when its own failed (a digit that starts no date to the months, the
 * brackets, the parentheses, the quotes and www.), and through those before it, one failed check each; a conditional
 * never tries another rule once its guard has chosen. The rules start with different characters, so what matches is
 * what the alternation matched. On 50,000-character lines where every character is a candidate, the inline scanner
 * took half the time (a line of [ from 12 to 6 ms, of digits and spaces from 8.7 to 6.7 ms). numbers also checks its
 * own first digit (not after a digit or a full stop) in its pattern, as the dates inside other rules use it too.
 */
const INLINE_GUARDS = {
	numbers: '(?=[0-9])',
	'month-date': '(?=[JFMASOND])',
	'square-brackets': r`(?=\[)`,
	parentheses: r`(?=\()`,
	quote: '(?=["“«])',
	'www-url': '',
};
// Most frequent first (digits, then the capitals of month names): each guard before a candidate's own costs it one
// failed look. A link that starts with www. is the last rule (www-url), the one left when no guard chose: INLINE_FIRST
// has turned down every other w, and the scanner of the inline rules holds two patterns instead of three (each pattern
// costs a search of the rest of the line at every call, and a check at every position of it).
const inlineTokens = mergeRules(Object.keys(INLINE_GUARDS).map((name) => repository[name]), Object.values(INLINE_GUARDS));
repository['inline-tokens'] = {
	comment: 'numbers, month-date, square-brackets, parentheses, quote and www-url as one pattern (built by transcript.tmLanguage.src.mjs), after a look at the first character (INLINE_FIRST in the source), then the one rule a chain of conditionals chooses by its first character (INLINE_GUARDS): they start with different characters (digits, the capitals of month names, brackets, quotes, w), so the order does not change what matches; the most frequent candidates come first. Oniguruma finds the candidates of each with one pass over a first-character map; one merged pattern makes one pass where five patterns made three.',
	match: `(?=${INLINE_FIRST})(?:${inlineTokens.match})`,
	captures: inlineTokens.captures,
};
repository.date = {
	comment: 'Dates (and bare timestamps) inside other rules: note lines, titles, the boilerplate block. numbers and month-date as one pattern, as in inline-tokens.',
	...merge(['numbers', 'month-date']),
};

/**
 * The while of the document's regions that hold the inline rules (NEXT_PARAGRAPH_REGIONS): an empty line, as
 * EMPTY_LINE, a line that label-line takes, or a line that prose-line takes, tried in this order. On such a line the
 * document would pop the region and try label-line first, then prose-line (which no labelled line can match: see
 * LABEL_LINE), and push a region that holds the same inline rules and adds no scope. The region that goes on gives the
 * same tokens: the label's are the while's captures, which are label-line's (whileCaptures, numbered one up, as the
 * label is group 1 here), and a line of prose is matched without a capture, as prose-line's begin. A labelled or prose
 * paragraph after another paragraph then costs one anchored match instead of a while that fails, the document's
 * scanner (thirteen patterns, each set up at every call) and a new region: on the bench corpus 2% fewer instructions
 * than with prose-line alone in this while (callgrind; its CPU time moved within the noise of a shared machine).
 */
const NEXT_PARAGRAPH_LABEL = labelRules['label-line'].begin.replace(/^\\G/, '');
const NEXT_PARAGRAPH = r`\G(?:\n|(${NEXT_PARAGRAPH_LABEL})|(?=${PROSE_START})${PROSE_NO_CLOCK})`;
const NEXT_PARAGRAPH_CAPTURES = Object.fromEntries(Object.entries(labelRules['label-line'].beginCaptures).map(([k, v]) => [Number(k) + 1, v]));
const NEXT_PARAGRAPH_REGIONS = ['label-line', 'prose-line', 'rest-of-line', 'label', 'other-labels'];
for (const name of NEXT_PARAGRAPH_REGIONS) {
	const rule = repository[name];
	if (rule.while !== EMPTY_LINE || rule.patterns?.[0]?.include !== '#inline') throw new Error(`${name}: not a document region of the inline rules`);
	rule.while = NEXT_PARAGRAPH;
	rule.whileCaptures = NEXT_PARAGRAPH_CAPTURES;
}

/**
 * A rule of the document's scanner tried as oniguruma should try it: at \G, with no search ahead. Before it tries the
 * patterns of a scanner, oniguruma searches each for the first place it could match (a literal such as the label's
 * colon, or a first-character map), and for a pattern that starts with `[ \t]*+` that search runs over the whole line
 * even though \G allows one position: a line of text paid for it once per rule (the label alone cost 1.4 µs a line of
 * prose it was never tried on). A first alternative that never matches, `(?!)`, gives oniguruma nothing to search for,
 * so it tries the pattern at \G straight away; the pattern matches what it matched before.
 */
function tryAtAnchorOnly(rule) {
	for (const key of ['begin', 'match']) {
		if (typeof rule[key] === 'string' && rule[key].startsWith(r`\G`)) rule[key] = r`\G(?:(?!)|${rule[key].slice(2)})`;
	}
}
/**
 * The rules of the document's scanner whose search would cross the line: the labels, the whole-line rules tried before
 * them, prose-line, and the chrome block, a cue's timing, court line numbers and the rules after the labels, which start
 * with blanks. Oniguruma runs the search of every pattern of a scanner before it tries the first, so on a line that
 * label-line or prose-line takes, those searches were paid too (the document's scanner cost 8% less without them on the
 * bench corpus, and captions no more). NOTE blocks and form feeds are left alone: their search looks at one position.
 * The rules inside a cue are left alone too: there, a search that finds no colon turns down a caption name more cheaply
 * than a try at \G (with every anchored rule so marked, captions took 10% longer).
 */
const TRIED_AT_ANCHOR_ONLY = ['label-line', 'prose-line', 'line-start-matches', 'label', 'other-labels', 'chrome-block', 'cue', 'line-number', 'line-end-matches', 'stage-line'];
for (const name of TRIED_AT_ANCHOR_ONLY) tryAtAnchorOnly(repository[name]);

export const grammar = {
	$schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
	name: 'Transcript',
	scopeName: 'text.transcript',
	comment: 'Generated from transcript.tmLanguage.src.mjs: edit that file, not this one. Line-oriented grammar for transcripts of press conferences, briefings, interviews and hearings, court and Congressional Record transcripts, exports of transcription services and WebVTT and SRT captions. Scope names: see test/grammar/README.md.',
	patterns: [{ include: '#document' }],
	repository,
};

export const jsonPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'transcript.tmLanguage.json');
/** The JSON text this source builds. */
export const jsonText = () => JSON.stringify(grammar, null, '\t') + '\n';

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	fs.writeFileSync(jsonPath, jsonText());
	console.log(`wrote ${path.relative(process.cwd(), jsonPath)}`);
}
