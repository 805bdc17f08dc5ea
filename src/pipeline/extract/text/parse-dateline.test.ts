import { describe, expect, it } from 'vitest';
import { parseDateline } from './parse-dateline.js';

describe('parseDateline', () => {
  it.each([
    ['Moscow, Oct 10, IRNA -- Iranian President Hassan Rouhani…', 'Moscow', 'IRNA'],
    ['Tehran (IP) - Iranian President Hassan Rouhani, on Saturday…', 'Tehran', 'IP'],
    ['Tehran (ISNA) - Stating that we are following…', 'Tehran', 'ISNA'],
    ['TEHRAN – The foreign ministry said…', 'Tehran', null],
    ['STEPANAKERT, NOVEMBER 8, ARTSAKHPRESS: Shelling continued…', 'Stepanakert', 'ARTSAKHPRESS'],
    ['BINGOL, Turkey, March 13 (MNA) — A magnitude 6.1 earthquake…', 'Bingol', 'MNA'],
    ['PORT SUDAN, June 6 — The World Health Organization said…', 'Port Sudan', null],
    ['АСТАНА, 16 апреля. Министр иностранных дел России…', 'Астана', null],
    ['МОСКВА, 10 октября. /ТАСС/. Президент России…', 'Москва', 'ТАСС'],
    ['ASTANÁ, 16 de abril. Los ministros de Exteriores…', 'Astaná', null],
    ['BİNGÖL (Kuzey Haber) – Bingöl\'ün Karlıova ilçesinde…', 'Bingöl', 'Kuzey Haber'],
    ['أنقرة (الأفق) – لقي ١٤ شخصاً على الأقل مصرعهم…', 'أنقرة', 'الأفق'],
    ['Istanbul. Bei einem Erdbeben der Stärke 6,1…', 'Istanbul', null],
  ])('reads %s', (text, place, agency) => {
    expect(parseDateline(text)).toMatchObject({ place, agency });
  });

  it.each([
    'Iran and Russia discussed the ceasefire on Saturday.',
    'Mr. Smith said the talks would continue.',
    'The 75-year-old man removes debris at a residential area.',
    '"We are looking carefully at it," Rudenko told journalists.',
  ])('finds no dateline in %s', (text) => {
    expect(parseDateline(text)).toBeNull();
  });
});
