import { buildDateNames } from './cldr-names.js';
import type { DateNames, LanguagePack, PackSource } from './types.js';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** Assembles a pack from its folder's parts; CLDR names are built on first use. */
export function definePack(source: PackSource): LanguagePack {
  let names: DateNames | undefined;
  return {
    code: source.code,
    name: languageNames.of(source.code) ?? source.code,
    scripts: source.scripts,
    direction: source.direction ?? 'ltr',
    dates: source.dates,
    time: source.time,
    dateNames: () => (names ??= buildDateNames(source.code, source.dates.monthLocales)),
    boilerplate: source.boilerplate,
    cues: source.cues,
    entities: source.entities,
    events: source.events,
    stopwords: new Set(source.stopwords.map(source.normalize)),
    normalize: source.normalize,
  };
}
