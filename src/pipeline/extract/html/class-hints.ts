import type { Element } from 'domhandler';

/** What an element's class, id, role and itemprop say about it. */
export interface ClassHint {
  /** > 0 looks like the article, < 0 looks like page chrome, 0 says nothing. */
  score: number;
  /** Why it looks like chrome (a stable reason for `removed`), when it does. */
  reason: string | null;
  /** The class names a caption ("wp-caption-text", "image-caption"). */
  caption: boolean;
}

const NONE: ClassHint = { score: 0, reason: null, caption: false };

/**
 * Chrome words, tested on each class token and the id, in order; the first
 * match names the reason. Short words must be a whole part of the token
 * (between "-", "_" or the ends) so "nav" does not match "unavailable" nor
 * "tag" WordPress's "tag-politics" post classes. Besides English, the few
 * words sites commonly use in their own language or transliteration are
 * listed (comentario, yorum, reklam, werbung, ilgili, tabligh…).
 */
const CHROME_HINTS: Array<[RegExp, string]> = [
  [/comment|disqus|(^|[-_])(respond|replies|reply|discussion)($|[-_])|comentario|kommentar|yorum/, 'comments'],
  [/related|recommend|read-?more|more-?(stories|articles|news|from)|also-?read|outbrain|taboola|trending|popular|most-?(read|viewed|shared)|(^|[-_])(next|prev|previous)-?(post|article|story)|other-?(news|stories|articles)|relacionad|ilgili|benzer-?haber|mortabet/, 'related links'],
  [/share|sharing|social|addthis|^(facebook|twitter|whatsapp|email|follow)$|compartir|partage|paylas/, 'share bar'],
  [/newsletter|subscri(be|ption)|signup|sign-up|(^|[-_])(login|register|membership|cta)($|[-_])/, 'subscription prompt'],
  [/cookie|consent|gdpr/, 'cookie notice'],
  [/advert|sponsor|promo|adsense|(^|[-_])(ads?|ad-?slot|ad-?unit|ad-?container|ad-?wrapper|dfp|gpt|banner|pub)($|[-_])|reklam|publicidad|publicite|werbung|tabligh/, 'advertising'],
  [/breadcrumb|masthead|(^|[-_])(nav|navbar|navigation|menu|menus|topnav|subnav|skip-?link|pagination|pager|tabs)($|[-_])/, 'navigation'],
  [/sidebar|side-?bar|^(aside|widgets?|widget-area)$/, 'sidebar'],
  [/footer|colophon|copyright/, 'footer'],
  [/byline|(^|[-_])(author|authors|meta|dateline|timestamp|date|time|posted-?on|tags|tag-?list|tag-?cloud|categories|keywords)($|[-_])/, 'byline or meta'],
  [/caption|credit|(^|[-_])(figure|photo|image|gallery|slideshow|video|media)($|[-_])/, 'media'],
  [/popup|modal|overlay|^(hidden|hide|sr-only|visually-?hidden|screen-?reader-?(text|only))$|(^|[-_])print($|[-_])/, 'hidden'],
];

/** Article words, tested on each class token and the id. */
const ARTICLE_HINT = /article|content|story|(^|[-_])(body|post|entry|main|text|prose|blog|richtext|rich-text|hentry)($|[-_])/;

const ROLE_REASONS = new Map([
  ['navigation', 'navigation'],
  ['complementary', 'sidebar'],
  ['banner', 'navigation'],
  ['contentinfo', 'footer'],
  ['menu', 'navigation'],
  ['menubar', 'navigation'],
  ['dialog', 'hidden'],
  ['alert', 'hidden'],
]);

/** Tags whose class lists describe the whole page (layout, login state), not a part of it. */
const PAGE_TAGS = new Set(['html', 'body']);

/** Embedded posts (tweets, Instagram) quoted in the article, whose classes name the network. */
const EMBED = /embed|tweet|instagram-media/;

/** State flags ("has-video", "no-sidebar", "is-sticky") describe a container, not its role. */
const STATE_FLAG = /(^|[-_])(has|no|with|without|is|show|enable|enabled|disable|disabled)[-_]/;

/** Utility-CSS tokens ("[&_.caption]:mb-0", "lg:block") style an element; they say nothing of its role. */
const UTILITY = /[[\]:]/;

function chromeWord(token: string): string | null {
  if (EMBED.test(token) || STATE_FLAG.test(token) || UTILITY.test(token)) return null;
  for (const [pattern, reason] of CHROME_HINTS) if (pattern.test(token)) return reason;
  return null;
}

/**
 * Reads class/id/role/itemprop of one element. A chrome word in one token is
 * outweighed by an article word in another ("post type-post tag-news",
 * "article-body pagination-first"); a token with both ("article-share") is chrome.
 */
export function classHint(element: Element): ClassHint {
  const attribs = element.attribs;
  const itemprop = attribs.itemprop;
  if (itemprop && /articlebody/i.test(itemprop)) return { score: 2, reason: null, caption: false };
  const role = attribs.role?.toLowerCase();
  if (role) {
    const reason = ROLE_REASONS.get(role);
    if (reason) return { score: -1, reason, caption: false };
    if (role === 'main' || role === 'article') return { score: 1, reason: null, caption: false };
  }
  if (PAGE_TAGS.has(element.name)) return NONE;
  const names = `${attribs.class ?? ''} ${attribs.id ?? ''}`.toLowerCase();
  let chrome: string | null = null;
  let article = false;
  let caption = false;
  // With utility classes, "hidden" is usually undone at some breakpoint ("hidden lg:block").
  const responsive = names.includes(':');
  for (const token of names.split(/\s+/)) {
    if (!token || UTILITY.test(token) || (responsive && token === 'hidden')) continue;
    if (!caption && token.includes('caption') && !STATE_FLAG.test(token)) caption = true;
    const reason = chromeWord(token);
    if (reason) chrome ??= reason;
    else if (!article && ARTICLE_HINT.test(token)) article = true;
  }
  if (article) return { score: 1, reason: null, caption };
  return chrome ? { score: -1, reason: chrome, caption } : caption ? { ...NONE, caption } : NONE;
}

/**
 * A memoised classHint for one page: sites repeat the same few class lists
 * on thousands of elements.
 */
export function createClassHinter(): (element: Element) => ClassHint {
  const cache = new Map<string, ClassHint>();
  return (element) => {
    const { class: className, id, role, itemprop } = element.attribs;
    if (className === undefined && id === undefined && role === undefined && itemprop === undefined) return NONE;
    const key = `${element.name}\u0001${className ?? ''}\u0001${id ?? ''}\u0001${role ?? ''}\u0001${itemprop ?? ''}`;
    let hint = cache.get(key);
    if (hint === undefined) {
      hint = classHint(element);
      cache.set(key, hint);
    }
    return hint;
  };
}
