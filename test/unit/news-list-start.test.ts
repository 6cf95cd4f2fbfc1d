import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { chromeKind, mayStartNewsList, startsNewsList } from '../../src/core/formats/chrome';

describe('the quick test for a line that may start a page\'s news list', () => {
  it('lets through the news headings and dated teasers', () => {
    for (const line of ['Latest news', 'READ MORE:', 'related', 'See also', 'Other news', 'You may also like', 'Top stories', 'News feed', 'Most read', 'Recommended for you', '12.03.2024 - Talks resume', '1/3/2024 | Minister visits', 'Последние новости', 'Читайте также']) {
      assert.equal(startsNewsList(chromeKind(line)), true, line);
      assert.equal(mayStartNewsList(line, 0), true, line);
    }
  });

  it('turns down a court line number, a label and a dash from their first characters', () => {
    for (const line of ['12   Q. Where were you?', '123 A. At home.', 'Q: Thank you.', 'A. Yes.', '- 4 -', '(Laughter.)', 'JUDGE: Go on.']) {
      assert.equal(mayStartNewsList(line, 0), false, line);
    }
  });

  it('never turns down a line chromeKind reads as the start of a news list', () => {
    const piece = fc.constantFrom('latest', 'news', 'Read', ' more', 'also', ':', '12', '3', '.', '/', '2024', ' - ', 'x', 'ſee also', 'Q', '\u00a0', 'Related', '1', '\u200b', 'читайте также', 'Top stories');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        const line = pieces.join('').trim();
        if (line.length === 0 || !startsNewsList(chromeKind(line))) return;
        assert.equal(mayStartNewsList(line, 0), true, line);
      }),
      { numRuns: 2000 },
    );
  });
});
