/**
 * Organisation cues that belong to no one language: sports-club and company
 * abbreviations, and which languages write an organisation word as the last
 * part of a compound. Per-language words are in src/lang/<code>/entities.ts.
 */

/** Sports-club and company abbreviations written before or after a name ("FK Partizan", "Hamburger SV"), any language. */
export const CLUB_ABBREVIATIONS: readonly string[] = ['FC', 'CF', 'FK', 'SK', 'SC', 'SV', 'AC', 'AS', 'RC', 'CD', 'IF', 'IFK', 'BK', 'AFC', 'VfB', 'VfL', 'TSV', 'KV', 'NK', 'HC', 'HK'];

/** Languages that write organisation words as the last part of one compound word ("Bundesverfassungsgericht"). */
export const COMPOUNDING = new Set(['de', 'nl', 'sv', 'da', 'no', 'nb']);
