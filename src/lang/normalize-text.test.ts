import { describe, expect, it } from 'vitest';
import { getLanguagePack } from './registry.js';

const normalize = (code: string, text: string): string => getLanguagePack(code)!.normalize(text);

describe('pack normalisers', () => {
  it('Persian: ي and ك become ی and ک, tatweel and harakat go, ZWNJ stays inside words', () => {
    expect(normalize('fa', 'كيهان')).toBe('کیهان');
    expect(normalize('fa', 'مـی‌شود')).toBe('می‌شود');
    expect(normalize('fa', 'می‌\u200cشود')).toBe('می‌شود');
    expect(normalize('fa', 'کتاب\u200c ها')).toBe('کتاب ها');
    expect(normalize('fa', '۱۳۹۹')).toBe('1399');
  });

  it('Arabic: ی and ک become ي and ك, alef variants unify, harakat and ZWNJ go', () => {
    expect(normalize('ar', 'إيرانی')).toBe('ايراني');
    expect(normalize('ar', 'مُحَمَّد')).toBe('محمد');
    expect(normalize('ar', 'علی\u200cرضا')).toBe('عليرضا');
    expect(normalize('ar', 'مستشفى')).toBe('مستشفي');
  });

  it('Urdu keeps its own letters', () => {
    expect(normalize('ur', 'پاکستان کے')).toBe('پاکستان کے');
  });

  it('Turkish lower-cases I to ı and İ to i', () => {
    expect(normalize('tr', 'IRAK İSTANBUL')).toBe('ırak istanbul');
  });

  it('Russian writes ё as е', () => {
    expect(normalize('ru', 'Ещё Её')).toBe('еще ее');
  });

  it('Latin-script languages compose to NFC', () => {
    expect(normalize('fr', 'e\u0301te\u0301')).toBe('été');
  });
});
