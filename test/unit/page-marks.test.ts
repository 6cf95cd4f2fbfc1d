/** Page marks a converted document repeats, found among many other numbered lines. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { repeatedPageMarks } from '../../src/core/formats/chrome';

describe('repeated page marks', () => {
  it('are found among thousands of numbered lines of different words, which are not marks', () => {
    const words = ['valve', 'pump', 'gauge', 'pipe', 'meter', 'tank', 'seal', 'hose'];
    const lines: string[] = [];
    // Each line says something else: no two have the same words around their numbers.
    for (let i = 0; i < 5000; i++) lines.push(`${(i % 25) + 1}   Q. Was the ${words[i % 8]} ${words[(i >> 3) % 8]} ${words[(i >> 6) % 8]} ${words[(i >> 9) % 8]} open?`);
    lines[100] = 'Page 3 of 20';
    lines[2000] = 'Page 4 of 20';
    lines[4000] = 'Page 5 of 20';
    lines[150] = 'Thursday DEBATES 12';
    lines[2150] = 'Thursday DEBATES 13';
    lines[4150] = 'Thursday DEBATES 14';
    assert.deepEqual(repeatedPageMarks(lines.length, (i) => lines[i]), [100, 2000, 4000, 150, 2150, 4150]);
  });

  it('leave out a line that comes back only twice', () => {
    const lines = ['- 1 -', 'words', '- 2 -', 'more words'];
    assert.deepEqual(repeatedPageMarks(lines.length, (i) => lines[i]), []);
  });
});
