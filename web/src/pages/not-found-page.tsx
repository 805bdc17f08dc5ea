import type { JSX } from 'preact';
import { useDocumentTitle } from '../components/document-title.js';
import { Link } from '../routing/router.js';

export function NotFoundPage({ path }: { path: string }): JSX.Element {
  useDocumentTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>
        Nothing lives at <code>{path}</code>. <Link href="/">Go to the stories</Link>.
      </p>
    </>
  );
}
