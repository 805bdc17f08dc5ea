/** Event and quote reads and writes for the SQLite store; portable SQL. */
import type Database from 'better-sqlite3';
import type { DocumentEvents, EventFilter, EventRow, StoredEvent, StoredQuote } from '../event-records.js';

const CHUNK = 500;
const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** The columns kept outside the payload (indexed for filters) are not repeated inside it. */
type EventPayload = Omit<StoredEvent, 'seq' | 'type' | 'date'>;

function eventFromRow(row: { seq: number; type: string; event_date: string | null; payload: string }): StoredEvent {
  const payload = JSON.parse(row.payload) as EventPayload;
  return { ...payload, seq: row.seq, type: row.type, date: row.event_date };
}

/** Replaces each listed document's events and quotes, in the caller's transaction. */
export function saveDocumentEvents(db: Database.Database, documents: DocumentEvents[]): void {
  const clearEvents = db.prepare('DELETE FROM events WHERE document_id = ?');
  const clearParties = db.prepare('DELETE FROM event_parties WHERE document_id = ?');
  const clearQuotes = db.prepare('DELETE FROM quotes WHERE document_id = ?');
  const addEvent = db.prepare('INSERT INTO events (document_id, seq, type, event_date, payload) VALUES (?, ?, ?, ?, ?)');
  const addParty = db.prepare('INSERT INTO event_parties (document_id, seq, entity_id, role) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING');
  const addQuote = db.prepare('INSERT INTO quotes (document_id, seq, speaker_entity_id, payload) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    for (const { documentId, events, quotes } of documents) {
      clearParties.run(documentId);
      clearEvents.run(documentId);
      clearQuotes.run(documentId);
      for (const event of events) {
        const { seq, type, date, ...payload } = event;
        addEvent.run(documentId, seq, type, date, JSON.stringify(payload satisfies EventPayload));
        for (const [role, parties] of [['actor', event.actors], ['target', event.targets], ['place', event.place ? [event.place] : []]] as const) {
          for (const party of parties) if (party.entityId) addParty.run(documentId, seq, party.entityId, role);
        }
      }
      for (const quote of quotes) addQuote.run(documentId, quote.seq, quote.speaker?.entityId ?? null, JSON.stringify(quote));
    }
  })();
}

/** Each listed document's events and quotes, in article order; documents without any map to empty lists. */
export function documentEvents(db: Database.Database, documentIds: string[]): Map<string, DocumentEvents> {
  const result = new Map<string, DocumentEvents>(documentIds.map((id) => [id, { documentId: id, events: [], quotes: [] }]));
  for (const part of chunks([...new Set(documentIds)])) {
    const events = db
      .prepare<unknown[], { document_id: string; seq: number; type: string; event_date: string | null; payload: string }>(
        `SELECT document_id, seq, type, event_date, payload FROM events WHERE document_id IN (${marks(part.length)}) ORDER BY document_id, seq`,
      )
      .all(...part);
    for (const row of events) result.get(row.document_id)?.events.push(eventFromRow(row));
    const quotes = db
      .prepare<unknown[], { document_id: string; payload: string }>(`SELECT document_id, payload FROM quotes WHERE document_id IN (${marks(part.length)}) ORDER BY document_id, seq`)
      .all(...part);
    for (const row of quotes) result.get(row.document_id)?.quotes.push(JSON.parse(row.payload) as StoredQuote);
  }
  return result;
}

/** Events of current articles matching the filter, by event date (undated last), then article. */
export function listEvents(db: Database.Database, filter: EventFilter): EventRow[] {
  const clauses = ['NOT EXISTS (SELECT 1 FROM documents n WHERE n.previous_version_id = e.document_id)'];
  const params: unknown[] = [];
  if (filter.type) {
    clauses.push('e.type = ?');
    params.push(filter.type);
  }
  if (filter.language) {
    clauses.push('a.language = ?');
    params.push(filter.language.toLowerCase());
  }
  // Event dates are ISO strings at their precision: a prefix comparison gives inclusive bounds at any precision.
  if (filter.since) {
    clauses.push('e.event_date IS NOT NULL AND substr(e.event_date, 1, ?) >= ?');
    params.push(filter.since.length, filter.since);
  }
  if (filter.until) {
    clauses.push('e.event_date IS NOT NULL AND substr(e.event_date, 1, ?) <= ?');
    params.push(filter.until.length, filter.until);
  }
  if (filter.entityId) {
    clauses.push('EXISTS (SELECT 1 FROM event_parties p WHERE p.document_id = e.document_id AND p.seq = e.seq AND p.entity_id = ?)');
    params.push(filter.entityId);
  }
  const rows = db
    .prepare<unknown[], { document_id: string; seq: number; type: string; event_date: string | null; payload: string; language: string | null; published: string | null; url: string | null }>(
      `SELECT e.document_id, e.seq, e.type, e.event_date, e.payload, a.language, a.published, a.url
       FROM events e JOIN articles a ON a.document_id = e.document_id
       WHERE ${clauses.join(' AND ')}
       ORDER BY CASE WHEN e.event_date IS NULL THEN 1 ELSE 0 END, e.event_date, e.document_id, e.seq
       LIMIT ? OFFSET ?`,
    )
    .all(...params, filter.limit ?? 100, filter.offset ?? 0);
  return rows.map((row) => ({ ...eventFromRow(row), documentId: row.document_id, language: row.language, published: row.published, url: row.url }));
}
