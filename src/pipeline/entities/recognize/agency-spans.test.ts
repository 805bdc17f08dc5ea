import { describe, expect, it } from 'vitest';
import { mentions } from './test-support/mentions.js';

const organizations = (text: string, language = 'ar'): string[] => mentions(text, language).filter((m) => m.startsWith('organization:'));

describe('news agencies in caseless text', () => {
  it('names an agency the pack lists, in a credit or in running text', () => {
    expect(organizations('القاهرة (رويترز) - ارتفعت أسعار الذهب اليوم.')).toEqual(['organization:رويترز']);
    expect(organizations('ونقلت شينخوا عن مسؤولين قولهم إن المحادثات مستمرة.')).toEqual(['organization:شينخوا']);
    expect(organizations('طهران (فرانس برس) - أعلنت السلطات الإيرانية الحداد.')).toContain('organization:فرانس برس');
    // A bracketed credit is an agency however short.
    expect(organizations('أبوظبي (وام) - افتتح معرض الكتاب.')).toContain('organization:وام');
  });

  it('keeps the organisation word before an agency as part of its name', () => {
    expect(organizations('وذكرت وكالة سبوتنيك أن الوفد وصل.')).toEqual(['organization:وكالة سبوتنيك']);
  });

  it('takes no short listed name, no place and no generic plural as an agency', () => {
    // "مهر" (dowry), "فارس" (also Fars and the name Fares), "وكالات" (agencies in general).
    expect(organizations('وقال فارس إن المهر مرتفع.')).toEqual([]);
    expect(organizations('وتتابع وكالات الإغاثة الوضع.')).toEqual([]);
    // Several-word names only as bracketed credits: "آن لائن" is also "online".
    expect(organizations('طلبہ آن لائن کلاسز میں شریک ہوئے۔', 'ur')).toEqual([]);
  });
});
