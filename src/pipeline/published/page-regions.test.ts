import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { isNoiseRegion } from './page-regions.js';

function element(html: string): Element {
  return parseDocument(html).children[0] as Element;
}

describe('isNoiseRegion', () => {
  it.each([
    '<section id="comments"></section>',
    '<ol class="comment-list"></ol>',
    '<div class="jp-relatedposts"></div>',
    '<aside class="widget"></aside>',
    '<nav></nav>',
    '<div id="footer"></div>',
    '<div class="site-footer"></div>',
    '<footer></footer>',
  ])('skips %s', (html) => {
    expect(isNoiseRegion(element(html), false)).toBe(true);
  });

  it.each([
    ['<div class="post type-post tag-kommentar category-archiv"></div>', 'taxonomy classes name the post, not the block'],
    ['<body class="one-sidebar sidebar-second"></body>', 'the page as a whole'],
    ['<div class="footer"></div>', 'TYPO3 news items call their date line "footer"'],
    ['<footer class="entry-footer"></footer>', "an article's own footer"],
    ['<aside class="meta"></aside>', "an article's meta box"],
    ['<div class="widget Blog"></div>', 'Blogger wraps the post in a widget'],
  ])('keeps %s (%s)', (html) => {
    expect(isNoiseRegion(element(html), false)).toBe(false);
  });

  it('keeps a <footer> inside <article>', () => {
    expect(isNoiseRegion(element('<footer></footer>'), true)).toBe(false);
  });
});
