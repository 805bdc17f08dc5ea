/**
 * A name written in capitals ("MOSCOW", "PİYASA POSTASI") in title case; names
 * already in mixed case, and caseless scripts, stay as written. Turkish capitals
 * (İ, Ş, Ğ) or a Turkish `locale` need Turkish casing: "PİYASA POSTASI" is "Piyasa Postası".
 */
export function recaseCapitals(text: string, locale?: string): string {
  if (text !== text.toUpperCase() || text === text.toLowerCase()) return text;
  const casing = /[İŞĞ]/u.test(text) ? 'tr' : locale;
  const lower = casing ? text.toLocaleLowerCase(casing) : text.toLowerCase();
  return lower.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + (casing ? letter.toLocaleUpperCase(casing) : letter.toUpperCase()));
}
