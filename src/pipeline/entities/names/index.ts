/**
 * Names across scripts: romanisation, blocking keys, similarity and typo
 * tolerance for people and places written in Latin, Arabic, Persian,
 * Cyrillic, Greek, Armenian, Georgian and Hebrew.
 */
export { romanize } from './romanize.js';
export { nameKey, tokenKeys } from './name-key.js';
export { nameTokens, type NameToken } from './name-tokens.js';
export { SAME_NAME_THRESHOLD, isSameName, nameSimilarity } from './name-similarity.js';
export { typoTolerantEqual } from './typo-tolerant-equal.js';
