/**
 * An offline world map (bundled Natural Earth shapes, no tile server) with places as dots. Countries that hold
 * a shown place are shaded; every dot is a link to the place's entity page and is listed under the map too.
 */
import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { fitView } from '../map/fit-view.js';
import { areaPath, worldProjection } from '../map/projection.js';
import { dotRadius, type MapPlace } from '../map/places.js';
import type { WorldMap as WorldMapData } from '../map/world-topology.js';
import { navigate } from '../routing/router.js';
import { entityHref } from './entity-chip.js';

const projection = worldProjection(960);

/** The outline of the projected globe: the meridians ±180° from pole to pole. */
function outlinePath(): string {
  const points: string[] = [];
  for (let lat = -90; lat <= 90; lat += 5) points.push(`${projection.project(180, lat).x},${projection.project(180, lat).y}`);
  for (let lat = 90; lat >= -90; lat -= 5) points.push(`${projection.project(-180, lat).x},${projection.project(-180, lat).y}`);
  return `M${points.join('L')}Z`;
}

const OUTLINE = outlinePath();

export function WorldMap({ world, places, label }: { world: WorldMapData; places: readonly MapPlace[]; label: string }): JSX.Element {
  const countryPaths = useMemo(
    () => world.countries.map((country) => ({ code: country.code, name: country.name, path: areaPath(country.geometry, projection.project) })),
    [world],
  );
  const shaded = new Set(places.map((place) => place.country).filter(Boolean));
  const most = Math.max(0, ...places.map((place) => place.weight));
  const follow = (event: MouseEvent, href: string): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  // Smaller dots are drawn last so a big one never hides them.
  const drawOrder = [...places].sort((a, b) => b.weight - a.weight);
  const [wholeWorld, setWholeWorld] = useState(false);
  const view = wholeWorld ? fitView([], projection) : fitView(places.map((place) => projection.project(place.lon, place.lat)), projection);
  const zoomed = view.width < projection.width;
  // Dots keep their size on screen whatever the zoom.
  const dotScale = view.width / projection.width;
  return (
    <figure class="map">
      {(zoomed || wholeWorld) && (
        <button type="button" class="link-button map-toggle" aria-pressed={wholeWorld} onClick={() => setWholeWorld(!wholeWorld)}>
          {wholeWorld ? 'Zoom to the places' : 'Show the whole world'}
        </button>
      )}
      <svg viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`} role="group" aria-label={label} class="world-map">
        <path d={OUTLINE} class="sphere" />
        {countryPaths.map((country, index) => (
          <path key={country.code ?? `shape-${index}`} d={country.path} class={country.code && shaded.has(country.code) ? 'country shaded' : 'country'}>
            <title>{country.name}</title>
          </path>
        ))}
        {drawOrder.map((place) => {
          const point = projection.project(place.lon, place.lat);
          const href = entityHref(place.id);
          return (
            <a key={place.id} href={href} onClick={(event) => follow(event, href)} class="place-link">
              <title>{place.approximate ? `${place.name} (drawn at its country: exact position unknown)` : place.name}</title>
              <circle cx={point.x} cy={point.y} r={dotRadius(place.weight, most) * dotScale} class={place.approximate ? 'place-dot approximate' : 'place-dot'} />
            </a>
          );
        })}
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
