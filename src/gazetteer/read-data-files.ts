/**
 * Reads the generated gazetteer files. Each file is read on first use only,
 * so asking for a country name never parses the cities.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GAZETTEER_FILES, GAZETTEER_FORMAT, GENERATED_NOTICE, type GazetteerFileKind } from './files.js';
import type { CityRecord, CountryRecord, GeneratedFile, RegionRecord } from './types.js';

export interface GazetteerRecords {
  countries: CountryRecord;
  cities: CityRecord;
  regions: RegionRecord;
}

/** Where the loader gets the files from: the committed data, or a test's own records. */
export interface GazetteerSource {
  read<K extends GazetteerFileKind>(kind: K): GeneratedFile<GazetteerRecords[K]>;
}

/**
 * Folders that may hold the data: beside this module when run from src/, and
 * src/gazetteer/data from a build in dist/ (tsc does not copy JSON files).
 */
const CANDIDATE_DIRS = [new URL('./data/', import.meta.url), new URL('../../src/gazetteer/data/', import.meta.url)].map((url) => fileURLToPath(url));

function findDataDir(): string {
  const dir = CANDIDATE_DIRS.find((candidate) => existsSync(join(candidate, GAZETTEER_FILES.countries)));
  if (!dir) throw new Error(`gazetteer data not found in ${CANDIDATE_DIRS.join(' or ')}; run \`npm run gazetteer:generate\``);
  return dir;
}

/**
 * The committed data files under `dir` (found automatically when omitted).
 * @example fileSource().read('countries').records.length // 250
 */
export function fileSource(dir?: string): GazetteerSource {
  return {
    read(kind) {
      const path = join(dir ?? findDataDir(), GAZETTEER_FILES[kind]);
      const file = JSON.parse(readFileSync(path, 'utf8')) as GeneratedFile<never>;
      if (file.meta?.notice !== GENERATED_NOTICE || file.meta.format !== GAZETTEER_FORMAT || !Array.isArray(file.records)) {
        throw new Error(`${path} is not a gazetteer file of format ${GAZETTEER_FORMAT}; run \`npm run gazetteer:generate\``);
      }
      return file;
    },
  };
}
