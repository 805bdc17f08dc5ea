/** Entity reads and writes for the SQLite store; portable SQL. */
import type Database from 'better-sqlite3';
import type { EntityType } from '../../core/entity.js';
import type { DocumentMentions, EntityAlias, EntityDetail, EntityFilter, EntitySummary, NewEntity } from '../entity-records.js';

interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  place_id: string | null;
  country: string | null;
}

interface SummaryRow extends EntityRow {
  mentions: number;
  documents: number;
  first_seen: string | null;
  last_seen: string | null;
}

const SUMMARY_SELECT = `
  SELECT e.id, e.type, e.name, e.place_id, e.country,
         count(m.entity_id) AS mentions, count(DISTINCT m.document_id) AS documents,
         min(a.published) AS first_seen, max(a.published) AS last_seen
  FROM entities e
  LEFT JOIN mentions m ON m.entity_id = e.id
  LEFT JOIN articles a ON a.document_id = m.document_id`;

function toSummary(row: SummaryRow): EntitySummary {
  return { id: row.id, type: row.type, name: row.name, placeId: row.place_id, country: row.country, mentions: row.mentions, documents: row.documents, firstSeen: row.first_seen, lastSeen: row.last_seen };
}

export function findEntitiesByKeys(db: Database.Database, keys: string[], type?: EntityType): NewEntity[] {
  if (keys.length === 0) return [];
  const placeholders = keys.map(() => '?').join(', ');
  const rows = db
    .prepare<unknown[], EntityRow>(
      `SELECT DISTINCT e.id, e.type, e.name, e.place_id, e.country FROM entity_keys k JOIN entities e ON e.id = k.entity_id WHERE k.key IN (${placeholders})${type ? ' AND e.type = ?' : ''} ORDER BY e.id`,
    )
    .all(...keys, ...(type ? [type] : []));
  const aliases = db.prepare<[string], { alias: string; language: string | null; script: string; evidence: string }>('SELECT alias, language, script, evidence FROM entity_aliases WHERE entity_id = ? ORDER BY alias');
  const entityKeys = db.prepare<[string], { key: string }>('SELECT key FROM entity_keys WHERE entity_id = ? ORDER BY key');
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    name: row.name,
    placeId: row.place_id,
    country: row.country,
    aliases: aliases.all(row.id),
    keys: entityKeys.all(row.id).map((k) => k.key),
  }));
}

export function saveEntityMentions(db: Database.Database, entities: NewEntity[], documents: DocumentMentions[]): void {
  const upsertEntity = db.prepare('INSERT INTO entities (id, type, name, place_id, country) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name');
  const addAlias = db.prepare('INSERT INTO entity_aliases (entity_id, alias, language, script, evidence) VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity_id, alias) DO NOTHING');
  const addKey = db.prepare('INSERT INTO entity_keys (key, entity_id) VALUES (?, ?) ON CONFLICT (key, entity_id) DO NOTHING');
  const clearMentions = db.prepare('DELETE FROM mentions WHERE document_id = ?');
  const addMention = db.prepare('INSERT INTO mentions (document_id, start_offset, end_offset, entity_id, text, evidence) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (document_id, start_offset) DO NOTHING');
  db.transaction(() => {
    for (const entity of entities) {
      upsertEntity.run(entity.id, entity.type, entity.name, entity.placeId, entity.country);
      for (const alias of entity.aliases) addAlias.run(entity.id, alias.alias, alias.language, alias.script, alias.evidence);
      for (const key of entity.keys) addKey.run(key, entity.id);
    }
    for (const { documentId, mentions } of documents) {
      clearMentions.run(documentId);
      for (const mention of mentions) addMention.run(documentId, mention.start, mention.end, mention.entityId, mention.text, JSON.stringify(mention.evidence));
    }
  }).immediate();
}

export function listEntities(db: Database.Database, filter: EntityFilter): EntitySummary[] {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.type) {
    clauses.push('e.type = ?');
    params.push(filter.type);
  }
  if (filter.search) {
    clauses.push("e.id IN (SELECT entity_id FROM entity_keys WHERE key LIKE ? OR key LIKE ?)");
    params.push(`alias:%${filter.search}%`, `surname:%${filter.search}%`);
  }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  return db
    .prepare<unknown[], SummaryRow>(`${SUMMARY_SELECT} ${where} GROUP BY e.id, e.type, e.name, e.place_id, e.country HAVING count(m.entity_id) > 0 ORDER BY documents DESC, mentions DESC, e.name LIMIT ? OFFSET ?`)
    .all(...params, filter.limit ?? -1, filter.offset ?? 0)
    .map(toSummary);
}

export function getEntity(db: Database.Database, id: string): EntityDetail | null {
  const row = db.prepare<[string], SummaryRow>(`${SUMMARY_SELECT} WHERE e.id = ? GROUP BY e.id, e.type, e.name, e.place_id, e.country`).get(id);
  if (!row) return null;
  const aliases = db
    .prepare<[string], EntityAlias & { mentions: number }>(
      `SELECT al.alias, al.language, al.script, al.evidence, (SELECT count(*) FROM mentions m WHERE m.entity_id = al.entity_id AND m.text = al.alias) AS mentions
       FROM entity_aliases al WHERE al.entity_id = ? ORDER BY al.script, mentions DESC, al.alias`,
    )
    .all(id);
  const articles = db
    .prepare<[string], { id: string; title: string | null; language: string | null; published: string | null; mentions: number }>(
      `SELECT a.document_id AS id, a.title, a.language, a.published, count(*) AS mentions FROM mentions m JOIN articles a ON a.document_id = m.document_id
       WHERE m.entity_id = ? GROUP BY a.document_id, a.title, a.language, a.published ORDER BY a.published, a.document_id`,
    )
    .all(id);
  const coOccurring = db
    .prepare<[string, string], { id: string; name: string; type: EntityType; documents: number }>(
      `SELECT e.id, e.name, e.type, count(DISTINCT m.document_id) AS documents FROM mentions m JOIN entities e ON e.id = m.entity_id
       WHERE m.document_id IN (SELECT document_id FROM mentions WHERE entity_id = ?) AND m.entity_id <> ?
       GROUP BY e.id, e.name, e.type ORDER BY documents DESC, e.name LIMIT 25`,
    )
    .all(id, id);
  const timeline = db
    .prepare<[string], { period: string; mentions: number }>(
      `SELECT substr(a.published, 1, 7) AS period, count(*) AS mentions FROM mentions m JOIN articles a ON a.document_id = m.document_id
       WHERE m.entity_id = ? AND a.published IS NOT NULL GROUP BY substr(a.published, 1, 7) ORDER BY period`,
    )
    .all(id);
  return { ...toSummary(row), aliases, articles, coOccurring, timeline };
}
