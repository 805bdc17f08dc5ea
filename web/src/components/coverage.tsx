/** A story's member articles side by side: one card per outlet and language, copies folded under their origin. */
import type { JSX } from 'preact';
import type { StoryMember } from '../api/types.js';
import { languageName } from '../format/language.js';
import { groupMembers } from '../story/group-members.js';
import { ArticleEntry } from './article-entry.js';
import { LanguageBadge } from './language-badges.js';

export function Coverage({ members }: { members: readonly StoryMember[] }): JSX.Element {
  const groups = groupMembers(members);
  const outlets = new Set(groups.map((group) => group.outlet)).size;
  const languages = new Set(groups.map((group) => group.language)).size;
  return (
    <section aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">
        Coverage: {outlets} outlet{outlets === 1 ? '' : 's'}, {languages} language{languages === 1 ? '' : 's'}
      </h2>
      <div class="coverage">
        {groups.map((group) => (
          <section key={group.key} class="card outlet-group" aria-label={`${group.outlet}, ${languageName(group.language)}`}>
            <h3 class="outlet">
              <bdi>{group.outlet}</bdi> <LanguageBadge code={group.language} />
            </h3>
            {group.articles.map(({ article, copies }) => (
              <div key={article.id} class="folded">
                <ArticleEntry member={article} />
                {copies.length > 0 && (
                  <details class="copies">
                    <summary>
                      {copies.length} cop{copies.length === 1 ? 'y' : 'ies'} of this article (not counted as sources)
                    </summary>
                    {copies.map((copy) => (
                      <ArticleEntry key={copy.id} member={copy} isCopy />
                    ))}
                  </details>
                )}
              </div>
            ))}
          </section>
        ))}
      </div>
    </section>
  );
}
