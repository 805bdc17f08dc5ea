/**
 * Client-side routing over the history API: real URLs that can be bookmarked, shared and reloaded (the server
 * answers every non-API path with index.html), and real links that work with the keyboard, middle-click and
 * "open in new tab".
 */
import type { PartialAnchorHTMLAttributes, ComponentChildren, JSX, TargetedMouseEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export { hrefWith, matchRoute } from './url.js';

export interface AppLocation {
  path: string;
  query: URLSearchParams;
}

const listeners = new Set<() => void>();

function currentLocation(): AppLocation {
  return { path: window.location.pathname, query: new URLSearchParams(window.location.search) };
}

function notify(): void {
  for (const listener of listeners) listener();
}

window.addEventListener('popstate', notify);

/** Go to an in-app URL without reloading the page. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  notify();
  if (!options.replace) window.scrollTo(0, 0);
}

/** The current path and query; re-renders the caller on every navigation. */
export function useLocation(): AppLocation {
  const [location, setLocation] = useState(currentLocation);
  useEffect(() => {
    const update = (): void => setLocation(currentLocation());
    listeners.add(update);
    return () => {
      listeners.delete(update);
    };
  }, []);
  return location;
}

type LinkProps = Omit<PartialAnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'role'> & { href: string; children?: ComponentChildren };

/** An anchor that navigates in-app on a plain click and behaves like any link otherwise. */
export function Link({ href, children, onClick, ...rest }: LinkProps): JSX.Element {
  const handleClick = (event: TargetedMouseEvent<HTMLAnchorElement>): void => {
    if (typeof onClick === 'function') onClick(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
