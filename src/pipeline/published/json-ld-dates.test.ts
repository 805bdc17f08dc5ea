import { describe, expect, it } from 'vitest';
import { findJsonLdDates } from './json-ld-dates.js';

const days = (scripts: string[]): string[] => findJsonLdDates(scripts).map((item) => `${item.role}:${item.date.value.slice(0, 10)}`);

describe('findJsonLdDates', () => {
  it('puts the article object first, then the web page, and skips comments and list items', () => {
    const script = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', datePublished: '2020-01-02' },
        { '@type': 'ItemList', itemListElement: [{ '@type': 'NewsArticle', datePublished: '2019-05-05' }] },
        { '@type': 'NewsArticle', datePublished: '2020-01-01', dateModified: '2020-01-03', comment: [{ '@type': 'Comment', dateCreated: '2020-01-04' }] },
      ],
    });
    expect(days([script])).toEqual(['published:2020-01-01', 'modified:2020-01-03', 'published:2020-01-02']);
  });

  it('reads the dates of JSON-LD too broken to parse', () => {
    expect(days(['{"@type":"Article", "datePublished": "2021-06-01T10:00:00Z", "headline": "broken \u0001 "quote" }'])).toEqual(['published:2021-06-01']);
  });

  it('reads JSON with raw line breaks inside strings', () => {
    expect(days(['{"@type":"BlogPosting","headline":"two\nlines","datePublished":"2018-03-04"}'])).toEqual(['published:2018-03-04']);
  });
});
