/**
 * Nationality adjectives of languages that inflect them: candidate lemmas
 * from a country's name (Russian and Ukrainian build them with a handful of
 * suffixes: Иран → иранский, Россия → российский, Армения → армянский) and
 * every case, gender and number form of a lemma. Candidates are guesses; the
 * generator keeps only those a spelling dictionary knows, so the rules may be
 * generous.
 *
 * Run by scripts/generate-gazetteer.ts; kept in src so the rules are tested here.
 */

export type AdjectiveLanguage = 'ru' | 'uk' | 'de' | 'es' | 'it' | 'nl';

/** Endings a name may lose before the suffix, longest first ('' keeps the name whole). */
const NAME_ENDINGS: Readonly<Record<'ru' | 'uk', readonly string[]>> = {
  ru: ['ия', 'ея', 'ья', 'а', 'я', 'ь', 'й', 'ы', 'и', 'о', 'е', ''],
  uk: ['ія', 'ея', 'ья', 'ина', 'а', 'я', 'ь', 'й', 'и', 'і', 'ї', 'о', 'е', ''],
};

/** Adjective suffixes, the usual first (Куба → кубинский before кубанский). */
const SUFFIXES: Readonly<Record<'ru' | 'uk', readonly string[]>> = {
  ru: ['ский', 'йский', 'ийский', 'инский', 'анский', 'янский', 'ейский', 'ьский', 'ьянский', 'нский', 'ецкий'],
  uk: ['ський', 'йський', 'ійський', 'инський', 'анський', 'янський', 'ейський', 'ьський', 'ьянський', 'нський', 'ецький'],
};

/** What a stem may still lose past the ending: a vowel, or -ен/-ан/-ин (Армения → арм-янский), never a consonant (Конго ≠ конский). */
const EXTRA_CUTS = /(?:[аеёиоуыэюяіїє]|[еаи]н)$/u;
const MIN_STEM = 3;

/**
 * Candidate nationality adjectives (masculine nominative) for one word of a
 * Russian or Ukrainian country name, most likely first. Stems ending in ц take
 * -ецкий (Турция → турецкий).
 * @example slavicAdjectiveCandidates('Иран', 'ru')[0] // 'иранский'
 */
export function slavicAdjectiveCandidates(name: string, language: 'ru' | 'uk'): string[] {
  const word = name.toLocaleLowerCase(language);
  // Acronyms (США, ЦАР) take no suffix.
  if (name === name.toLocaleUpperCase(language) || /[\s-]/u.test(word) || !/^\p{Script=Cyrillic}+$/u.test(word)) return [];
  const out: string[] = [];
  for (const ending of NAME_ENDINGS[language]) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, word.length - ending.length);
    const shorter = EXTRA_CUTS.exec(base);
    const stems = shorter ? [base, base.slice(0, shorter.index)] : [base];
    for (const [cut, stem] of stems.entries()) {
      if ([...stem].length < MIN_STEM) break;
      for (const suffix of SUFFIXES[language]) {
        // -йский follows a vowel of the name itself (Росси-я, Кита-й), never one a cut exposed (Арме-ния ≠ армейский).
        if (suffix.startsWith('й') && (cut > 0 || !/[аеиоуыэюяіїє]$/u.test(stem))) continue;
        // -ецкий replaces a final ц (турц- → турецкий); other suffixes join the stem.
        if (suffix.startsWith('ец')) {
          if (stem.endsWith('ц')) out.push(stem.slice(0, -1) + suffix);
        } else out.push(stem + suffix);
      }
    }
  }
  return [...new Set(out)];
}

/**
 * The masculine lemma of an adjective written in another gender or number
 * ("Саудовская" → "саудовский", "Французька" → "французький"); null when the
 * word does not look like an adjective.
 */
export function slavicMasculine(word: string, language: 'ru' | 'uk'): string | null {
  const lower = word.toLocaleLowerCase(language);
  const ending = language === 'ru' ? /(ая|ое|ые|ие|ий|ый)$/u : /(а|е|і|ий)$/u;
  const match = ending.exec(lower);
  if (!match || !/(ск|цк|ськ|цьк)/u.test(lower.slice(0, match.index))) return null;
  return `${lower.slice(0, match.index)}ий`;
}

const RU_ENDINGS = ['ий', 'ого', 'ому', 'им', 'ом', 'ая', 'ой', 'ую', 'ое', 'ие', 'их', 'ими'];
const UK_ENDINGS = ['ий', 'ого', 'ому', 'им', 'ім', 'а', 'ої', 'ій', 'у', 'е', 'і', 'их', 'ими'];

/**
 * Every form of a nationality adjective's lemma: case, gender and number in
 * Russian and Ukrainian (-ский/-ський lemmas), the strong and weak endings in
 * German, gender and number in Spanish, Italian and Dutch.
 * @example inflectAdjective('иранский', 'ru') // ['иранский', 'иранского', …, 'иранскими']
 * @example inflectAdjective('francés', 'es') // ['francés', 'francesa', 'franceses', 'francesas']
 */
export function inflectAdjective(lemma: string, language: AdjectiveLanguage): string[] {
  const endsWith = (suffix: string): boolean => lemma.endsWith(suffix) && lemma.length > suffix.length + 2;
  const stem = (cut: number): string => lemma.slice(0, lemma.length - cut);
  switch (language) {
    case 'ru':
      return endsWith('ий') ? RU_ENDINGS.map((ending) => stem(2) + ending) : [lemma];
    case 'uk':
      return endsWith('ий') ? UK_ENDINGS.map((ending) => stem(2) + ending) : [lemma];
    case 'de':
      return ['', 'e', 'en', 'er', 'es', 'em'].map((ending) => lemma + ending);
    case 'nl':
      return [lemma, `${lemma}e`];
    case 'it':
      if (endsWith('o')) return ['o', 'a', 'i', 'e'].map((ending) => stem(1) + ending);
      if (endsWith('e')) return [lemma, `${stem(1)}i`];
      if (endsWith('a')) return [lemma, `${stem(1)}i`, `${stem(1)}e`];
      return [lemma];
    case 'es':
      if (endsWith('o')) return ['o', 'a', 'os', 'as'].map((ending) => stem(1) + ending);
      if (endsWith('és')) return [lemma, ...['esa', 'eses', 'esas'].map((ending) => stem(2) + ending)];
      if (endsWith('án')) return [lemma, ...['ana', 'anes', 'anas'].map((ending) => stem(2) + ending)];
      if (endsWith('í')) return [lemma, `${lemma}es`, `${lemma}s`];
      if (endsWith('e') || endsWith('a')) return [lemma, `${lemma}s`];
      return [lemma, `${lemma}es`];
  }
}
