import { describe, expect, it } from 'vitest';
import { roleBefore } from './date-role-cues.js';

const roleOf = (text: string, date: string): string => roleBefore(text, text.indexOf(date));

describe('roleBefore', () => {
  it.each([
    ['Aktualisiert am Montag, 12.03.2021', '12.03.2021', 'modified'],
    ['Veröffentlicht am 01.02.2021', '01.02.2021', 'published'],
    ['Mis à jour le 5 mars 2021', '5 mars', 'modified'],
    ['Publié le 3 mars 2021', '3 mars', 'published'],
    ['Last updated: October 12, 2020', 'October', 'modified'],
    ['Опубликовано: 10 октября 2020', '10 октября', 'published'],
    ['آخر تحديث ١٢ أكتوبر ٢٠٢٠', '١٢', 'modified'],
    ['Von Anna Muster, 10.10.2020', '10.10.2020', 'unknown'],
    ['Bestand 10.10.2020', '10.10.2020', 'unknown'],
  ])('%s → %s', (text, date, role) => {
    expect(roleOf(text, date)).toBe(role);
  });
});
