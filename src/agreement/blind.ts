/**
 * Blind coding: while `transcript.tagging.blind` is on, each coder sees only
 * their own tags (those whose author is the `transcript.tagging.author`
 * setting), so that nobody's choices lean on another's. Any feature that shows
 * tags asks `visibleToCoder` before drawing one.
 */
import * as vscode from 'vscode';
import { annotatorSlug } from '../core/annotations/sidecarPaths';

export const BLIND_SETTING = 'transcript.tagging.blind';
export const AUTHOR_SETTING = 'transcript.tagging.author';

/** True while blind coding is on. */
export function isBlind(): boolean {
  return vscode.workspace.getConfiguration().get<boolean>(BLIND_SETTING, false) === true;
}

/** The current annotator's slug, or '' when the author setting is empty. */
export function currentAnnotator(): string {
  return annotatorSlug(vscode.workspace.getConfiguration().get<string>(AUTHOR_SETTING, '') ?? '');
}

/**
 * A test of whether a tag may be shown: always, unless blind coding is on;
 * then only the current annotator's tags. A tag's annotator is its `author`,
 * else the annotator whose own sidecar holds it (`sidecarAnnotator`, a name or
 * slug); a tag of the shared sidecar without author (made before annotators)
 * still shows. Read once per drawing, not per tag.
 */
export function visibleToCoder(): (tag: { author?: string }, sidecarAnnotator?: string) => boolean {
  if (!isBlind()) return () => true;
  const me = currentAnnotator();
  return (tag, sidecarAnnotator) => {
    const who = tag.author ?? sidecarAnnotator;
    return who === undefined ? true : annotatorSlug(who) === me;
  };
}
