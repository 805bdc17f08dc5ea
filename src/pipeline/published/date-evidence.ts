import type { ResolvedDate } from '../../core/article.js';

/**
 * What a piece of evidence says the date is the date of. Pages state several
 * dates; only "published" answers the question, "created" is a near miss
 * (drafts, records), "modified" is a fallback and "unknown" needs position to judge.
 */
export type DateRole = 'published' | 'created' | 'modified' | 'unknown';

/** Where on the page the evidence came from, from the most to the least deliberate statement. */
export type EvidenceSource = 'json-ld' | 'meta' | 'markup' | 'url' | 'container' | 'text';

export interface DateEvidence {
  date: ResolvedDate;
  role: DateRole;
  source: EvidenceSource;
  /** Where in the page's visible text it was found (segment index); absent for metadata and the URL. */
  position?: number;
}
