/**
 * Transcripts in other languages and in the shapes of parliamentary records,
 * broadcasts and earnings calls: labels, roles, dates and titles. Every text
 * here is written for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDate } from '../../src/core/formats/dates';
import { matchLabel } from '../../src/core/formats/labels';
import { readTranscript } from '../../src/core/formats';
import { roleOfName } from '../../src/core/transcript/roleWords';
import { parseLines, sectionsOf } from './helpers';

/** Speaker and first words of each turn, `Speaker: words`. */
function spoken(text: string): string[] {
  const t = readTranscript(text);
  return t.turns.filter((u) => u.speaker !== null).map((u) => `${u.speaker}: ${text.slice(u.segments[0]?.start ?? u.textStart, u.segments[0]?.end ?? u.textStart)}`);
}

describe('languages: labels in Spanish, Galician, Catalan and Portuguese records', () => {
  it('reads `A señora PRESIDENTA:` and `O señor NAME:` as the name in capitals, label and speech on one line', () => {
    assert.deepEqual(spoken(['A señora PRESIDENTA: Bos días a todos.', '', 'O señor LOUREIRO VILAR: Grazas, presidenta.', '', 'A señora PRESIDENTA: Moitas grazas.'].join('\n')), [
      'Presidenta: Bos días a todos.',
      'Loureiro Vilar: Grazas, presidenta.',
      'Presidenta: Moitas grazas.',
    ]);
  });

  it('reads an office with its holder in brackets as the holder: `El señor MINISTRO DE …, … (Name):`', () => {
    const m = matchLabel('El señor MINISTRO DE OBRAS, TRANSPORTES Y PUERTOS (Ferrer Sala): Gracias, señoría.');
    assert.equal(m?.name, 'Ferrer Sala');
    assert.equal(m?.convention, 'honorific');
  });

  it('reads a Catalan office with its holder in brackets as the holder, `i` inside names', () => {
    assert.equal(matchLabel("El vicepresident del Govern i conseller d'Economia (Pere Vall i Roca): Bé.")?.name, 'Pere Vall i Roca');
    assert.equal(matchLabel('La presidenta: Bon dia.')?.name, 'La presidenta');
    assert.equal(roleOfName('La presidenta'), 'moderator');
  });

  it('reads a secretary named in brackets as that person: `A señora SECRETARIA (Name):`', () => {
    assert.equal(matchLabel('A señora SECRETARIA (Rial Costa): Si, señora presidenta.')?.name, 'Rial Costa');
  });

  it('leaves a roll call of `Name: Si.` out of a record whose speakers are `O señor NAME:`', () => {
    const text = [
      'A señora PRESIDENTA: Comezamos a sesión.',
      '',
      'A señora SECRETARIA (Rial Costa): Pasamos lista.',
      '',
      'Marta Sousa Iglesias: Si.',
      '',
      'Xoán Pena Rey: Si.',
      '',
      'O señor PENA REY: Grazas, presidenta.',
      '',
      'A señora PRESIDENTA: Grazas.',
    ].join('\n');
    assert.deepEqual(readTranscript(text).turns.map((u) => u.speaker), ['Presidenta', 'Rial Costa', 'Pena Rey', 'Presidenta']);
  });

  it('reads `Pregunta:` and `Respuesta:` as question and answer', () => {
    const t = parseLines('Pregunta: ¿Habrá acuerdo este mes?', 'Respuesta: Creemos que sí.', 'Pregunta: ¿Y el presupuesto?', 'Respuesta: Todavía no.');
    assert.deepEqual(t.turns.map((u) => u.role), ['questioner', 'respondent', 'questioner', 'respondent']);
    assert.equal(t.sections.filter((s) => s.kind === 'qa').length, 2);
  });

  it('reads labels in capitals alone on their line, the words below, where the document repeats them', () => {
    const text = ['Entrevista con la ministra', '', 'PREGUNTA', '¿Cómo valora el acuerdo?', '', 'MINISTRA', 'Lo valoro de forma positiva.', '', 'PREGUNTA', '¿Y los plazos?', '', 'MINISTRA', 'Se cumplirán.'].join('\n');
    const t = readTranscript(text);
    assert.deepEqual(t.turns.map((u) => u.speaker), ['Pregunta', 'Ministra', 'Pregunta', 'Ministra']);
    assert.equal(t.turns[0]!.role, 'questioner');
  });

  it('takes no single heading in capitals for a label', () => {
    const t = parseLines('RESUMEN', 'El comité se reunió ayer por la tarde y aprobó el informe.', '', 'Ana Ruiz: Buenas tardes.', 'Luis Vega: Buenas tardes.');
    assert.deepEqual(t.turns.filter((u) => u.speaker !== null).map((u) => u.speaker), ['Ana Ruiz', 'Luis Vega']);
  });
});

describe('languages: French labels', () => {
  it('reads a space or a no-break space before the colon: `Question :`, `M. Dupont :`, `Mme Roy\u00a0:`', () => {
    assert.equal(matchLabel('Question : Est-ce définitif ?')?.name, 'Question');
    assert.equal(matchLabel('M. Dupont : Oui, tout à fait.')?.name, 'M. Dupont');
    assert.equal(matchLabel('Mme Roy\u00a0: Non.')?.name, 'Mme Roy');
  });

  it('reads initials with hyphens as a label: `J.-P. M. :`', () => {
    assert.equal(matchLabel('J.-P. M. : Je le pense.')?.name, 'J.-P. M.');
  });

  it('gives initials the full name the document uses for them, where only one fits', () => {
    const t = parseLines('Marie-Claire Fontaine : Bonjour.', 'Paul Girard : Bonjour, pourquoi ce livre ?', 'MCF : Par hasard.', 'P. Girard : Vraiment ?', 'PG : Oui ?');
    assert.deepEqual(t.turns.map((u) => u.speaker), ['Marie-Claire Fontaine', 'Paul Girard', 'Marie-Claire Fontaine', 'Paul Girard', 'Paul Girard']);
    assert.equal(t.turns[2]!.label, 'MCF');
  });

  it('reads the Senate’s labels alone on their line ending ` :`, accents stripped, offices in lower case', () => {
    const text = [
      'Son Honneur le President :',
      'Honorables senateurs, la seance est ouverte.',
      "L'honorable Jeanne Morin (leader du gouvernement) :",
      'Je remercie le senateur.',
      "L'honorable Luc Tardif :",
      'Son Honneur le President suppleant :',
      'Plait-il aux honorables senateurs d’adopter la motion?',
      "L'honorable Jeanne Morin (leader du gouvernement) :",
      'Oui.',
    ].join('\n');
    assert.deepEqual(readTranscript(text).turns.map((u) => u.speaker), [
      'Son Honneur le President',
      "L'honorable Jeanne Morin",
      "L'honorable Luc Tardif",
      'Son Honneur le President suppleant',
      "L'honorable Jeanne Morin",
    ]);
  });

  it('reads `L’honorable sénateur X :` with the office in lower case', () => {
    assert.equal(matchLabel("L'honorable sénateur Gagnon : Merci.")?.name, "L'honorable sénateur Gagnon");
  });
});

describe('languages: German, Russian, Chinese and Japanese labels', () => {
  it('reads `Frage:` and `Antwort:` as question and answer', () => {
    assert.equal(roleOfName('Frage'), 'questioner');
    assert.equal(roleOfName('Antwort'), 'respondent');
  });

  it('reads `Präsident Dr. Name:` as a speaker and `Präsident` as the chair', () => {
    assert.equal(matchLabel('Präsident Dr. Klaus Brandt: Die Sitzung ist eröffnet.')?.name, 'Präsident Dr. Klaus Brandt');
    assert.equal(roleOfName('Präsident'), 'moderator');
  });

  it('reads `Name, office:` as the name, the office apart: `Eva Brandt, Bundesministerin der Finanzen:`', () => {
    const m = matchLabel('Eva Brandt, Bundesministerin der Finanzen: Vielen Dank.');
    assert.equal(m?.name, 'Eva Brandt');
    assert.equal(m?.parenthetical, 'Bundesministerin der Finanzen');
    assert.equal(matchLabel('However, Minister Hale said: yes'), undefined);
  });

  it('reads `Вопрос:` and `Ответ:` and initials glued to a surname: `С.В.Иванов:`', () => {
    assert.equal(roleOfName('Вопрос'), 'questioner');
    assert.equal(roleOfName('Ответ'), 'respondent');
    assert.equal(matchLabel('С.В.Иванов: Спасибо.')?.name, 'С.В.Иванов');
  });

  it('gives a surname with initials the full name said before it', () => {
    const t = parseLines('Сергей Иванов: Добрый день.', 'Вопрос: Когда?', 'С.В.Иванов: Скоро.');
    assert.deepEqual(t.turns.map((u) => u.speaker), ['Сергей Иванов', 'Вопрос', 'Сергей Иванов']);
  });

  it('reads the full-width colon with no space after it: `主席：`, `記者：`', () => {
    const m = matchLabel('主席：各位早上好。');
    assert.equal(m?.name, '主席');
    assert.equal('主席：各位早上好。'.slice(m!.textStart), '各位早上好。');
    assert.equal(roleOfName('記者'), 'questioner');
    assert.equal(roleOfName('主席'), 'moderator');
  });

  it('reads `質問` and `回答` as question and answer, `司会` as the moderator', () => {
    assert.equal(roleOfName('質問'), 'questioner');
    assert.equal(roleOfName('回答'), 'respondent');
    assert.equal(roleOfName('司会'), 'moderator');
  });
});

describe('languages: parliamentary label shapes', () => {
  it('reads `Hon. Name (Constituency, Party):` as the member, the brackets apart', () => {
    const m = matchLabel('Hon. Amina Odhiambo (Lakeside, ODP): Thank you, Hon. Speaker.');
    assert.equal(m?.name, 'Hon. Amina Odhiambo');
    assert.equal(m?.parenthetical, 'Lakeside, ODP');
  });

  it('reads `The Speaker (Hon. Name):` as the person in the chair', () => {
    assert.equal(matchLabel('The Speaker (Hon. Peter Mwangi): Order, Members.')?.name, 'Hon. Peter Mwangi');
  });

  it('reads groups and titles as speakers: `Hon. Members:`, `Mr. Deputy Speaker:`, `Cllr Shah:`, `The Hon. the Speaker:`', () => {
    assert.equal(matchLabel('Hon. Members: Aye!')?.name, 'Hon. Members');
    assert.equal(matchLabel('Mr. Deputy Speaker: Order.')?.name, 'Mr. Deputy Speaker');
    assert.equal(matchLabel('Councillor Ruth Bell: I second it.')?.name, 'Councillor Ruth Bell');
    assert.equal(matchLabel('Cllr Shah: Agreed.')?.name, 'Cllr Shah');
    assert.equal(matchLabel('The Hon. the Speaker: Order.')?.name, 'The Hon. the Speaker');
  });

  it('opens a Q&A at each deputy the chair calls on in question time; the answering office holder responds', () => {
    const t = parseLines(
      'A señora PRESIDENTA: Pregunta da deputada dona Ana Vila Rei, sobre o porto.',
      'A señora VILA REI: ¿Cando abrirá o porto?',
      'O señor CONSELLEIRO DE ECONOMÍA, EMPREGO E INDUSTRIA (Conde Lema): En maio.',
      'A señora VILA REI: ¿E os postos de traballo?',
      'A señora PRESIDENTA: Pregunta do deputado don Xan Pereira Gil.',
      'O señor PEREIRA GIL: ¿Que fará o Goberno?',
      'O señor CONSELLEIRO DE ECONOMÍA, EMPREGO E INDUSTRIA (Conde Lema): Moito.',
    );
    assert.deepEqual(t.turns.map((u) => `${u.speaker} ${u.role}${u.question ? ' asks' : ''}`), [
      'Presidenta moderator',
      'Vila Rei questioner asks',
      'Conde Lema respondent',
      'Vila Rei questioner',
      'Presidenta moderator',
      'Pereira Gil questioner asks',
      'Conde Lema respondent',
    ]);
  });

  it('opens no Q&A for the chair’s procedural questions', () => {
    const t = parseLines('A señora PRESIDENTA: ¿Algunha obxección?', 'O señor PENA REY: Ningunha.', 'A señora PRESIDENTA: ¿Votamos?', 'O señor PENA REY: Si.');
    assert.equal(t.sections.filter((s) => s.kind === 'qa').length, 0);
  });
});

describe('languages: dates', () => {
  const dates: Array<[string, string]> = [
    ['Madrid, 1 de agosto de 2019', '2019-08-01'],
    ['Paris, le 10 janvier 2013', '2013-01-10'],
    ['Berlin, 1. August 2019', '2019-08-01'],
    ['Москва, 10 января 2013 г.', '2013-01-10'],
    ['2013年1月10日', '2013-01-10'],
    ["Barcelona, 1 d'agost de 2019", '2019-08-01'],
    ['Santiago, 1 de xullo de 2019', '2019-07-01'],
    ['Sesión do 26 de xaneiro do 2015', '2015-01-26'],
    ['Roma, 3 maggio 2020', '2020-05-03'],
    ['Lisboa, 1.º de março de 2021', '2021-03-01'],
  ];
  for (const [text, iso] of dates) {
    it(`reads ${JSON.stringify(text)} as ${iso}`, () => {
      assert.equal(findDate(text)?.iso, iso);
    });
  }

  it('takes the header’s date, not a date a speaker mentions', () => {
    const t = parseLines('Rueda de prensa', '', '3 de marzo de 2022', '', 'Ana Ruiz: El 1 de enero de 2020 empezó todo.', 'Luis Vega: Cierto.');
    assert.equal(t.metadata.date, '2022-03-03');
    assert.equal(t.metadata.dateFrom, 'header');
  });

  it('takes no copyright or version date for the event’s date', () => {
    const t = parseLines('Town hall on water', '', 'Exported with NoteTaker version 4.2, 2 May 2023', '', 'Ana Ruiz: Welcome.', 'Luis Vega: Thanks. It was 12 June 2021 when it began.');
    assert.equal(t.metadata.date, '2021-06-12');
    assert.notEqual(t.metadata.dateFrom, 'header');
  });
});

describe('languages: titles', () => {
  it('takes no clock for the title', () => {
    const t = parseLines('7:07 A.M.', '', 'Morning briefing on the storm', '', 'Host: Good morning.', 'Guest: Morning.');
    assert.equal(t.metadata.title, 'Morning briefing on the storm');
    assert.equal(t.metadata.titleFrom, 'header');
  });

  it('takes no line naming counsel for the title', () => {
    const t = parseLines('Hearing on the harbour lease', 'APPEARANCES', 'For the Plaintiff: Jo Park, of Park and Lane, representing the harbour trust', '', 'THE COURT: Be seated.', 'MS. PARK: Thank you.');
    assert.equal(t.metadata.title, 'Hearing on the harbour lease');
  });

  it('reads Markdown escapes in a title as the characters they escape', () => {
    const t = parseLines('# Briefing by Dana\\_Lee \\(spokesperson\\)', '', 'Dana Lee: Hello.', 'Reporter: Hi?');
    assert.equal(t.metadata.title, 'Briefing by Dana_Lee (spokesperson)');
  });

  it('says the title and date came from front matter', () => {
    const t = parseLines('---', 'title: Council meeting', 'date: 2024-02-01', 'publish_date: 2024-03-01', '---', '', 'Chair: We begin.', 'Cllr Shah: Agreed.');
    assert.equal(t.metadata.titleFrom, 'front matter');
    assert.equal(t.metadata.date, '2024-02-01');
    assert.equal(t.metadata.dateFrom, 'front matter');
  });
});

describe('languages: broadcasts and earnings calls', () => {
  const call = [
    'Northwind Q2 earnings call',
    '',
    'Operator: Welcome. I will hand over to Ana Ruiz, chief executive.',
    'Ana Ruiz: Thank you. Sales rose.',
    'Operator: Our first question comes from Tom Kay with Delta Bank.',
    'Tom Kay: Thanks. How were margins?',
    'Ana Ruiz: Stable.',
    'Tom Kay: And costs, if I may?',
    'Ana Ruiz: Lower.',
    'Operator: Our next question comes from Eva Lind with Fjord Capital.',
    'Eva Lind: Good morning. What about exports?',
    'Ana Ruiz: Up.',
  ].join('\n');

  it('opens a Q&A at each caller the operator introduces, follow-ups included in it', () => {
    const t = readTranscript(call);
    assert.deepEqual(
      t.turns.map((u) => `${u.speaker} ${u.role}${u.question ? ' asks' : ''}`),
      [
        'Operator moderator',
        'Ana Ruiz respondent',
        'Operator moderator',
        'Tom Kay questioner asks',
        'Ana Ruiz respondent',
        'Tom Kay questioner',
        'Ana Ruiz respondent',
        'Operator moderator',
        'Eva Lind questioner asks',
        'Ana Ruiz respondent',
      ],
    );
    assert.equal(sectionsOf(t).filter((s) => s.startsWith('qa')).length, 2);
  });

  it('reads `(BEGIN VIDEOTAPE)` and `(COMMERCIAL BREAK)` as stage directions, not speakers', () => {
    const t = parseLines('ANCHOR: Here is the report.', '', '(BEGIN VIDEOTAPE)', '', 'REPORTER: The river rose overnight.', '', '(END VIDEOTAPE)', '', '(COMMERCIAL BREAK)', '', 'ANCHOR: Welcome back.');
    assert.deepEqual(t.turns.map((u) => u.speaker), ['Anchor', 'Reporter', 'Anchor']);
    assert.ok(t.notes.some((n) => n.kind === 'stage' && n.text === 'COMMERCIAL BREAK'));
  });

  it('leaves form feeds and repeated page footers out of a turn’s words', () => {
    const footer = 'Northwind Ltd. © 2024. All rights reserved.';
    const text = ['Operator: Welcome to the call.', 'Ana Ruiz: Sales rose in the north', '\f' + footer, 'Page 1 of 3', 'and in the south.', footer, 'Page 2 of 3', 'Tom Kay: Thanks.', footer, 'Page 3 of 3'].join('\n');
    const t = readTranscript(text);
    const words = t.turns[1]!.segments.map((s) => text.slice(s.start, s.end));
    assert.deepEqual(words, ['Sales rose in the north', 'and in the south.']);
  });

  it('leaves a running head whose page number changes out of a turn’s words, and keeps a line a speaker repeats', () => {
    const head = (n: number) => `Tuesday, 4 June 2024 COUNTY ASSEMBLY DEBATES ${n}`;
    const text = ['The Speaker (Hon. Ruth Njeri): Order.', 'Hon. Paul Otieno (Ward One, PDP): I rise', head(1), 'on a point of order.', 'Hon. Members: Aye.', head(2), 'Hon. Members: Aye.', 'The Speaker (Hon. Ruth Njeri): Carried.', head(3)].join('\n');
    const t = readTranscript(text);
    assert.deepEqual(t.turns[1]!.segments.map((s) => text.slice(s.start, s.end)), ['I rise', 'on a point of order.']);
    assert.deepEqual(t.turns.map((u) => u.speaker), ['Hon. Ruth Njeri', 'Hon. Paul Otieno', 'Hon. Members', 'Hon. Members', 'Hon. Ruth Njeri']);
  });
});
