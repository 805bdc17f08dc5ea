/** Previous / next links over a paginated list; the offset lives in the URL so a page of results can be shared. */
import type { JSX } from 'preact';
import { hrefWith, Link } from '../routing/router.js';

export function Pager({
  path,
  query,
  offset,
  limit,
  shown,
  total,
  hasMore,
}: {
  path: string;
  query: URLSearchParams;
  offset: number;
  limit: number;
  /** Items on this page. */
  shown: number;
  /** Matches in all, when known. */
  total: number | null;
  hasMore: boolean;
}): JSX.Element | null {
  if (!hasMore && offset === 0) return null;
  const params = Object.fromEntries(query.entries());
  const previous = Math.max(0, offset - limit);
  return (
    <nav class="pager" aria-label="Pages">
      {offset > 0 ? <Link href={hrefWith(path, { ...params, offset: previous || null })}>← Previous</Link> : <span />}
      <span>
        {offset + 1}–{offset + shown}
        {total !== null && ` of ${total}`}
      </span>
      {hasMore ? <Link href={hrefWith(path, { ...params, offset: offset + limit })}>Next →</Link> : <span />}
    </nav>
  );
}
