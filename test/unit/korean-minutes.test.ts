import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readTranscript } from '../../src/core/formats';
import { matchLabel } from '../../src/core/formats/labels';

/** A committee's minutes as the Korean National Assembly prints them: a cover, a circle, the speaker, two spaces, the words. Written for this test. */
const PRINTED = [
  '제777회국회',
  '(임시회)',
  '해양수산위원회회의록',
  '제5호',
  '국회사무처',
  '일시  2030년11월3일(일)',
  '장소  해양수산위원회회의실',
  '의사일정',
  '1. 항만 안전 법률안',
  '(14시02분 개의)',
  '◯위원장 백두산  회의를 시작하겠습니다.',
  '1. 항만 안전 법률안',
  '◯위원장 백두산  의사일정 제1항을 상정합니다.',
  '◯한가람 위원  차관님, 항만 사고가 올해 몇 건입니까?',
  '◯해양수산부차관 서바다  예, 마흔두 건입니다.',
  '  작년보다 조금 줄었습니다.',
  '◯한가람 위원  대책은 무엇입니까?',
  '◯해양수산부차관 서바다  점검 인력을 늘리겠습니다.',
  '◯윤솔위원  저도 하나 여쭙겠습니다. 예산은 충분합니까?',
  '◯해양수산부 기획조정실장 문다온  제가 말씀드리겠습니다.',
  '    (｢예｣ 하는 위원 있음)',
  '◯위원장 백두산  이상으로 회의를 마치겠습니다.',
  '(15시30분 산회)',
].join('\n');

describe('Korean assembly minutes', () => {
  it("reads the circle's speaker: the chair by the office, a member by name, an official by the person after the office", () => {
    const t = readTranscript(PRINTED, { fileName: 'minutes.txt' });
    assert.deepEqual(t.turns.map((u) => [u.line + 1, u.speaker]), [[11, '위원장'], [13, '위원장'], [14, '한가람'], [15, '서바다'], [17, '한가람'], [18, '서바다'], [19, '윤솔'], [20, '문다온'], [22, '위원장']]);
    // The label as written stays whole; the words start after the two spaces, and an indented line goes on with the turn.
    const answer = t.turns[3]!;
    assert.equal(answer.label, '해양수산부차관 서바다');
    assert.equal(PRINTED.slice(answer.segments[0]!.start, answer.segments[0]!.end), '예, 마흔두 건입니다.');
    assert.equal(answer.endLine + 1, 16);
    assert.equal(t.turns[7]!.label, '해양수산부 기획조정실장 문다온');
  });

  it('gives the roles the marks say: a member asks, an office answers, the chair moderates; the questions open Q&As', () => {
    const t = readTranscript(PRINTED, { fileName: 'minutes.txt' });
    assert.deepEqual(t.speakers.map((p) => [p.name, p.role]), [['위원장', 'moderator'], ['한가람', 'questioner'], ['서바다', 'respondent'], ['윤솔', 'questioner'], ['문다온', 'respondent']]);
    assert.ok(t.sections.filter((s) => s.kind === 'qa').length >= 2);
  });

  it("takes the cover's title with its session and number, and the date and place from their keys", () => {
    const t = readTranscript(PRINTED, { fileName: 'minutes.txt' });
    assert.equal(t.metadata.title, '제777회국회(임시회) 해양수산위원회회의록 제5호');
    assert.equal(t.metadata.date, '2030-11-03');
    assert.equal(t.metadata.place, '해양수산위원회회의실');
    // A local council's cover: the session and council on one line, the committee's minutes below, the sitting's number after.
    const local = readTranscript(['제88회 바다시의회 임시회', '도시계획위원회 회의록', '제2차', '일 시: 2029년 5월 7일(월) 10시', '', '○위원장 윤하루  개의하겠습니다.', '○위원 강마루  질문 있습니다. 공원은 언제 엽니까?', '○공원녹지과장 조은별  내년 봄입니다.'].join('\n'), { fileName: 'council.txt' });
    assert.equal(local.metadata.title, '제88회 바다시의회 임시회 도시계획위원회 회의록 제2차');
    assert.equal(local.metadata.date, '2029-05-07');
    assert.deepEqual(local.turns.map((u) => [u.speaker, u.role]), [['위원장', 'moderator'], ['강마루', 'questioner'], ['조은별', 'respondent']]);
  });

  it('reads the same speakers in text taken from a PDF (one space) and from a web page (a colon)', () => {
    const printed = readTranscript(PRINTED, { fileName: 'minutes.txt' }).turns.map((u) => u.speaker);
    const pdf = PRINTED.replace(/ {2}/g, ' ');
    assert.deepEqual(readTranscript(pdf, { fileName: 'minutes.txt' }).turns.map((u) => u.speaker), printed);
    const web = PRINTED.replace(/^(◯[^ ]+(?: [^ ]+)?(?: [^ ]+)?) {2}/gm, '$1: ');
    assert.deepEqual(readTranscript(web, { fileName: 'minutes.txt' }).turns.map((u) => u.speaker), printed);
    assert.equal(matchLabel('○위원장 백두산: 회의를 시작하겠습니다.')?.name, '위원장');
  });

  it('tells a member from an office that ends like one, and a deputy in the chair', () => {
    const cases: Array<[string, string, string | undefined]> = [
      ['◯국무위원 나라온 답변드리겠습니다.', '나라온', 'respondent'],
      ['◯수석전문위원 이슬기 검토 결과를 보고드리겠습니다.', '이슬기', 'respondent'],
      ['◯간사 오늘봄 의사진행 발언입니다.', '오늘봄', 'questioner'],
      ['◯홍가온(비) 위원 같은 이름의 위원입니다.', '홍가온(비)', 'questioner'],
      ['◯부의장 유바람 의석을 정돈해 주십시오.', '유바람', 'moderator'],
      ['◯소위원장 민들레 다음 안건입니다.', '소위원장', undefined],
      ['◯참고인 하늘빛 말씀드리겠습니다.', '하늘빛', 'respondent'],
    ];
    for (const [line, name, role] of cases) {
      const m = matchLabel(line);
      assert.equal(m?.name, name, line);
      assert.equal(m?.role, role, line);
    }
  });

  it('never takes the roll, a heading or a bullet the circle opens for a speaker', () => {
    for (const line of ['◯출석 위원(12인)', '◯출석위원', '○의사일정 제1항', '○ 추진 배경', '○ 향후 계획 수립', '◯위원 아닌 출석 의원']) assert.equal(matchLabel(line), undefined, line);
  });
});

describe('Korean briefings', () => {
  it('reads the host, the reporters and the spokesperson by their words, and 문/답 as question and answer', () => {
    const briefing = ['정례 브리핑', '2031년 3월 4일', '', '사회자: 브리핑을 시작하겠습니다.', '대변인: 오늘은 한 가지를 말씀드리겠습니다.', '기자: 언제 시행됩니까?', '대변인: 다음 달입니다.', '사회자: 마치겠습니다.'].join('\n');
    const t = readTranscript(briefing, { fileName: 'briefing.txt' });
    assert.deepEqual(t.speakers.map((p) => [p.name, p.role]), [['사회자', 'moderator'], ['대변인', 'respondent'], ['기자', 'questioner']]);
    assert.equal(t.metadata.date, '2031-03-04');
    const qa = readTranscript(['문: 첫 질문입니다. 왜 늦어졌습니까?', '답: 설명드리겠습니다.', '문: 다음 질문입니다.', '답: 그렇습니다.'].join('\n'), { fileName: 'qa.txt' });
    assert.deepEqual(qa.turns.map((u) => u.role), ['questioner', 'respondent', 'questioner', 'respondent']);
  });
});

