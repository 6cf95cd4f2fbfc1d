/**
 * The check-worthiness model (its weights are the larger part) and the claim
 * helpers, as one chunk: the editor loads it the first time suggestions or
 * repeats are asked for (src/suggestions/controller.ts), so the bundle that
 * starts the editor does not carry the model.
 */
export * from './index';
