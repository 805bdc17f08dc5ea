import type { Element } from 'domhandler';

/**
 * Class/id words of blocks whose dates are not the page's: comments and
 * reader letters, related and recommended articles, sidebars, archive lists
 * and calendars, navigation, sharing and cookie banners, embedded posts
 * (tweets, Instagram). German words cover the benchmark's main language
 * (Kommentar, Leserbrief, verwandt, Empfehlung, meistgelesen). Not "widget":
 * Blogger wraps the post itself in one.
 */
const NOISE_WORDS =
  /comment|kommentar|leserbrief|disqus|repl(?:y|ies)|antwort|related|verwandt|similar|sidebar|recent|recommend|empfehl|newsletter|popular|trending|most-?read|meistgelesen|breadcrumb|share|sharing|social|archive|archiv|calendar|kalender|cookie|consent|navigation|navbar|menu|teaser-?list|more-?(?:articles|stories|news)|weitere|promo|advert|sponsor|instagram|twitter-tweet|embed/;
/** Class tokens naming the post's categories and tags ("tag-kommentar", "category-archiv") or the layout ("has-sidebar"). */
const NOT_A_REGION = /^(?:category|tag|post_tag|tags|cat|topic|rubrik|has|with|no|one|two|three|page-node|node-type)[-_]|-(?:sidebar|menu)$/;
/**
 * The site's footer holds copyright years and "last updated" stamps; an
 * article's footer ("entry-footer", "asset-footer", TYPO3 news' class="footer",
 * a <footer> inside <article>) holds its date. So a bare class="footer" is not
 * enough, an id or a site-wide name is.
 */
const SITE_FOOTER = /(?:^|\s)(?:site|page|global|main)[-_]?footer|(?:^|\s)footer[-_](?:wrap\w*|container|inner|area|bottom|links|nav\w*|widgets?)(?:\s|$)/;
const ARTICLE_FOOTER = /entry|post|article|artikel|beitrag|asset|story/;
const NOISE_TAGS = new Set(['nav', 'aside', 'form', 'select', 'button']);
/** The page as a whole is never a region to skip, whatever its classes say. */
const PAGE_TAGS = new Set(['html', 'body', 'main', 'article']);

function regionWords(element: Element): string {
  const tokens = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`.toLowerCase().split(/\s+/);
  return tokens.filter((token) => token && !NOT_A_REGION.test(token)).join(' ');
}

/** Whether an element opens a block whose dates belong to something else than the page's article. */
export function isNoiseRegion(element: Element, insideArticle: boolean): boolean {
  if (PAGE_TAGS.has(element.name)) return false;
  // An <aside class="meta"> next to the article is its date line, not a sidebar.
  if (NOISE_TAGS.has(element.name)) return !(element.name === 'aside' && isDateHolder(element));
  const words = regionWords(element);
  const siteFooter = SITE_FOOTER.test(words) || /footer/.test(element.attribs.id ?? '');
  if (element.name === 'footer' || siteFooter) return !(insideArticle || ARTICLE_FOOTER.test(words));
  return NOISE_WORDS.test(words);
}

/** Class/id words of elements that hold a date line: "date", "time", "published", "byline", "meta"… */
const DATE_HOLDER_WORDS = /date|datum|time|zeit|publish|posted|submitted|byline|dateline|meta|info|autor|author|entry-header|article-header/;

export function isDateHolder(element: Element): boolean {
  return DATE_HOLDER_WORDS.test(regionWords(element));
}
