/**
 * The two Debian packages the generator reads (development time only): GeoNames
 * gettext catalogues from libgeonames-common, CLDR subdivision names from
 * unicode-cldr-core. Missing packages stop the generator with the command to run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HUNSPELL_DICTIONARIES, missingDictionaries } from './adjective-demonyms.js';
import { baseLanguage } from './languages.js';
import { readMoCatalogue } from './read-mo.js';

export const LOCALE_DIR = '/usr/share/locale';
export const CLDR_DIR = '/usr/share/unicode/cldr/common';
const HUNSPELL_PACKAGES = Object.values(HUNSPELL_DICTIONARIES).map((dictionary) => dictionary.package);
const INSTALL_HINT = `apt-get update && apt-get install -y libgeonames-common unicode-cldr-core ${HUNSPELL_PACKAGES.join(' ')}`;

export interface DebianPackage {
  readonly name: string;
  readonly version: string;
  readonly license: string;
}

function installedVersion(name: string): string {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', name], { encoding: 'utf8' }).trim() || 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Checks the packages are there; throws a message naming the install command when not. */
export function requireDebianSources(): DebianPackage[] {
  const missing: string[] = [];
  if (!existsSync(join(LOCALE_DIR, 'en/LC_MESSAGES/geonames.mo'))) missing.push(`libgeonames-common (no ${LOCALE_DIR}/*/LC_MESSAGES/geonames.mo)`);
  if (!existsSync(join(CLDR_DIR, 'subdivisions/en.xml'))) missing.push(`unicode-cldr-core (no ${CLDR_DIR}/subdivisions/en.xml)`);
  for (const name of missingDictionaries()) missing.push(`${name} (its dictionary checks nationality adjectives)`);
  if (missing.length > 0) {
    throw new Error(`generate-gazetteer: missing Debian source data: ${missing.join('; ')}.\nInstall it with: ${INSTALL_HINT}`);
  }
  return [
    { name: 'libgeonames-common', version: installedVersion('libgeonames-common'), license: 'CC-BY-4.0 (GeoNames data, geonames.org)' },
    { name: 'unicode-cldr-core', version: installedVersion('unicode-cldr-core'), license: 'Unicode-DFS-2016 (Unicode CLDR)' },
  ];
}

/** GeoNames catalogue entries (GeoNames id, admin1 code or country code → name), per base language. */
export type GeonamesCatalogues = ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;

/**
 * Reads every catalogue whose base language is in `languages`, regional
 * variants merged after the base ("pt" then "pt_BR", "pt_PT").
 */
export function readGeonamesCatalogues(languages: readonly string[]): GeonamesCatalogues {
  const wanted = new Set(languages);
  const locales = readdirSync(LOCALE_DIR)
    .filter((locale) => !locale.includes('@') && existsSync(join(LOCALE_DIR, locale, 'LC_MESSAGES/geonames.mo')))
    .sort();
  const out = new Map<string, Map<string, string[]>>();
  for (const locale of locales) {
    const language = baseLanguage(locale);
    if (!language || !wanted.has(language)) continue;
    let merged = out.get(language);
    if (!merged) out.set(language, (merged = new Map()));
    for (const [id, name] of readMoCatalogue(join(LOCALE_DIR, locale, 'LC_MESSAGES/geonames.mo'))) {
      const names = merged.get(id);
      if (!names) merged.set(id, [name]);
      else if (!names.includes(name)) names.push(name);
    }
  }
  return out;
}
