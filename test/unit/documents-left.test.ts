/**
 * Reading conventions the held-out checks of the document readers left open:
 * a word a PDF broke at a soft hyphen, which pdf.js hands over with no hyphen
 * at all; notes and numbered questions in Chinese records; the record's own
 * narration inside a Westminster Hansard speech (`Question agreed to.`);
 * ParlaMint speakers known only by a code. Every document is written inside
 * the test, in our own words.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDFDict, PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { readDocument, readTranscript } from '../../src/core/formats';

/**
 * A PDF of lines in Helvetica whose font says (in a ToUnicode map) that the
 * character it prints as a hyphen at a break is a soft hyphen, as word
 * processors write it.
 */
async function pdfWithSoftHyphens(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  lines.forEach((text, i) => page.drawText(text, { x: 72, y: 700 - i * 16, size: 12, font }));
  const map = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /SoftHyphens def',
    '1 begincodespacerange <00> <FF> endcodespacerange',
    '1 beginbfrange <20> <7E> <0020> endbfrange',
    '1 beginbfchar <AD> <00AD> endbfchar',
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const saved = await PDFDocument.load(await doc.save());
  for (const [, object] of saved.context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Font')) object.set(PDFName.of('ToUnicode'), saved.context.register(saved.context.stream(map)));
  }
  return saved.save();
}

describe('PDF: words broken at a soft hyphen', () => {
  it('joins a word whose soft hyphen pdf.js dropped where the document writes the word whole elsewhere', async () => {
    const bytes = await pdfWithSoftHyphens([
      'CHAIR: We turn to the reform of the consti\u00ad',
      'tution before the recess.',
      'MEMBER: The constitution has served us well for a long time.',
    ]);
    const r = await readDocument(bytes, { fileName: 'record.pdf' });
    assert.match(r.text, /reform of the constitution\nbefore the recess\./);
  });

  it('leaves two words that are each words of their own apart, though they also make one', async () => {
    const bytes = await pdfWithSoftHyphens([
      'CHAIR: Some members can',
      'not attend; they cannot travel in winter and we can not wait.',
    ]);
    const r = await readDocument(bytes, { fileName: 'record.pdf' });
    assert.match(r.text, /Some members can\nnot attend;/);
  });

  it('still joins a word broken at a printed hyphen and keeps a name broken at its own hyphen', async () => {
    const bytes = await pdfWithSoftHyphens(['CHAIR: The ferry timetable needs more infor-', 'mation, says Anne-', 'Marie from the harbour office.']);
    const r = await readDocument(bytes, { fileName: 'record.pdf' });
    assert.match(r.text, /more information,\nsays Anne-Marie\nfrom the harbour/);
  });
});

/** `speaker: words` of every labelled turn of a text transcript. */
function textTurns(text: string): string[] {
  const t = readTranscript(text);
  return t.turns.filter((u) => u.speaker).map((u) => `${u.speaker}: ${text.slice(u.segments[0]!.start, u.segments[0]!.end).split('\n')[0]}`);
}

describe('Chinese records: notes, lists and numbered questions', () => {
  it('reads a note under a table (`註：`) and a source line (`資料來源：`) as the record\'s, not as speakers', () => {
    const record = [
      '主席：請局長答覆。',
      '',
      '局長：主席，去年的數字如下表。',
      '',
      '註：',
      '',
      '(1) 數字為臨時數字。',
      '',
      '註：以上不包括離島。',
      '',
      '資料來源：統計處。',
      '',
      '主席：多謝局長。',
    ].join('\n');
    assert.deepEqual(textTurns(record).map((t) => t.split(':')[0]), ['主席', '局長', '主席']);
  });

  it('reads a source line printed in compatibility ideographs, as PDF fonts often give them, as the record\'s', () => {
    // 料 and 來 as U+F9BE and U+F92D: they look the same and mean the same.
    const record = ['主席：請局長答覆。', '', '局長：主席，數字如下。', '', '資\uf9be\uf92d源：統計處。', '', '主席：多謝局長。'].join('\n');
    assert.deepEqual(textTurns(record).map((t) => t.split(':')[0]), ['主席', '局長', '主席']);
  });

  it('gives one speaker one name where the PDF font printed some of its labels in compatibility ideographs', () => {
    // 來 as U+F92D in the second label: the same office.
    const record = ['主席：請未來發展局局長答覆。', '', '未來發展局局長：主席，我先答覆第一部分。', '', '主席：請繼續。', '', '未\uf92d發展局局長：第二部分已有答覆。'].join('\n');
    const speakers = new Set(readTranscript(record).turns.map((u) => u.speaker));
    assert.deepEqual([...speakers], ['主席', '未來發展局局長']);
  });

  it('does not take the end of a sentence that introduces a list (`答覆如下：`) for a speaker', () => {
    const record = [
      '主席：第一項質詢。',
      '',
      '局長：主席，就議員的提問，現答覆',
      '如下：我們已增加人手，並延長開放時間。',
      '',
      '主席：第二項質詢。',
    ].join('\n');
    assert.deepEqual(textTurns(record).map((t) => t.split(':')[0]), ['主席', '局長', '主席']);
  });

  it('does not take the end of a sentence wrapped from a full line of characters for a speaker', () => {
    const record = [
      '主席：第一項質詢。',
      '',
      '張議員：主席，本港的公共圖書館開放時間較短，市民意見很多。政府可否告',
      '知本會：會否延長開放時間？',
      '',
      '局長：主席，我們正研究延長開放時間。',
    ].join('\n');
    assert.deepEqual(textTurns(record).map((t) => t.split(':')[0]), ['主席', '張議員', '局長']);
  });

  it('reads numbered questions and their answers (`1. 問：`) as labels', () => {
    const record = ['記者會紀錄', '', '1. 問：新的渡輪何時啟航？', '答：明年春天。', '2. 問：票價多少？', '答：與現時相同。'].join('\n');
    assert.deepEqual(textTurns(record), ['問: 新的渡輪何時啟航？', '答: 明年春天。', '問: 票價多少？', '答: 與現時相同。']);
  });

  it('reads a member\'s numbered main question (`2. 張議員：`) as that member\'s words where the member speaks again', () => {
    const record = ['主席：第二項質詢。', '', '2. 張議員：主席，政府會否增加渡輪班次？', '', '局長：主席，會的。', '', '張議員：主席，何時增加？', '', '局長：下月。'].join('\n');
    assert.deepEqual(textTurns(record).map((t) => t.split(':')[0]), ['主席', '張議員', '局長', '張議員', '局長']);
  });

  it('leaves a numbered heading of a list that names no one who speaks as the words it is in', () => {
    const record = ['主席：議程如下。', '', '1. 財務報告：本年度有盈餘。', '', '2. 其他事項：無。', '', '委員：同意。'].join('\n');
    assert.deepEqual(textTurns(record).map((t) => t.split(':')[0]), ['主席', '委員']);
  });
});

const readXml = (xml: string) => readDocument(new TextEncoder().encode(xml), { fileName: 'sitting.xml' });
const speakers = (t: { turns: Array<{ speaker: string | null }> }) => t.turns.map((u) => u.speaker);

/** Each turn's speaker, its words, and the record's narration written inside it. */
async function turnsAndNarration(xml: string): Promise<Array<{ speaker: string | null; words: string; narration: string[] }>> {
  const r = await readXml(xml);
  return r.transcript.turns.map((t) => ({
    speaker: t.speaker,
    words: t.segments.map((s) => r.text.slice(s.start, s.end)).join(' '),
    narration: (r.transcript.notes ?? []).filter((n) => n.kind === 'stage' && n.start >= t.start && n.end <= t.end).map((n) => n.text),
  }));
}

describe('Westminster Hansard records: the record\'s own narration inside a speech', () => {
  it('reads `Leave granted.` and `Question agreed to.` in an Australian speech (schema 2.2) as stage directions, not the senator\'s words', async () => {
    const record = `<hansard version="2.2"><session.header><date>2031-03-04</date><chamber>Senate</chamber></session.header>
<chamber.xscript><debate><debateinfo><title>CONDOLENCES</title></debateinfo>
<speech><talk.start><talker><name role="metadata">Reed, Sen Kim</name><name.id>K01</name.id></talker></talk.start>
<talk.text><body>
<p class="HPS-Normal"><span class="HPS-Normal"><a href="K01" type="MemberSpeech"><span class="HPS-MemberSpeech">Senator KIM REED</span></a> (<span class="HPS-Electorate">Tasmania</span>) (10<span class="HPS-Time">:01</span>): I seek leave to move a motion on the loss of the lighthouse keeper.</span></p>
<p class="HPS-Normal"><span class="HPS-Normal">Leave granted. </span></p>
<p class="HPS-Normal"><span class="HPS-Normal">I move that the Senate records its sorrow.</span></p>
<p class="HPS-Normal"><span class="HPS-Normal">Question agreed to.  </span></p>
</body></talk.text></speech></debate></chamber.xscript></hansard>`;
    const turns = await turnsAndNarration(record);
    assert.equal(turns.length, 1);
    assert.equal(turns[0]!.words, 'I seek leave to move a motion on the loss of the lighthouse keeper. I move that the Senate records its sorrow.');
    assert.deepEqual(turns[0]!.narration, ['Leave granted.', 'Question agreed to.']);
  });

  it('reads the outcome at the end of a ParlParse speech\'s paragraphs as narration and keeps the motion the member reads out', async () => {
    const record = `<publicwhip scraperversion="a" latest="yes">
<major-heading id="uk.org.publicwhip/debate/2031-05-06.3.1">HARBOUR BILL 2031</major-heading>
<speech id="uk.org.publicwhip/debate/2031-05-06.3.2" speakername="Ann Field" talktype="speech"><p>I move:</p><p pwmotiontext="moved">That this bill be now read a second time.</p><p>The harbour needs a new breakwater.</p><p>Question agreed to.</p><p>Bill read a second time.</p></speech>
<speech id="uk.org.publicwhip/debate/2031-05-06.3.3" speakername="Tom Hale" talktype="speech"><p>That the report be adopted. Motion agreed to.</p></speech>
</publicwhip>`;
    const turns = await turnsAndNarration(record);
    assert.deepEqual(turns.map((t) => t.speaker), ['Ann Field', 'Tom Hale']);
    assert.equal(turns[0]!.words, 'I move: That this bill be now read a second time. The harbour needs a new breakwater.');
    assert.deepEqual(turns[0]!.narration, ['Question agreed to.', 'Bill read a second time.']);
    assert.equal(turns[1]!.words, 'That the report be adopted.');
    assert.deepEqual(turns[1]!.narration, ['Motion agreed to.']);
  });

  it('opens no turn for a ParlParse speech that is nothing but the record\'s narration, and reads a bill\'s title given as a link', async () => {
    const record = `<publicwhip scraperversion="a" latest="yes">
<speech id="uk.org.publicwhip/lords/2031-05-06.5.1" speakername="Ann Field" talktype="speech"><p>We support the <a href="http://example.org/bills/r12">Harbour Works Amendment Bill 2031</a> as it stands.</p></speech>
<speech id="uk.org.publicwhip/lords/2031-05-06.5.2" speakername="Ann Field" talktype="speech"><p>Question agreed to.</p><p>Harbour Works Amendment Bill 2031 reported without amendment; report adopted.</p><p>Message from the Governor-General recommending appropriation for the bill announced.</p></speech>
<speech id="uk.org.publicwhip/lords/2031-05-06.5.3" speakername="Tom Hale" talktype="speech"><p>I move that the bill be now read a third time.</p></speech>
</publicwhip>`;
    const turns = await turnsAndNarration(record);
    assert.deepEqual(turns.filter((t) => t.speaker).map((t) => `${t.speaker}: ${t.words}`), [
      'Ann Field: We support the Harbour Works Amendment Bill 2031 as it stands.',
      'Tom Hale: I move that the bill be now read a third time.',
    ]);
  });

  it('keeps a chair\'s spoken sentence about an outcome (`Leave is granted.`) as the chair\'s words', async () => {
    const record = `<publicwhip scraperversion="a" latest="yes">
<speech id="uk.org.publicwhip/debate/2031-05-06.4.1" speakername="The Speaker" talktype="speech"><p>Leave is granted. The question is that the bill be now read a second time.</p></speech>
</publicwhip>`;
    const turns = await turnsAndNarration(record);
    assert.equal(turns[0]!.words, 'Leave is granted. The question is that the bill be now read a second time.');
    assert.deepEqual(turns[0]!.narration, []);
  });
});

const parlaMint = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="fr"><teiHeader><fileDesc><titleStmt><title type="sub" xml:lang="fr">Séance du 3 mars 2031</title></titleStmt></fileDesc></teiHeader>
<text><body><div type="debateSection">${body}</div></body></text></TEI>`;

describe('ParlaMint TEI: speakers known only by a code', () => {
  it('names a speaker known only by a code by the name the chair gave the floor to, wherever that code speaks', async () => {
    const { transcript } = await readXml(parlaMint(`
<u who="#PA100" ana="#chair"><seg>La séance est ouverte.</seg><seg>La parole est à M. Paul Vidal.</seg></u>
<u who="#PA200" ana="#regular"><seg>Monsieur le ministre, le port attend toujours sa digue.</seg></u>
<u who="#PA100" ana="#chair"><seg>La parole est à Mme la ministre de la mer, pour répondre.</seg></u>
<u who="#PA300" ana="#regular"><seg>Les travaux commencent en mai.</seg></u>
<u who="#PA200" ana="#regular"><seg>Nous verrons.</seg></u>`));
    assert.deepEqual(speakers(transcript), ['PA100', 'M. Paul Vidal', 'PA100', 'Mme la ministre de la mer', 'M. Paul Vidal']);
    assert.equal(transcript.turns[0]!.role, 'moderator');
  });

  it('prefers the file\'s person list and the printed label to the chair\'s call', async () => {
    const { transcript } = await readXml(parlaMint(`
<u who="#PA100" ana="#chair"><seg>La parole est à M. Paul Vidal.</seg></u>
<note type="speaker">M. Paul Vidal, rapporteur :</note>
<u who="#PA200" ana="#regular"><seg>Merci.</seg></u>
<u who="#PA100" ana="#chair"><seg>La parole est à M. Luc Brun.</seg></u>
<u who="#PA400" ana="#regular"><seg>Bonjour.</seg></u>
<listPerson><person xml:id="PA400"><persName><forename>Luc</forename><surname>Brun-Martin</surname></persName></person></listPerson>`));
    assert.deepEqual(speakers(transcript).slice(1), ['M. Paul Vidal, rapporteur', 'PA100', 'Luc Brun-Martin']);
  });

  it('still splits an id made of a name at its capitals where no one calls the speaker', async () => {
    const { transcript } = await readXml(parlaMint(`<u who="#DupontJeanne" ana="#regular"><seg>Je commence.</seg></u>`));
    assert.deepEqual(speakers(transcript), ['Dupont Jeanne']);
  });
});

describe('German parliamentary records: labels alone on their line, the words below', () => {
  it('reads a chair\'s label and a minister\'s label with the office after a comma, each alone on its line', () => {
    const record = [
      'Beginn: 9:00 Uhr',
      '',
      '  Präsidentin Dr. Eva Lind: ',
      '  Guten Morgen. Die Sitzung ist eröffnet.',
      '  Ich erteile das Wort der Bundesministerin Jana Berg.',
      '(Beifall bei der SPD)',
      '  Jana Berg, Bundesministerin für Verkehr: ',
      '  Frau Präsidentin! Meine Damen und Herren!',
    ].join('\n');
    assert.deepEqual(textTurns(record), ['Präsidentin Dr. Eva Lind: Guten Morgen. Die Sitzung ist eröffnet.', 'Jana Berg: Frau Präsidentin! Meine Damen und Herren!']);
  });

  it('reads a member\'s label with the party in parentheses alone on its line', () => {
    const record = ['Präsident Dr. Jan Novák:', '  Das Wort hat der Kollege Otto Brandt.', 'Otto Brandt (FDP):', '  Herr Präsident! Die Brücke muss saniert werden.'].join('\n');
    assert.deepEqual(textTurns(record).map((t) => t.split(':')[0]), ['Präsident Dr. Jan Novák', 'Otto Brandt']);
  });

  it('takes no office named alone before a list for a speaker when no words follow it', () => {
    const record = ['Präsident Dr. Jan Novák:', '', 'Otto Brandt (FDP):', 'Jana Berg (SPD):'].join('\n');
    assert.deepEqual(textTurns(record), []);
  });
});
