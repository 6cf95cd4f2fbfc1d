/**
 * The agreement measures, the report page, and the alignment and settling of
 * annotators' differences, as one chunk: the editor loads it when the user
 * asks for the agreement report or compares annotators (src/agreement/measures.ts),
 * so the bundle that starts the editor does not carry α, γ and the page.
 */
export { AGREEMENT_ON, agreementReport, ALPHA_LEVELS, UNIT_KINDS } from './report';
export { reportHtml } from './html';
export { compareAnnotators } from './align';
export { adjudicate } from './adjudicate';
