import { describe, expect, it } from 'vitest';
import { hrefWith, matchRoute } from './url.js';

describe('matchRoute', () => {
  it('reads and decodes parameters', () => {
    expect(matchRoute('/entities/:id', '/entities/person%3A7b9d29dc3c8d')).toEqual({ id: 'person:7b9d29dc3c8d' });
    expect(matchRoute('/stories/:id', '/stories/s1/')).toEqual({ id: 's1' });
  });

  it('declines other paths and undecodable parameters', () => {
    expect(matchRoute('/stories/:id', '/entities/s1')).toBeNull();
    expect(matchRoute('/stories/:id', '/stories/s1/extra')).toBeNull();
    expect(matchRoute('/stories/:id', '/stories/%E0%A4')).toBeNull();
  });
});

describe('hrefWith', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(hrefWith('/search', { q: 'روحاني بوتين', entity: null, since: '', limit: 20 })).toBe(
      `/search?q=${encodeURIComponent('روحاني').replace(/%20/g, '+')}+${encodeURIComponent('بوتين')}&limit=20`,
    );
    expect(hrefWith('/', { sort: undefined })).toBe('/');
  });
});
