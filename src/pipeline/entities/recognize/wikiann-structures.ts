/**
 * WikiANN links the articles of buildings, venues, stations, roads and lines
 * as ORG ("… Stadium", "Gare de …", "Schloss …") and keeps LOC for
 * settlements, regions and natural features. The recogniser types such names
 * as places (they are places in the news); the token-level entry retypes them.
 * Word lists from WikiANN en/de/fr dev, where each word heads ORG names at
 * least twice as often as LOC ones.
 */
import type { Token } from '../tokenize.js';
import type { TokenChunk } from './wikiann-conventions.js';

const STRUCTURE_WORDS: Readonly<Record<string, RegExp>> = {
  en: /^(?:Stadium|Arena|Park|Area|Center|Centre|Station|Street|Bridge|House|Field|Castle|Theatre|Theater|Palace|Tower|Airport|Building|Cathedral|Coliseum|Oval|Speedway|Circuit|Garden|Gardens|Line|Highway|Road|Dome)$/u,
  de: /^(?:Stadion|Bahnhof|Schloss|Burg|Kloster|Theater|Museum|Palast|Arena|Park|Stadium|Center|Castle|Station|Brücke|Flughafen)$/u,
  fr: /^(?:Stade|Parc|Gare|Palais|Château|Tour|Pont|Aéroport|Hôtel|Jardin|Théâtre|Route|Autoroute|Ligne|Basilique|Abbaye|Église|Cathédrale|Musée)$/u,
};

/**
 * Church districts, which WikiANN links as LOC in every language (en/fr/de dev: 61 of 66; nl and pt dev agree)
 * where the news reads them as bodies ("Diocese of Rome", "Bistum Trier", "Roman Catholic Diocese of …").
 */
const CHURCH_DISTRICT = /^(?:Diocese|Archdiocese|Eparchy|Archeparchy|Bishopric|Diocèse|Archidiocèse|Éparchie|Bistum|Erzbistum|Diözese|Erzdiözese|Bisdom|Aartsbisdom|Arquidiocese|Diócesis|Arquidiócesis|Diocesi|Arcidiocesi)$/u;
/** How far into a chunk the district word may stand ("Roman Catholic Diocese of …"). */
const DISTRICT_WORD_REACH = 3;

/** Retypes place chunks named by a structure word as ORG, and chunks naming a church district as LOC. */
export function retypeStructures(chunks: readonly TokenChunk[], tokens: readonly Token[], language: string | null): void {
  for (const chunk of chunks) {
    // "Bistum Trier": the recogniser left the German noun out of the name.
    const before = chunk.start - 1;
    if (before >= 0 && CHURCH_DISTRICT.test(tokens[before]!.text) && !chunks.some((other) => other.start <= before && before < other.end)) {
      chunk.start = before;
      chunk.type = 'LOC';
    }
    if (chunk.type === 'LOC' || chunk.end - chunk.start < 2) continue;
    for (let i = chunk.start; i < Math.min(chunk.end - 1, chunk.start + DISTRICT_WORD_REACH); i += 1) if (CHURCH_DISTRICT.test(tokens[i]!.text)) chunk.type = 'LOC';
  }
  const words = STRUCTURE_WORDS[language ?? ''];
  if (!words) return;
  for (const chunk of chunks) {
    if (chunk.type !== 'LOC' || chunk.end - chunk.start < 2) continue;
    if (words.test(tokens[chunk.start]!.text) || words.test(tokens[chunk.end - 1]!.text)) chunk.type = 'ORG';
  }
}
