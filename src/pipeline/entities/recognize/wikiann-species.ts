/**
 * English common names of animals opening a line ("Laughing gull ,
 * ''Leucophaeus atricilla ''", "Pallas 's grasshopper warbler"): WikiANN
 * links species articles and types them LOC, as it does binomials
 * (wikiann-conventions.ts). The name is a capitalised word, lower-case words
 * and a head noun naming a kind of animal, then the end of the line, a comma
 * or a bracket. Token-level entry only.
 */
import type { Token } from '../tokenize.js';
import type { TokenChunk } from './wikiann-conventions.js';

/**
 * Head nouns of English animal names, birds first (most species lines on WikiANN en dev). Words that are
 * as often something else ("fly", "ray", "rail", "crane", "seal", "kite", "swift", "bear") are left out.
 */
const ANIMAL_HEAD: Readonly<Record<string, RegExp>> = {
  en: /^(?:bird|gull|wren|plover|owl|owlet|warbler|finch|bullfinch|dove|pigeon|robin|woodpecker|sandpiper|petrel|cuckoo|eagle|hawk|falcon|kingfisher|heron|duck|goose|swallow|thrush|sparrow|starling|tern|parrot|nightjar|flycatcher|cisticola|sandgrouse|raven|babbler|bulbul|shrike|lark|pipit|wagtail|stint|hummingbird|toucan|penguin|albatross|shearwater|cormorant|ibis|stork|crake|quail|partridge|pheasant|grouse|vulture|buzzard|tanager|antbird|antwren|woodcreeper|sunbird|white-eye|honeyeater|kingbird|vireo|oriole|bat|rat|mouse|vole|shrew|squirrel|gerbil|lemur|monkey|fox|deer|antelope|sheep|goat|whale|dolphin|otter|weasel|hare|rabbit|opossum|wolf|turtle|tortoise|snake|lizard|gecko|skink|chameleon|frog|toad|toadlet|treefrog|salamander|newt|iguana|eel|triplefin|shark|goby|catfish|trout|cichlid|wrasse|blenny|moth|butterfly|beetle|dragonfly|damselfly|spider|snail)$/u,
};

const CAPITALISED = /^\p{Lu}[\p{Ll}-]*$/u;
const LOWER = /^\p{Ll}[\p{Ll}-]*$/u;
const POSSESSIVE = /^['’]s$/u;
/** Words a common name may have after its first: "Pallas 's grasshopper warbler", "Rufous-and-white wren". */
const MAX_NAME_WORDS = 4;
const AFTER_NAME = /^(?:,|\(|''|'|"|;|–|-)$/u;

/** The species chunk opening the line, or null. */
export function speciesAtLineStart(tokens: readonly Token[], language: string | null): TokenChunk | null {
  const head = ANIMAL_HEAD[language ?? ''];
  if (!head) return null;
  const start = tokens.findIndex((token) => /[\p{L}\p{N}]/u.test(token.text));
  if (start < 0 || !CAPITALISED.test(tokens[start]!.text)) return null;
  let end = start + 1;
  while (end < tokens.length && end <= start + MAX_NAME_WORDS && (LOWER.test(tokens[end]!.text) || POSSESSIVE.test(tokens[end]!.text))) end += 1;
  if (end === start + 1 || !head.test(tokens[end - 1]!.text)) return null;
  const after = tokens[end]?.text;
  return after === undefined || AFTER_NAME.test(after) ? { type: 'LOC', start, end, closed: true } : null;
}

/** Puts the species name opening the line in place of the chunks the recogniser found in it ("Otto 's sportive lemur"). */
export function addSpecies(chunks: readonly TokenChunk[], tokens: readonly Token[], language: string | null): TokenChunk[] {
  return replaceBySpecies(chunks, speciesAtLineStart(tokens, language));
}

/** The chunks with `species` (when found) in place of those inside it, in token order. */
export function replaceBySpecies(chunks: readonly TokenChunk[], species: TokenChunk | null): TokenChunk[] {
  if (!species) return [...chunks];
  return [...chunks.filter((chunk) => chunk.end <= species.start || chunk.start >= species.end), species].sort((a, b) => a.start - b.start);
}
