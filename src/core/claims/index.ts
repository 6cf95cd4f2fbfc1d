/** Claims worth checking: sentences, their check-worthiness, and claims said again. */
export * from './evaluate';
export * from './repeatIndex';
export * from './score';
export * from './sentences';
export { scoreSentences } from './checkWorthiness';

export * from './dismissals';
export * from './suggestions';
