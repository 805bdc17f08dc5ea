/**
 * The application shell: a skip link, the navigation, and the page for the current URL. After an in-app
 * navigation, focus moves to the new page's main region so keyboard and screen-reader users start there.
 */
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { EntityListPage } from './pages/entity-list-page.js';
import { EntityPage } from './pages/entity-page.js';
import { IngestPage } from './pages/ingest-page.js';
import { MapPage } from './pages/map-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { SearchPage } from './pages/search-page.js';
import { StoryListPage } from './pages/story-list-page.js';
import { StoryPage } from './pages/story-page.js';
import { Link, matchRoute, useLocation, type AppLocation } from './routing/router.js';

const NAVIGATION = [
  { href: '/', label: 'Stories', section: (path: string) => path === '/' || path.startsWith('/stories/') },
  { href: '/search', label: 'Search', section: (path: string) => path === '/search' },
  { href: '/entities', label: 'Entities', section: (path: string) => path.startsWith('/entities') },
  { href: '/map', label: 'Map', section: (path: string) => path === '/map' },
  { href: '/ingest', label: 'Add articles', section: (path: string) => path === '/ingest' },
];

function Page({ location }: { location: AppLocation }): JSX.Element {
  const { path } = location;
  if (path === '/') return <StoryListPage location={location} />;
  const story = matchRoute('/stories/:id', path);
  if (story) return <StoryPage id={story.id!} />;
  const entity = matchRoute('/entities/:id', path);
  if (entity) return <EntityPage id={entity.id!} />;
  if (path === '/entities') return <EntityListPage location={location} />;
  if (path === '/search') return <SearchPage location={location} />;
  if (path === '/map') return <MapPage location={location} />;
  if (path === '/ingest') return <IngestPage />;
  return <NotFoundPage path={path} />;
}

export function App(): JSX.Element {
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [location.path]);
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="site-header">
        <Link href="/" class="brand">
          newsloom
        </Link>
        <nav aria-label="Main">
          <ul>
            {NAVIGATION.map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={item.section(location.path) ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Page location={location} />
      </main>
    </>
  );
}
