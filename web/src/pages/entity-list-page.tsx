/** People, places, organisations and other names, most mentioned first; searchable in any script. */
import type { JSX } from 'preact';
import { listEntities } from '../api/client.js';
import { useResource } from '../api/use-resource.js';
import { useDocumentTitle } from '../components/document-title.js';
import { EntityChip } from '../components/entity-chip.js';
import { FilterForm } from '../components/filter-form.js';
import { Empty, ResourceView } from '../components/page-state.js';
import { Pager } from '../components/pager.js';
import { formatSpan } from '../format/dates.js';
import type { AppLocation } from '../routing/router.js';

const PAGE_SIZE = 50;
const TYPES = [
  ['', 'any type'],
  ['person', 'people'],
  ['place', 'places'],
  ['organization', 'organisations'],
  ['other', 'other names'],
] as const;

export function EntityListPage({ location }: { location: AppLocation }): JSX.Element {
  const { query } = location;
  const search = query.get('q') ?? '';
  const type = query.get('type') ?? '';
  const offset = Math.max(0, Number(query.get('offset') ?? 0) || 0);
  useDocumentTitle('Entities');
  const entities = useResource(
    (signal) => listEntities({ search: search || undefined, type: type || undefined, limit: PAGE_SIZE, offset }, signal),
    [query.toString()],
  );
  return (
    <>
      <h1>Entities</h1>
      <FilterForm key={query.toString()} action="/entities" label="Find entities" role="search">
        <label for="entity-search">Name</label>
        <input id="entity-search" name="q" type="search" dir="auto" defaultValue={search} placeholder="Rouhani, روحاني, Москва…" />
        <label for="entity-type">Type</label>
        <select id="entity-type" name="type" value={type}>
          {TYPES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <button type="submit">Find</button>
      </FilterForm>
      <ResourceView resource={entities} what="entities">
        {(page) =>
          page.items.length === 0 ? (
            <Empty>No entity matches.</Empty>
          ) : (
            <>
              <table class="entity-table">
                <thead>
                  <tr>
                    <th scope="col">Entity</th>
                    <th scope="col" class="number">Mentions</th>
                    <th scope="col" class="number">Articles</th>
                    <th scope="col">Seen</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((entity) => (
                    <tr key={entity.id}>
                      <td>
                        <EntityChip id={entity.id} name={entity.name} type={entity.type} />
                      </td>
                      <td class="number">{entity.mentions}</td>
                      <td class="number">{entity.documents}</td>
                      <td>{formatSpan(entity.firstSeen, entity.lastSeen)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager path="/entities" query={query} offset={offset} limit={PAGE_SIZE} shown={page.items.length} total={page.total} hasMore={page.hasMore} />
            </>
          )
        }
      </ResourceView>
    </>
  );
}
