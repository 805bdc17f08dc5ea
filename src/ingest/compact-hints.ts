import type { DocumentHints } from '../core/raw-document.js';

/** Container metadata with empty values dropped: feeds and records leave many fields blank or null. */
export function compactHints(fields: { [K in keyof DocumentHints]?: string | null }): DocumentHints {
  const hints: DocumentHints = {};
  for (const [key, value] of Object.entries(fields) as [keyof DocumentHints, string | null | undefined][]) {
    if (value) hints[key] = value;
  }
  return hints;
}
