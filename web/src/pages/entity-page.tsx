/** One entity: its names in every language and script, mentions over time, the entities around it, its stories. */
import type { JSX } from 'preact';
import { getEntity, listStories } from '../api/client.js';
import type { EntityDetail, Page, StorySummary } from '../api/types.js';
import { useResource } from '../api/use-resource.js';
import { CooccurrenceGraph } from '../components/cooccurrence-graph.js';
import { useDocumentTitle } from '../components/document-title.js';
import { EntityChip } from '../components/entity-chip.js';
import { MentionsChart } from '../components/mentions-chart.js';
import { Empty, ResourceView } from '../components/page-state.js';
import { StoryCard } from '../components/story-card.js';
import { groupAliases } from '../entity/alias-groups.js';
import { formatSpan } from '../format/dates.js';
import { isRightToLeftScript, languageName, scriptName } from '../format/language.js';
import { hrefWith, Link } from '../routing/router.js';

const TYPE_NAME: Record<string, string> = { person: 'Person', place: 'Place', organization: 'Organisation', other: 'Name' };

/** Mentions by day when the API gives them for every dated article, else by month (which also counts month-precision dates). */
function mentionPoints(entity: EntityDetail): { period: string; mentions: number }[] {
  const byDay = entity.mentionsByDay ?? [];
  const dayTotal = byDay.reduce((sum, day) => sum + day.mentions, 0);
  const monthTotal = entity.timeline.reduce((sum, month) => sum + month.mentions, 0);
  return byDay.length > 0 && dayTotal >= monthTotal ? byDay.map(({ day, mentions }) => ({ period: day, mentions })) : entity.timeline;
}

function AliasTable({ entity }: { entity: EntityDetail }): JSX.Element {
  const groups = groupAliases(entity.aliases);
  return (
    <section aria-labelledby="aliases-heading">
      <h2 id="aliases-heading">Names by language and script</h2>
      <table class="aliases">
        <thead>
          <tr>
            <th scope="col">Language</th>
            <th scope="col">Script</th>
            <th scope="col">Names (mentions)</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.key}>
              <th scope="row">{languageName(group.language)}</th>
              <td>{scriptName(group.script)}</td>
              <td>
                <ul class="alias-list">
                  {group.aliases.map((alias) => (
                    <li key={alias.alias} title={`why linked: ${alias.evidence}`}>
                      <span class="alias" lang={alias.language ?? undefined} dir={isRightToLeftScript(alias.script) ? 'rtl' : 'auto'}>
                        {alias.alias}
                      </span>{' '}
                      <span class="note">({alias.mentions})</span>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function EntityStories({ entity }: { entity: EntityDetail }): JSX.Element {
  // The entity's own list when the API includes it, else the stories filtered by the entity.
  const stories = useResource(
    (signal): Promise<Page<StorySummary>> =>
      entity.stories
        ? Promise.resolve({ total: entity.storiesTotal ?? entity.stories.length, hasMore: false, items: entity.stories })
        : listStories({ entity: entity.id, limit: 20 }, signal),
    [entity.id],
  );
  return (
    <section aria-labelledby="stories-heading">
      <h2 id="stories-heading">Stories</h2>
      <ResourceView resource={stories} what="stories">
        {(page) =>
          page.items.length === 0 ? (
            <Empty>No story has this entity among its main entities.</Empty>
          ) : (
            <>
              <ol class="story-list">
                {page.items.map((story) => (
                  <li key={story.id}>
                    <StoryCard story={story} headingLevel={3} />
                  </li>
                ))}
              </ol>
              {(page.total ?? 0) > page.items.length && <Link href={hrefWith('/', { entity: entity.id })}>All {page.total} stories</Link>}
            </>
          )
        }
      </ResourceView>
    </section>
  );
}

function EntityView({ entity }: { entity: EntityDetail }): JSX.Element {
  return (
    <>
      <header class="page-header">
        <p class="kicker">{TYPE_NAME[entity.type] ?? entity.type}</p>
        <h1 dir="auto">{entity.name}</h1>
        <p class="meta">
          <span>
            {entity.mentions} mention{entity.mentions === 1 ? '' : 's'} in {entity.documents} article{entity.documents === 1 ? '' : 's'}
          </span>
          <span>{formatSpan(entity.firstSeen, entity.lastSeen)}</span>
          {entity.type === 'place' && <Link href={hrefWith('/map', { entity: entity.id })}>On the map</Link>}
          <Link href={hrefWith('/search', { q: entity.name })}>Search its articles</Link>
        </p>
      </header>
      <AliasTable entity={entity} />
      <section aria-labelledby="mentions-heading">
        <h2 id="mentions-heading">Mentions over time</h2>
        <MentionsChart points={mentionPoints(entity)} />
      </section>
      <section aria-labelledby="cooccurring-heading">
        <h2 id="cooccurring-heading">Appears with</h2>
        <CooccurrenceGraph entity={entity} />
        <ul class="chips" aria-label="Co-occurring entities with shared articles">
          {entity.coOccurring.map((other) => (
            <li key={other.id}>
              <EntityChip id={other.id} name={other.name} type={other.type} count={other.documents} />
            </li>
          ))}
        </ul>
      </section>
      <EntityStories entity={entity} />
    </>
  );
}

export function EntityPage({ id }: { id: string }): JSX.Element {
  const entity = useResource((signal) => getEntity(id, signal), [id]);
  useDocumentTitle(entity.state === 'ready' ? entity.data.name : 'Entity');
  return (
    <ResourceView resource={entity} what="the entity">
      {(data) => <EntityView entity={data} />}
    </ResourceView>
  );
}
