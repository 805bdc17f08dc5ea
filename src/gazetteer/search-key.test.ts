import { describe, expect, it } from 'vitest';
import { arabicBareForms, searchKey } from './search-key.js';

describe('searchKey', () => {
  it('folds case and diacritics, turns hyphens into spaces, drops dots', () => {
    expect(searchKey('Saint-Pétersbourg')).toBe('saint petersbourg');
    expect(searchKey('St. Louis')).toBe('st louis');
    expect(searchKey('  New   York ')).toBe('new york');
  });

  it('folds Arabic-script letter variants', () => {
    expect(searchKey('إيران')).toBe(searchKey('ايران'));
    expect(searchKey('ایرانی')).toBe(searchKey('ايراني'));
  });
});

describe('arabicBareForms', () => {
  it('strips the conjunction, then the article', () => {
    expect(arabicBareForms('والايراني')).toEqual(['الايراني', 'ايراني']);
  });

  it('reads لل as ل + ال', () => {
    expect(arabicBareForms('للعراق')).toContain('العراق');
  });

  it('keeps no form shorter than three letters', () => {
    expect(arabicBareForms('بلد')).toEqual([]);
  });
});
