/** Mention recognition: who and where in an article, without a downloaded model. */
export { recognizeEntities, type RecognizeInput } from './recognize-entities.js';
export { recognizeTokens, type IobTag } from './recognize-tokens.js';
