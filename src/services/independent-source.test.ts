import { describe, expect, it } from 'vitest';
import { independentSource } from './independent-source.js';

describe('independentSource', () => {
  const none = { credit: null, publisher: null, url: null };
  it('prefers the credited agency, then the publisher, then the URL host', () => {
    expect(independentSource({ ...none, credit: 'IRNA', publisher: 'GlobalSecurity.org', source: 'a.html' })).toBe('IRNA');
    expect(independentSource({ ...none, publisher: 'Press TV', url: 'https://www.presstv.ir/x', source: 'a.html' })).toBe('Press TV');
    expect(independentSource({ ...none, url: 'https://www.presstv.ir/x', source: 'a.html' })).toBe('presstv.ir');
  });
  it('counts a file of unknown origin as its own source, not as its folder', () => {
    expect(independentSource({ ...none, url: 'not a url', source: 'seeds/002_x.txt' })).toBe('002_x.txt');
    expect(independentSource({ ...none, source: 'seeds/003_y.txt' })).not.toBe(independentSource({ ...none, source: 'seeds/002_x.txt' }));
  });
});
