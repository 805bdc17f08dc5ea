/**
 * Wikipedia tells apart articles of the same name with a qualifier in
 * brackets ("Mercury ( planet )", "Lindau ( Fluss )", "Russell ( footballer ,
 * born 1986 )"), and WikiANN keeps it inside the name. The qualifier also
 * says what the name is: the name takes its type from the qualifier's first
 * word. Word lists from WikiANN en/de/fr dev.
 */
import type { Token } from '../tokenize.js';
import type { TokenChunk } from './wikiann-conventions.js';

const QUALIFIER_TYPES: readonly { type: string; words: RegExp }[] = [
  {
    type: 'LOC',
    words: /^(?:town|city|village|river|municipality|commune|district|county|mountain|lake|island|region|province|state|parish|genus|ville|rivière|fleuve|département|canton|région|île|lac|montagne|genre|fluss|gemeinde|stadt|ort|berg|see|insel|gattung|landkreis|bezirk)$/iu,
  },
  {
    type: 'ORG',
    words: /^(?:band|album|song|film|magazine|newspaper|company|club|series|season|tv|game|video|novel|musical|group|party|single|ep|label|groupe|chanson|série|journal|entreprise|parti|jeu|roman|émission|lied|zeitschrift|zeitung|unternehmen|verein|partei|fernsehserie|spiel|métro|metro|station|gare|bahnhof)$/iu,
  },
  {
    type: 'PER',
    words: /^(?:footballer|politician|actor|actress|singer|writer|musician|painter|composer|bishop|king|saint|author|poet|artist|cricketer|boxer|wrestler|rapper|footballeur|acteur|actrice|chanteur|chanteuse|écrivain|peintre|compositeur|roi|fußballspieler|politiker|schauspieler|schauspielerin|sänger|sängerin|schriftsteller|maler|komponist|bischof|könig)$/iu,
  },
];
const MAX_QUALIFIER_TOKENS = 5;

/** The type a bracketed qualifier right after token `end` gives, and the index after its closing bracket; null when there is none. */
export function qualifierAfter(tokens: readonly Token[], end: number): { type: string; end: number } | null {
  if (tokens[end]?.text !== '(') return null;
  let close = end + 1;
  while (close < tokens.length && close <= end + MAX_QUALIFIER_TOKENS && tokens[close]!.text !== ')') close += 1;
  if (tokens[close]?.text !== ')' || close === end + 1) return null;
  const first = tokens[end + 1]!.text;
  const match = QUALIFIER_TYPES.find((entry) => entry.words.test(first));
  return match ? { type: match.type, end: close + 1 } : null;
}

/**
 * Types chunks by the qualifier after them (it outranks the recogniser's guess) and takes the qualifier in;
 * a name found inside the qualifier ("Psy ( Sänger )", a German noun taken for a name) is dropped.
 */
export function typeByQualifier(chunks: readonly TokenChunk[], tokens: readonly Token[]): TokenChunk[] {
  const swallowed = new Set<TokenChunk>();
  for (const chunk of chunks) {
    if (swallowed.has(chunk)) continue;
    const qualifier = qualifierAfter(tokens, chunk.end);
    if (!qualifier) continue;
    for (const other of chunks) if (other !== chunk && other.start >= chunk.end && other.end <= qualifier.end) swallowed.add(other);
    chunk.type = qualifier.type;
    chunk.end = qualifier.end;
  }
  return chunks.filter((chunk) => !swallowed.has(chunk));
}
