/** Sidecar names, all kinds, from one module. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AGREED_SLUG, annotatorSidecarPath, annotatorSlug, isSidecarPath, parseSidecarPath, SIDECAR_GLOB, sidecarPath } from '../../src/core/annotations/sidecarPaths';

describe('sidecar paths', () => {
  it('names the shared sidecar beside its transcript', () => {
    assert.equal(sidecarPath('/w/briefing.txt'), '/w/briefing.txt.annotations.yaml');
  });

  it('names an annotator’s own sidecar by a slug of their name', () => {
    assert.equal(annotatorSidecarPath('/w/briefing.txt', 'Ana Ruiz'), '/w/briefing.txt.annotations.ana-ruiz.yaml');
    assert.equal(annotatorSidecarPath('/w/b.txt', 'Мария Иванова'), '/w/b.txt.annotations.мария-иванова.yaml');
  });

  it('names the adjudicated sidecar with a slug no annotator can have', () => {
    assert.equal(sidecarPath('/w/b.txt', { kind: 'agreed' }), `/w/b.txt.annotations.${AGREED_SLUG}.yaml`);
    assert.equal(annotatorSlug('@agreed'), 'agreed');
  });

  it('refuses a name with no letter or digit', () => {
    assert.throws(() => annotatorSidecarPath('/w/b.txt', '---'), /has no letter or digit/);
  });

  it('makes slugs lower case, NFC, with runs of other characters as one hyphen', () => {
    assert.equal(annotatorSlug('  José  O’Neil!! '), 'josé-o-neil');
    assert.equal(annotatorSlug('Jose\u0301'), 'josé');
    assert.equal(annotatorSlug('a..b'), 'a.b');
  });

  it('takes each kind of name apart', () => {
    assert.deepEqual(parseSidecarPath('/w/b.txt.annotations.yaml'), { transcript: '/w/b.txt', set: { kind: 'shared' } });
    assert.deepEqual(parseSidecarPath('/w/b.txt.annotations.ana-ruiz.yaml'), { transcript: '/w/b.txt', set: { kind: 'annotator', slug: 'ana-ruiz' } });
    assert.deepEqual(parseSidecarPath('/w/b.txt.annotations.@agreed.yaml'), { transcript: '/w/b.txt', set: { kind: 'agreed' } });
  });

  it('does not take other files for sidecars', () => {
    assert.equal(parseSidecarPath('/w/notes.yaml'), undefined);
    assert.equal(parseSidecarPath('/w/.annotations.yaml'), undefined);
    assert.equal(parseSidecarPath('/w/b.txt.annotations.Ana.yaml'), undefined);
    assert.equal(parseSidecarPath('/w/b.txt.annotations.x@y.yaml'), undefined);
    assert.ok(!isSidecarPath('/w/b.txt'));
  });

  it('round-trips every name it makes', () => {
    for (const name of ['Ana', 'li.wei', 'Zoë_2']) {
      const path = annotatorSidecarPath('/w/x.txt', name);
      assert.deepEqual(parseSidecarPath(path), { transcript: '/w/x.txt', set: { kind: 'annotator', slug: annotatorSlug(name) } });
    }
  });

  it('has one glob for every kind', () => {
    assert.equal(SIDECAR_GLOB, '**/*.annotations*.yaml');
  });
});
