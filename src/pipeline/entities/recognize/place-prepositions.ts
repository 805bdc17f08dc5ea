/**
 * Prepositions that put an unknown capitalised word in a place role ("born
 * in Ventura", "nach Trebinje", "à Crail"). Weak evidence (strength 1): a
 * name typed better elsewhere in the document wins. Kept here until
 * `EntityCues` has a field for them; only forms that rarely precede people.
 */
export const PLACE_PREPOSITIONS: Readonly<Record<string, readonly string[]>> = {
  en: ['in', 'near', 'from', 'at', 'outside', 'across'],
  // Not "im": it carries an article, and German nouns are capitalised ("im Jahr").
  de: ['in', 'nach', 'aus', 'bei', 'nahe'],
  fr: ['à', 'en', 'dans', 'près', 'vers'],
  es: ['en', 'cerca'],
  it: ['a', 'in', 'presso'],
  pt: ['em', 'no', 'na', 'perto'],
  nl: ['in', 'nabij', 'te', 'uit'],
  pl: ['w', 'we', 'pod'],
  ru: ['в', 'во', 'из', 'под'],
  uk: ['в', 'у', 'із', 'з'],
};

/**
 * Articles: a capitalised run right after one is rarely a person's name
 * ("die Existenz von Geistern", "the Final Four"), so it is not made a person
 * by capitalisation alone. Tuned on WikiANN de/en dev.
 */
export const DETERMINERS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'a', 'an'],
  de: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'im', 'am', 'zum', 'zur', 'vom', 'beim'],
  fr: ['le', 'la', 'les', 'un', 'une', 'du', 'au', 'aux'],
  es: ['el', 'la', 'los', 'las', 'un', 'una', 'del', 'al'],
  it: ['il', 'lo', 'la', 'gli', 'le', 'un', 'una', 'del', 'della'],
  pt: ['o', 'a', 'os', 'as', 'um', 'uma', 'do', 'da'],
  nl: ['de', 'het', 'een'],
};
