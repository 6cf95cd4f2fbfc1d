/**
 * The workspace service, for every feature: the transcripts discovery finds
 * and watches, with the index of their outlines and tag counts. The views
 * draw it; exports, suggestions and agreement read it.
 */
import type { DocumentOutline } from '../core/workspace/documentTree';
import type { TranscriptModels } from '../documents';
import type { StoredTag, TagStore } from '../storage/api';
import { TranscriptDiscovery } from './discovery';
import { DocumentIndex } from './documentIndex';

export type { LoadedDocument, Milestone, ShowProgress, WorkspaceDocument } from './discovery';

export class TranscriptWorkspace extends TranscriptDiscovery {
  private readonly index: DocumentIndex;
  /** Fires with a document's key when its tags changed. */
  readonly onDidChangeTags;
  /** Fires with each transcript's text as the background index reads it (see `DocumentIndex.onDidReadText`). */
  readonly onDidReadText;

  constructor(
    models: TranscriptModels,
    readonly tags: TagStore | undefined,
  ) {
    super(models);
    this.index = this._register(new DocumentIndex(this, models, tags));
    this.onDidChangeTags = this.index.onDidChangeTags;
    this.onDidReadText = this.index.onDidReadText;
  }

  /** The full outline of a document at its current version, parsed once per version. */
  outline(key: string): Promise<DocumentOutline | undefined> {
    return this.index.outline(key);
  }

  /** The outline already parsed for a document, if its version has not changed since (no I/O). */
  cachedOutline(key: string): DocumentOutline | undefined {
    return this.index.cachedOutline(key);
  }

  /** The tags of a document ([] without a tag store). */
  tagsOf(key: string): Promise<StoredTag[]> {
    return this.index.tagsOf(key);
  }

  /** Resolves when the background index of the current scan is done. */
  whenIndexed(): Promise<void> {
    return this.index.whenIndexed();
  }
}
