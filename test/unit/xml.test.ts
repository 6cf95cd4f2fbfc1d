/**
 * The XML reader: parliamentary records read by their elements (speakers,
 * the roles the record states, stage directions that are not turns, places
 * in the original), TTML captions with agents and times, any other XML as
 * text with a warning, and the documents it refuses.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FormatError, readDocument } from '../../src/core/formats';
import type { Transcript } from '../../src/core/transcript/model';

const read = (xml: string, fileName = 'record.xml') => readDocument(new TextEncoder().encode(xml), { fileName });
const speakers = (t: Transcript) => t.turns.map((u) => u.speaker);
const roles = (t: Transcript) => t.turns.map((u) => u.role);
const turnText = (text: string, t: Transcript, i: number) => t.turns[i]!.segments.map((s) => text.slice(s.start, s.end)).join(' ');

describe('XML records: UK Hansard', () => {
  const xml = `<housecommons><title>House of Commons</title><date format="2001-02-03">Saturday 3 February 2001</date>
<oralquestions><section><title>FISHERIES</title>
<p id="q1">1. <member>Ms. Penrose</member><membercontribution> asked the Minister what he will do about herring.</membercontribution></p>
<p id="a1"><member>The Minister of State for Fisheries (Mr. Lund)</member><membercontribution>: We are counting the herring.</membercontribution></p>
<p id="n1"><i>Later</i></p>
<p id="q2"><member>Ms. Penrose</member><membercontribution>: Will he count them <col>12</col>twice?</membercontribution></p>
<p id="a2"><member>Mr. Lund</member><membercontribution>: Once is enough.</membercontribution></p>
</section></oralquestions></housecommons>`;

  it('names speakers by their names, the minister by the name in parentheses', async () => {
    const { transcript } = await read(xml);
    assert.deepEqual(speakers(transcript), ['Ms. Penrose', 'Mr. Lund', 'Ms. Penrose', 'Mr. Lund']);
  });

  it('keeps the minister answering under the short name, and members asking at question time', async () => {
    const { transcript } = await read(xml);
    assert.deepEqual(roles(transcript), ['questioner', 'respondent', 'questioner', 'respondent']);
  });

  it('drops the colon after the label and the column marker inside the words', async () => {
    const { text, transcript } = await read(xml);
    assert.equal(turnText(text, transcript, 1), 'We are counting the herring.');
    assert.equal(turnText(text, transcript, 2), 'Will he count them twice?');
  });

  it('writes the record’s note as a stage direction, not a turn', async () => {
    const { transcript } = await read(xml);
    assert.ok(transcript.notes.some((n) => n.kind === 'stage' && n.text === 'Later'));
    assert.equal(transcript.turns.length, 4);
  });

  it('takes the title and the date from the record, and places words by the id of their paragraph', async () => {
    const { text, transcript } = await read(xml);
    assert.equal(transcript.metadata.title, 'House of Commons');
    assert.equal(transcript.metadata.date, '2001-02-03');
    const at = transcript.turns[1]!.segments[0]!.start;
    const place = transcript.origin!.places.find((p) => p.start <= at && at < p.end);
    assert.equal(place?.element, 'a1/membercontribution');
    assert.match(text, /^House of Commons\n/);
  });
});

describe('XML records: the Commons’ own hs_ Hansard', () => {
  it('opens a turn at each Member, names them without constituency and party, and continues with the paragraphs after', async () => {
    const { text, transcript } = await read(`<House><Fragment><Body>
<hs_3OralHeading>Fisheries</hs_3OralHeading>
<Question><hs_Para UID="q1"><Number>3</Number>. <Uin>[12345]</Uin><Member><B>Pat Reed</B> (Northshire) (Lab):</Member><QuestionText>What is being done about the nets?</QuestionText></hs_Para></Question>
<hs_Para UID="a1"><B><Member>The Minister for Fisheries (Chris Dale):</Member></B> We are mending them.<hs_TimeCode time="2016-01-01T10:00:00"/></hs_Para>
<hs_Para UID="a2">Slowly.</hs_Para>
<hs_Para UID="s1"><I>(Interruption.)</I></hs_Para>
</Body></Fragment></House>`);
    assert.deepEqual(speakers(transcript), ['Pat Reed', 'Chris Dale']);
    assert.deepEqual(roles(transcript), ['questioner', 'respondent']);
    assert.equal(turnText(text, transcript, 1), 'We are mending them. Slowly.');
    assert.ok(transcript.notes.some((n) => n.text === 'Interruption.'));
  });
});

describe('XML records: ParlParse (TheyWorkForYou)', () => {
  it('reads speeches by their speakername and skips speeches with no speaker', async () => {
    const { transcript } = await read(`<publicwhip>
<major-heading id="uk.org.publicwhip/debate/2002-03-04a.1.0">Oral Answers to Questions</major-heading>
<speech id="uk.org.publicwhip/debate/2002-03-04a.1.1" speakername="Jane Doe"><p>Is the minister aware of the queue?</p></speech>
<speech id="uk.org.publicwhip/debate/2002-03-04a.1.2" speakername="The Minister for Transport (John Roe)"><p>I am.</p><p>It is long.</p></speech>
<speech id="uk.org.publicwhip/debate/2002-03-04a.1.3" nospeaker="true"><p>Division called.</p></speech>
</publicwhip>`);
    assert.deepEqual(speakers(transcript).filter(Boolean), ['Jane Doe', 'John Roe']);
    assert.deepEqual(roles(transcript).slice(0, 2), ['questioner', 'respondent']);
    assert.equal(transcript.metadata.date, '2002-03-04');
  });
});

describe('XML records: the Bundestag', () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<dbtplenarprotokoll sitzung-datum="05.06.2020">
<vorspann><kopfdaten><plenarprotokoll-nummer>Plenarprotokoll 1/2</plenarprotokoll-nummer><sitzungstitel>2. Sitzung</sitzungstitel></kopfdaten>
<inhaltsverzeichnis><ivz-eintrag><redner id="9"><name><vorname>Erna</vorname><nachname>Beispiel</nachname></name></redner>Erna Beispiel</ivz-eintrag></inhaltsverzeichnis></vorspann>
<sitzungsverlauf>
<sitzungsbeginn><p klasse="N">Präsidentin Anna Vorsitz:</p><p klasse="J_1">Die Sitzung ist eröffnet.</p></sitzungsbeginn>
<tagesordnungspunkt top-id="Tagesordnungspunkt 1">
<rede id="r1"><p klasse="redner"><redner id="9"><name><vorname>Erna</vorname><nachname>Beispiel</nachname><fraktion>XYZ</fraktion></name></redner>Erna Beispiel (XYZ):</p>
<p klasse="J_1">Wir reden heute über Brücken.</p>
<kommentar>(Beifall bei der XYZ)</kommentar>
<name>Präsidentin Anna Vorsitz:</name>
<p klasse="J_1">Bitte kommen Sie zum Schluss.</p>
<p klasse="redner"><redner id="9"><name><vorname>Erna</vorname><nachname>Beispiel</nachname><fraktion>XYZ</fraktion></name></redner>Erna Beispiel (XYZ):</p>
<p klasse="J">Ich komme zum Schluss.</p></rede>
<p klasse="J">Ich schließe die Aussprache.</p>
</tagesordnungspunkt></sitzungsverlauf>
<anlagen><p>Entschuldigte Abgeordnete: Max Muster</p></anlagen>
</dbtplenarprotokoll>`;

  it('reads the sitting’s course only: the table of contents and the annexes are no turns', async () => {
    const { transcript } = await read(xml);
    assert.deepEqual(speakers(transcript), ['Anna Vorsitz', 'Erna Beispiel', 'Anna Vorsitz', 'Erna Beispiel', 'Anna Vorsitz']);
  });

  it('names the chair from the bare label and states the chair’s role', async () => {
    const { transcript } = await read(xml);
    assert.equal(transcript.turns[0]!.role, 'moderator');
    assert.equal(transcript.turns[2]!.role, 'moderator');
  });

  it('writes applause as a stage direction and gives the words after a speech to the chair', async () => {
    const { text, transcript } = await read(xml);
    assert.ok(transcript.notes.some((n) => n.text === 'Beifall bei der XYZ'));
    assert.equal(turnText(text, transcript, 3), 'Ich komme zum Schluss.');
    assert.equal(transcript.turns.length, 5);
    assert.equal(transcript.turns[4]!.speaker, 'Anna Vorsitz');
  });

  it('takes the date from the sitting and the title from the header', async () => {
    const { transcript } = await read(xml);
    assert.equal(transcript.metadata.date, '2020-06-05');
    assert.equal(transcript.metadata.title, 'Plenarprotokoll 1/2, 2. Sitzung');
  });
});

describe('XML records: question time in the Bundestag, without its agenda title', () => {
  const member = (id: string, first: string, last: string, party: string) =>
    `<p klasse="redner"><redner id="${id}"><name><vorname>${first}</vorname><nachname>${last}</nachname><fraktion>${party}</fraktion></name></redner>${first} ${last} (${party}):</p>`;
  const minister = `<p klasse="redner"><redner id="m"><name><vorname>Jana</vorname><nachname>Probe</nachname><rolle><rolle_lang>Bundesministerin für Verkehr</rolle_lang></rolle></name></redner>Jana Probe, Bundesministerin für Verkehr:</p>`;
  const chair = (words: string) => `<name>Präsident Karl Leiter:</name><p klasse="J_1">${words}</p>`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<dbtplenarprotokoll sitzung-datum="11.03.2021"><sitzungsverlauf><tagesordnungspunkt top-id="Tagesordnungspunkt 2">
<rede id="r1">${minister}<p klasse="J_1">Wir haben heute im Kabinett über neue Radwege gesprochen.</p>${chair('Danke. – Zur ersten Frage hat das Wort der Kollege Max Muster.')}</rede>
<rede id="r2">${member('1', 'Max', 'Muster', 'ABC')}<p klasse="J_1">Frau Ministerin, wie viele Kilometer werden gebaut?</p></rede>
<rede id="r3">${minister}<p klasse="J_1">Zweihundert in diesem Jahr.</p>${chair('Danke sehr. – Die nächste Frage hat die Kollegin Eva Beispiel.')}</rede>
<rede id="r4">${member('2', 'Eva', 'Beispiel', 'XYZ')}<p klasse="J_1">Warum erst jetzt?</p>${chair('Ihre Redezeit ist um.')}</rede>
<rede id="r5">${member('2', 'Eva', 'Beispiel', 'XYZ')}<p klasse="J_1">Ich bin sofort fertig.</p></rede>
<rede id="r6">${minister}<p klasse="J_1">Weil das Geld erst jetzt da ist.</p>${chair('Eine Frage lasse ich noch zu. Frau Kollegin Lena Fall, bitte.')}</rede>
<rede id="r7">${member('3', 'Lena', 'Fall', 'ABC')}<p klasse="J_1">Gilt das auch für Brücken?</p></rede>
<rede id="r8">${minister}<p klasse="J_1">Ja, auch für Brücken.</p>${chair('Damit ist die Befragung beendet.')}</rede>
</tagesordnungspunkt></sitzungsverlauf></dbtplenarprotokoll>`;

  it('gives the chair and the minister the roles the record states, and the members the chair calls ask', async () => {
    const { transcript } = await read(xml);
    const role = (name: string) => transcript.speakers.find((s) => s.name === name)?.role;
    assert.equal(role('Karl Leiter'), 'moderator');
    assert.equal(role('Jana Probe'), 'respondent');
    assert.equal(role('Max Muster'), 'questioner');
    assert.equal(role('Eva Beispiel'), 'questioner');
  });

  it('opens a Q&A for each member the chair calls on, in words or by name only, and none when the chair only calls a member to order', async () => {
    const { transcript } = await read(xml);
    const qa = transcript.sections.filter((s) => s.kind === 'qa');
    const askers = qa.map((s) => transcript.turns.find((t) => t.line >= s.line && t.question)?.speaker);
    assert.deepEqual(askers, ['Max Muster', 'Eva Beispiel', 'Lena Fall']);
  });

  it('opens no Q&A for the chair’s own questions in a debate (a vote, a call to order)', async () => {
    const debate = `<?xml version="1.0" encoding="UTF-8"?>
<dbtplenarprotokoll sitzung-datum="12.03.2021"><sitzungsverlauf><tagesordnungspunkt top-id="Tagesordnungspunkt 3">
<rede id="d1">${member('1', 'Max', 'Muster', 'ABC')}<p klasse="J_1">Wir brauchen mehr Radwege.</p>${chair('Wer stimmt für den Antrag? – Wer stimmt dagegen? – Enthaltungen?')}</rede>
<rede id="d2">${member('2', 'Eva', 'Beispiel', 'XYZ')}<p klasse="J_1">Wir brauchen mehr Brücken.</p>${chair('Gibt es weitere Wortmeldungen? – Das ist nicht der Fall.')}</rede>
</tagesordnungspunkt></sitzungsverlauf></dbtplenarprotokoll>`;
    const { transcript } = await read(debate);
    assert.equal(transcript.speakers.find((s) => s.name === 'Karl Leiter')?.role, 'moderator');
    assert.deepEqual(transcript.sections.filter((s) => s.kind === 'qa'), []);
  });
});

describe('XML records: ParlaMint TEI', () => {
  const xml = `<?xml version="1.0"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Sample sitting</title></titleStmt>
<sourceDesc><bibl><date when="2022-10-11">11 October 2022</date></bibl></sourceDesc></fileDesc>
<particDesc><listPerson><person xml:id="RiverJo"><persName><forename>Jo</forename><surname>River</surname></persName></person></listPerson></particDesc></teiHeader>
<text><body><div type="debateSection">
<note type="speaker">The Chair:</note>
<u who="#HillAda" ana="#chair" xml:id="u1"><seg xml:id="s1">We begin.</seg></u>
<note type="speaker">Minister of Roads (Jo River)</note>
<u who="#RiverJo" ana="#regular" xml:id="u2"><seg xml:id="s2">Roads are good <kinesic type="applause"><desc>Applause</desc></kinesic> and wide.</seg></u>
<u who="#StoneBen" ana="#regular"><seg>They are narrow.</seg><vocal type="murmuring"><desc>Murmurs</desc></vocal></u>
</div></body></text></TEI>`;

  it('takes the label the record printed, the name in its parentheses, or the name from the id', async () => {
    const { transcript } = await read(xml);
    assert.deepEqual(speakers(transcript), ['The Chair', 'Jo River', 'Stone Ben']);
  });

  it('states the chair by ana="#chair" and the minister by the label', async () => {
    const { transcript } = await read(xml);
    assert.deepEqual(roles(transcript).slice(0, 2), ['moderator', 'respondent']);
  });

  it('writes kinesic and vocal events as stage directions inside the turn', async () => {
    const { transcript } = await read(xml);
    assert.deepEqual(transcript.notes.map((n) => n.text), ['Applause', 'Murmurs']);
    assert.equal(transcript.turns.length, 3);
  });

  it('places words at their seg ids, and takes title and date from the header', async () => {
    const { transcript } = await read(xml);
    const at = transcript.turns[0]!.segments[0]!.start;
    assert.equal(transcript.origin!.places.find((p) => p.start <= at && at < p.end)?.ref, 's1');
    assert.equal(transcript.metadata.title, 'Sample sitting');
    assert.equal(transcript.metadata.date, '2022-10-11');
  });

  it('gives an element with no id its short path', async () => {
    const { transcript } = await read(xml);
    const at = transcript.turns[2]!.segments[0]!.start;
    assert.equal(transcript.origin!.places.find((p) => p.start <= at && at < p.end)?.ref, '/TEI/text/body/div/u[3]/seg');
  });
});

describe('XML records: speaker and post beside the speech', () => {
  it('turns `Surname, First` round, and uses the post where the name is unknown', async () => {
    const { transcript } = await read(`<corpus><header><title>Sample session</title><date>held on 2 March 2019</date></header><body>
<intervention><speaker><name>Green Lopez, Ana</name><post>PRESIDENTA</post></speaker><speech>Opening words.
Second line.</speech></intervention>
<intervention><speaker><name>Brown, Luis</name></speaker><speech>I agree. <omit type="comment">Applause</omit></speech></intervention>
<intervention><speaker><name>UNKNOWN</name><post>PRESIDENTE</post></speaker><speech>Thank you.</speech></intervention>
</body></corpus>`);
    assert.deepEqual(speakers(transcript), ['Ana Green Lopez', 'Luis Brown', 'PRESIDENTE']);
    assert.deepEqual([transcript.turns[0]!.role, transcript.turns[2]!.role], ['moderator', 'moderator']);
    assert.deepEqual(transcript.notes.map((n) => n.text), ['Applause']);
    assert.equal(transcript.metadata.date, '2019-03-02');
  });
});

describe('XML records: Australian, Canadian and Akoma Ntoso Hansard', () => {
  it('reads older Australian records: the words after the print dash, the office stated, members asking in a debate of questions', async () => {
    const { text, transcript } = await read(`<hansard><session.header><date>1960-02-03</date><chamber>REPS</chamber></session.header><chamber.xscript>
<business.start><para>The SPEAKER took the chair.</para></business.start>
<debate><debateinfo><title>QUESTION</title><type>Questions</type></debateinfo><subdebate.1><subdebateinfo><title>ROADS</title></subdebateinfo>
<speech><talk.start><talker><role/><in.gov>0</in.gov><name role="metadata">DALE, Chris</name><name role="display">Mr DALE</name></talker><para>- Will the road be built?</para></talk.start></speech>
<speech><talk.start><talker><role>Minister for Works</role><in.gov>1</in.gov><name role="metadata">REED, Pat</name><name role="display">Mr REED</name></talker><para>. - It will.</para></talk.start><para>Next year.</para></speech>
</subdebate.1></debate></chamber.xscript></hansard>`);
    assert.deepEqual(speakers(transcript), ['Chris Dale', 'Pat Reed']);
    assert.deepEqual(roles(transcript), ['questioner', 'respondent']);
    assert.equal(turnText(text, transcript, 1), 'It will. Next year.');
    assert.ok(transcript.notes.some((n) => n.text === 'The SPEAKER took the chair.'));
  });

  it('titles an Australian record by its chamber in words, not by the header\'s code', async () => {
    const { transcript } = await read(`<hansard><session.header><date>1960-02-03</date><chamber>REPS</chamber></session.header><chamber.xscript>
<debate><speech><talk.start><talker><name role="metadata">DALE, Chris</name></talker><para>- Hello.</para></talk.start></speech></debate></chamber.xscript></hansard>`);
    assert.equal(transcript.metadata.title, 'Hansard, House of Representatives');
  });

  it('reads Australian records of schema 2.2: the label printed inside the words left out, interjections and continuations as turns', async () => {
    const { text, transcript } = await read(`<hansard><session.header><date>2019-08-01</date><chamber>House of Reps</chamber></session.header><chamber.xscript><debate><subdebate.1>
<speech><talk.start><talker><name role="metadata">Lake, Jo, MP</name><in.gov>0</in.gov></talker></talk.start><talk.text><body>
<p class="HPS-Normal"><span class="HPS-Normal"><a href="X1" type="MemberSpeech"><span class="HPS-MemberSpeech">Ms LAKE</span></a> (<span class="HPS-Electorate">Hilltown</span>) (<span class="HPS-Time">10:02</span>): Bridges matter.</span></p>
<p class="HPS-Normal"><span class="HPS-Normal"><a href="Y2" type="MemberInterjecting"><span class="HPS-MemberInterjecting">Mr Ford:</span></a> Which bridges?</span></p>
<p class="HPS-Normal"><span class="HPS-Normal"><a href="X1" type="MemberContinuation"><span class="HPS-MemberContinuation">Ms LAKE:</span></a> All of them.</span></p>
</body></talk.text></speech></subdebate.1></debate></chamber.xscript></hansard>`);
    assert.deepEqual(speakers(transcript), ['Jo Lake', 'Mr Ford', 'Jo Lake']);
    assert.equal(turnText(text, transcript, 0), 'Bridges matter.');
    assert.equal(turnText(text, transcript, 1), 'Which bridges?');
  });

  it('reads Australian talk.start talkers, questions asking and answers answering', async () => {
    const { transcript } = await read(`<hansard><session.header><date>2015-05-06</date><chamber>SENATE</chamber></session.header>
<chamber.xscript><debate><question><talk.start><talker><name role="metadata">Able, Sam, Sen.</name><name role="display">Senator ABLE</name></talker></talk.start>
<talk.text><body><p>Why is the sky blue?</p></body></talk.text></question>
<answer><talk.start><talker><name role="metadata">Baker, Kim, Sen.</name><name role="display">Senator BAKER</name><in.gov>1</in.gov></talker></talk.start>
<talk.text><body><p>Because of the light.</p></body></talk.text></answer></debate></chamber.xscript></hansard>`);
    assert.deepEqual(speakers(transcript), ['Sam Able', 'Kim Baker']);
    assert.deepEqual(roles(transcript), ['questioner', 'respondent']);
    assert.equal(transcript.metadata.date, '2015-05-06');
  });

  it('reads Canadian Interventions by their Affiliation, the office in parentheses stating the role', async () => {
    const { transcript } = await read(`<Hansard><HansardBody><OrderOfBusiness><OrderOfBusinessTitle>Oral Questions</OrderOfBusinessTitle>
<SubjectOfBusiness><SubjectOfBusinessContent>
<Intervention id="i1"><PersonSpeaking><Affiliation>Ms. Pat Field (Somewhere, Party)</Affiliation></PersonSpeaking><Content><ParaText>Where is the bridge?</ParaText></Content></Intervention>
<Intervention id="i2"><PersonSpeaking><Affiliation>Hon. Lee Stone (Minister of Bridges)</Affiliation></PersonSpeaking><Content><ParaText>On the river.</ParaText></Content></Intervention>
<Intervention id="i3"><PersonSpeaking><Affiliation>The Speaker</Affiliation></PersonSpeaking><Content><ParaText>Order.</ParaText></Content></Intervention>
</SubjectOfBusinessContent></SubjectOfBusiness></OrderOfBusiness></HansardBody></Hansard>`);
    assert.deepEqual(speakers(transcript), ['Ms. Pat Field', 'Hon. Lee Stone', 'The Speaker']);
    assert.deepEqual(roles(transcript), ['questioner', 'respondent', 'moderator']);
  });

  it('resolves Akoma Ntoso speeches through TLCPerson and writes narratives as stage directions', async () => {
    const { transcript } = await read(`<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><debate name="hansard"><meta>
<identification source="#x"><FRBRWork><FRBRdate date="2020-07-08" name="sitting"/></FRBRWork></identification>
<references source="#x"><TLCPerson eId="spk" href="/p/spk" showAs="Rangi Speaker"/><TLCPerson eId="mem" href="/p/mem" showAs="Aroha Member"/><TLCRole eId="speakerRole" href="/r/s" showAs="Speaker"/></references></meta>
<debateBody><debateSection eId="s1"><heading>Questions</heading>
<speech by="#spk" as="#speakerRole"><from>The SPEAKER</from><p>Order. Questions.</p></speech>
<narrative>Bells rung.</narrative>
<question by="#mem"><from>AROHA MEMBER</from><p>What is the plan?</p></question>
</debateSection></debateBody></debate></akomaNtoso>`);
    assert.deepEqual(speakers(transcript), ['Rangi Speaker', 'Aroha Member']);
    assert.deepEqual(roles(transcript), ['moderator', 'questioner']);
    assert.ok(transcript.notes.some((n) => n.text === 'Bells rung.'));
    assert.equal(transcript.metadata.date, '2020-07-08');
  });
});

describe('TTML and DFXP captions', () => {
  it('names speakers through ttm:agent and keeps the cues’ times', async () => {
    const { transcript } = await read(`<?xml version="1.0"?>
<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata" xmlns:ttp="http://www.w3.org/ns/ttml#parameter" ttp:tickRate="10000000">
<head><metadata><ttm:agent xml:id="a1" type="person"><ttm:name type="full">Mira Host</ttm:name></ttm:agent><ttm:agent xml:id="a2" type="person"><ttm:name type="full">Tom Guest</ttm:name></ttm:agent></metadata></head>
<body><div>
<p begin="00:00:01.000" end="00:00:02.500" ttm:agent="a1">Welcome<br/>to the show.</p>
<p begin="30000000t" end="40000000t" ttm:agent="a2">Glad to <span>be</span> here.</p>
<p begin="4.5s" end="5s" ttm:agent="a2">Really.</p>
</div></body></tt>`, 'show.ttml');
    assert.deepEqual(speakers(transcript), ['Mira Host', 'Tom Guest']);
    assert.equal(transcript.turns[0]!.time, 1);
    assert.equal(transcript.turns[1]!.time, 3);
    assert.deepEqual(transcript.turns[1]!.segments.map((s) => s.time), [3, 4.5]);
    assert.equal(transcript.turns[0]!.endTime, 2.5);
  });

  it('takes the speaker from a label in the cue where there is no agent', async () => {
    const { text, transcript } = await read(`<tt xmlns="http://www.w3.org/2006/10/ttaf1"><body><div>
<p begin="00:00:00:12" end="00:00:02:00">JANE: Hello there.</p>
<p begin="2s" end="3s">BOB: Hi.</p></div></body></tt>`, 'captions.dfxp');
    assert.deepEqual(speakers(transcript), ['JANE', 'BOB']);
    assert.equal(turnText(text, transcript, 0), 'Hello there.');
    assert.equal(transcript.turns[0]!.time, 0.4);
  });
});

describe('TTML speakers without agents', () => {
  it('takes speakers from styles named for them, and treats >> as a change of speaker', async () => {
    const { transcript } = await read(`<tt xmlns="http://www.w3.org/ns/ttml"><body><div>
<p begin="1s" end="2s" style="speaker_Lee">Good evening.</p>
<p begin="2s" end="3s" style="speaker_Kim">Thanks, Lee.</p>
<p begin="3s" end="4s">&gt;&gt; A voice from the floor.</p></div></body></tt>`, 'panel.ttml');
    assert.deepEqual(speakers(transcript), ['Lee', 'Kim', null]);
    assert.equal(transcript.turns[2]!.time, 3);
  });
});

describe('TEI parliamentary records: labels and titles', () => {
  const record = `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="de"><teiHeader><fileDesc><titleStmt>
<title type="main" xml:lang="de">Ein Korpus von Parlamentsreden</title>
<title type="sub" xml:lang="en">Sitting 12 of the Chamber</title>
<title type="sub" xml:lang="de">12. Sitzung der Kammer, 3. Mai 2021</title>
</titleStmt></fileDesc></teiHeader><text><body><div>
<note type="speaker">Präsidentin Erika Muster</note>
<u who="#p1" ana="#chair"><seg>Das Wort hat Abgeordneter Berg.</seg></u>
<note type="speaker">Abgeordneter Hans Berg (ABC)</note>
<u who="#p2" ana="#regular"><seg>Vielen Dank.</seg></u>
<note type="speaker">Abgeordnete Lena Tal (Grüne)</note>
<u who="#p3" ana="#regular"><seg>Danke schön.</seg></u>
</div></body></text></TEI>`;

  it('names a member by the label, not by the party in parentheses after it', async () => {
    const { transcript } = await read(record);
    assert.deepEqual(speakers(transcript), ['Präsidentin Erika Muster', 'Abgeordneter Hans Berg', 'Abgeordnete Lena Tal']);
  });

  it('takes the sitting from the sub-title in the record’s language, not the corpus’s name', async () => {
    const { transcript } = await read(record);
    assert.equal(transcript.metadata.title, '12. Sitzung der Kammer, 3. Mai 2021');
  });
});

describe('TTML speakers on spans and by colour', () => {
  it('takes the agent from the span inside a cue when the cue itself names none', async () => {
    const { transcript } = await read(`<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata">
<head><metadata><ttm:agent xml:id="host"><ttm:name>Ada Host</ttm:name></ttm:agent><ttm:agent xml:id="guest"><ttm:name>Ben Guest</ttm:name></ttm:agent></metadata></head>
<body><div>
<p begin="1s" end="2s"><span ttm:agent="host">Shall we begin?</span></p>
<p begin="2s" end="3s"><span ttm:agent="guest">Yes, please.</span></p></div></body></tt>`, 'talk.ttml');
    assert.deepEqual(speakers(transcript), ['Ada Host', 'Ben Guest']);
  });

  it('opens a new unlabelled turn where the text colour changes, as broadcasters mark a new voice', async () => {
    const { text, transcript } = await read(`<tt:tt xmlns:tt="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling">
<tt:head><tt:styling><tt:style xml:id="plain" tts:color="#ffffff"/><tt:style xml:id="second" tts:color="#ffff00"/></tt:styling></tt:head>
<tt:body><tt:div>
<tt:p begin="00:00:01.000" end="00:00:02.000"><tt:span style="plain">Welcome to the evening news.</tt:span></tt:p>
<tt:p begin="00:00:02.000" end="00:00:03.000"><tt:span style="plain">Our first guest is here.</tt:span></tt:p>
<tt:p begin="00:00:03.000" end="00:00:04.000"><tt:span style="second">Thank you for having me.</tt:span></tt:p>
<tt:p begin="00:00:04.000" end="00:00:05.000"><tt:span style="plain">What brings you here?</tt:span></tt:p>
</tt:div></tt:body></tt:tt>`, 'news.ttml');
    assert.equal(transcript.turns.length, 3);
    assert.equal(turnText(text, transcript, 0), 'Welcome to the evening news. Our first guest is here.');
    assert.equal(turnText(text, transcript, 1), 'Thank you for having me.');
    assert.equal(transcript.turns[2]!.time, 4);
  });

  it('reads a cue of dashed lines as one turn for each voice', async () => {
    const { text, transcript } = await read(`<tt xmlns="http://www.w3.org/ns/ttml"><body><div>
<p begin="1s" end="3s">- Are you ready?<br/>- Almost.</p>
<p begin="3s" end="4s">Then let us go -<br/>now.</p></div></body></tt>`, 'scene.dfxp');
    // The last cue has no dash at the start of each line: nothing says the voice changed, so it goes on the last turn.
    assert.equal(transcript.turns.length, 2);
    assert.equal(turnText(text, transcript, 0), 'Are you ready?');
    assert.equal(turnText(text, transcript, 1), 'Almost. Then let us go - now.');
  });

  it('keeps one turn where every cue is in the same colour', async () => {
    const { transcript } = await read(`<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling">
<head><styling><style xml:id="w" tts:color="white"/></styling></head>
<body><div>
<p begin="1s" end="2s" style="w">One long sentence</p>
<p begin="2s" end="3s" style="w">told over two cues.</p></div></body></tt>`, 'one.ttml');
    assert.equal(transcript.turns.length, 1);
  });
});

describe('XML the reader does not know, and XML it refuses', () => {
  it('reads other XML as text with a warning naming its root', async () => {
    const { transcript } = await read(`<?xml version="1.0"?><minutes><item>Alice: We should start.</item><item>Bob: Agreed.</item></minutes>`);
    assert.deepEqual(speakers(transcript), ['Alice', 'Bob']);
    assert.deepEqual(transcript.origin!.warnings, ["the XML's structure (root <minutes>) was not recognised: read as text"]);
  });

  it('refuses XML that is not well-formed, saying where', async () => {
    await assert.rejects(read('<?xml version="1.0"?>\n<minutes>\n<item>Alice: hi</itm></minutes>'), (e: Error) => {
      assert.ok(e instanceof FormatError);
      assert.match(e.message, /^not well-formed XML at line 3, column \d+: /);
      return true;
    });
  });

  it('refuses a DOCTYPE whose entities expand into other entities', async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;">]><lolz>&lol3;</lolz>`;
    await assert.rejects(read(bomb), /refused: the DOCTYPE declares entities that expand into other entities/);
  });

  it('never loads an external entity', async () => {
    const { text } = await read(`<?xml version="1.0"?><!DOCTYPE m [<!ENTITY secret SYSTEM "file:///etc/hostname">]><minutes><item>Ann: &secret; here</item></minutes>`);
    assert.doesNotMatch(text, /localhost|\n[a-z0-9-]+ here/);
  });

  it('reads an excerpt that stops before its elements close, with a warning', async () => {
    const { transcript } = await read(`<housecommons><debates><p id="x1"><member>Mr. Able</member><membercontribution>: Words.</membercontribution></p>\n<p id="x2"><member>Mr. Baker</member><membercontribution>: More words.</membercontribution></p>`);
    assert.deepEqual(speakers(transcript), ['Mr. Able', 'Mr. Baker']);
    assert.ok(transcript.origin!.warnings!.some((w) => /ends before its elements are closed/.test(w)));
  });
});

describe('XML excerpts cut inside a tag', () => {
  it('reads up to the tag the excerpt was cut in', async () => {
    const { transcript } = await read(`<housecommons><p id="x1"><member>Mr. Able</member><membercontribution>: Words.</membercontribution></p><p id="x`);
    assert.deepEqual(speakers(transcript), ['Mr. Able']);
  });
});

const REAL2 = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real2');
const skipReal = existsSync(join(REAL2, 'expected.json')) ? false : `the real documents are not here (${REAL2} is absent)`;

describe('real XML records (../shared/corpus/real2)', { skip: skipReal }, () => {
  const files = ['uk-hansard-commons-oral-answers.xml', 'de-bundestag-plenarprotokoll-19-19.xml', 'es-congreso-ecpc.xml', 'ca-parlamint-tei.xml'];
  const expected = skipReal ? {} : (JSON.parse(readFileSync(join(REAL2, 'expected.json'), 'utf8')) as Record<string, { turns: unknown[]; date?: string }>);
  for (const file of files) {
    it(`${file}: as many turns as the ground truth, and its date`, async () => {
      const { transcript } = await readDocument(readFileSync(join(REAL2, file)), { fileName: file });
      const want = expected[file]!;
      assert.equal(transcript.turns.filter((u) => u.speaker).length, want.turns.length);
      if (want.date) assert.equal(transcript.metadata.date, want.date);
    });
  }
});
