import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument, readTranscript } from '../../src/core/formats';
import { matchLabel } from '../../src/core/formats/labels';

/** A committee's minutes as the Diet writes them: a circle, the speaker, an ideographic space, the words. Written for this test. */
const DIET = [
  '○委員長（山田太郎君）　ただいまから委員会を開会いたします。順次質疑を許します。佐藤一郎君。',
  '○佐藤一郎君　港の整備について伺います。予算はいくらですか。',
  '○国務大臣（鈴木花子君）　お答えいたします。百億円でございます。',
  '　内訳は資料のとおりです。',
  '○佐藤一郎君　工期はいつまでですか。',
  '○政府参考人（高橋三郎君）　三年を予定しております。',
  '○委員長（山田太郎君）　本日はこれにて散会いたします。',
].join('\n');

describe('Japanese assembly minutes', () => {
  it("reads the circle's speaker: the chair by the office, everyone else by name without the honorific 君", () => {
    const t = readTranscript(DIET, { fileName: 'minutes.txt' });
    assert.deepEqual(t.turns.map((u) => [u.line + 1, u.speaker]), [[1, '委員長'], [2, '佐藤一郎'], [3, '鈴木花子'], [5, '佐藤一郎'], [6, '高橋三郎'], [7, '委員長']]);
    assert.equal(t.turns[0]!.role, 'moderator');
    // The label as written stays whole; the words start after the ideographic space, and an indented line goes on with the turn.
    assert.equal(t.turns[2]!.label, '国務大臣（鈴木花子君）');
    assert.equal(DIET.slice(t.turns[2]!.segments[0]!.start, t.turns[2]!.segments[0]!.end), 'お答えいたします。百億円でございます。');
    assert.equal(t.turns[2]!.endLine + 1, 4);
  });

  it("asks with か。 as well as with a question mark, so a member's questions open Q&As", () => {
    const t = readTranscript(DIET, { fileName: 'minutes.txt' });
    assert.equal(t.turns[1]!.role, 'questioner');
    assert.ok(t.sections.filter((s) => s.kind === 'qa').length >= 1);
  });

  it('gives the roles the marks say: a member asks, an office answers, the chair moderates', () => {
    // A member called by the chair asks, though nothing in his words asks: the form of his label says so.
    const called = DIET.replace('○佐藤一郎君　工期はいつまでですか。', '○佐藤一郎君　工期について確認したい。');
    const t = readTranscript(called, { fileName: 'minutes.txt' });
    assert.deepEqual(t.speakers.map((p) => [p.name, p.role]), [['委員長', 'moderator'], ['佐藤一郎', 'questioner'], ['鈴木花子', 'respondent'], ['高橋三郎', 'respondent']]);
    const local = readTranscript(['◆佐藤議員　公園の件です。', '◎市長（田中一郎）　お答えします。', '○（木村委員）　一点だけ。', '○（田中市長）　承知しました。'].join('\n'), { fileName: 'city.txt' });
    assert.deepEqual(local.turns.map((u) => u.role), ['questioner', 'respondent', 'questioner', 'respondent']);
  });

  it("reads a local assembly's marks: a member's title, and a name in brackets alone on its line with the words below", () => {
    const local = ['◆佐藤議員　公園の件で質問があります。', '◎市長（田中一郎）　お答えします。', '○（木村委員）', '　　一点お伺いします。', '○（木村委員）', '　　もう一点お伺いします。', '○（田中市長）', '　　承知しました。'].join('\n');
    const t = readTranscript(local, { fileName: 'city.txt' });
    assert.deepEqual(t.turns.map((u) => u.speaker), ['佐藤議員', '田中一郎', '木村委員', '木村委員', '田中市長']);
  });

  it("takes the sitting's date in Japan's era, in digits of either width or in kanji", () => {
    const t = readTranscript(['第二百十三回国会　港湾委員会　第三号', '令和六年三月五日（火曜日）', '', DIET].join('\n'), { fileName: 'minutes.txt' });
    assert.equal(t.metadata.date, '2024-03-05');
    assert.equal(readTranscript(['平成元年１月８日', '', DIET].join('\n'), { fileName: 'm.txt' }).metadata.date, '1989-01-08');
    assert.equal(readTranscript(['令和5年12月25日', '', DIET].join('\n'), { fileName: 'm.txt' }).metadata.date, '2023-12-25');
  });

  it('never takes a heading the circle opens for a speaker', () => {
    for (const heading of ['○議事日程（第７号）', '○（部外局関係）', '○（１　諸　報　告）', '○本日の会議に付した案件', '○出席委員']) assert.equal(matchLabel(heading), undefined, heading);
    assert.equal(matchLabel('○佐藤一郎君　伺います。')?.name, '佐藤一郎');
    // Indented by spaces or an ideographic space, as text taken from a PDF often is.
    assert.equal(matchLabel('  ○佐藤一郎君　伺います。')?.name, '佐藤一郎');
    assert.equal(matchLabel('\u3000○佐藤一郎君　伺います。')?.name, '佐藤一郎');
  });
});

describe("the Diet's minutes from its search API", () => {
  const reply = {
    numberOfRecords: 1,
    meetingRecord: [
      {
        issueID: 'x1',
        nameOfHouse: '衆議院',
        nameOfMeeting: '予算委員会',
        issue: '第3号',
        date: '2024-03-05',
        speechRecord: [
          { speechID: 'x1_000', speechOrder: 0, speaker: '会議録情報', speech: '令和六年三月五日（火曜日）\n出席委員' },
          { speechID: 'x1_001', speechOrder: 1, speaker: '山田太郎', speech: '○委員長（山田太郎君）　これより会議を開きます。' },
          { speechID: 'x1_002', speechOrder: 2, speaker: '佐藤一郎', speech: '○佐藤一郎君　港の予算はいくらですか。' },
          { speechID: 'x1_003', speechOrder: 3, speaker: '鈴木花子', speech: '○国務大臣（鈴木花子君）　百億円でございます。' },
        ],
      },
    ],
  };

  it('reads each speech as a turn, named as printed minutes name it, the particulars and the marks left out', async () => {
    const r = await readDocument(new TextEncoder().encode(JSON.stringify(reply, null, 2)), { fileName: 'kokkai.json' });
    const t = r.transcript;
    assert.deepEqual(t.turns.map((u) => [u.speaker, u.segments.map((s) => r.text.slice(s.start, s.end)).join(' ')]), [
      ['委員長', 'これより会議を開きます。'],
      ['佐藤一郎', '港の予算はいくらですか。'],
      ['鈴木花子', '百億円でございます。'],
    ]);
    assert.equal(t.metadata.title, '衆議院 予算委員会 第3号');
    assert.equal(t.metadata.date, '2024-03-05');
    assert.equal(t.turns[0]!.role, 'moderator');
  });
});
