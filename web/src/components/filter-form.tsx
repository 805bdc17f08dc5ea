/**
 * A GET form whose fields become the page's URL query: submitting navigates in-app, so filters are shareable,
 * survive a reload and work with the back button. Empty fields are left out of the URL.
 */
import type { ComponentChildren, JSX, TargetedSubmitEvent } from 'preact';
import { hrefWith, navigate } from '../routing/router.js';

export function FilterForm({
  action,
  label,
  keep = {},
  children,
  role,
}: {
  action: string;
  label: string;
  /** Query values the form does not show but keeps (e.g. the sort order). */
  keep?: Record<string, string | null>;
  children: ComponentChildren;
  role?: 'search';
}): JSX.Element {
  const submit = (event: TargetedSubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const params: Record<string, string | null> = { ...keep };
    for (const [key, value] of new FormData(event.currentTarget).entries()) {
      if (typeof value === 'string') params[key] = value.trim() || null;
    }
    navigate(hrefWith(action, params));
  };
  return (
    <form class="filters" method="get" action={action} aria-label={label} onSubmit={submit} role={role}>
      {children}
    </form>
  );
}
