/** The seeds' reference answer (../shared/seeds/gold.json), as the seed scorers read it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldEvent {
  date: string;
  what: string;
  actors?: string[];
  documents: string[];
  date_tolerance_days?: number;
}

export interface GoldEntity {
  name: string;
  aliases: string[];
}

export interface SeedGold {
  events: GoldEvent[];
  entities: GoldEntity[];
}

export function readSeedGold(seedsDir: string): SeedGold {
  return JSON.parse(readFileSync(join(seedsDir, 'gold.json'), 'utf8')) as SeedGold;
}
