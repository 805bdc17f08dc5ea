/**
 * Honorifics dropped from the front of a name before it is keyed or compared
 * ("Dr. Hassan Rouhani", "آیت‌الله خامنه‌ای"). Only forms of address and
 * religious/academic honorifics: offices (President, رئيس) are not honorifics
 * and stay, because "President Aliyev" can be any of two people by year.
 * Kept here until the language packs carry them; spelled as they are written,
 * they are folded by the same reader as the names.
 */
export const HONORIFICS: Readonly<Record<string, readonly string[]>> = {
  latin: [
    'Dr',
    'Mr',
    'Mrs',
    'Ms',
    'Prof',
    'Sir',
    'Sheikh',
    'Sheik',
    'Shaikh',
    'Shaykh',
    'Ayatollah',
    'Ayatullah',
    'Grand Ayatollah',
    'Seyyed',
    'Seyed',
    'Sayyid',
    'Sayed',
    'Syed',
    'Hojatoleslam',
    'Hojjatoleslam',
    'Hojatolislam',
    'Hojjat al-Islam',
  ],
  arabic: ['الشيخ', 'الشيخة', 'الدكتور', 'الدكتورة', 'د.', 'السيد', 'السيدة'],
  persian: ['آیت‌الله', 'آیت الله', 'آیت‌الله‌العظمی', 'آیت الله العظمی', 'حجت‌الاسلام', 'حجت الاسلام', 'حجت‌الاسلام والمسلمین', 'دکتر', 'سید', 'آقای', 'خانم'],
  russian: ['г-н', 'г-жа', 'господин', 'госпожа', 'доктор'],
};

/** Latin spellings of the Arabic article written as a separate word (al-Assad, el-Sisi, ash-Sharaa). */
export const LATIN_ARTICLES: readonly string[] = ['al', 'el', 'ul'];
/** Sun-letter forms of the article: dropped only before a word starting with the same consonant (as-Sisi, ash-Shara). */
export const LATIN_SUN_ARTICLES: readonly string[] = ['ad', 'an', 'ar', 'as', 'ash', 'at', 'az', 'ath', 'adh'];
