/**
 * CLDR subdivision names (ISO 3166-2 regions and provinces) from the XML files
 * of unicode-cldr-core. The files are flat, one `<subdivision>` per line, so a
 * line pattern reads them without an XML parser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLDR_DIR } from './debian-sources.js';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/gu, (_, name: string) => ENTITIES[name] ?? '');
}

/**
 * Expands CLDR's compact id ranges: "alka~c" is alka, alkb, alkc; "cn11~5" is cn11 … cn15.
 * @example expandRange('ba01~3') // ['ba01', 'ba02', 'ba03']
 */
export function expandRange(token: string): string[] {
  const [start, end] = token.split('~');
  if (!start || !end) return start ? [start] : [];
  const prefix = start.slice(0, -1);
  const out: string[] = [];
  for (let code = start.charCodeAt(start.length - 1); code <= end.charCodeAt(0); code += 1) out.push(prefix + String.fromCharCode(code));
  return out;
}

/** Subdivision codes CLDR lists as regular (not deprecated, not placeholders). */
export function regularSubdivisionCodes(): Set<string> {
  const xml = readFileSync(join(CLDR_DIR, 'validity/subdivision.xml'), 'utf8');
  const block = /idStatus=['"]regular['"][^>]*>([\s\S]*?)<\/id>/u.exec(xml)?.[1] ?? '';
  return new Set(block.replace(/<!--[\s\S]*?-->/gu, ' ').split(/\s+/u).filter(Boolean).flatMap(expandRange));
}

/** CLDR code ("amer") → name, for one locale; empty when CLDR has no file for it. */
export function readSubdivisionNames(locale: string): Map<string, string> {
  const path = join(CLDR_DIR, 'subdivisions', `${locale}.xml`);
  const names = new Map<string, string>();
  if (!existsSync(path)) return names;
  const pattern = /<subdivision type="([a-z0-9]+)"[^>]*>([^<]+)<\/subdivision>/gu;
  for (const match of readFileSync(path, 'utf8').matchAll(pattern)) names.set(match[1]!, decodeXml(match[2]!).trim());
  return names;
}

/**
 * ISO 3166-2 id of a CLDR subdivision code.
 * @example isoSubdivisionId('amer') // 'AM-ER'
 */
export function isoSubdivisionId(code: string): string {
  return `${code.slice(0, 2).toUpperCase()}-${code.slice(2).toUpperCase()}`;
}
