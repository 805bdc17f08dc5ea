/**
 * "120 sélections en équipe de France", "ha giocato in nazionale": a
 * country's national side is written with a lower-case noun before the
 * country ("équipe de France", "selección de España"), and WikiANN links the
 * whole as the team (ORG) where the recogniser found only the country.
 * Token-level entry only (see wikiann-conventions.ts).
 */
import type { Token } from '../tokenize.js';
import type { TokenChunk } from './wikiann-conventions.js';

/** The noun that names a national side, per language, in lower case (capitalised it is an organisation word of the pack). */
const TEAM_NOUN: Readonly<Record<string, RegExp>> = {
  fr: /^(?:équipe|sélection)$/u,
  es: /^selección$/u,
  pt: /^seleção$/u,
  it: /^nazionale$/u,
};
const OF = /^(?:de|des|du|del|da|do|di)$/u;
const ELIDED_OF = /^d['’]\p{Lu}/u;

/** Widens place chunks after "<team noun> de" into the team they name. */
export function joinNationalTeams(chunks: readonly TokenChunk[], tokens: readonly Token[], language: string | null): void {
  const team = TEAM_NOUN[language ?? ''];
  if (!team) return;
  for (const chunk of chunks) {
    if (chunk.type !== 'LOC') continue;
    // "équipe d'Australie": the elided "de" is written onto the country's token.
    const nounAt = ELIDED_OF.test(tokens[chunk.start]?.text ?? '') ? chunk.start - 1 : OF.test(tokens[chunk.start - 1]?.text ?? '') ? chunk.start - 2 : -1;
    if (nounAt < 0 || !team.test(tokens[nounAt]?.text ?? '')) continue;
    if (chunks.some((other) => other !== chunk && other.end > nounAt && other.start < chunk.start)) continue;
    chunk.type = 'ORG';
    chunk.start = nounAt;
  }
}
