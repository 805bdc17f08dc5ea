/**
 * Greek to Latin, lower case, after ELOT 743 with "kh" for χ (so it keys with
 * the other velar fricatives) and "y" for υ. Accents are folded when the
 * char table is built; the digraphs are read by read-greek.ts.
 */
export const GREEK_LETTERS: Readonly<Record<string, string>> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'kh',
  ψ: 'ps',
  ω: 'o',
};

/** Two-letter spellings. `initial` is the reading at the start of a word when it differs. */
export const GREEK_DIGRAPHS: Readonly<Record<string, { readonly roman: string; readonly initial?: string }>> = {
  ου: { roman: 'u' },
  αι: { roman: 'e' },
  ει: { roman: 'i' },
  οι: { roman: 'i' },
  υι: { roman: 'i' },
  αυ: { roman: 'av' },
  ευ: { roman: 'ev' },
  ηυ: { roman: 'iv' },
  μπ: { roman: 'mb', initial: 'b' },
  ντ: { roman: 'nd', initial: 'd' },
  γκ: { roman: 'ng', initial: 'g' },
  γγ: { roman: 'ng' },
  γχ: { roman: 'nkh' },
  τσ: { roman: 'ts' },
  τζ: { roman: 'tz' },
};

/** Letters with a diaeresis: they never close a digraph (Ευρωπαϊκή). */
export const GREEK_DIAERESIS = 'ϊϋΐΰΪΫ';
