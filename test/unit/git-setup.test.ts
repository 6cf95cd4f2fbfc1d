/** What “Set Up Git Merging” writes: one .gitattributes line and one config section, the rest left as it was. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gitDirFromFile, GITATTRIBUTES_LINE, withGitAttributes, withMergeDriver } from '../../src/core/annotations';

describe('setting up git merging', () => {
  it('adds the attributes line once, keeping the file’s other lines and line endings', () => {
    assert.equal(withGitAttributes(undefined), `${GITATTRIBUTES_LINE}\n`);
    assert.equal(withGitAttributes('*.png binary'), `*.png binary\n${GITATTRIBUTES_LINE}\n`);
    assert.equal(withGitAttributes('*.png binary\r\n'), `*.png binary\r\n${GITATTRIBUTES_LINE}\r\n`);
    assert.equal(withGitAttributes(`*.png binary\n${GITATTRIBUTES_LINE}\n`), undefined);
  });

  it('the attributes line sends every kind of sidecar to the driver', () => {
    assert.equal(GITATTRIBUTES_LINE, '*.annotations*.yaml merge=transcript-annotations');
  });

  it('appends the driver section to the config, quoting the command as git reads it', () => {
    const config = '[core]\n\trepositoryformatversion = 0\n';
    assert.equal(
      withMergeDriver(config, 'node "C:\\Users\\ana\\cli.js"'),
      '[core]\n\trepositoryformatversion = 0\n[merge "transcript-annotations"]\n\tname = Transcript Annotator: merge tag sidecars by tag id\n\tdriver = "node \\"C:\\\\Users\\\\ana\\\\cli.js\\" merge %O %A %B %P"\n',
    );
  });

  it('replaces an older driver section instead of adding a second', () => {
    const once = withMergeDriver('[core]\n\tbare = false\n[user]\n\tname = Ana\n', 'node /old/cli.js');
    const twice = withMergeDriver(once, 'node /new/cli.js');
    assert.equal(twice.match(/\[merge "transcript-annotations"\]/g)!.length, 1);
    assert.match(twice, /\/new\/cli\.js/);
    assert.doesNotMatch(twice, /\/old\/cli\.js/);
    assert.match(twice, /\[user\]\n\tname = Ana\n/);
  });

  it('follows a .git file to the repository’s git folder', () => {
    assert.equal(gitDirFromFile('gitdir: ../main/.git/worktrees/feature\n'), '../main/.git/worktrees/feature');
    assert.equal(gitDirFromFile('not a pointer'), undefined);
  });
});
