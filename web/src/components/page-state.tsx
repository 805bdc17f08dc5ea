/** What a page shows while it loads, when loading failed, and when there is nothing to show. */
import type { ComponentChildren, JSX } from 'preact';
import type { Resource } from '../api/use-resource.js';

export function Loading({ what }: { what: string }): JSX.Element {
  return (
    <p class="state loading" role="status">
      Loading {what}…
    </p>
  );
}

export function ErrorNotice({ message, status }: { message: string; status?: number | null }): JSX.Element {
  return (
    <div class="state error" role="alert">
      <p>
        <strong>{status === 404 ? 'Not found.' : 'Something went wrong.'}</strong> {message}
      </p>
    </div>
  );
}

export function Empty({ children }: { children: ComponentChildren }): JSX.Element {
  return <p class="state empty">{children}</p>;
}

/** Renders the loading or error state of a resource, or its content once ready. */
export function ResourceView<T>({
  resource,
  what,
  children,
}: {
  resource: Resource<T>;
  what: string;
  children: (data: T) => ComponentChildren;
}): JSX.Element {
  if (resource.state === 'loading') return <Loading what={what} />;
  if (resource.state === 'error') return <ErrorNotice message={resource.message} status={resource.status} />;
  return <>{children(resource.data)}</>;
}
