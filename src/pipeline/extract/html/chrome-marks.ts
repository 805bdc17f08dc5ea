import { CHROME_TAGS } from './html-tags.js';
import type { PageIndex } from './page-index.js';

/**
 * Chrome by tag or class is a layout wrapper, not chrome, when an article-like
 * element inside holds this share of its prose… (Zyte benchmark)
 */
const WRAPPER_ARTICLE_SHARE = 0.5;
/** …and it holds this share of the prose in scope (Zyte benchmark)… */
const WRAPPER_SCOPE_SHARE = 0.3;
/** …or its article-like element is (nearly) the largest in scope (htmldate pages with big cookie notices). */
const WRAPPER_LARGEST_SHARE = 0.8;
const ARTICLE_TAGS = new Set(['article', 'main']);
/**
 * Chrome named after something small (a photo box, a byline) that holds more
 * prose than this is not that thing: "bg-image" columns and "post-meta"
 * wrappers hold whole articles (htmldate pages).
 */
const SMALL_CHROME_MAX_PROSE = 400;
const SMALL_CHROME = new Set(['media', 'byline or meta']);
/** Chrome that reads like an article by nature (a long comment, a privacy policy) and is never a wrapper. */
const NEVER_WRAPPERS = new Set(['comments', 'cookie notice']);

/** Why an element reads as page chrome by its own tag, class, id or role, or null. */
export function chromeReason(index: PageIndex, ordinal: number, prose?: readonly number[]): string | null {
  const reason = CHROME_TAGS.get(index.tags[ordinal] as string) ?? index.hints[ordinal]?.reason ?? null;
  if (reason && prose && SMALL_CHROME.has(reason) && (prose[ordinal] as number) > SMALL_CHROME_MAX_PROSE) return null;
  return reason;
}

/**
 * Marks chrome elements and everything inside them, for the subtree of
 * `scope` (-1 for the whole page). Sites wrap whole pages in <form> or in
 * "content-with-sidebar" and "page-ad-margins" layouts: such an element is not
 * chrome when it holds a large part of the prose in scope, mostly inside an
 * article-like element.
 */
export function markChrome(index: PageIndex, prose: readonly number[], scope: number): Array<string | null> {
  const size = index.elements.length;
  const first = scope < 0 ? 0 : scope + 1;
  const end = scope < 0 ? size : (index.ends[scope] as number);
  const scopeProse = scope < 0 ? prose.reduce((sum, value, ordinal) => (index.parents[ordinal] === -1 ? sum + value : sum), 0) : (prose[scope] as number);

  // Bottom-up: the prose of the largest article-like element inside each element,
  // not counting those inside nested chrome ("content" inside a comment is a comment).
  // A chrome element shaped like a wrapper (mostly one article-like element) passes it up.
  const articleProse = new Array<number>(size).fill(0);
  const wrapperShaped = new Array<boolean>(size).fill(false);
  let largestArticle = 0;
  for (let ordinal = end - 1; ordinal >= first; ordinal--) {
    const hint = index.hints[ordinal]?.score ?? 0;
    const own = prose[ordinal] as number;
    if (hint > 0 || (hint === 0 && ARTICLE_TAGS.has(index.tags[ordinal] as string))) articleProse[ordinal] = Math.max(articleProse[ordinal] as number, own);
    const reason = chromeReason(index, ordinal, prose);
    const inner = articleProse[ordinal] as number;
    wrapperShaped[ordinal] = reason !== null && !NEVER_WRAPPERS.has(reason) && inner > 0 && inner >= WRAPPER_ARTICLE_SHARE * own;
    const passed = reason !== null && !wrapperShaped[ordinal] ? 0 : (articleProse[ordinal] as number);
    const parent = index.parents[ordinal] as number;
    if (parent >= first && passed > (articleProse[parent] as number)) articleProse[parent] = passed;
    if (passed > largestArticle) largestArticle = passed;
  }
  // A wrapper holds a large part of the prose in scope, or the page's main article-like element
  // (cookie notices and menus can outweigh a short article).
  const isWrapper = (ordinal: number): boolean =>
    (wrapperShaped[ordinal] as boolean) &&
    ((prose[ordinal] as number) >= WRAPPER_SCOPE_SHARE * scopeProse || (articleProse[ordinal] as number) >= WRAPPER_LARGEST_SHARE * largestArticle);

  const marks = new Array<string | null>(size).fill(null);
  for (let ordinal = first; ordinal < end; ordinal++) {
    const parent = index.parents[ordinal] as number;
    const inherited = parent >= first ? marks[parent] : null;
    if (inherited) marks[ordinal] = inherited;
    else if (!isWrapper(ordinal)) marks[ordinal] = chromeReason(index, ordinal, prose);
  }
  return marks;
}
