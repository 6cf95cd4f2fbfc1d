import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readTranscript } from '../../src/core/formats';

/** A council's record as text taken from its PDF: running header, page number, the roll, then the sitting. Written for this test. */
const RECORD = [
  '市議會  ─  2024年 3月 5日  ',
  ' ',
  '101 ',
  ' ',
  '會議過程紀錄 ',
  ' ',
  '2024年 3月 5日星期二  ',
  ' ',
  '上午 10時正會議開始  ',
  ' ',
  '出席議員： ',
  ' ',
  '主席林海明議員 ',
  ' ',
  '陳小芳議員 ',
  ' ',
  '缺席議員： ',
  ' ',
  '王大文議員 ',
  ' ',
  '列席秘書： ',
  ' ',
  '助理秘書長黃美玲女士 ',
  ' ',
  '主席：早晨，現在開會，處理渡輪服務的質詢。 ',
  ' ',
  '陳小芳議員：主席，很多街坊對我說：「渡輪班次太少。」有人認為：票價也太高。 ',
  '我想強調兩點：第一，班次；第二，票價。 ',
  '政府可否告知本會：何時增加班次？ ',
  ' ',
  '運輸局局長：主席，我們明年會增加班次。 ',
  '第一項議員議案：改善渡輪服務 ',
  ' ',
  '總數： 12班 ',
  ' ',
  '主席：多謝局長。 ',
].join('\n');

describe('Chinese records taken from PDF', () => {
  const t = readTranscript(RECORD, { fileName: 'council.txt' });

  it('keeps the roll of who attended in the header, and its headings are no speakers', () => {
    assert.deepEqual(
      t.speakers.map((s) => s.name),
      ['主席', '陳小芳議員', '運輸局局長'],
    );
    assert.equal(t.sections[0]!.kind, 'header');
    assert.equal(t.turns[0]!.line, 24);
  });

  it('reads the date spaced as PDF text spaces it, and never takes the time the sitting began for the title', () => {
    assert.equal(t.metadata.date, '2024-03-05');
    assert.equal(t.metadata.title, '會議過程紀錄');
  });

  it('leaves quotations, lists, headings and totals introduced by a colon inside the turn that holds them', () => {
    assert.deepEqual(
      t.turns.map((u) => `${u.line + 1} ${u.speaker}`),
      ['25 主席', '27 陳小芳議員', '31 運輸局局長', '36 主席'],
    );
    const words = t.turns[1]!.segments.map((s) => RECORD.slice(s.start, s.end)).join(' ');
    assert.match(words, /有人認為：票價也太高/);
    assert.match(words, /我想強調兩點：/);
    assert.match(words, /政府可否告知本會：何時增加班次/);
  });

  it('still reads question and answer labels (問, 答) and a reporter (記者) as speakers', () => {
    const qa = readTranscript(['記者：請問渡輪何時加班？', '', '發言人：明年。', '', '問：票價呢？', '', '答：不變。'].join('\n'), { fileName: 'briefing.txt' });
    assert.deepEqual(qa.turns.map((u) => u.speaker), ['記者', '發言人', '問', '答']);
  });
});
