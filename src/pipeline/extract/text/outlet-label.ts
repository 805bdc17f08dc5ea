/**
 * "Iran Press/Iran News: Rouhani and Putin discussed…" — some outlets open a
 * paragraph with their own name. The label is not part of the sentence.
 */
const OUTLET_LABEL = /^((?:\p{Lu}[\p{L}.]*\s?){1,4}(?:\/(?:\p{Lu}[\p{L}.]*\s?){1,4})?):\s+(?=\p{Lu})/u;
/** Words that make a label an outlet's name rather than a speaker ("Rouhani: …" is a quote, not a label). */
const OUTLET_WORD = /\b(?:News|Press|TV|Agency|Times|Post|Daily|Radio|Herald|Tribune|Gazette|Journal|Online)\b/;

export interface OutletLabel {
  label: string;
  rest: string;
}

export function splitOutletLabel(paragraph: string): OutletLabel | null {
  const match = OUTLET_LABEL.exec(paragraph);
  if (!match?.[1] || !OUTLET_WORD.test(match[1])) return null;
  return { label: match[1].trim(), rest: paragraph.slice(match[0].length) };
}
