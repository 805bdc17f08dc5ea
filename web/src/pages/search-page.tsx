/**
 * Full-text search in every language (the server folds letter forms and diacritics, and resolves names to
 * entities in any script), with entity, language and date filters; results are grouped by story.
 */
import type { JSX } from 'preact';
import { getEntity, search } from '../api/client.js';
import type { SearchGroup, SearchHit } from '../api/types.js';
import { useResource, type Resource } from '../api/use-resource.js';
import { useDocumentTitle } from '../components/document-title.js';
import { EntityChips } from '../components/entity-chip.js';
import { FilterForm } from '../components/filter-form.js';
import { LanguageBadges } from '../components/language-badges.js';
import { LanguageSelect } from '../components/language-select.js';
import { Empty, ResourceView } from '../components/page-state.js';
import { Pager } from '../components/pager.js';
import { storyHref } from '../components/story-card.js';
import { formatDate, formatSpan } from '../format/dates.js';
import { markSegments } from '../format/mark-segments.js';
import { textDirection } from '../format/language.js';
import { hrefWith, Link, type AppLocation } from '../routing/router.js';

const LIMIT = 20;

function Hit({ hit }: { hit: SearchHit }): JSX.Element {
  const lang = hit.language ?? undefined;
  return (
    <li class="hit">
      <span class="hit-title" lang={lang} dir={textDirection(hit.language)}>
        {hit.title ?? <span class="untitled">Untitled article</span>}
      </span>{' '}
      <span class="note">
        {hit.outlet && (
          <>
            <bdi>{hit.outlet}</bdi>,{' '}
          </>
        )}
        {formatDate(hit.published)}, {hit.language ?? '?'}
      </span>
      {hit.snippet && (
        <p class="snippet" lang={lang} dir={textDirection(hit.language)}>
          {markSegments(hit.snippet, hit.marks).map((segment, index) => (segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text))}
        </p>
      )}
      {hit.matchedBy && !hit.matchedBy.includes('text') && <p class="note">found by an entity the query names</p>}
    </li>
  );
}

function Group({ group }: { group: SearchGroup }): JSX.Element {
  const { story } = group;
  return (
    <article class="card result-group">
      <h2 class="story-title">
        {story ? (
          <Link href={storyHref(story.id)} lang={story.labelLanguage ?? undefined} dir={textDirection(story.labelLanguage)}>
            {story.label ?? 'Untitled story'}
          </Link>
        ) : (
          'Articles not yet in a story'
        )}
      </h2>
      {story && (
        <p class="meta">
          <span>{formatSpan(story.firstSeen, story.lastSeen)}</span>
          <span>
            {story.articles} article{story.articles === 1 ? '' : 's'}, {story.sources.length} source{story.sources.length === 1 ? '' : 's'}
          </span>
          <LanguageBadges languages={story.languages} />
        </p>
      )}
      <ul class="hits" aria-label="Matching articles">
        {group.articles.map((hit) => (
          <Hit key={hit.id} hit={hit} />
        ))}
      </ul>
      {story && (group.matches ?? 0) > group.articles.length && (
        <p class="note">
          {group.matches} matching articles; <Link href={storyHref(story.id)}>see the story</Link> for all of them.
        </p>
      )}
    </article>
  );
}

function EntityFilterName({ id }: { id: string }): JSX.Element {
  const entity: Resource<{ name: string }> = useResource((signal) => getEntity(id, signal), [id]);
  return <bdi>{entity.state === 'ready' ? entity.data.name : id}</bdi>;
}

export function SearchPage({ location }: { location: AppLocation }): JSX.Element {
  const { query } = location;
  const text = query.get('q') ?? '';
  const offset = Math.max(0, Number(query.get('offset') ?? 0) || 0);
  const entity = query.get('entity') ?? '';
  const language = query.get('language') ?? '';
  const since = query.get('since') ?? '';
  const until = query.get('until') ?? '';
  useDocumentTitle(text ? `Search: ${text}` : 'Search');
  // The API searches words; the entity, language and dates narrow a search, they are not one on their own.
  const hasQuery = Boolean(text);
  const result = useResource(
    (signal) =>
      hasQuery
        ? search({ q: text, entity: entity || undefined, language: language || undefined, since: since || undefined, until: until || undefined, limit: LIMIT, offset }, signal)
        : Promise.resolve(null),
    [query.toString()],
  );
  const params = Object.fromEntries(query.entries());
  return (
    <>
      <h1>Search</h1>
      <FilterForm key={query.toString()} action="/search" label="Search articles" role="search">
        <span class="field">
          <label for="search-text">Words</label>
          <input id="search-text" name="q" type="search" dir="auto" defaultValue={text} placeholder="any language: روحاني بوتين, Karabakh, Лавров" autoFocus={!hasQuery} />
        </span>
        <span class="field">
          <label for="search-entity">Mentioning</label>
          <input id="search-entity" name="entity" type="search" dir="auto" defaultValue={entity} placeholder="a name in any script" />
        </span>
        <span class="field">
          <label for="search-language">Language</label>
          <LanguageSelect id="search-language" name="language" value={language} />
        </span>
        <span class="field">
          <label for="search-since">From</label>
          <input id="search-since" name="since" type="date" defaultValue={since} />
        </span>
        <span class="field">
          <label for="search-until">To</label>
          <input id="search-until" name="until" type="date" defaultValue={until} />
        </span>
        <button type="submit">Search</button>
      </FilterForm>
      {entity && (
        <p class="active-filter">
          Only articles mentioning <strong><EntityFilterName id={entity} /></strong>{' '}
          <Link href={hrefWith('/search', { ...params, entity: null })}>remove</Link>
        </p>
      )}
      <ResourceView resource={result} what="results">
        {(data) =>
          !data ? (
            <Empty>Type words in any language. Arabic, Persian and Cyrillic are found without diacritics or letter-form variants, and a name finds its entity's articles in every script.</Empty>
          ) : (
            <>
              <p class="count" role="status">
                {data.total} article{data.total === 1 ? '' : 's'} in {data.totalGroups} stor{data.totalGroups === 1 ? 'y' : 'ies'}
                {data.truncated && ' (only the best matches are shown: add words or filters to narrow the search)'}
                {data.groups.length > 0 && (
                  <>
                    {' · '}
                    <Link href={hrefWith('/map', { q: text || null, since: since || null, until: until || null })}>places on the map</Link>
                  </>
                )}
              </p>
              <EntityChips entities={data.entities} label="Entities the query names" />
              {data.groups.length === 0 ? (
                <Empty>Nothing found.</Empty>
              ) : (
                <>
                  <div class="results">
                    {data.groups.map((group, index) => (
                      <Group key={group.story?.id ?? `ungrouped-${index}`} group={group} />
                    ))}
                  </div>
                  <Pager
                    path="/search"
                    query={query}
                    offset={offset}
                    limit={LIMIT}
                    shown={data.groups.length}
                    total={data.totalGroups}
                    hasMore={offset + data.groups.length < data.totalGroups}
                  />
                </>
              )}
            </>
          )
        }
      </ResourceView>
    </>
  );
}
