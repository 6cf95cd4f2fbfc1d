/** The player reads only inside the transcript's workspace folder. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordingOutsideProblem } from '../../src/core/media';

describe('player: recordings only inside the workspace folder', () => {
  it('accepts a recording anywhere under the workspace folder, .. included', () => {
    assert.equal(recordingOutsideProblem('/w/media/talk.mp3', '/w', 'talk.mp3'), undefined);
    assert.equal(recordingOutsideProblem('/w/hearings/../media/talk.mp3', '/w/', '../media/talk.mp3'), undefined);
  });

  it('refuses a path that climbs out of the workspace folder, saying which', () => {
    assert.match(recordingOutsideProblem('/w/media/../../home/me/secret.mp4', '/w', '../../home/me/secret.mp4')!, /"\.\.\/\.\.\/home\/me\/secret\.mp4" is outside the transcript's workspace folder/);
  });

  it('refuses a sibling folder whose name starts like the workspace folder’s', () => {
    assert.ok(recordingOutsideProblem('/work-other/talk.mp3', '/work', '../work-other/talk.mp3'));
  });
});
