import { wordCount } from './line-shape.js';
import { recaseCapitals } from './recase-capitals.js';

/**
 * The site that published a copied page names itself in its chrome:
 * "Join the GlobalSecurity.org mailing list", "Press TV’s website can also be
 * accessed…", "© 2020 Example News", or the first segment of its banner
 * ("NACHRICHTENKONTOR – Jetzt 4 Wochen gratis testen!"). Reads the name from removed lines.
 */
const PATTERNS: RegExp[] = [
  /^join (?:the )?(.{3,40}?) mailing list/iu,
  /^(.{3,40}?)[’']s? website\b/iu,
  /^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.{3,40}?)(?:\s*\d{4})?(?:\s*[.,|–—-]|\s+all rights|$)/iu,
];
/** Longest site name taken from a banner, in words: longer first segments are slogans. */
const MAX_NAME_WORDS = 5;
const BANNER_SEPARATOR = /\s+[|–—-]\s+|\s*\|\s*/u;

/** Quotes around a name are not part of it: "© 2024 «Северный вестник»." names Северный вестник. */
const unquote = (name: string) => name.replace(/^["'«“„‹‘]+|["'»”“›’]+$/gu, '').trim();

export interface RemovedLine {
  text: string;
  reason: string;
  line?: number;
}

/** `locale` is the document's language, for re-casing a name written in capitals. */
export function findPublisher(removed: RemovedLine[], locale?: string): string | null {
  for (const pattern of PATTERNS) {
    for (const { text } of removed) {
      const name = unquote(pattern.exec(text)?.[1]?.trim() ?? '');
      if (name && !/^(?:our|the|this)$/i.test(name)) return name;
    }
  }
  // The page's first line, when it is a banner or a menu bar led by the site's name ("Site | Home | News").
  const top = [...removed].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity))[0];
  const banner = top && (top.reason === 'site banner' || (top.reason === 'breadcrumb' && top.text.includes('|'))) ? top : undefined;
  const first = banner?.text.split(BANNER_SEPARATOR)[0]?.trim();
  if (first && banner && first !== banner.text.trim() && wordCount(first) <= MAX_NAME_WORDS) return recaseCapitals(unquote(first), locale);
  return null;
}
