/**
 * The clean text of one article, loaded when asked for, with the boilerplate the pipeline removed one click
 * away (each line with the reason it was removed). Text is only ever rendered as text nodes: whatever a page
 * from the web contains, it cannot become markup here.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { getArticle } from '../api/client.js';
import type { ArticleDetail } from '../api/types.js';
import { useResource } from '../api/use-resource.js';
import { textDirection } from '../format/language.js';
import { safeHttpUrl } from '../format/safe-url.js';
import { ResourceView } from './page-state.js';

function datelineText(dateline: ArticleDetail['dateline']): string | null {
  if (!dateline) return null;
  if (typeof dateline === 'string') return dateline;
  return dateline.raw ?? ([dateline.place, dateline.agency].filter(Boolean).join(', ') || null);
}

function shownDateline(article: ArticleDetail): string | null {
  const dateline = datelineText(article.dateline);
  if (!dateline) return null;
  return article.paragraphs[0]?.trimStart().startsWith(dateline.replace(/[\s–—-]+$/u, '')) ? null : dateline;
}

function RemovedLines({ article, id }: { article: ArticleDetail; id: string }): JSX.Element | null {
  const [open, setOpen] = useState(false);
  if (article.removed.length === 0) return <p class="note">No boilerplate was removed from this article.</p>;
  const count = article.removed.length;
  return (
    <div class="removed">
      <button type="button" class="link-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? 'Hide' : 'Show'} removed boilerplate ({count} line{count === 1 ? '' : 's'})
      </button>
      {open && (
        <ol id={id} class="removed-lines">
          {article.removed.map((line, index) => (
            <li key={index}>
              <span class="reason">
                {line.reason}
                {line.line !== undefined && ` (line ${line.line})`}
              </span>
              <span class="removed-text" dir="auto" lang={article.language ?? undefined}>
                {line.text}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

export function ArticleBody({ article }: { article: ArticleDetail }): JSX.Element {
  const lang = article.language ?? undefined;
  const dir = textDirection(article.language);
  const opinion = new Set(article.opinionParagraphs ?? []);
  // The dateline is shown on its own only when the first paragraph does not already open with it.
  const dateline = shownDateline(article);
  const originalUrl = safeHttpUrl(article.url);
  return (
    <div class="article-body">
      <div class="article-text" lang={lang} dir={dir}>
        {dateline && <p class="dateline">{dateline}</p>}
        {article.paragraphs.map((paragraph, index) => (
          <p key={index} class={opinion.has(index) ? 'opinion' : undefined}>
            {opinion.has(index) && (
              <span class="opinion-label" lang="en" dir="ltr">
                publisher's opinion:{' '}
              </span>
            )}
            {paragraph}
          </p>
        ))}
      </div>
      {article.captions.length > 0 && (
        <ul class="captions" aria-label="Photo captions" lang={lang} dir={dir}>
          {article.captions.map((caption, index) => (
            <li key={index}>{caption}</li>
          ))}
        </ul>
      )}
      <RemovedLines article={article} id={`removed-${article.id}`} />
      {originalUrl && (
        <p class="note">
          Original:{' '}
          <a href={originalUrl} rel="noopener noreferrer external" target="_blank">
            {originalUrl}
          </a>
        </p>
      )}
    </div>
  );
}

/** Loads and shows an article's text; mounted only when the reader opens it. */
export function ArticleText({ id }: { id: string }): JSX.Element {
  const article = useResource((signal) => getArticle(id, signal), [id]);
  return (
    <ResourceView resource={article} what="the article's text">
      {(data) => <ArticleBody article={data} />}
    </ResourceView>
  );
}
