import { describe, expect, it } from 'vitest';
import { cleanTitle } from './clean-title.js';

describe('cleanTitle', () => {
  it('strips the site name named by og:site_name or the host', () => {
    expect(cleanTitle('Floods hit the north | The Daily Example', ['The Daily Example'])).toBe('Floods hit the north');
    expect(cleanTitle('Floods hit the north - dailyexample.com', ['dailyexample.com'])).toBe('Floods hit the north');
    expect(cleanTitle('The Daily Example: Floods hit the north', ['The Daily Example'])).toBe('Floods hit the north');
  });

  it('strips a short trailing part after a longer headline', () => {
    expect(cleanTitle('Council approves the new city budget — Metro News', [])).toBe('Council approves the new city budget');
    expect(cleanTitle('افتتاح محطة جديدة لتحلية المياه - صحيفة الأفق', [])).toBe('افتتاح محطة جديدة لتحلية المياه');
  });

  it('keeps headlines that merely contain a colon or a dash', () => {
    expect(cleanTitle('Hong Kong chaos: China deploys troops', [])).toBe('Hong Kong chaos: China deploys troops');
    expect(cleanTitle('Trump - Ukraine call', [])).toBe('Trump - Ukraine call');
  });
});
