/** Agreement between annotators: the measures, units from tags, the comparison and the agreed set. No editor, no file system. */
export * from './align';
export * from './annotators';
export * from './coding';
export * from './report';
export * from './sentences';
export * from './unitized';
export * from './agreed';
export * from './adjudicate';
export * from './html';
export * from './gamma';
export * from './verdictScale';
