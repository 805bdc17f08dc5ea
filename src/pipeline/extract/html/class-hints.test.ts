import { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { classHint } from './class-hints.js';

const hint = (attribs: Record<string, string>, tag = 'div') => classHint(new Element(tag, attribs));

describe('classHint', () => {
  it('names chrome by class, id and role', () => {
    expect(hint({ class: 'comments-area' }).reason).toBe('comments');
    expect(hint({ id: 'related-stories' }).reason).toBe('related links');
    expect(hint({ class: 'main-nav' }).reason).toBe('navigation');
    expect(hint({ role: 'complementary' }).reason).toBe('sidebar');
    expect(hint({ class: 'haber-yorum' }).reason).toBe('comments');
  });

  it('does not read chrome into unrelated words, state flags or utility classes', () => {
    expect(hint({ class: 'unavailable' }).score).toBe(0);
    expect(hint({ class: 'has-sidebar no-comments' }).score).toBe(0);
    expect(hint({ class: '[&_.caption]:mb-0 lg:block' }).score).toBe(0);
    expect(hint({ class: 'hidden lg:block' }).score).toBe(0);
    expect(hint({ class: 'twitter-tweet' }, 'blockquote').score).toBe(0);
  });

  it('lets an article word in one token outweigh a chrome word in another', () => {
    expect(hint({ class: 'post type-post tag-politics category-news' }).score).toBe(1);
    expect(hint({ class: 'article-body pagination-first' }).score).toBe(1);
    expect(hint({ class: 'article-share' }).reason).toBe('share bar');
    expect(hint({ itemprop: 'articleBody' }).score).toBe(2);
  });

  it('ignores the page-wide classes of <html> and <body>', () => {
    expect(hint({ class: 'single-post comments-open has-sidebar' }, 'body').score).toBe(0);
  });
});
