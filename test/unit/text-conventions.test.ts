import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readTranscript } from '../../src/core/formats';
import type { Transcript } from '../../src/core/transcript';

/** Reads a plain-text transcript written inline, lines joined with `\n`. */
function read(lines: string[], fileName = 'sample.md'): Transcript {
  return readTranscript(lines.join('\n'), { fileName });
}

/** `line speaker` per turn, 1-based lines, the speaker as labelled. */
function turns(t: Transcript): string[] {
  return t.turns.map((u) => `${u.line + 1} ${u.label === null ? '(none)' : u.speaker}`);
}

const NBSP = '\u00a0';

describe('text conventions: front matter written by a YAML library', () => {
  it('reads a double-quoted title whose line break is escaped, with \\_ and \\u escapes, as its words', () => {
    const t = read([
      '---',
      "date: '2022-03-04'",
      'title: "Press Call by a Senior Official on the Harbour\\u2019s New Pier in\\',
      '  \\ Port\\_Elgin"',
      '---',
      '',
      'MODERATOR:  Good morning, everyone.',
      '',
      'SENIOR OFFICIAL:  Thanks for joining.',
    ]);
    assert.equal(t.metadata.title, 'Press Call by a Senior Official on the Harbour’s New Pier in Port Elgin');
    assert.equal(t.metadata.date, '2022-03-04');
  });

  it('folds an unescaped line break of a double-quoted title into one space', () => {
    const t = read(['---', 'title: "Remarks at the Opening of the', '  Riverside Library"', '---', '', 'MS. OKAFOR:  Welcome.']);
    assert.equal(t.metadata.title, 'Remarks at the Opening of the Riverside Library');
  });

  it('keeps a backslash the title escapes, and an escaped quote inside it', () => {
    const t = read(['---', 'title: "The \\"Open Door\\" Talk, part 1\\\\2"', '---', '', 'HOST:  Hello.']);
    assert.equal(t.metadata.title, 'The "Open Door" Talk, part 1\\2');
  });
});

describe('text conventions: press calls with a single question', () => {
  it('reads the one Q written with a run of spaces as a question among colon-labelled speakers', () => {
    const t = read([
      'MODERATOR:  Thanks, everyone.  We can take a question now.',
      '',
      `Q${NBSP} ${NBSP} ${NBSP} Thank you for doing this.  What happens next week?`,
      '',
      'SENIOR OFFICIAL:  Next week the talks resume.',
    ]);
    assert.deepEqual(turns(t), ['1 Moderator', '3 Q', '5 Senior Official']);
    assert.equal(t.sections.filter((s) => s.kind === 'qa').length, 1);
  });

  it('does not read a line of prose that starts with a lone Q and one space as a question', () => {
    const t = read([
      'MODERATOR:  Thanks, everyone.',
      '',
      'Q fever is a disease caught from farm animals.',
      '',
      'SENIOR OFFICIAL:  That is right.',
    ]);
    assert.deepEqual(turns(t), ['1 Moderator', '5 Senior Official']);
  });
});

describe('text conventions: a court record with a caption and appearances', () => {
  const record = [
    'UNITED STATES DISTRICT COURT',
    'EASTERN DISTRICT OF NOWHERE',
    '------------------------------x',
    'UNITED STATES OF AMERICA,',
    'v. 19 Cr. 204 (KL)',
    'JANE ROE,',
    'Defendant. Trial',
    '------------------------------x',
    'Riverton, N.Y.',
    'March 3, 2023',
    '9:30 a.m.',
    'Before:',
    'HON. PAULA GRANT,',
    'District Judge',
    'APPEARANCES',
    'OFFICE OF THE DISTRICT ATTORNEY',
    'Eastern District of Nowhere BY: TOM FIELD',
    'Assistant District Attorney',
    'BY: ANNA LEE',
    'Attorney for Defendant',
    '',
    '(Jury present)',
    'THE COURT: Good morning, everyone. Please be seated.',
    'MR. FIELD: Good morning, your Honor.',
    'JUROR: Good morning.',
  ];

  it('reads the caption and appearances as the header, and the first label as the first turn', () => {
    const t = read(record, 'trial.txt');
    assert.deepEqual(turns(t), ['23 The Court', '24 Mr. Field', '25 Juror']);
    const header = t.sections.find((s) => s.kind === 'header');
    assert.ok(header, 'a header section');
    assert.deepEqual([header.line + 1, header.endLine + 1], [1, 22]);
    assert.ok(!t.turns.some((u) => u.label === null), 'no unlabelled turn made of the caption');
  });

  it('does not read a counsel line of the appearances (`... BY: TOM FIELD`) as a speaker', () => {
    const t = read(record, 'trial.txt');
    assert.ok(!t.turns.some((u) => /\bBY\b/i.test(u.speaker ?? '')), t.turns.map((u) => u.speaker).join(', '));
  });

  it('names the proceeding, not a party role or the docket number, as the title; the date and place from the caption', () => {
    const t = read(record, 'trial.txt');
    assert.equal(t.metadata.title, 'Trial');
    assert.equal(t.metadata.date, '2023-03-03');
    assert.equal(t.metadata.place, 'Riverton, N.Y.');
  });
});

describe('text conventions: labels in capitals', () => {
  it('writes a short first name in capitals as a name, and keeps known or vowel-less acronyms and Roman numerals in capitals', () => {
    const t = read(['ANA LOPES: Welcome back.', '', 'UN SPOKESPERSON: Thank you.', '', 'NBC CORRESPONDENT: A question.', '', 'TED OKAFOR III: An answer.', '', 'SEN. MAE BRANDT: One more.'], 'show.txt');
    assert.deepEqual(turns(t), ['1 Ana Lopes', '3 UN Spokesperson', '5 NBC Correspondent', '7 Ted Okafor III', '9 Sen. Mae Brandt']);
  });
});

describe('text conventions: a page\'s release line', () => {
  it('reads `Released: <date>` before the talk as the page\'s date line, not a speaker', () => {
    const t = read(['Episode 12 of the Harbour Hour', 'Released: November 10, 2013', '', 'Ana: Welcome back to the show.', '', 'Bo: Thanks for having me.'], 'show.txt');
    assert.deepEqual(turns(t), ['4 Ana', '6 Bo']);
    assert.equal(t.metadata.date, '2013-11-10');
  });
});
