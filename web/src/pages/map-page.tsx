/**
 * The places of one story, of a search, of one place entity, or (with none of these) of the newest stories,
 * on the bundled world map.
 */
import type { JSX } from 'preact';
import { getEntity, getStory, listStories, search } from '../api/client.js';
import type { EntityRef, StorySummary } from '../api/types.js';
import { useResource } from '../api/use-resource.js';
import { useDocumentTitle } from '../components/document-title.js';
import { EntityChip } from '../components/entity-chip.js';
import { FilterForm } from '../components/filter-form.js';
import { Empty, ResourceView } from '../components/page-state.js';
import { storyHref } from '../components/story-card.js';
import { WorldMap } from '../components/world-map.js';
import { countryCodeOf, placeEntities } from '../map/places.js';
import { loadWorldMap, type WorldMap as WorldMapData } from '../map/world-topology.js';
import { Link, type AppLocation } from '../routing/router.js';

interface MapSubject {
  title: string;
  /** Where the places come from, as a link back. */
  back: { href: string; text: string; lang?: string } | null;
  places: EntityRef[];
}

const RECENT_STORIES = 50;

/** Places of many stories: a place's weight is the number of stories it is among the main entities of. */
function placesOfStories(stories: readonly StorySummary[]): EntityRef[] {
  return stories.flatMap((story) => (story.topEntities ?? []).filter((entity) => entity.type === 'place').map((entity) => ({ ...entity, weight: 1 })));
}

/** At most this many places are looked up one by one for their country (story and search pages list a few). */
const COUNTRY_LOOKUPS = 24;

/**
 * Places the API gave without coordinates or country (cities, regions) get their country from their entity
 * record, so the map can draw them approximately; a lookup that fails leaves the place unpositioned.
 */
async function withCountries(places: EntityRef[], signal: AbortSignal): Promise<EntityRef[]> {
  const needed = [...new Set(places.filter((place) => place.type === 'place' && typeof place.lat !== 'number' && !place.country && !countryCodeOf(place)).map((place) => place.id))];
  const countries = new Map<string, string | null>();
  await Promise.all(
    needed.slice(0, COUNTRY_LOOKUPS).map(async (id) => {
      try {
        countries.set(id, (await getEntity(id, signal)).country);
      } catch {
        countries.set(id, null);
      }
    }),
  );
  return places.map((place) => (countries.get(place.id) ? { ...place, country: countries.get(place.id) } : place));
}

async function loadSubject(query: URLSearchParams, signal: AbortSignal): Promise<MapSubject> {
  const subject = await loadPlaces(query, signal);
  return { ...subject, places: await withCountries(subject.places, signal) };
}

async function loadPlaces(query: URLSearchParams, signal: AbortSignal): Promise<MapSubject> {
  const storyId = query.get('story');
  const text = query.get('q');
  const entityId = query.get('entity');
  if (storyId) {
    const story = await getStory(storyId, signal);
    const places = story.places ?? story.topEntities.filter((entity) => entity.type === 'place');
    return { title: 'Places in this story', back: { href: storyHref(story.id), text: story.label ?? 'the story', lang: story.labelLanguage ?? undefined }, places };
  }
  if (text) {
    const result = await search({ q: text, since: query.get('since') ?? undefined, until: query.get('until') ?? undefined }, signal);
    const stories = result.groups.map((group) => group.story).filter((story): story is StorySummary => story !== null);
    const named = result.entities.filter((entity) => entity.type === 'place');
    return { title: `Places in the stories found for “${text}”`, back: { href: `/search?q=${encodeURIComponent(text)}`, text: 'back to the search' }, places: [...named, ...placesOfStories(stories)] };
  }
  if (entityId) {
    const entity = await getEntity(entityId, signal);
    return { title: entity.name, back: { href: `/entities/${encodeURIComponent(entity.id)}`, text: entity.name }, places: [entity] };
  }
  const recent = await listStories({ limit: RECENT_STORIES }, signal);
  return { title: `Places in the ${recent.items.length} newest stories`, back: null, places: placesOfStories(recent.items) };
}

function MapView({ world, subject }: { world: WorldMapData; subject: MapSubject }): JSX.Element {
  const { placed, unplaced } = placeEntities(subject.places, world.centroids);
  return (
    <>
      {subject.back && (
        <p>
          <Link href={subject.back.href} lang={subject.back.lang} dir="auto">
            {subject.back.text}
          </Link>
        </p>
      )}
      <WorldMap world={world} places={placed} label={subject.title} />
      {placed.length === 0 ? (
        <Empty>No place with known coordinates.</Empty>
      ) : (
        <section aria-labelledby="places-heading">
          <h2 id="places-heading">
            {placed.length} place{placed.length === 1 ? '' : 's'}
          </h2>
          <ul class="chips">
            {placed.map((place) => (
              <li key={place.id}>
                <EntityChip id={place.id} name={place.name} type="place" />
                {place.approximate && <span class="note"> (at its country)</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {unplaced.length > 0 && (
        <section aria-labelledby="unplaced-heading">
          <h2 id="unplaced-heading">Places the map cannot position</h2>
          <ul class="chips">
            {unplaced.map((place) => (
              <li key={place.id}>
                <EntityChip id={place.id} name={place.name} type="place" />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

export function MapPage({ location }: { location: AppLocation }): JSX.Element {
  const { query } = location;
  useDocumentTitle('Map');
  const data = useResource(async (signal) => {
    const [world, subject] = await Promise.all([loadWorldMap(), loadSubject(query, signal)]);
    return { world, subject };
  }, [query.toString()]);
  return (
    <>
      <h1>Map</h1>
      <FilterForm key={query.toString()} action="/map" label="Places of a search" role="search">
        <label for="map-search">Search</label>
        <input id="map-search" name="q" type="search" dir="auto" defaultValue={query.get('q') ?? ''} placeholder="words in any language" />
        <button type="submit">Show places</button>
      </FilterForm>
      <ResourceView resource={data} what="the map">
        {({ world, subject }) => <MapView world={world} subject={subject} />}
      </ResourceView>
    </>
  );
}
