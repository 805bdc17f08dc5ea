/** The front page: the newest or the biggest stories, with filters by language, dates, entity and size. */
import type { JSX } from 'preact';
import { getEntity, listStories } from '../api/client.js';
import { useResource } from '../api/use-resource.js';
import { useDocumentTitle } from '../components/document-title.js';
import { FilterForm } from '../components/filter-form.js';
import { LanguageSelect } from '../components/language-select.js';
import { Empty, ResourceView } from '../components/page-state.js';
import { Pager } from '../components/pager.js';
import { StoryCard } from '../components/story-card.js';
import { hrefWith, Link, type AppLocation } from '../routing/router.js';

const PAGE_SIZE = 20;

function readOffset(query: URLSearchParams): number {
  const offset = Number(query.get('offset') ?? 0);
  return Number.isInteger(offset) && offset > 0 ? offset : 0;
}

function EntityFilterNote({ id, query }: { id: string; query: URLSearchParams }): JSX.Element {
  const entity = useResource((signal) => getEntity(id, signal), [id]);
  const params = Object.fromEntries(query.entries());
  return (
    <p class="active-filter">
      Stories about <strong>{entity.state === 'ready' ? <bdi>{entity.data.name}</bdi> : id}</strong>{' '}
      <Link href={hrefWith('/', { ...params, entity: null, offset: null })}>show all stories</Link>
    </p>
  );
}

export function StoryListPage({ location }: { location: AppLocation }): JSX.Element {
  const { query } = location;
  const sort = query.get('sort') === 'size' ? 'size' : 'recent';
  const language = query.get('language') ?? '';
  const since = query.get('since') ?? '';
  const until = query.get('until') ?? '';
  const entity = query.get('entity') ?? '';
  const minArticles = Number(query.get('min') ?? '') || undefined;
  const offset = readOffset(query);
  useDocumentTitle(sort === 'size' ? 'Biggest stories' : 'Newest stories');

  const stories = useResource(
    (signal) =>
      listStories(
        { sort, language: language || undefined, since: since || undefined, until: until || undefined, entity: entity || undefined, minArticles, limit: PAGE_SIZE, offset },
        signal,
      ),
    [query.toString()],
  );
  const params = Object.fromEntries(query.entries());

  return (
    <>
      <h1>Stories</h1>
      <nav class="tabs" aria-label="Order">
        <Link href={hrefWith('/', { ...params, sort: null, offset: null })} aria-current={sort === 'recent' ? 'page' : undefined}>
          Newest
        </Link>
        <Link href={hrefWith('/', { ...params, sort: 'size', offset: null })} aria-current={sort === 'size' ? 'page' : undefined}>
          Biggest
        </Link>
      </nav>
      <FilterForm key={query.toString()} action="/" label="Filter stories" keep={{ sort: sort === 'size' ? 'size' : null }}>
        <span class="field">
          <label for="filter-entity">About</label>
          <input id="filter-entity" name="entity" type="search" dir="auto" defaultValue={entity} placeholder="a name in any script" />
        </span>
        <span class="field">
          <label for="filter-language">Language</label>
          <LanguageSelect id="filter-language" name="language" value={language} />
        </span>
        <span class="field">
          <label for="filter-since">From</label>
          <input id="filter-since" name="since" type="date" defaultValue={since} />
        </span>
        <span class="field">
          <label for="filter-until">To</label>
          <input id="filter-until" name="until" type="date" defaultValue={until} />
        </span>
        <span class="field">
          <label for="filter-min">At least</label>
          <input id="filter-min" name="min" type="number" min={1} max={1000} inputMode="numeric" defaultValue={minArticles ? String(minArticles) : ''} />
          <span class="unit">articles</span>
        </span>
        <button type="submit">Apply</button>
      </FilterForm>
      {entity && <EntityFilterNote id={entity} query={query} />}
      <ResourceView resource={stories} what="stories">
        {(page) =>
          page.items.length === 0 ? (
            <Empty>
              No stories match these filters. <Link href="/ingest">Add articles</Link> or <Link href="/">clear the filters</Link>.
            </Empty>
          ) : (
            <>
              {page.total !== null && (
                <p class="count" role="status">
                  {page.total} stor{page.total === 1 ? 'y' : 'ies'}
                </p>
              )}
              <ol class="story-list">
                {page.items.map((story) => (
                  <li key={story.id}>
                    <StoryCard story={story} />
                  </li>
                ))}
              </ol>
              <Pager path="/" query={query} offset={offset} limit={PAGE_SIZE} shown={page.items.length} total={page.total} hasMore={page.hasMore} />
            </>
          )
        }
      </ResourceView>
    </>
  );
}
