import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readTranscript } from '../../src/core/formats';
import { matchLabel } from '../../src/core/formats/labels';

/** A sitting as the French National Assembly prints it: the speaker, a full stop, the words. Written for this test. */
const SITTING = [
  'Compte rendu de la séance',
  'Séance du jeudi 9 novembre 2028',
  '',
  'M. le président. La séance est ouverte.',
  '(La séance est ouverte à neuf heures trente.)',
  'M. le président. La parole est à Mme Lise Garnier.',
  'Mme Lise Garnier. Madame la ministre, quand les trains de nuit reviendront-ils ?',
  'Mme la ministre déléguée chargée des transports. Madame la députée, dès le printemps.',
  'Mme Lise Garnier. Nous verrons.',
  'M. le président. La parole est à M. Hugo de Villeneuve.',
  'M. Hugo de Villeneuve. Le fret ferroviaire recule encore.',
  'M. Marc Aubry, rapporteur. Avis défavorable.',
  'M. le président de la commission des finances. Même avis.',
  'M. le président. La séance est levée.',
].join('\n');

describe('French parliamentary record', () => {
  it('reads the speaker before the full stop: the chair, members by name, offices with their complement', () => {
    const t = readTranscript(SITTING, { fileName: 'seance.txt' });
    assert.deepEqual(t.turns.map((u) => [u.line + 1, u.speaker]), [
      [4, 'M. le président'],
      [6, 'M. le président'],
      [7, 'Mme Lise Garnier'],
      [8, 'Mme la ministre déléguée chargée des transports'],
      [9, 'Mme Lise Garnier'],
      [10, 'M. le président'],
      [11, 'M. Hugo de Villeneuve'],
      [12, 'M. Marc Aubry'],
      [13, 'M. le président de la commission des finances'],
      [14, 'M. le président'],
    ]);
    // The words start after the full stop; the stage direction stays with the chair's turn.
    const opening = t.turns[0]!;
    assert.equal(SITTING.slice(opening.segments[0]!.start, opening.segments[0]!.end), 'La séance est ouverte.');
    assert.equal(t.turns[7]!.parenthetical, 'rapporteur');
  });

  it('gives the chair the moderator and the government and rapporteurs the respondent; a committee chair is no presiding chair', () => {
    const t = readTranscript(SITTING, { fileName: 'seance.txt' });
    const roles = new Map(t.speakers.map((p) => [p.name, p.role]));
    assert.equal(roles.get('M. le président'), 'moderator');
    assert.equal(roles.get('Mme la ministre déléguée chargée des transports'), 'respondent');
    assert.equal(roles.get('M. Marc Aubry'), 'respondent');
    assert.notEqual(roles.get('M. le président de la commission des finances'), 'moderator');
  });

  it('at question time, a member whose question the government answers asks, and each such question opens a Q&A', () => {
    const t = readTranscript(SITTING, { fileName: 'seance.txt' });
    assert.equal(new Map(t.speakers.map((p) => [p.name, p.role])).get('Mme Lise Garnier'), 'questioner');
    const qa = t.sections.filter((s) => s.kind === 'qa');
    assert.equal(qa.length, 1);
    assert.equal(t.turns.find((u) => u.line + 1 === 7)!.question, true);
  });

  it("reads the Senate's dash after the full stop, and leaves prose that starts with a title alone", () => {
    assert.equal(matchLabel('Mme la présidente. – La parole est à M. Roux.')?.name, 'Mme la présidente');
    assert.equal(matchLabel("M. le garde des sceaux, ministre de la justice. C'est exact.")?.parenthetical, 'ministre de la justice');
    for (const prose of ['M. le président a rappelé le règlement.', 'M. Dupont a déclaré. Puis il est parti.', 'Mme la ministre a répondu hier.']) assert.equal(matchLabel(prose), undefined, prose);
  });

  it('needs the document to do it again and again: one such line in other text is no label', () => {
    const once = readTranscript(['Notes de la réunion', '', 'M. Paul Martin. Il a présenté le budget.', 'Le budget a été adopté à l’unanimité.'].join('\n'), { fileName: 'notes.txt' });
    assert.equal(once.turns.filter((u) => u.speaker).length, 0);
  });
});

/** A question time as the Italian Chamber prints it: the speaker in capitals, a full stop, the words. Written for this test. */
const SEDUTA = [
  'Resoconto stenografico',
  'Seduta di giovedì 7 febbraio 2030',
  '',
  'PRESIDENTE. La seduta è aperta.',
  'PRESIDENTE. Il deputato Neri ha facoltà di illustrare la sua interrogazione.',
  'LUCA NERI. Grazie, Presidente. Signora Ministra, quando apriranno i nuovi asili?',
  'ANNA VERDI, Ministra dell’istruzione. Grazie, onorevole. A settembre.',
  'LUCA NERI. Vigileremo.',
  'MORO (Misto). Domando di parlare sull’ordine dei lavori.',
  'PRESIDENTE. Ne ha facoltà.',
  'PRESIDENTE. La seduta è tolta.',
].join('\n');

describe('Italian parliamentary record', () => {
  it('reads the speaker in capitals before the full stop, the office after a comma and the group in brackets', () => {
    const t = readTranscript(SEDUTA, { fileName: 'seduta.txt' });
    assert.deepEqual(t.turns.map((u) => [u.line + 1, u.speaker]), [
      [4, 'Presidente'],
      [5, 'Presidente'],
      [6, 'Luca Neri'],
      [7, 'Anna Verdi'],
      [8, 'Luca Neri'],
      [9, 'Moro'],
      [10, 'Presidente'],
      [11, 'Presidente'],
    ]);
    assert.equal(t.turns[3]!.parenthetical, 'Ministra dell’istruzione');
    assert.equal(SEDUTA.slice(t.turns[3]!.segments[0]!.start, t.turns[3]!.segments[0]!.end), 'Grazie, onorevole. A settembre.');
    const roles = new Map(t.speakers.map((p) => [p.name, p.role]));
    assert.equal(roles.get('Presidente'), 'moderator');
    assert.equal(roles.get('Anna Verdi'), 'respondent');
  });

  it("finds the question time's exchange through the chair's giving the floor between question and answer", () => {
    const floor = SEDUTA.replace('ANNA VERDI,', 'PRESIDENTE. La Ministra ha facoltà di rispondere.\nANNA VERDI,');
    const t = readTranscript(floor, { fileName: 'seduta.txt' });
    assert.equal(new Map(t.speakers.map((p) => [p.name, p.role])).get('Luca Neri'), 'questioner');
    assert.equal(t.sections.filter((s) => s.kind === 'qa').length, 1);
  });

  it('takes one word in capitals only as the chair or with a group, and a heading or a note in capitals for no speaker', () => {
    for (const line of ['NOTA. Il testo non è definitivo.', 'ROMA. Il consiglio si è riunito.', 'II. PREMESSE. Il testo segue.']) assert.equal(matchLabel(line), undefined, line);
    assert.equal(matchLabel('PRESIDENTE. Prego.')?.name, 'Presidente');
  });
});

describe("Portugal's parliamentary record", () => {
  it('names the chair and the government by their offices after the title, and leaves the dash after the colon out of the words', () => {
    const text = [
      'Diário da Assembleia',
      '',
      'O Sr. Presidente (Rui Lopes): — Está aberta a sessão.',
      'A Sr.ª Marta Dias (PS): — Sr. Ministro, quando abrem os centros de saúde?',
      'O Sr. Ministro da Saúde (Tiago Sá): — Em junho, Sr.ª Deputada.',
      'A Sr.ª Marta Dias (PS): — Vamos acompanhar.',
      'O Sr. Presidente (Rui Lopes): — Está encerrada a sessão.',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'dar.txt' });
    const roles = new Map(t.speakers.map((p) => [p.name, p.role]));
    assert.equal(roles.get('O Sr. Presidente'), 'moderator');
    assert.equal(roles.get('O Sr. Ministro da Saúde'), 'respondent');
    const first = t.turns[0]!;
    assert.equal(text.slice(first.segments[0]!.start, first.segments[0]!.end), 'Está aberta a sessão.');
  });
});

describe("Hansard's web pages", () => {
  /** Question time as the UK Parliament's Hansard pages give it: who speaks alone on a line, the words below. Written for this test. */
  const PAGE = [
    'Rail Services',
    'Volume 801: debated on Tuesday 4 June 2030',
    '',
    'Priya Shah (Eastmoor) (LD)',
    '1. What steps he is taking to improve rail services in the north.',
    '',
    'The Secretary of State for Transport (Owen Hale)',
    'We are adding trains on every route this summer.',
    '',
    'Priya Shah',
    'Will the Secretary of State meet me to discuss the Eastmoor line?',
    '',
    'Owen Hale',
    'I will.',
    '',
    'Madam Deputy Speaker',
    'I call the shadow Secretary of State.',
    '',
    'Tom Reid (Westfield) (Con)',
    'Why are fares rising again?',
    '',
    'The Secretary of State for Transport',
    'They are rising less than last year.',
  ].join('\n');

  it('reads a member by name, seat and party, an office with its holder, and each (and the holder) named again alone later', () => {
    const t = readTranscript(PAGE, { fileName: 'hansard.txt' });
    assert.deepEqual(t.turns.map((u) => [u.line + 1, u.speaker]), [
      [4, 'Priya Shah'],
      [7, 'The Secretary of State for Transport'],
      [10, 'Priya Shah'],
      [13, 'Owen Hale'],
      [16, 'Madam Deputy Speaker'],
      [19, 'Tom Reid'],
      [22, 'The Secretary of State for Transport'],
    ]);
    // The office's holder named alone later answers as the office does.
    assert.equal(t.turns[3]!.role, 'respondent');
    assert.equal(t.turns[0]!.parenthetical, 'Eastmoor, LD');
    assert.equal(t.turns[1]!.parenthetical, 'Owen Hale');
    assert.equal(t.metadata.title, 'Rail Services');
    assert.equal(t.metadata.date, '2030-06-04');
  });

  it('gives the chair and the government their roles; members who ask the government open Q&As', () => {
    const t = readTranscript(PAGE, { fileName: 'hansard.txt' });
    const roles = new Map(t.speakers.map((p) => [p.name, p.role]));
    assert.equal(roles.get('Madam Deputy Speaker'), 'moderator');
    assert.equal(roles.get('The Secretary of State for Transport'), 'respondent');
    assert.equal(roles.get('Priya Shah'), 'questioner');
    assert.ok(t.sections.filter((s) => s.kind === 'qa').length >= 2);
  });

  it("leaves a name alone on its line to the names' own rule: only an office with small words waits for Hansard's form", () => {
    assert.equal(matchLabel('Mr Grant')?.convention, 'name-alone');
    assert.equal(matchLabel('The Harbour Master')?.convention, 'name-alone');
    assert.equal(matchLabel('The Secretary of State for Transport')?.convention, 'hansard-alone');
  });

  it('needs the form twice: one name with a bracket alone on its line heads nothing', () => {
    const once = readTranscript(['Notes', '', 'Ann Lee (Harbour Office)', 'The ferry timetable changes in May.', 'Two sailings are added.'].join('\n'), { fileName: 'notes.txt' });
    assert.equal(once.turns.filter((u) => u.speaker).length, 0);
  });
});

describe("the Congressional Record's and the printed hearings' header", () => {
  it("takes the record's first heading for the title, not its bracketed markers or the line naming the online service", () => {
    const text = [
      '[Congressional Record Volume 177, Number 41 (Tuesday, March 4, 2031)]',
      '[House]',
      '[Pages H1201-H1202]',
      'From the Congressional Record Online through the Government Publishing Office [www.gpo.gov]',
      '', '', '',
      '                 HONOURING THE KEEPERS OF THE NORTH LIGHT',
      '', '',
      '          remarks of the member from the third district',
      '',
      '  The SPEAKER pro tempore. The gentlewoman from Maine is recognized for 5 minutes.',
      '  Ms. ABBOTT. Madam Speaker, I rise today to honour the keepers of the north light, who kept',
      'its lamp burning for ninety years.',
    ].join('\n');
    const t = readTranscript(text);
    assert.equal(t.metadata.title, 'HONOURING THE KEEPERS OF THE NORTH LIGHT');
    assert.equal(t.metadata.date, '2031-03-04');
  });

  it("takes a printed hearing's name for the title, below its bracketed markers", () => {
    const text = [
      '[House Hearing, 121 Congress]',
      '[From the U.S. Government Publishing Office]',
      '', '', '',
      '                 HARBOUR SAFETY AND THE COASTAL FLEET',
      '',
      '=======================================================================',
      '',
      '                                HEARING',
      '',
      '                    SUBCOMMITTEE ON COASTAL SHIPPING',
      '',
      '                             MARCH 4, 2031',
      '',
      '    Ms. Whitcomb. The subcommittee will come to order. How many vessels were inspected?',
      '    Mr. Okafor. We inspected 1,240 vessels last year.',
    ].join('\n');
    const t = readTranscript(text);
    assert.equal(t.metadata.title, 'HARBOUR SAFETY AND THE COASTAL FLEET');
    assert.equal(t.metadata.date, '2031-03-04');
  });

  it('never titles a transcript by a bracketed note on its first line', () => {
    const t = readTranscript(['[Soft music while the audience takes its seats in the hall]', '', 'Harbour Talk, 3 May 2031', '', 'Ana: Welcome, everyone.', '', 'Ben: Thank you.'].join('\n'));
    assert.equal(t.metadata.title, 'Harbour Talk');
  });
});

describe("the Scottish and Welsh parliaments' record: question time", () => {
  const record = [
    "First Minister's Question Time", '', 'Thursday 10 April 2031', '',
    'The Presiding Officer (Isla Baird): Good afternoon. We move to question time.', '',
    '1. Rory Dunn (Caithness and Sutherland) (Con): To ask the First Minister when the new harbour wall will be finished.', '',
    'The First Minister (Maren Holt): The contractor expects to finish it in the autumn.', '',
    'Rory Dunn: The town has waited six years. Will she visit it this summer?', '',
    'The First Minister: I will, and I will meet the harbour board there.', '',
    '2. Nia Price (Ceredigion) (PC): To ask the First Minister what the Government will do about rural bus services.', '',
    'The Cabinet Secretary for Transport (Owen Bell): We are adding forty routes this year.', '',
    'The Presiding Officer: Thank you. That ends question time.', '',
    'The Llywydd: Order. We move to the next item.',
  ].join('\n');

  it('reads the member by name, seat and party after the question number, who asks, and the government, which answers', () => {
    const t = readTranscript(record);
    const roles = new Map(t.turns.filter((u) => u.speaker).map((u) => [u.speaker, u.role]));
    assert.equal(roles.get('Rory Dunn'), 'questioner');
    assert.equal(roles.get('Nia Price'), 'questioner');
    assert.equal(roles.get('The First Minister'), 'respondent');
    assert.equal(roles.get('The Cabinet Secretary for Transport'), 'respondent');
    assert.equal(roles.get('The Llywydd'), 'moderator');
    assert.equal(t.turns.find((u) => u.speaker === 'Rory Dunn')!.parenthetical, 'Caithness and Sutherland, Con');
    assert.equal(t.sections.filter((s) => s.kind === 'qa').length, 3);
  });

  it('takes the office named alone, after its holder was named in brackets, for that holder', () => {
    const t = readTranscript(record);
    assert.deepEqual(t.turns.filter((u) => u.label === 'The Presiding Officer').map((u) => u.speaker), ['Isla Baird', 'Isla Baird']);
    assert.ok(!t.turns.some((u) => u.speaker === 'The Presiding Officer'));
  });

  it('keeps the office apart where two holders of it are named', () => {
    const two = record.replace('The Presiding Officer: Thank you.', 'The Presiding Officer (Ewan Kerr): Thank you.') + '\n\nThe Presiding Officer: Decision time.';
    assert.equal(readTranscript(two).turns[readTranscript(two).turns.length - 1]!.speaker, 'The Presiding Officer');
  });
});

describe("the United Nations' verbatim record", () => {
  const record = [
    'Security Council', 'Ninetieth year', '9901st meeting', 'Monday, 3 March 2031, 3 p.m.', 'New York', '',
    'The meeting was called to order at 3.10 p.m.', '', 'The agenda was adopted.', '',
    'The President: I welcome the Envoy. I now give the floor to Ms. Arden.', '',
    'Ms. Arden: Thank you, Mr. President. The truce is holding, but the crossings stay shut.', '',
    'The President: I thank Ms. Arden. I now give the floor to the members of the Council.', '',
    'Mr. Moreau (France) (spoke in French): France asks that the crossings open today.', '',
    'Ms. Adeyemi (Nigeria): We agree with the Envoy.', '',
    'The President: I now give the floor to the representative of Chile.', '',
    'Mr. Rojas (Chile) (spoke in Spanish): Chile supports the plan.', '',
    'The meeting rose at 4.05 p.m.',
  ].join('\n');

  it('reads a delegate by name, country and the language spoken, and the President who gives the floor as the chair', () => {
    const t = readTranscript(record);
    assert.deepEqual([...new Set(t.turns.filter((u) => u.speaker).map((u) => `${u.speaker} ${u.role}`))], [
      'The President moderator', 'Ms. Arden unknown', 'Mr. Moreau unknown', 'Ms. Adeyemi unknown', 'Mr. Rojas unknown',
    ]);
    assert.equal(t.turns.find((u) => u.speaker === 'Mr. Moreau')!.parenthetical, 'France, spoke in French');
  });

  it('still starts the words said at a paragraph whose wrapped last line holds a date', () => {
    const text = ['Harbour Board Approves the Ferry Plan', '', 'Today the harbour board approved a plan for a new ferry', 'between the town and the island, to run', 'from May 7, 2031.', '', 'The board will meet again in June.'].join('\n');
    assert.equal(readTranscript(text).turns[0]!.line, 2);
  });

  it('keeps the notes of the meeting itself and the dateline out of the words said', () => {
    const t = readTranscript(record);
    assert.ok(t.turns.every((u) => u.speaker !== null), 'no unlabelled turn');
    assert.equal(t.sections[t.sections.length - 1]!.kind, 'closing');
    assert.ok(!/called to order|agenda was adopted/u.test(t.metadata.title ?? ''));
  });

  it('takes the body and the meeting for the title, past the year, not an agenda heading below them', () => {
    const withAgenda = record.replace('The agenda was adopted.', 'Adoption of the agenda\n\nThe agenda was adopted.');
    assert.equal(readTranscript(withAgenda).metadata.title, 'Security Council, 9901st meeting');
    const assembly = withAgenda.replace('Security Council', 'General Assembly').replace('Ninetieth year', 'Eighty-fifth session').replace('9901st meeting', '12th plenary meeting');
    assert.equal(readTranscript(assembly).metadata.title, 'General Assembly, 12th plenary meeting');
  });
});

describe("Canada's record: the office in brackets after a member's name", () => {
  it('takes a member holding a government office for one who answers, and every member whose question it answers for one who asks', () => {
    const text = [
      'House of Commons Debates', 'Wednesday, April 9, 2031', '', 'Oral Questions', '',
      'Hon. Marc Tessier (Leader of the Opposition, CPC): Mr. Speaker, rents have doubled. When will the plan change?', '',
      'Right Hon. Ana Lindqvist (Prime Minister, Lib.): Mr. Speaker, we have built more homes than ever.', '',
      'The Speaker: The hon. member for Rimouski.', '',
      'Ms. Julie Ouellet (Rimouski, BQ): Mr. Speaker, what will the minister do for the ports?', '',
      'Hon. Paul Grant (Minister of Transport, Lib.): Mr. Speaker, we are investing in every port.', '',
      'Mr. Owen Reyes (Shadow Minister for Transport, CPC): Mr. Speaker, when will the ferries run?', '',
      'Hon. Paul Grant (Minister of Transport, Lib.): Mr. Speaker, next spring.',
    ].join('\n');
    const roles = new Map(readTranscript(text).turns.filter((u) => u.speaker).map((u) => [u.speaker, u.role]));
    assert.equal(roles.get('Ms. Julie Ouellet'), 'questioner');
    assert.equal(roles.get('Mr. Owen Reyes'), 'questioner');
    assert.equal(roles.get('Hon. Paul Grant'), 'respondent');
    assert.equal(roles.get('Right Hon. Ana Lindqvist'), 'respondent');
  });
});

/** A debate as the European Parliament's verbatim report prints it: the speaker and what they speak as, a full stop, a dash. Written for this test. */
const STRASBOURG = [
  'Debates - Thursday, 9 October 2031 - Strasbourg',
  '',
  '7. Night trains across the Union (debate)',
  '',
  'President. – The next item is the debate on the Commission statement on night trains.',
  '',
  'Tomas Berg, Member of the Commission. – Madam President, honourable Members, eleven night lines have closed since 2029. We will fund four of them again next year.',
  '',
  'Ilse van der Meer, on behalf of the PPE Group. – Madam President, four lines out of eleven is not a plan.',
  '',
  'Jean-Luc Ferrand, au nom du groupe Renew. – Madame la Présidente, les voyageurs attendent un calendrier.',
  '',
  'Oana Dima (S&D), blue-card question. – Will the Commission publish the list of lines?',
  '',
  'President. – The debate is closed.',
].join('\n');

describe("the European Parliament's verbatim report", () => {
  it('reads the speaker before the full stop and the dash, what they speak as beside it, the chair by the office alone', () => {
    const t = readTranscript(STRASBOURG, { fileName: 'cre.txt' });
    assert.deepEqual(t.turns.map((u) => [u.line + 1, u.speaker, u.parenthetical ?? '']), [
      [5, 'President', ''],
      [7, 'Tomas Berg', 'Member of the Commission'],
      [9, 'Ilse van der Meer', 'on behalf of the PPE Group'],
      [11, 'Jean-Luc Ferrand', 'au nom du groupe Renew'],
      [13, 'Oana Dima', 'S&D, blue-card question'],
      [15, 'President', ''],
    ]);
    const berg = t.turns[1]!;
    assert.ok(STRASBOURG.slice(berg.segments[0]!.start, berg.segments[0]!.end).startsWith('Madam President, honourable'));
    const roles = new Map(t.speakers.map((p) => [p.name, p.role]));
    assert.equal(roles.get('President'), 'moderator');
    assert.equal(roles.get('Tomas Berg'), 'respondent');
    assert.notEqual(roles.get('Ilse van der Meer'), 'respondent');
  });

  it("takes the place after the date in the page's dashed line, and the item for the title", () => {
    const t = readTranscript(STRASBOURG, { fileName: 'cre.txt' });
    assert.equal(t.metadata.place, 'Strasbourg');
    assert.equal(t.metadata.date, '2031-10-09');
    assert.equal(t.metadata.title, '7. Night trains across the Union (debate)');
  });

  it('needs the document to do it again and again: one line shaped like the label is no label', () => {
    const line = 'Brussels, in the rain. – We met the committee twice.';
    // The line has the label's shape on its own; only the count over the document turns it down.
    assert.equal(matchLabel(line)?.name, 'Brussels');
    const text = ['Notes from the visit', '', line, '', 'The committee asked for figures by Friday.'].join('\n');
    assert.equal(readTranscript(text, { fileName: 'notes.txt' }).turns.filter((u) => u.speaker).length, 0);
  });
});

describe("the records' heads: who chairs, and the sitting's day", () => {
  it('never titles a record by the line saying who chairs, and keeps the weekday and the date with the sitting', () => {
    const senato = [
      'SENATO DELLA REPUBBLICA',
      'Resoconto stenografico',
      'Seduta n. 88 di giovedì 6 novembre 2031',
      '',
      'Presidenza del vice presidente GALLI',
      '',
      'PRESIDENTE. La seduta è aperta.',
      '',
      'MORETTI (Misto). Signor Ministro, quando riapriranno le stazioni chiuse?',
      '',
      'PRESIDENTE. Il Ministro ha facoltà di rispondere.',
      '',
      'CONTI, ministro delle infrastrutture. Riapriranno a gennaio, tutte e sei.',
      '',
      'MORETTI (Misto). Prendo atto.',
      '',
      'PRESIDENTE. La seduta è tolta.',
    ].join('\n');
    const t = readTranscript(senato, { fileName: 'seduta.txt' });
    assert.equal(t.metadata.title, 'Seduta n. 88 di giovedì 6 novembre 2031');
    const roles = new Map(t.speakers.map((p) => [p.name, p.role]));
    // One word in capitals with a government office after the comma is the minister who answers.
    assert.equal(roles.get('Conti'), 'respondent');
    assert.equal(roles.get('Moretti'), 'questioner');
    const seance = ['Assemblée nationale', 'Séance du mercredi 5 novembre 2031', '', 'Présidence de Mme Anne Roy', '', 'Mme la présidente. La séance est ouverte.'].join('\n');
    assert.equal(readTranscript(seance, { fileName: 'seance.txt' }).metadata.title, 'Séance du mercredi 5 novembre 2031');
  });

  it('at question time, a member the government answers asks even without a question mark, where another member asks in words', () => {
    const text = [
      'M. le président. La parole est à Mme Lise Garnier.',
      'Mme Lise Garnier. Madame la ministre, quand les bus reviendront-ils ?',
      'Mme Odile Brun, ministre chargée des transports. Au printemps, madame la députée.',
      'M. le président. La parole est à M. Yann Le Goff.',
      'M. Yann Le Goff. Madame la ministre, les pêcheurs attendent toujours leurs aides.',
      'Mme Odile Brun, ministre. Elles seront versées en avril.',
    ].join('\n');
    const roles = new Map(readTranscript(text, { fileName: 'qag.txt' }).speakers.map((p) => [p.name, p.role]));
    assert.equal(roles.get('M. Yann Le Goff'), 'questioner');
    assert.equal(roles.get('Mme Odile Brun'), 'respondent');
  });
});

describe('question time in other Westminster-style houses', () => {
  it("New Zealand's record: the numbered question from a member in capitals to a minister, honorifics in small letters before a name in capitals", () => {
    const text = [
      'Questions for Oral Answer',
      '',
      '2. Dr MERE TANE (Green) to the Minister of Transport: Does she stand by her statement on ferry fares?',
      '',
      'Hon LUCY PARK (Minister of Transport): Yes, in the context in which it was made.',
      '',
      'Dr MERE TANE: Why have fares risen by 18 percent since March?',
      '',
      'Hon LUCY PARK: Fuel costs rose, and the operators passed them on.',
      '',
      'SPEAKER: Order! Supplementary question, the member.',
      '',
      'Dr MERE TANE: Will she cap the fares?',
      '',
      'Hon LUCY PARK: No.',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'oral-questions.txt' });
    assert.deepEqual(t.turns.map((u) => [u.line + 1, u.speaker, u.role]), [
      [3, 'Dr Mere Tane', 'questioner'],
      [5, 'Hon Lucy Park', 'respondent'],
      [7, 'Dr Mere Tane', 'questioner'],
      [9, 'Hon Lucy Park', 'respondent'],
      [11, 'Speaker', 'moderator'],
      [13, 'Dr Mere Tane', 'questioner'],
      [15, 'Hon Lucy Park', 'respondent'],
    ]);
    assert.equal(t.turns[0]!.parenthetical, 'Green, to the Minister of Transport');
    assert.ok(text.slice(t.turns[0]!.segments[0]!.start).startsWith('Does she stand by'));
    assert.equal(t.sections.filter((s) => s.kind === 'qa').length, 3);
  });

  it("Ireland's record: the Taoiseach answers, the Ceann Comhairle chairs, the deputy who asks him asks; the weekday stays with the date", () => {
    const text = [
      'Dáil Éireann debate - Wednesday, 5 Nov 2031',
      '',
      "Leaders' Questions",
      '',
      'Deputy Ciara Walsh: Hospital waiting lists grew by 6,000 in a year. When will the Government act?',
      '',
      'The Taoiseach: The lists fell in the last quarter, and we have hired 900 nurses.',
      '',
      'An Ceann Comhairle: Thank you, Taoiseach.',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'dail.txt' });
    const roles = new Map(t.speakers.map((p) => [p.name, p.role]));
    assert.equal(roles.get('The Taoiseach'), 'respondent');
    assert.equal(roles.get('An Ceann Comhairle'), 'moderator');
    assert.equal(roles.get('Deputy Ciara Walsh'), 'questioner');
    assert.equal(t.metadata.title, 'Dáil Éireann debate');
    assert.equal(t.metadata.date, '2031-11-05');
  });

  it("India's record: the minister named by office with the holder in capitals, then by name, is one speaker who answers; the members who ask him ask", () => {
    const text = [
      'HON. SPEAKER: Question No. 14, Shri Arjun Rao.',
      '',
      'SHRI ARJUN RAO (EAST HILLS): Sir, I would like to know how many schools were opened in the hill districts.',
      '',
      'THE MINISTER OF EDUCATION (SHRIMATI MEERA IYER): Sir, 120 schools were opened last year.',
      '',
      'SHRI ARJUN RAO: How many of them have science teachers?',
      '',
      'SHRIMATI MEERA IYER: All of them, Sir.',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'lok.txt' });
    assert.deepEqual(t.turns.map((u) => [u.speaker, u.role]), [
      ['Hon. Speaker', 'moderator'],
      ['Shri Arjun Rao', 'questioner'],
      ['Shrimati Meera Iyer', 'respondent'],
      ['Shri Arjun Rao', 'questioner'],
      ['Shrimati Meera Iyer', 'respondent'],
    ]);
  });
});

describe("Australia's and South Africa's records, and the European Parliament's languages", () => {
  it("Australia's record: the member by name, seat and office, and the time they rose; the Prime Minister answers, the one who asks him asks", () => {
    const text = [
      'Questions without Notice',
      '',
      'Mr BRIGGS (Eastvale—Leader of the Opposition) (14:03): My question is to the Prime Minister. Why have rents risen by 15 per cent?',
      '',
      'Ms NGATA (Westport—Prime Minister) (14:04): I thank the member for his question. Rents rose because too few homes were built.',
      '',
      'The SPEAKER: Order! The Leader of the Opposition will come to order.',
      '',
      'Ms NGATA: We will build 40,000 more.',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'hansard.txt' });
    assert.deepEqual(t.turns.map((u) => [u.speaker, u.role, u.parenthetical ?? '', u.timestamp ?? '']), [
      ['Mr Briggs', 'questioner', 'Eastvale—Leader of the Opposition', '14:03'],
      ['Ms Ngata', 'respondent', 'Westport—Prime Minister', '14:04'],
      ['The Speaker', 'moderator', '', ''],
      ['Ms Ngata', 'respondent', '', ''],
    ]);
    assert.ok(text.slice(t.turns[0]!.segments[0]!.start).startsWith('My question is'));
  });

  it("South Africa's record: initials and a surname in capitals after the honorific are written as a name", () => {
    const text = ['The SPEAKER: Hon members, questions to the Minister.', '', 'Mr T K MOLEFE: When will the clinic open?', '', 'The MINISTER OF HEALTH: In May, hon member.', '', 'Mr T K MOLEFE: Which May?'].join('\n');
    const names = readTranscript(text, { fileName: 'na.txt' }).turns.map((u) => u.speaker);
    assert.deepEqual(names, ['The Speaker', 'Mr T K Molefe', 'The Minister of Health', 'Mr T K Molefe']);
  });

  it("the European Parliament's report: the language a speech was given in goes with the label, and the German chair chairs", () => {
    const text = [
      'Die Präsidentin. – (DE) Die Sitzung ist eröffnet.',
      '',
      'Ilse van der Meer, im Namen der PPE-Fraktion. – (DE) Frau Präsidentin, die Nachtzüge fehlen.',
      '',
      'Jean-Luc Ferrand, au nom du groupe Renew. – (FR) Madame la Présidente, les voyageurs attendent.',
      '',
      'Die Präsidentin. – (DE) Die Aussprache ist geschlossen.',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'cre-de.txt' });
    assert.deepEqual(t.turns.map((u) => [u.speaker, u.parenthetical ?? '']), [
      ['Die Präsidentin', 'DE'],
      ['Ilse van der Meer', 'im Namen der PPE-Fraktion, DE'],
      ['Jean-Luc Ferrand', 'au nom du groupe Renew, FR'],
      ['Die Präsidentin', 'DE'],
    ]);
    assert.ok(text.slice(t.turns[1]!.segments[0]!.start).startsWith('Frau Präsidentin'));
    assert.equal(t.turns[0]!.role, 'moderator');
  });
});

describe("a court's presiding judge", () => {
  it('presides where the justices ask and counsel answer, and asks nothing', () => {
    const text = [
      'CHIEF JUSTICE OYELOWO: We will hear argument next in Case 31-77, Marsh against the Port Authority. Ms. Kerr.',
      '',
      'MS. KERR: Mr. Chief Justice, and may it please the Court: the port charged for water it never supplied.',
      '',
      'JUSTICE HALVORSEN: Counsel, where does the contract say so?',
      '',
      'MS. KERR: In clause nine, Justice Halvorsen.',
      '',
      'JUSTICE PIRES: Was clause nine ever signed?',
      '',
      'MS. KERR: It was, in 2029.',
      '',
      'CHIEF JUSTICE OYELOWO: Thank you, counsel. The case is submitted.',
    ].join('\n');
    const roles = new Map(readTranscript(text, { fileName: 'argument.txt' }).speakers.map((p) => [p.name, p.role]));
    assert.equal(roles.get('Chief Justice Oyelowo'), 'moderator');
    assert.equal(roles.get('Justice Halvorsen'), 'questioner');
    assert.equal(roles.get('Ms. Kerr'), 'respondent');
  });
});

describe("Russia's verbatim record and Japan's government press conferences", () => {
  it('the State Duma: the chair by the office, members and ministers by surname and initials before a full stop, what they speak as after a comma', () => {
    const text = [
      'Стенограмма пленарного заседания',
      '5 ноября 2031 года',
      '',
      'Председательствующая. Коллеги, переходим к вопросам. Пожалуйста, Орлова Мария Ивановна.',
      '',
      'Орлова М. И., фракция «Зелёный край». Уважаемый министр, когда откроют новую больницу?',
      '',
      'Председательствующая. Пожалуйста, министр.',
      '',
      'Кравец Д. Н., министр здравоохранения. Больница откроется весной, оборудование уже закуплено.',
      '',
      'Орлова М.И. Весной какого года?',
      '',
      'Кравец Д. Н. Следующего.',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'stenogramma.txt' });
    assert.deepEqual(t.turns.map((u) => [u.speaker, u.role, u.parenthetical ?? '']), [
      ['Председательствующая', 'moderator', ''],
      ['Орлова М. И.', 'questioner', 'фракция «Зелёный край»'],
      ['Председательствующая', 'moderator', ''],
      ['Кравец Д. Н.', 'respondent', 'министр здравоохранения'],
      ['Орлова М. И.', 'questioner', ''],
      ['Кравец Д. Н.', 'respondent', ''],
    ]);
    assert.ok(text.slice(t.turns[1]!.segments[0]!.start).startsWith('Уважаемый министр'));
  });

  it("Japan's Chief Cabinet Secretary: the speaker in lenticular brackets on its own line, the words below; a heading in the same brackets is no speaker", () => {
    const text = [
      '令和13年11月5日（水）午後',
      '官房長官記者会見',
      '',
      '【冒頭発言】',
      '',
      '【官房長官】',
      '\u3000お疲れさまです。本日、防災訓練の日程を決定しました。',
      '',
      '【記者】',
      '\u3000訓練には何人が参加する予定でしょうか。',
      '',
      '【官房長官】',
      '\u3000約三千人の参加を見込んでいます。',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'kaiken.txt' });
    assert.deepEqual(t.turns.map((u) => [u.line + 1, u.speaker, u.role]), [
      [6, '官房長官', 'respondent'],
      [9, '記者', 'questioner'],
      [12, '官房長官', 'respondent'],
    ]);
    assert.ok(text.slice(t.turns[1]!.segments[0]!.start).includes('訓練には何人'));
    assert.equal(t.metadata.title, '官房長官記者会見');
    assert.equal(t.sections.filter((s) => s.kind === 'qa').length, 1);
  });
});

describe("a senate's record that abbreviates the senator's title, and the House's note that it met", () => {
  it('reads SEN. before a name in capitals, where the document repeats the form; the president of the senate presides', () => {
    const text = [
      'THE PRESIDENT. The Majority Leader is recognized.',
      '',
      'SEN. MACARAEG. Mr. President, I move that we hear Senator Tolentino.',
      '',
      'THE PRESIDENT. Senator Tolentino is recognized.',
      '',
      'SEN. TOLENTINO. Mr. President, rice prices rose by a third this year. Who allowed it?',
      '',
      'SEN. MACARAEG. The committee will find out, Mr. President.',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'journal.txt' });
    assert.deepEqual(t.turns.map((u) => [u.speaker, u.role === 'moderator']), [
      ['The President', true],
      ['Sen. Macaraeg', false],
      ['The President', true],
      ['Sen. Tolentino', false],
      ['Sen. Macaraeg', false],
    ]);
  });

  it('keeps `The House met at 2.30 p.m.` out of the words said, and never titles the record by who is in the chair', () => {
    const text = ['OFFICIAL REPORT', 'Wednesday, 5th November 2031', '', 'The House met at 2.30 p.m.', '', '[The Speaker (Hon. Ruth Wanjiru)', 'in the Chair]', '', 'Hon. Speaker: Order, hon. Members.', '', 'Hon. Ruth Njeri: Thank you, Hon. Speaker.'].join('\n');
    const t = readTranscript(text, { fileName: 'report.txt' });
    assert.deepEqual(t.turns.map((u) => u.speaker), ['Hon. Speaker', 'Hon. Ruth Njeri']);
    assert.notEqual(t.metadata.title, 'in the Chair]');
    const broken = text.replace('[The Speaker (Hon. Ruth Wanjiru)\nin the Chair]', 'The Speaker (Hon. Ruth Wanjiru) in the Chair]');
    assert.equal(readTranscript(broken, { fileName: 'report.txt' }).metadata.title, 'OFFICIAL REPORT');
  });
});

describe("the Dutch House's record", () => {
  it('reads the chair, a member by honorific and party, and a minister by the office, each alone on its line with the words below', () => {
    const text = [
      'Mondelinge vragenuur',
      '',
      'De voorzitter:',
      'Het woord is aan mevrouw Smits.',
      '',
      'Mevrouw Smits (SP):',
      'Voorzitter. Waarom staan de bussen in het oosten stil?',
      '',
      'Staatssecretaris Van Leeuwen:',
      'Er zijn te weinig chauffeurs. Volgende maand beginnen er veertig.',
      '',
      'De heer Mulder (D66):',
      'Hoeveel chauffeurs zijn er nodig?',
      '',
      'Staatssecretaris Van Leeuwen:',
      'Honderd.',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'handelingen.txt' });
    assert.deepEqual(t.turns.map((u) => [u.line + 1, u.speaker, u.role]), [
      [3, 'De voorzitter', 'moderator'],
      [6, 'Mevrouw Smits', 'questioner'],
      [9, 'Staatssecretaris Van Leeuwen', 'respondent'],
      [12, 'De heer Mulder', 'questioner'],
      [15, 'Staatssecretaris Van Leeuwen', 'respondent'],
    ]);
  });
});

describe("the Austrian and Swiss parliaments' records", () => {
  it('reads a German office that names its portfolio with small words, and leaves the weekday of the date out of the place', () => {
    const text = [
      'Stenographisches Protokoll',
      '31. Sitzung des Nationalrates',
      'Donnerstag, 6. November 2031',
      '',
      'Präsident Karl Aigner: Wir kommen zur Fragestunde.',
      '',
      'Abgeordneter Mag. Jonas Wolf (NEOS): Frau Bundesministerin, wann fährt der neue Nachtzug?',
      '',
      'Bundesministerin für Verkehr und Infrastruktur Dr. Lea Berger: Ab Dezember, dreimal pro Woche.',
      '',
      'Abgeordneter Mag. Jonas Wolf (NEOS): Warum nicht täglich?',
      '',
      'Bundesministerin für Verkehr und Infrastruktur Dr. Lea Berger: Es fehlen Wagen.',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'protokoll.txt' });
    assert.deepEqual(t.turns.map((u) => u.line + 1), [5, 7, 9, 11, 13]);
    assert.equal(t.turns[2]!.speaker, 'Bundesministerin für Verkehr und Infrastruktur Dr. Lea Berger');
    assert.equal(t.metadata.place, undefined);
    assert.equal(t.metadata.date, '2031-11-06');
    // A sentence in German before a colon stays a sentence.
    assert.equal(matchLabel('Vielen Dank für die Frage: Die Antwort ist ja.'), undefined);
  });

  it("reads the Swiss federal councillor by surname, forename and office after a comma, who answers", () => {
    const text = [
      'Präsidentin (Meier Anna): Wir kommen zur Fragestunde.',
      '',
      'Rossi Marco (S, TI): Frau Bundesrätin, wann wird die Strecke wieder geöffnet?',
      '',
      'Baumann Petra, Bundesrätin: Im Frühling, nach den Reparaturen.',
      '',
      'Rossi Marco (S, TI): Welche Reparaturen genau?',
      '',
      'Baumann Petra, Bundesrätin: Die Brücke bei Airolo.',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'bulletin.txt' });
    assert.deepEqual(t.turns.map((u) => [u.speaker, u.role]), [
      ['Meier Anna', 'moderator'],
      ['Rossi Marco', 'questioner'],
      ['Baumann Petra', 'respondent'],
      ['Rossi Marco', 'questioner'],
      ['Baumann Petra', 'respondent'],
    ]);
  });
});

describe("the roles in German-speaking parliaments' records", () => {
  it('an Austrian question hour: the named chair moderates, the members ask and the minister by her office answers', () => {
    const text = [
      'Stenographisches Protokoll',
      '112. Sitzung des Nationalrates',
      'Dienstag, 3. Juni 2031',
      '',
      'Präsidentin Maria Lechner: Die Sitzung ist eröffnet. Wir gehen in die Fragestunde ein.',
      '',
      'Zur ersten Anfrage gelangt Herr Abgeordneter Gruber. – Bitte.',
      '',
      'Abgeordneter Felix Gruber (FPÖ): Herr Bundesminister, wie viele Spitalsbetten fehlen in Kärnten?',
      '',
      'Präsidentin Maria Lechner: Bitte, Herr Bundesminister.',
      '',
      'Bundesminister für Gesundheit Mag. Peter Kofler: Herr Abgeordneter, derzeit rund 120, bis Herbst werden es weniger.',
      '',
      'Präsidentin Maria Lechner: Zusatzfrage? – Frau Abgeordnete Novak, bitte.',
      '',
      'Abgeordnete Eva Novak (Grüne): Und wer bezahlt die neuen Stationen?',
      '',
      'Bundesminister für Gesundheit Mag. Peter Kofler: Zur Hälfte der Bund, zur Hälfte das Land.',
      '',
      'Dritter Präsident Stefan Moser: Die Fragestunde ist beendet.',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'protokoll.txt' });
    assert.deepEqual(t.turns.map((u) => [u.speaker, u.role]), [
      ['Präsidentin Maria Lechner', 'moderator'],
      ['Abgeordneter Felix Gruber', 'questioner'],
      ['Präsidentin Maria Lechner', 'moderator'],
      ['Bundesminister für Gesundheit Mag. Peter Kofler', 'respondent'],
      ['Präsidentin Maria Lechner', 'moderator'],
      ['Abgeordnete Eva Novak', 'questioner'],
      ['Bundesminister für Gesundheit Mag. Peter Kofler', 'respondent'],
      ['Dritter Präsident Stefan Moser', 'moderator'],
    ]);
    assert.ok(t.sections.filter((s) => s.kind === 'qa').length >= 2, JSON.stringify(t.sections.map((s) => s.kind)));
  });

  it("the Bundestag's record as text: a minister by name and office answers, the chair the members address moderates, and the head gives body, sitting and place", () => {
    const text = [
      'Deutscher Bundestag',
      'Stenografischer Bericht',
      '77. Sitzung',
      'Berlin, Donnerstag, den 9. Oktober 2031',
      '',
      'Vizepräsidentin Dr. Ines Hartmann: Ich rufe die Befragung der Bundesregierung auf. Es berichtet die Bundesministerin für Bildung. Bitte schön.',
      '',
      'Lena Albers, Bundesministerin für Bildung: Frau Präsidentin! Liebe Kolleginnen und Kollegen! Ab dem nächsten Schuljahr bekommen alle Grundschulen einen Zuschuss für Ganztagsplätze, zusammen drei Milliarden Euro über vier Jahre.',
      '',
      'Vizepräsidentin Dr. Ines Hartmann: Danke. Die erste Frage hat der Kollege Jörg Winter.',
      '',
      'Jörg Winter (CDU/CSU): Frau Ministerin, wie viele Plätze entstehen damit in den Flächenländern, und ab wann?',
      '',
      'Lena Albers, Bundesministerin für Bildung: Wir rechnen mit 60 000 Plätzen, die ersten im Herbst.',
      '',
      'Vizepräsidentin Dr. Ines Hartmann: Die nächste Frage stellt die Kollegin Sara Yilmaz.',
      '',
      'Sara Yilmaz (DIE LINKE): Frau Ministerin, warum reicht das Geld nur für vier Jahre?',
      '',
      'Lena Albers, Bundesministerin für Bildung: Danach übernehmen die Länder, so ist es vereinbart.',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'plenarprotokoll.txt' });
    assert.deepEqual(t.turns.map((u) => [u.speaker, u.role]), [
      ['Vizepräsidentin Dr. Ines Hartmann', 'moderator'],
      ['Lena Albers', 'respondent'],
      ['Vizepräsidentin Dr. Ines Hartmann', 'moderator'],
      ['Jörg Winter', 'questioner'],
      ['Lena Albers', 'respondent'],
      ['Vizepräsidentin Dr. Ines Hartmann', 'moderator'],
      ['Sara Yilmaz', 'questioner'],
      ['Lena Albers', 'respondent'],
    ]);
    assert.equal(t.metadata.title, 'Deutscher Bundestag, 77. Sitzung');
    assert.equal(t.metadata.place, 'Berlin');
    assert.equal(t.metadata.date, '2031-10-09');
  });

  it("an old record's question hour: the chair who reads out the question and calls the one member moderates; an interjection broken over lines is no label", () => {
    const text = [
      'Vizepräsident Berger: Wir kommen zum Geschäftsbereich des Bundesministers für Verkehr. Ich rufe die Frage 12 des Herrn Abgeordneten Lorenz auf:',
      'Trifft es zu, daß die Bundesbahn die Strecke zwischen Kerbach und Ostheim im nächsten Jahr stillegen will, und welche Ersatzverkehre sind vorgesehen?',
      'Bitte, Herr Staatssekretär.',
      'Dr. Ahrens, Parl. Staatssekretär beim Bundesminister für Verkehr: Herr Kollege, eine Entscheidung ist noch nicht gefallen.',
      'Vizepräsident Berger: Eine Zusatzfrage, Herr Abgeordneter Lorenz.',
      'Lorenz (SPD): Herr Staatssekretär, wann wird die Entscheidung fallen?',
      '(Zuruf des Abg. Dr. Sommer [CDU/',
      'CSU]: Nie!)',
      '(Beifall bei der SPD – Dr. Wend [Ostheim]',
      '[SPD]: Endlich!)',
      'Dr. Ahrens, Parl. Staatssekretär: Im Herbst, nach der Anhörung der Länder.',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'protokoll.txt' });
    assert.deepEqual(t.turns.map((u) => [u.speaker, u.role]), [
      ['Vizepräsident Berger', 'moderator'],
      ['Dr. Ahrens', 'respondent'],
      ['Vizepräsident Berger', 'moderator'],
      ['Lorenz', 'questioner'],
      ['Dr. Ahrens', 'respondent'],
    ]);
  });

  it('a president answering reporters at length, who are labelled by name and outlet, is no chair', () => {
    const text = [
      'Pressekonferenz im Schloss, 4. Mai 2031',
      '',
      'Präsident Anton Weiß: Ich freue mich, dass wir heute ein Abkommen über die Wasserversorgung unterzeichnet haben. Es sichert drei Regionen für zwanzig Jahre die Versorgung und schafft mehrere hundert Arbeitsplätze.',
      '',
      'Karin Vogt (Radio Nord): Herr Präsident, was kostet das Abkommen?',
      '',
      'Präsident Anton Weiß: Rund 800 Millionen Euro, die wir über zehn Jahre aufbringen. Die Hälfte tragen die Gemeinden, die andere Hälfte der Staat, und wir prüfen jedes Jahr, ob das reicht.',
      '',
      'Ole Brandt (Tagesblatt): Herr Präsident, wann beginnen die Bauarbeiten?',
      '',
      'Präsident Anton Weiß: Im nächsten Frühjahr, sobald die Genehmigungen vorliegen. Wir haben die Verfahren bereits vorbereitet, damit es keine Verzögerungen gibt.',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'pk.txt' });
    assert.ok(t.turns.filter((u) => u.speaker === 'Präsident Anton Weiß').every((u) => u.role !== 'moderator'), JSON.stringify(t.turns.map((u) => [u.speaker, u.role])));
  });
});

describe("Brazil's Chamber and Senate", () => {
  it('reads the title, the name in capitals and the bracket before a dash; the chair is its holder; a date led in by Em is no place', () => {
    const text = [
      'CÂMARA DOS DEPUTADOS',
      'SESSÃO DELIBERATIVA ORDINÁRIA',
      'Em 5 de novembro de 2031',
      '',
      'O SR. PRESIDENTE (Ana Lacerda. MDB - PE) - Está aberta a sessão.',
      '',
      'O SR. RAFAEL TORRES (PSOL - RJ. Pela ordem. Sem revisão do orador.) - Sra. Presidente, quando votaremos o projeto das ferrovias?',
      '',
      'A SRA. PRESIDENTE (Ana Lacerda. MDB - PE) - Na próxima semana, Deputado.',
      '',
      'A SRA. JÚLIA PRADO (NOVO - SC) - Sra. Presidente, peço a palavra.',
      '',
      'A SRA. PRESIDENTE (Ana Lacerda. MDB - PE) - Tem V.Exa. a palavra.',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'notas.txt' });
    assert.deepEqual(t.turns.map((u) => [u.speaker, u.role === 'moderator', u.parenthetical ?? '']), [
      ['Ana Lacerda', true, 'MDB - PE'],
      ['Rafael Torres', false, 'PSOL - RJ'],
      ['Ana Lacerda', true, 'MDB - PE'],
      ['Júlia Prado', false, 'NOVO - SC'],
      ['Ana Lacerda', true, 'MDB - PE'],
    ]);
    assert.ok(text.slice(t.turns[1]!.segments[0]!.start).startsWith('Sra. Presidente, quando'));
    assert.equal(t.metadata.place, undefined);
    assert.equal(t.metadata.title, 'SESSÃO DELIBERATIVA ORDINÁRIA');
  });
});
