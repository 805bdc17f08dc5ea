/**
 * Tidies names as the sources give them into the forms a text would use:
 * direction marks out ("طريف\u200e"), qualifiers dropped ("Шёнебек (Эльба)"),
 * descriptors kept as an alternative ("شهر ایروان" gives "ایروان" too) unless
 * the descriptor is part of the name (Shahr-e Kord, Madinat Zayed: the caller says so).
 */

/** Direction and embedding marks and the BOM; ZWNJ stays, Persian needs it. */
const INVISIBLE = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/**
 * Words some catalogues put before a city name ("city of …", "county of …");
 * text names the place without them. Per language, longest first.
 */
const DESCRIPTOR_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  ar: ['مدينة '],
  fa: ['شهرستان ', 'شهر '],
};

/** Two ASCII letters are codes ("US", "IR"), not names a text can be searched for. */
const CODE_LIKE = /^[A-Za-z]{1,2}$/u;

/**
 * The forms of one source name worth keeping: the cleaned name, and the name
 * without a descriptor prefix. Empty when nothing usable is left.
 * @example cleanName('شهر ایروان', 'fa') // ['شهر ایروان', 'ایروان']
 */
export function cleanName(raw: string, language: string, options: { dropAfterComma?: boolean; keepDescriptor?: boolean } = {}): string[] {
  let name = raw.normalize('NFC').replace(INVISIBLE, '');
  name = name.replace(/\s*\([^)]*\)\s*/gu, ' ');
  if (options.dropAfterComma) name = name.split(',')[0] ?? '';
  name = name.replace(/\s+/gu, ' ').replace(/^[\s,;]+|[\s,;]+$/gu, '');
  if (!name || CODE_LIKE.test(name) || !/\p{L}/u.test(name)) return [];
  const forms = [name];
  for (const prefix of options.keepDescriptor ? [] : (DESCRIPTOR_PREFIXES[language] ?? [])) {
    if (name.startsWith(prefix) && name.length > prefix.length + 1) {
      forms.push(name.slice(prefix.length));
      break;
    }
  }
  return forms;
}
