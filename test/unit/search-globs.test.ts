import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { searchGlobs } from '../../src/core/workspace/searchGlobs';

describe('the searches for the Transcripts view\'s file patterns', () => {
  it('searches the patterns together, as one group', () => {
    assert.deepEqual(searchGlobs(['**/*.transcript', '**/*.txt', '**/*.pdf']), ['{**/*.transcript,**/*.txt,**/*.pdf}']);
  });

  it('searches a single pattern as it is', () => {
    assert.deepEqual(searchGlobs(['hearings/**/*.txt']), ['hearings/**/*.txt']);
  });

  it('searches a pattern that holds a group of its own alone, since groups do not nest', () => {
    assert.deepEqual(searchGlobs(['**/*.{txt,md}', '**/*.vtt', '**/*.srt']), ['{**/*.vtt,**/*.srt}', '**/*.{txt,md}']);
  });

  it('searches a pattern with a comma alone, since a group would split it there', () => {
    assert.deepEqual(searchGlobs(['**/minutes,final.txt', '**/*.vtt', '**/*.srt']), ['{**/*.vtt,**/*.srt}', '**/minutes,final.txt']);
  });

  it('searches a pattern given twice once', () => {
    assert.deepEqual(searchGlobs(['**/*.txt', '**/*.txt']), ['**/*.txt']);
  });

  it('searches nothing for no patterns', () => {
    assert.deepEqual(searchGlobs([]), []);
  });
});
