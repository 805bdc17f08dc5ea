/** Keeps the browser tab's title in step with the page, so history and screen readers name it. */
import { useEffect } from 'preact/hooks';

export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · newsloom` : 'newsloom';
  }, [title]);
}
