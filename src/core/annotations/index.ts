/** Tags on transcripts: the model, positions, anchoring and the sidecar format. No editor, no file system. */
export * from './codebook';
export * from './context';
export * from './create';
export * from './edits';
export * from './fuzzy';
export * from './gitSetup';
export * from './merge';
export * from './tag';
export * from './normalize';
export * from './positions';
export * from './reanchor';
export * from '../text/sha256';
export * from './sidecar';
export * from './validate';
export * from './yamlText';
export { withFields } from './keptSource';
export * from './tagSet';
export * from './choices';
