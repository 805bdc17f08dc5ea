/**
 * French common names of animals opening a line ("Grive de Doherty",
 * "Loutre à pelage lisse", "Tortue géante des Seychelles"): WikiANN links
 * species articles and types them LOC (see wikiann-species.ts for English,
 * which puts the head noun last). French puts it first, then adjectives, "à
 * <part of the body>" or "de <place or naturalist>", which the recogniser
 * otherwise reads as a person ("X de Y") or an organisation. Token-level
 * entry only.
 */
import type { Token } from '../tokenize.js';
import type { TokenChunk } from './wikiann-conventions.js';
import { replaceBySpecies } from './wikiann-species.js';
import { resourcesFor } from './resources.js';
import { foldForMatch } from '../../../lang/match-fold.js';

/**
 * Head nouns of French animal names, birds first (most species lines on WikiANN fr dev). Words as often
 * something else ("ministre", "cardinal", "pic", "fou", "tyran", "triton") are left out.
 */
const ANIMAL_HEAD: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(
    (
      'grive merle fauvette pouillot rousserolle roitelet mésange sittelle bécasseau pétrel puffin perruche loriquet conure ' +
      'perroquet cacatoès serin pinson bruant moineau alouette bergeronnette pipit hirondelle martinet guêpier calao coucou ' +
      'colombe colombine tourterelle pigeon tinamou garrulaxe échenilleur drongo bulbul tangara méliphage souimanga synallaxe ' +
      'calliste gobemouche traquet tarier étourneau corbeau corneille geai loriot engoulevent colibri toucan manchot albatros ' +
      'cormoran héron aigrette ibis cigogne râle marouette caille perdrix faisan vautour épervier autour busard crécerelle ' +
      'faucon chouette hibou effraie irrisor choucador chipiu pénélope paruline viréo cisticole zostérops canard sarcelle ' +
      'lémur lépilémur microcèbe macaque musaraigne écureuil loutre belette renard antilope gazelle baleine dauphin chauve-souris ' +
      'tortue couleuvre vipère lézard gecko scinque caméléon grenouille crapaud rainette salamandre requin puceron papillon'
    ).split(' '),
  ),
};

const CAPITALISED = /^\p{Lu}[\p{Ll}-]*$/u;
/** Words inside the name after its head: lower-case words ("à", "pelage", "lisse"), and names after "de" ("de Doherty"). */
const LOWER = /^\p{Ll}[\p{Ll}'’-]*$/u;
const OF = /^(?:de|des|du)$/u;
/** "d'Australie": an elided "de" written onto the name. */
const ELIDED_OF = /^d['’]\p{Lu}/u;
/** Function words a name keeps ("à bec noir", "de la fève"); any other stopword makes the line a sentence ("Merle est un …"). */
const NAME_FUNCTION_WORD = /^(?:à|de|des|du|la|le|les|l['’].*)$/u;
const MAX_NAME_WORDS = 5;
/** What may follow the name: the end of the line, a comma, a bracket, a quote, or "ou" before another name. */
const AFTER_NAME = /^(?:,|\(|''|'|"|;|–|-|ou|\.)$/u;

/** The species chunk opening the line, or null. */
export function headFirstSpeciesAtLineStart(tokens: readonly Token[], language: string | null): TokenChunk | null {
  const heads = ANIMAL_HEAD[language ?? ''];
  if (!heads) return null;
  const start = tokens.findIndex((token) => /[\p{L}\p{N}]/u.test(token.text));
  if (start < 0 || !CAPITALISED.test(tokens[start]!.text) || !heads.has(tokens[start]!.text.toLowerCase())) return null;
  const { stopwords } = resourcesFor(language);
  let end = start + 1;
  while (end < tokens.length && end <= start + MAX_NAME_WORDS) {
    const text = tokens[end]!.text;
    if (text === 'ou') break;
    const afterOf = OF.test(tokens[end - 1]!.text) && CAPITALISED.test(text);
    if (LOWER.test(text) && stopwords.has(foldForMatch(text)) && !NAME_FUNCTION_WORD.test(text)) return null;
    if (!LOWER.test(text) && !afterOf && !ELIDED_OF.test(text)) break;
    end += 1;
  }
  if (end === start + 1 || OF.test(tokens[end - 1]!.text)) return null;
  const after = tokens[end]?.text;
  return after === undefined || AFTER_NAME.test(after) ? { type: 'LOC', start, end, closed: true } : null;
}

/** Puts the species name opening the line in place of the chunks the recogniser found in it. */
export function addHeadFirstSpecies(chunks: readonly TokenChunk[], tokens: readonly Token[], language: string | null): TokenChunk[] {
  return replaceBySpecies(chunks, headFirstSpeciesAtLineStart(tokens, language));
}
