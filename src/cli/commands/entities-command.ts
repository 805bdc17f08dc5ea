import type { Command } from 'commander';
import type { EntityType } from '../../core/entity.js';
import { NewsloomError } from '../../core/errors.js';
import { findEntity, searchEntities } from '../../services/entity-queries.js';
import type { EntityDetail } from '../../store/entity-records.js';
import { formatTable, printJson, printLine, truncate } from '../output.js';
import { configFor, withStore } from '../store-options.js';

const TYPES: EntityType[] = ['person', 'place', 'organization', 'other'];

function parseType(value: string | undefined): EntityType | undefined {
  if (value === undefined) return undefined;
  if (!TYPES.includes(value as EntityType)) throw new NewsloomError('BAD_ARGUMENT', `--type takes one of ${TYPES.join(', ')}, not "${value}"`);
  return value as EntityType;
}

function renderEntity(entity: EntityDetail): string[] {
  const lines = [`${entity.name}  (${entity.type}${entity.country ? `, ${entity.country}` : ''})`, `id ${entity.id} · ${entity.mentions} mentions in ${entity.documents} articles · ${entity.firstSeen ?? '?'} … ${entity.lastSeen ?? '?'}`, '', 'Aliases:'];
  const byScript = new Map<string, string[]>();
  for (const alias of entity.aliases) byScript.set(`${alias.language ?? '?'}/${alias.script}`, [...(byScript.get(`${alias.language ?? '?'}/${alias.script}`) ?? []), `${alias.alias} (${alias.mentions})`]);
  for (const [key, aliases] of byScript) lines.push(`  ${key.padEnd(10)} ${aliases.join(', ')}`);
  lines.push('', 'Why these aliases are one entity:');
  for (const alias of entity.aliases) lines.push(`  ${alias.alias}: ${alias.evidence}`);
  lines.push('', 'Articles:');
  for (const row of formatTable(entity.articles.map((a) => [a.id, a.language ?? '?', a.published?.slice(0, 10) ?? '—', String(a.mentions), truncate(a.title ?? '', 60)]))) lines.push(`  ${row}`);
  if (entity.coOccurring.length) lines.push('', `Co-occurring: ${entity.coOccurring.slice(0, 12).map((c) => `${c.name} (${c.documents})`).join(', ')}`);
  if (entity.timeline.length) lines.push('', `Mentions by month: ${entity.timeline.map((t) => `${t.period} ${t.mentions}`).join(', ')}`);
  return lines;
}

export function registerEntities(program: Command): void {
  program
    .command('entities')
    .description('list or search the people, places and organisations found in the stored articles')
    .argument('[search]', 'part of a name, in any script (matched without case, diacritics or letter-form differences)')
    .option('-t, --type <type>', `only one type: ${TYPES.join(', ')}`)
    .option('-n, --limit <n>', 'at most this many', '50')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ newsloom entities\n  $ newsloom entities --type person\n  $ newsloom entities روحاني --json')
    .action(async (search: string | undefined, flags: { type?: string; limit: string; json?: boolean }, command: Command) => {
      const entities = await withStore(configFor(command), (store) => searchEntities(store, { search, type: parseType(flags.type), limit: Number(flags.limit) || 50 }));
      if (flags.json) return printJson({ entities });
      if (entities.length === 0) return printLine('No entities match.');
      for (const line of formatTable([['TYPE', 'ARTICLES', 'MENTIONS', 'NAME', 'ID'], ...entities.map((e) => [e.type, String(e.documents), String(e.mentions), e.name, e.id])])) printLine(line);
    });

  program
    .command('entity')
    .description('one entity: its aliases by language and script (with why they were linked), articles, co-occurring entities')
    .argument('<name-or-id>', 'a name in any script or alias, or an entity id')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ newsloom entity Rouhani\n  $ newsloom entity "قره باغ" --json\n  $ newsloom entity place:RU')
    .action(async (query: string, flags: { json?: boolean }, command: Command) => {
      const result = await withStore(configFor(command), (store) => findEntity(store, query));
      if (!result.entity) throw new NewsloomError('NOT_FOUND', `no entity called or identified as "${query}"`, query);
      if (flags.json) return printJson({ ...result.entity, otherMatches: result.others });
      for (const line of renderEntity(result.entity)) printLine(line);
      if (result.others.length) printLine(`\nAlso matching: ${result.others.map((o) => `${o.name} (${o.id})`).join(', ')}`);
    });
}
