import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasInvisible, showInvisible, webLink } from '../../src/core/text';

describe('webLink: only http(s) addresses become links', () => {
  it('keeps http and https addresses with a host', () => {
    assert.equal(webLink('https://example.org/briefing?id=3#q2'), 'https://example.org/briefing?id=3#q2');
    assert.equal(webLink('  HTTP://example.org  '), 'HTTP://example.org');
  });
  it('refuses every other scheme, relative and scheme-relative addresses', () => {
    for (const value of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'vscode://x', '//example.org/x', '/briefings/1', 'https://', 'https:///x', 'http://exa mple.org', 'https://example.org/\u0000x', 'java\tscript:alert(1)', 42, undefined]) {
      assert.equal(webLink(value), undefined, String(value));
    }
  });
});

describe('showInvisible: names that reorder or hide text are made visible', () => {
  it('escapes a right-to-left override in a file name', () => {
    assert.equal(showInvisible('notes\u202Etxt.exe'), 'notes<U+202E>txt.exe');
    assert.ok(hasInvisible('a\u2066b'));
  });
  it('leaves ordinary text, other scripts and tabs alone', () => {
    for (const text of ['Mr. Price', 'Дмитрий Песков', '主席', 'a\tb', 'café']) {
      assert.equal(showInvisible(text), text);
      assert.equal(hasInvisible(text), false);
    }
  });
});
