/**
 * Every language pack, in one list. Adding a language = adding a folder and one
 * line here (the conformance test fails if they disagree). Packs are small; the
 * CLDR names inside them are built on first use.
 */
import { pack as ar } from './ar/index.js';
import { pack as az } from './az/index.js';
import { pack as de } from './de/index.js';
import { pack as en } from './en/index.js';
import { pack as es } from './es/index.js';
import { pack as fa } from './fa/index.js';
import { pack as fr } from './fr/index.js';
import { pack as hy } from './hy/index.js';
import { pack as it } from './it/index.js';
import { pack as nl } from './nl/index.js';
import { pack as pl } from './pl/index.js';
import { pack as pt } from './pt/index.js';
import { pack as ru } from './ru/index.js';
import { pack as tr } from './tr/index.js';
import { pack as uk } from './uk/index.js';
import { pack as ur } from './ur/index.js';
import type { LanguagePack } from './types.js';

/** Registry order is the tie-break when a word belongs to several languages: widest press use first. */
const PACKS: readonly LanguagePack[] = [en, ar, fa, ru, uk, tr, fr, de, es, it, pt, az, hy, ur, nl, pl];
const BY_CODE = new Map(PACKS.map((pack) => [pack.code.toLowerCase(), pack]));

/** All packs, in registry order. */
export function allLanguagePacks(): readonly LanguagePack[] {
  return PACKS;
}

/**
 * The pack for a BCP-47 tag: an exact match first, then the primary subtag
 * ("fa-IR" and "fa_IR" give the Persian pack). Null when no pack covers it.
 * @example getLanguagePack('ar-EG')?.code // 'ar'
 */
export function getLanguagePack(tag: string | null | undefined): LanguagePack | null {
  if (!tag) return null;
  const normalized = tag.trim().replace(/_/gu, '-').toLowerCase();
  return BY_CODE.get(normalized) ?? BY_CODE.get(normalized.split('-')[0] ?? '') ?? null;
}
