/** One member article of a story: title, outlet, date and why it joined; its clean text opens in place. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { StoryMember } from '../api/types.js';
import { formatDate } from '../format/dates.js';
import { languageName, textDirection } from '../format/language.js';
import { outletOf } from '../story/group-members.js';
import { ArticleText } from './article-text.js';

const RELATION_LABEL: Record<string, string> = { exact: 'exact copy', reprint: 'reprint', update: 'updated copy' };

export function ArticleEntry({ member, isCopy = false }: { member: StoryMember; isCopy?: boolean }): JSX.Element {
  const [open, setOpen] = useState(false);
  const textId = `text-${member.id}`;
  const lang = member.language ?? undefined;
  return (
    <article class={isCopy ? 'member copy' : 'member'} data-article-id={member.id} aria-labelledby={`title-${member.id}`}>
      <h4 id={`title-${member.id}`} class="member-title" lang={lang} dir={textDirection(member.language)}>
        {member.title ?? <span class="untitled" lang="en" dir="ltr">Untitled article</span>}
      </h4>
      <p class="meta">
        {isCopy && <span class="relation">{RELATION_LABEL[member.relation ?? ''] ?? 'copy'} in {outletOf(member)}</span>}
        <time dateTime={member.published ?? undefined}>{formatDate(member.published, { withTime: true })}</time>
        <span title={languageName(member.language)}>{member.language ?? '?'}</span>
        {!isCopy && member.why && (
          <span class="why" title="why this article joined the story">
            joined: {member.why}
          </span>
        )}
      </p>
      <button type="button" class="link-button" aria-expanded={open} aria-controls={textId} onClick={() => setOpen(!open)}>
        {open ? 'Hide text' : 'Read text'}
      </button>
      {open && (
        <div id={textId} class="member-text">
          <ArticleText id={member.id} />
        </div>
      )}
    </article>
  );
}
