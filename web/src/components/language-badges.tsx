/** The languages of a story (with article counts) as short codes whose full names are one hover or screen reader away. */
import type { JSX } from 'preact';
import { languageName } from '../format/language.js';

export function LanguageBadge({ code, count }: { code: string | null; count?: number }): JSX.Element {
  const name = languageName(code);
  return (
    <abbr class="badge" title={count === undefined ? name : `${name}: ${count} article${count === 1 ? '' : 's'}`}>
      {code ?? '?'}
      {count !== undefined && count > 1 && <span class="badge-count">×{count}</span>}
    </abbr>
  );
}

export function LanguageBadges({ languages }: { languages: Record<string, number> }): JSX.Element {
  const entries = Object.entries(languages).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return (
    <ul class="badges" aria-label={`${entries.length} language${entries.length === 1 ? '' : 's'}: ${entries.map(([code]) => languageName(code)).join(', ')}`}>
      {entries.map(([code, count]) => (
        <li key={code}>
          <LanguageBadge code={code} count={count} />
        </li>
      ))}
    </ul>
  );
}
