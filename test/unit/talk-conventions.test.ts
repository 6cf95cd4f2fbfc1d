import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readTranscript } from '../../src/core/formats';
import { frontMatterList } from '../../src/core/formats/frontMatter';
import { lineTable } from '../../src/core/text';

/** Each turn's speaker, `(none)` for a turn with no speaker, marked where the turn has no label of its own. */
function turns(text: string): string[] {
  return readTranscript(text, { fileName: 'talk.md' }).turns.map((t) => `${t.speaker ?? '(none)'}${t.label === null ? ' (unlabelled)' : ''}`);
}

/** A conference talk written up for a website: front matter, the talk, then its questions as `Q:` and `A:`. */
function talk(speakers: string[]): string {
  return [
    '---',
    'title: Tide tables for small harbours',
    'date: 2024-09-14',
    ...speakers,
    '---',
    '',
    'Thanks for coming. Tide tables are older than most of the harbours that use them.',
    '',
    'The first tables were printed for one port at a time.',
    '',
    'Q: How often are the tables corrected?',
    '',
    'A: Every year, from the gauges at the harbour mouth.',
    '',
    'Q: Who pays for the gauges?',
    '',
    'A: The port authority, mostly.',
  ].join('\n');
}

describe('talks written up with front matter', () => {
  it('gives the talk before the Q&A labels to the one speaker the front matter lists, and leaves the labels as written', () => {
    const t = readTranscript(talk(['speakers:', '  - Mira Castell']), { fileName: 'talk.md' });
    assert.equal(t.metadata.speaker, 'Mira Castell');
    assert.deepEqual(turns(talk(['speakers:', '  - Mira Castell'])), ['Mira Castell (unlabelled)', 'Q', 'A', 'Q', 'A']);
    // The inline forms of the list say the same.
    assert.deepEqual(turns(talk(['speakers: [ "Mira Castell" ]'])).slice(0, 1), ['Mira Castell (unlabelled)']);
    assert.deepEqual(turns(talk(['speakers: Mira Castell'])).slice(0, 1), ['Mira Castell (unlabelled)']);
  });

  it("gives the talk the role of the speaker's own labelled turns after it", () => {
    const text = ['---', 'title: Tide tables', 'speakers:', '  - Mira Castell', '---', '', 'Tide tables are older than most harbours.', '', 'Audience: Who corrects them?', '', 'Mira Castell: The port authority, every year.', '', 'Audience: From what?', '', 'Mira Castell: From the gauges.'].join('\n');
    const t = readTranscript(text, { fileName: 'talk.md' });
    assert.deepEqual(t.turns.map((u) => [u.speaker, u.role]), [['Mira Castell', 'respondent'], ['Audience', 'questioner'], ['Mira Castell', 'respondent'], ['Audience', 'questioner'], ['Mira Castell', 'respondent']]);
    assert.deepEqual(t.speakers.map((p) => [p.name, p.role]), [['Mira Castell', 'respondent'], ['Audience', 'questioner']]);
  });

  it('names nobody where the front matter lists a panel, or a list that is not a name', () => {
    assert.deepEqual(turns(talk(['speakers:', '  - Mira Castell', '  - Oskar Lund'])).slice(0, 2), ['(none) (unlabelled)', 'Q']);
    assert.deepEqual(turns(talk(['speakers:', '  - Q'])).slice(0, 1), ['(none) (unlabelled)']);
    assert.deepEqual(turns(talk([])).slice(0, 1), ['(none) (unlabelled)']);
  });

  it('gives a talk with no labels at all to the one speaker the front matter lists', () => {
    const text = ['---', 'title: Harbour dredging', 'speakers:', '- Oskar Lund', '---', '', 'We dredge the channel every spring.', '', 'It costs less than it did.'].join('\n');
    const t = readTranscript(text, { fileName: 'dredging.md' });
    assert.equal(t.metadata.speaker, 'Oskar Lund');
    assert.deepEqual(t.turns.map((u) => u.speaker), ['Oskar Lund']);
  });

  it('reads the items of a front matter list in every form YAML writes it', () => {
    const list = (block: string[], key = 'speakers') => {
      const text = ['---', ...block, '---', 'body'].join('\n');
      return frontMatterList(text, lineTable(text), block.length + 2, key);
    };
    assert.deepEqual(list(['speakers:', '  - Ann Lee', "  - 'Bo Chen'", 'tags:', '  - ports']), ['Ann Lee', 'Bo Chen']);
    assert.deepEqual(list(['speakers: [Ann Lee, "Bo Chen"]']), ['Ann Lee', 'Bo Chen']);
    assert.deepEqual(list(['speakers: Ann Lee']), ['Ann Lee']);
    assert.deepEqual(list(['speakers: [Ann Lee']), []);
    assert.deepEqual(list(['title: x']), []);
    assert.deepEqual(list(['speakers:', 'title: x']), []);
  });
});

describe('talks written up with Q: and A:', () => {
  it('reads a word used once before a colon as a point of the answer where Q: and A: label nearly everything; initials stay speakers', () => {
    const text = [
      'Q: Why move the ferry terminal?',
      '',
      'A: Three reasons.',
      '',
      'Capacity: the old pier takes one boat at a time.',
      '',
      'Q: And the cost?',
      '',
      'A: Lower than repairing the old pier.',
      '',
      'Q: Who pays?',
      '',
      'A: The port, mostly.',
      '',
      'Q: And the old pier?',
      '',
      'A: It becomes a park.',
      '',
      'MR: Can I add something?',
      '',
      'A: Please.',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'talk.md' });
    assert.deepEqual(t.turns.map((u) => u.speaker), ['Q', 'A', 'Q', 'A', 'Q', 'A', 'Q', 'A', 'MR', 'A']);
    assert.equal(t.turns[1]!.endLine + 1, 5);
  });

  it('keeps a name used once where other people are named too', () => {
    const text = ['Mira: Why move the terminal?', '', 'Oskar: Capacity.', '', 'Q: And the cost?', '', 'A: Lower.', '', 'Q: When?', '', 'A: In May.', '', 'Lena: Thank you both.'].join('\n');
    assert.deepEqual(readTranscript(text, { fileName: 'talk.md' }).turns.map((u) => u.speaker), ['Mira', 'Oskar', 'Q', 'A', 'Q', 'A', 'Lena']);
  });

  it('reads a name used once for nothing but a link or a command as a note, not a speaker', () => {
    const text = [
      'Slides: <https://example.org/tides.pdf>',
      '',
      'Mira Castell: Tide tables are older than most harbours.',
      '',
      'Oskar Lund: How are they checked?',
      '',
      'Run: `tides --check`',
      '',
      'Mira Castell: Against the gauges.',
      '',
      'Oskar Lund: See https://example.org/gauges for the list.',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'talk.md' });
    assert.deepEqual(t.turns.map((u) => u.speaker), ['Mira Castell', 'Oskar Lund', 'Mira Castell', 'Oskar Lund']);
    // The command is a note inside the question's turn; the link before the first speaker is the header's.
    assert.equal(t.turns[1]!.endLine, 6);
    assert.equal(t.sections[0]!.kind, 'header');
  });
});

describe('podcasts written up in Markdown', () => {
  it('takes the time after a bold label whose brackets the export escaped, and leaves it out of the words', () => {
    const text = ['**Mira Castell:** Welcome back.', '', '**Oskar Lund:** \\[04:05\\] Thanks for having me.', '', '**Mira Castell:** \\[1:02:03\\] One more thing.'].join('\n');
    const t = readTranscript(text, { fileName: 'episode-12.md' });
    assert.deepEqual(t.turns.map((u) => [u.speaker, u.time]), [['Mira Castell', undefined], ['Oskar Lund', 245], ['Mira Castell', 3723]]);
    assert.equal(text.slice(t.turns[1]!.segments[0]!.start, t.turns[1]!.segments[0]!.end), 'Thanks for having me.');
  });

  it("reads a news show's one host, named alone on a line before each item, as the speaker of every item, not as the title", () => {
    const text = ['**Mira Castell:**', '', 'Good morning, this is the harbour news.', '', '**Break:**', '', '**Mira Castell:**', '', 'The ferry runs twice a day from May.', '', '**Break:**', '', '**Mira Castell:**', '', 'That is all for this week.'].join('\n');
    const t = readTranscript(text, { fileName: 'news-12.md' });
    assert.deepEqual(t.turns.map((u) => u.speaker), ['Mira Castell', 'Mira Castell', 'Mira Castell']);
    assert.notEqual(t.metadata.title, 'Mira Castell:');
    // One word alone three times (a heading, not a person) is no speaker.
    const headings = ['**Update:**', '', 'One.', '', '**Update:**', '', 'Two.', '', '**Update:**', '', 'Three.'].join('\n');
    assert.deepEqual(readTranscript(headings, { fileName: 'notes.md' }).speakers, []);
  });

  it("never takes a podcast's jingle or sponsor break for a speaker", () => {
    const text = ['**Mira Castell:** Welcome back.', '', '**Jingle:** \\[12:00\\]', '', '**Oskar Lund:** Here is my unpopular opinion.', '', '**Sponsor:**', '', '**Mira Castell:** Thanks.'].join('\n');
    assert.deepEqual(readTranscript(text, { fileName: 'episode-13.md' }).speakers.map((p) => p.name), ['Mira Castell', 'Oskar Lund']);
  });
});

describe('labels with a degree after the name', () => {
  it('reads `Name, PhD:` and `**Name, Psy.D:**` as the person, the degree kept with the label', () => {
    const text = ['**Mira Castell, Psy.D:** We start with sleep.', '', '**Oskar Lund:** Why sleep?', '', '**Mira Castell, Psy.D:** Because memory needs it.', '', 'OSKAR LUND, M.D.: I agree.'].join('\n');
    const t = readTranscript(text, { fileName: 'episode-14.md' });
    assert.deepEqual(t.turns.map((u) => u.speaker), ['Mira Castell', 'Oskar Lund', 'Mira Castell', 'Oskar Lund']);
    assert.equal(t.turns[0]!.parenthetical, 'Psy.D');
    // A comma before anything but a degree is no label's.
    assert.deepEqual(readTranscript('The ferry, however: not on Sundays.\n', { fileName: 'note.txt' }).turns.map((u) => u.speaker), [null]);
  });
});
