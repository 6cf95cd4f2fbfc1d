/** Claims worth checking: sentences, their check-worthiness, and claims said again. */
export * from './evaluate';
export * from './repeats';
export * from './score';
export * from './sentences';
export { scoreSentences } from './model';

export * from './dismissals';
export * from './suggestions';
