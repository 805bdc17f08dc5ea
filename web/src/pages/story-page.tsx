/** One story: its label, timeline, entities and every outlet's coverage side by side. */
import type { JSX } from 'preact';
import { getStory } from '../api/client.js';
import type { StoryDetail } from '../api/types.js';
import { useResource } from '../api/use-resource.js';
import { Coverage } from '../components/coverage.js';
import { useDocumentTitle } from '../components/document-title.js';
import { EntityChips } from '../components/entity-chip.js';
import { LanguageBadges } from '../components/language-badges.js';
import { ResourceView } from '../components/page-state.js';
import { storyHref } from '../components/story-card.js';
import { Timeline } from '../components/timeline.js';
import { formatSpan } from '../format/dates.js';
import { textDirection } from '../format/language.js';
import { hrefWith, Link } from '../routing/router.js';

function ThreadList({ story }: { story: StoryDetail }): JSX.Element | null {
  const others = (story.thread ?? []).filter((item) => item.id !== story.id);
  if (others.length === 0) return null;
  return (
    <section aria-labelledby="thread-heading">
      <h2 id="thread-heading">Related stories in the same thread</h2>
      <ul class="plain-list">
        {others.map((item) => (
          <li key={item.id}>
            <Link href={storyHref(item.id)} dir="auto">
              {item.label ?? 'Untitled story'}
            </Link>{' '}
            <span class="note">
              {formatSpan(item.firstSeen, item.lastSeen)}, {item.articles} article{item.articles === 1 ? '' : 's'}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function StoryView({ story }: { story: StoryDetail }): JSX.Element {
  const copies = story.articles - story.originals;
  return (
    <>
      <header class="page-header">
        <p class="kicker">Story</p>
        <h1 lang={story.labelLanguage ?? undefined} dir={textDirection(story.labelLanguage)}>
          {story.label || 'Untitled story'}
        </h1>
        <p class="meta">
          <span>{formatSpan(story.firstSeen, story.lastSeen)}</span>
          <span>
            {story.articles} article{story.articles === 1 ? '' : 's'}
            {copies > 0 && ` (${copies} cop${copies === 1 ? 'y' : 'ies'})`}
          </span>
          <span title={story.sources.join(', ')}>
            {story.sources.length} independent source{story.sources.length === 1 ? '' : 's'}
          </span>
          <LanguageBadges languages={story.languages} />
          <Link href={hrefWith('/map', { story: story.id })}>Places on the map</Link>
        </p>
        <EntityChips entities={story.topEntities} label="Entities in this story" />
      </header>
      <Timeline storyId={story.id} />
      <Coverage members={story.members} />
      <ThreadList story={story} />
    </>
  );
}

export function StoryPage({ id }: { id: string }): JSX.Element {
  const story = useResource((signal) => getStory(id, signal), [id]);
  useDocumentTitle(story.state === 'ready' ? story.data.label : 'Story');
  return (
    <ResourceView resource={story} what="the story">
      {(data) => <StoryView story={data} />}
    </ResourceView>
  );
}
