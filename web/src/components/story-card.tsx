/** One story in a list: its label, when it ran, how many articles and independent sources, languages, main entities. */
import type { JSX } from 'preact';
import type { StorySummary } from '../api/types.js';
import { formatSpan } from '../format/dates.js';
import { textDirection } from '../format/language.js';
import { Link } from '../routing/router.js';
import { EntityChips } from './entity-chip.js';
import { LanguageBadges } from './language-badges.js';

export function storyHref(id: string): string {
  return `/stories/${encodeURIComponent(id)}`;
}

export function StoryCard({ story, headingLevel = 2 }: { story: StorySummary; headingLevel?: 2 | 3 }): JSX.Element {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const sources = story.sources.length;
  return (
    <article class="card story-card">
      <Heading class="story-title">
        <Link href={storyHref(story.id)} lang={story.labelLanguage ?? undefined} dir={textDirection(story.labelLanguage)}>
          {story.label || 'Untitled story'}
        </Link>
      </Heading>
      <p class="meta">
        <span>{formatSpan(story.firstSeen, story.lastSeen)}</span>
        <span>
          {story.articles} article{story.articles === 1 ? '' : 's'}
        </span>
        <span title={story.sources.join(', ')}>
          {sources} source{sources === 1 ? '' : 's'}
        </span>
        <LanguageBadges languages={story.languages} />
      </p>
      <EntityChips entities={story.topEntities.slice(0, 6)} label="Main entities" />
    </article>
  );
}
