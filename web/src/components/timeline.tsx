/**
 * A story's events in date order: what happened, who took part, and how well it is corroborated (independent
 * sources and languages), with each report's sentence on demand. Conflicting dates or figures between
 * sources are shown as reported, not resolved.
 */
import type { JSX } from 'preact';
import { getTimeline } from '../api/client.js';
import { useResource } from '../api/use-resource.js';
import { formatDate } from '../format/dates.js';
import { languageName, textDirection } from '../format/language.js';
import { timelineRows, type TimelineRow } from '../story/timeline-events.js';
import { EntityChip } from './entity-chip.js';
import { LanguageBadge } from './language-badges.js';
import { ResourceView } from './page-state.js';

const ROLE: Record<string, string> = { actor: 'who', target: 'with or to whom', place: 'where' };

function Parties({ row }: { row: TimelineRow }): JSX.Element | null {
  if (row.parties.length === 0) return null;
  return (
    <ul class="chips" aria-label="Taking part">
      {row.parties.map((item, index) => (
        <li key={`${item.role}-${item.entityId ?? item.name}-${index}`} title={ROLE[item.role]}>
          {item.entityId ? <EntityChip id={item.entityId} name={item.name} type={item.type} /> : <span class={`chip chip-${item.type}`}><bdi>{item.name}</bdi></span>}
        </li>
      ))}
    </ul>
  );
}

function EventItem({ row }: { row: TimelineRow }): JSX.Element {
  const sources = row.sources.length;
  return (
    <li class="event">
      <p class="event-date">
        <time dateTime={row.date ?? undefined}>{row.date ? formatDate(row.date) : 'date unknown'}</time>
        {row.dateText && (
          <span class="note">
            {' '}
            (“<bdi>{row.dateText}</bdi>”)
          </span>
        )}
      </p>
      <div class="event-body">
        <p class="event-text">
          <span class="event-type">{row.kind}</span>{' '}
          {row.lead && (
            <span lang={row.lead.language ?? undefined} dir={textDirection(row.lead.language)}>
              {row.lead.sentence}
            </span>
          )}
        </p>
        <Parties row={row} />
        <p class="corroboration">
          <span title={row.sources.join(', ')}>
            {sources} source{sources === 1 ? '' : 's'}
          </span>
          {row.languages.length > 0 && (
            <span aria-label={`in ${row.languages.map(languageName).join(', ')}`}>
              {row.languages.map((code) => (
                <LanguageBadge key={code} code={code} />
              ))}
            </span>
          )}
        </p>
        {row.conflicts.length > 0 && (
          <p class="conflict">
            <strong>Sources disagree:</strong> {row.conflicts.join('; ')}
          </p>
        )}
        {row.reports.length > 1 && (
          <details>
            <summary>All {row.reports.length} reports</summary>
            <ul class="sentences">
              {row.reports.map((report, index) => (
                <li key={`${report.articleId}-${index}`}>
                  <span lang={report.language ?? undefined} dir={textDirection(report.language)}>
                    {report.sentence}
                  </span>{' '}
                  <span class="note">
                    — <bdi>{report.outlet}</bdi>
                    {report.copyOf && ', a copy'}
                    {report.date && `, ${formatDate(report.date)}`}
                  </span>
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
    </li>
  );
}

export function Timeline({ storyId }: { storyId: string }): JSX.Element {
  const timeline = useResource((signal) => getTimeline(storyId, signal), [storyId]);
  return (
    <section aria-labelledby="timeline-heading" class="timeline-section">
      <h2 id="timeline-heading">Timeline</h2>
      <ResourceView resource={timeline} what="the timeline">
        {(data) => {
          const rows = data ? timelineRows(data.events) : [];
          return rows.length === 0 ? (
            <p class="state empty timeline-empty">
              {data ? 'No events were found in these articles.' : 'This server does not extract events yet.'} The articles below are in publication
              order within each outlet.
            </p>
          ) : (
            <ol class="timeline">
              {rows.map((row) => (
                <EventItem key={row.key} row={row} />
              ))}
            </ol>
          );
        }}
      </ResourceView>
    </section>
  );
}
