/** A language filter: any language, or one of the packs' languages by name (plus the current value if it is another). */
import type { JSX } from 'preact';
import { languageName } from '../format/language.js';
import { PACK_LANGUAGES } from '../format/pack-languages.js';

export function LanguageSelect({ id, name, value }: { id: string; name: string; value: string }): JSX.Element {
  const codes: string[] = [...PACK_LANGUAGES];
  if (value && !codes.includes(value)) codes.push(value);
  const options = codes.map((code) => ({ code, label: languageName(code) })).sort((a, b) => a.label.localeCompare(b.label));
  return (
    <select id={id} name={name} value={value}>
      <option value="">any language</option>
      {options.map((option) => (
        <option key={option.code} value={option.code}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
