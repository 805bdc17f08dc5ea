import { getLanguagePack } from '../../../lang/registry.js';
import { foldForMatch } from '../../../lang/match-fold.js';

/** The distinct weekdays (0 = Sunday) a text names, in the given languages' words. */
export function findWeekdayWords(text: string, languages: string[]): number[] {
  const words = new Set(foldForMatch(text).split(/[^\p{L}\p{N}]+/u));
  const found = new Set<number>();
  for (const code of languages) {
    const pack = getLanguagePack(code);
    if (!pack) continue;
    pack.dateNames().weekdays.forEach((forms, index) => {
      if (forms.long.some((name) => words.has(foldForMatch(name)))) found.add(index);
    });
  }
  return [...found];
}
