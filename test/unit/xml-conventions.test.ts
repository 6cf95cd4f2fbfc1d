/**
 * Parliamentary records as real ones are written, found by reading real
 * records the reader had not seen: ParlaMint TEI speaker ids with a year of
 * birth, labels numbered by the agenda, tokenised .ana.xml; ParlParse voices
 * that are no one member and speeches that are the record's own text; Akoma
 * Ntoso debates titled by their name, with the record's account outside the
 * speeches and words written straight into a speech. The fixtures are our
 * own words in the same shape.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../src/core/formats';
import type { Transcript } from '../../src/core/transcript/model';

const read = (xml: string) => readDocument(new TextEncoder().encode(xml), { fileName: 'sitting.xml' });
const speakers = (t: Transcript) => t.turns.map((u) => u.speaker);
const turnText = (text: string, t: Transcript, i: number) => t.turns[i]!.segments.map((s) => text.slice(s.start, s.end)).join(' ');

const tei = (header: string, body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="nl"><teiHeader><fileDesc>${header}</fileDesc></teiHeader>
<text><body><div type="debateSection">${body}</div></body></text></TEI>`;

describe('ParlaMint TEI: speakers', () => {
  it('names a speaker known only by an id ending in a year of birth without the year', async () => {
    const { transcript } = await read(tei('<titleStmt><title>Sitting</title></titleStmt>', `
<u who="#NovákJan.1961" ana="#chair"><seg>The sitting is open.</seg></u>
<u who="#LindEva.1984" ana="#regular"><seg>Thank you, chair.</seg></u>`));
    assert.deepEqual(speakers(transcript), ['Novák Jan', 'Lind Eva']);
  });

  it('leaves out the agenda number printed before a label', async () => {
    const { transcript } = await read(tei('<titleStmt><title>Sitting</title></titleStmt>', `
<note type="speaker">03.01 Eva Lind (XY):</note>
<u who="#LindEva" ana="#regular"><seg>My question is short.</seg></u>
<note type="speaker">03.02 Minister Jan Novák:</note>
<u who="#NovákJan" ana="#regular"><seg>So is my answer.</seg></u>`));
    assert.deepEqual(speakers(transcript), ['Eva Lind', 'Minister Jan Novák']);
  });

  it('keeps a label that only starts with a number', async () => {
    const { transcript } = await read(tei('<titleStmt><title>Sitting</title></titleStmt>', `
<note type="speaker">2. Vizepräsidentin Eva Lind:</note>
<u who="#LindEva" ana="#chair"><seg>Bitte.</seg></u>`));
    assert.deepEqual(speakers(transcript), ['2. Vizepräsidentin Eva Lind']);
  });
});

describe('ParlParse (TheyWorkForYou) records: voices and the record’s own text', () => {
  const record = `<publicwhip scraperversion="a" latest="yes">
<major-heading id="uk.org.publicwhip/debate/2030-05-06a.10.0" nospeaker="true">Oral Answers to Questions</major-heading>
<speech id="uk.org.publicwhip/debate/2030-05-06a.10.1" speakername="Ann Field" person_id="uk.org.publicwhip/person/1"><p pid="a10.1/1">Will the Minister thank the staff?</p></speech>
<speech id="uk.org.publicwhip/debate/2030-05-06a.10.2" speakername="Hon. Members:" nospeaker="true"><p pid="a10.2/1">Hear, hear!</p></speech>
<speech id="uk.org.publicwhip/debate/2030-05-06a.10.3" nospeaker="true"><p pid="a10.3/1" class="italic">Resolved,</p><p pid="a10.3/2" class="indent" pwmotiontext="yes">That the staff be thanked.</p></speech>
</publicwhip>`;

  it('gives a voice that is no one member (Hon. Members) a turn of its own, which opens no question', async () => {
    const { transcript } = await read(record);
    assert.deepEqual(speakers(transcript), ['Ann Field', 'Hon. Members']);
    assert.notEqual(transcript.turns[1]!.role, 'questioner');
    assert.equal(transcript.sections.filter((s) => s.kind === 'qa').length, 1);
  });

  it('writes a speech with no speaker, motion and all, as the record’s notes, not as unlabelled words', async () => {
    const { transcript } = await read(record);
    assert.deepEqual(transcript.notes.map((n) => n.text), ['Resolved,', 'That the staff be thanked.']);
    assert.equal(transcript.turns.length, 2);
  });
});

describe('ParlaMint TEI: tokenised records (.ana.xml)', () => {
  const record = tei('<titleStmt><title>Sitting</title></titleStmt>', `
<note type="speaker">Ms Ann Field:</note>
<u who="#FieldAnn" ana="#regular"><seg><s>
  <w lemma="well" join="right">Well</w>
  <pc>,</pc>
  <name type="PER"><w lemma="Ben">Ben</w>
  <w lemma="Stone" join="right">Stone</w></name>
  <pc join="right">'</pc>
  <w lemma="s">s</w>
  <w lemma="plan">plan</w>
  <pc join="left">.</pc>
  <linkGrp type="UD-SYN"><link ana="ud-syn:root" target="#a #b"/></linkGrp>
</s></seg></u>`);

  it('writes tokens marked join together, and the others with one space between them', async () => {
    const { text, transcript } = await read(record);
    assert.equal(turnText(text, transcript, 0), "Well, Ben Stone's plan.");
  });
});

describe('Akoma Ntoso debates: titles, the record’s account, words without paragraphs', () => {
  const debate = (name: string, body: string) => `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><debate name="${name}">
<meta><references source="#x"><TLCPerson id="the-chair" href="/p/c" showAs="The CHAIR"/><TLCPerson id="kim-reed" href="/p/k" showAs="Ms K REED"/></references></meta>
<preface><p>Tuesday, <docDate date="2031-04-01">1 April 2031</docDate></p></preface>
<debateBody><debateSection id="s0">${body}</debateSection></debateBody></debate></akomaNtoso>`;

  it('takes the title from the debate’s name when it is words', async () => {
    const { transcript } = await read(debate('SITTING OF THE HOUSE', '<heading>PRAYERS</heading><speech by="#the-chair"><from>The CHAIR</from><p>Order.</p></speech>'));
    assert.equal(transcript.metadata.title, 'SITTING OF THE HOUSE');
  });

  it('takes the title from the first heading when the debate’s name is a code', async () => {
    const { transcript } = await read(debate('hansard', '<heading>SITTING OF THE HOUSE</heading><speech by="#the-chair"><from>The CHAIR</from><p>Order.</p></speech>'));
    assert.equal(transcript.metadata.title, 'SITTING OF THE HOUSE');
  });

  it('writes a paragraph outside every speech as the record’s account, not as words', async () => {
    const { transcript } = await read(debate('SITTING OF THE HOUSE', `<p>The House met at 10:00.</p>
<speech by="#the-chair"><from>The CHAIR</from><p>Order.</p></speech>
<adjournment><p>The House rose at 11:00.</p></adjournment>`));
    assert.deepEqual(transcript.notes.map((n) => n.text), ['The House met at 10:00.', 'The House rose at 11:00.']);
    assert.deepEqual(speakers(transcript), ['The CHAIR']);
  });

  it('reads words written straight into a speech, without its label', async () => {
    const { text, transcript } = await read(debate('SITTING OF THE HOUSE', `<speech by="#kim-reed"><from>Ms K REED</from>
  I rise on a point of order.
</speech>`));
    assert.deepEqual(speakers(transcript), ['Ms K REED']);
    assert.equal(turnText(text, transcript, 0), 'I rise on a point of order.');
  });
});

describe('Australian Hansard, schema 2.2: continuations printed inside the words', () => {
  const record = `<hansard version="2.2"><session.header><date>2031-03-04</date><chamber>Senate</chamber></session.header>
<chamber.xscript><debate><debateinfo><title>MOTIONS</title></debateinfo><subdebate.1>
<speech><talk.start><talker><name role="metadata">Reed, Sen Kim</name><name.id>K01</name.id></talker></talk.start>
<talk.text><body>
<p class="HPS-Normal"><span class="HPS-Normal"><a href="K01" type="MemberSpeech"><span class="HPS-MemberSpeech">Senator KIM REED</span></a> (<span class="HPS-Electorate">Tasmania</span>) (15<span class="HPS-Time">:02</span>): I move the motion standing in my name.</span></p>
<p class="HPS-Normal"><span class="HPS-Normal"><a href="P00" type="OfficeContinuation"><span class="HPS-OfficeContinuation">The PRESIDENT:</span></a> The question is that the motion be agreed to.</span></p>
</body></talk.text>
<continue><talk.start><talker><name role="metadata">Reed, Sen Kim</name><name.id>K01</name.id></talker></talk.start><talk.text></talk.text></continue>
<continue><talk.start><talker><name role="metadata">PRESIDENT, The</name><name.id>P00</name.id></talker></talk.start><talk.text></talk.text></continue>
</speech></subdebate.1></debate></chamber.xscript></hansard>`;

  it('opens no turn for a continuation with no words of its own', async () => {
    const { transcript } = await read(record);
    assert.deepEqual(speakers(transcript), ['Sen Kim Reed', 'The PRESIDENT']);
  });

  it('leaves out the hour of a time printed in two parts before the words', async () => {
    const { text, transcript } = await read(record);
    assert.equal(turnText(text, transcript, 0), 'I move the motion standing in my name.');
  });
});

describe('Canadian Hansard: what a member reads out', () => {
  it('keeps a quotation inside a member’s words', async () => {
    const { text, transcript } = await read(`<Hansard><HansardBody><OrderOfBusiness><OrderOfBusinessTitle>Statements by Members</OrderOfBusinessTitle>
<SubjectOfBusiness><SubjectOfBusinessContent>
<Intervention id="1" Type="Debate"><PersonSpeaking><Affiliation DbId="1" Type="2">Ms. Kim Reed (Harbour Point, Lib.)</Affiliation></PersonSpeaking>
<Content><ParaText>Mr. Speaker, let me read a letter.</ParaText><Quote><QuotePara>Keep the light burning.</QuotePara></Quote><Timestamp Hr="14" Mn="05"/><ParaText>That is all.</ParaText></Content></Intervention>
</SubjectOfBusinessContent></SubjectOfBusiness></OrderOfBusiness></HansardBody></Hansard>`);
    assert.deepEqual(speakers(transcript), ['Ms. Kim Reed']);
    assert.equal(turnText(text, transcript, 0), 'Mr. Speaker, let me read a letter. Keep the light burning. That is all.');
  });
});

describe('ParlaMint TEI: the sitting’s date', () => {
  it('takes the date of the setting, not the date the corpus was published, when the source gives none', async () => {
    const { transcript } = await read(`<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc>
<titleStmt><title type="sub" xml:lang="en">Sitting 9</title></titleStmt>
<publicationStmt><date when="2030-01-23">2030-01-23</date></publicationStmt>
<sourceDesc><bibl><title>Minutes of the Assembly</title></bibl></sourceDesc></fileDesc>
<profileDesc><settingDesc><setting><name type="city">Lakeside</name><date when="2029-06-30">2029-06-30</date></setting></settingDesc></profileDesc>
<revisionDesc><change when="2030-01-02">Made.</change></revisionDesc></teiHeader>
<text><body><div><u who="#LindEva" ana="#chair"><seg>The sitting is open.</seg></u></div></body></text></TEI>`);
    assert.equal(transcript.metadata.date, '2029-06-30');
  });
});

describe('ParlaMint TEI: titles without a sub-title', () => {
  it('takes the main title in the record’s language without the corpus’s edition note', async () => {
    const { transcript } = await read(`<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="nl"><teiHeader><fileDesc><titleStmt>
<title type="main" xml:lang="en">Sample parliamentary corpus, committee meeting of 02-03-2029 [ParlaMint]</title>
<title type="main" xml:lang="nl">Voorbeeldcorpus, commissievergadering van 02-03-2029 [ParlaMint]</title>
</titleStmt></fileDesc></teiHeader><text><body><div><u who="#LindEva" ana="#chair"><seg>Welkom.</seg></u></div></body></text></TEI>`);
    assert.equal(transcript.metadata.title, 'Voorbeeldcorpus, commissievergadering van 02-03-2029');
  });
});

describe('ParlaMint TEI: a corpus’s root file', () => {
  it('warns that a corpus file of includes holds no speeches, naming the files to open', async () => {
    const { transcript } = await read(`<teiCorpus xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude">
<teiHeader><fileDesc><titleStmt><title>Sample corpus [ParlaMint]</title></titleStmt></fileDesc></teiHeader>
<xi:include href="2029/Sample_2029-01-01.xml"/><xi:include href="2029/Sample_2029-01-02.xml"/><xi:include href="2029/Sample_2029-01-03.xml"/>
</teiCorpus>`);
    assert.equal(transcript.turns.length, 0);
    assert.match(transcript.origin!.warnings!.join('\n'), /includes 3 files \(2029\/Sample_2029-01-01\.xml, 2029\/Sample_2029-01-02\.xml, …\); open one of those/);
  });
});

describe('ParlaMint TEI: ids written forename.surname', () => {
  it('keeps the forename of an id written with a dot between the names, and drops a code before a dot', async () => {
    const { transcript } = await read(`<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Sitting</title></titleStmt></fileDesc></teiHeader>
<text><body><div>
<u who="#Ayşe.Yılmaz" ana="#chair"><seg>Oturumu açıyorum.</seg></u>
<u who="#MehmetAli.KaraTaş" ana="#regular"><seg>Teşekkür ederim.</seg></u>
<u who="#person.StoneBen" ana="#regular"><seg>Thank you.</seg></u>
</div></body></text></TEI>`);
    assert.deepEqual(speakers(transcript), ['Ayşe Yılmaz', 'Mehmet Ali Kara Taş', 'Stone Ben']);
  });
});
