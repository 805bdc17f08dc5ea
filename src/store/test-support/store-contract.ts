/**
 * The behaviour every ArticleStore driver must have. Each driver's test file
 * calls `describeStoreContract` with a factory for a fresh, empty store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareDocument } from '../../services/prepare-document.js';
import { makeRawDocument } from '../../test-support/make-raw-document.js';
import type { ArticleStore } from '../article-store.js';
import { emptyProfile } from '../../pipeline/stories/story-profile.js';

const PARAGRAPH = 'Iranian President Hassan Rouhani spoke by phone with Russian President Vladimir Putin on Saturday about the ceasefire.';

function doc(text: string, url?: string, source = 'test/input.txt') {
  return prepareDocument(makeRawDocument(text, { origin: { kind: url ? 'url' : 'file', source }, hints: url ? { url } : {} }));
}

export function describeStoreContract(driver: string, createStore: () => Promise<ArticleStore>): void {
  describe(`ArticleStore contract: ${driver}`, () => {
    let store: ArticleStore;
    beforeEach(async () => {
      store = await createStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores a document and reads it back with every field', async () => {
      const prepared = doc(`Rouhani and Putin talk\n\n${PARAGRAPH}`);
      const [outcome] = await store.saveBatch([prepared]);
      expect(outcome).toEqual({ id: prepared.id, status: 'new', relatedId: null });
      const article = await store.getArticle(prepared.id);
      expect(article?.title).toBe('Rouhani and Putin talk');
      expect(article?.paragraphs).toEqual([PARAGRAPH]);
      expect(article?.source).toBe('test/input.txt');
      expect(article?.language).toBe('en');
      expect(article?.charset).toBe('utf-8');
    });

    it('records the same bytes once, however often they are saved', async () => {
      const prepared = doc(PARAGRAPH);
      await store.saveBatch([prepared]);
      const outcomes = await store.saveBatch([doc(PARAGRAPH), doc(PARAGRAPH)]);
      expect(outcomes.map((o) => o.status)).toEqual(['unchanged', 'unchanged']);
      expect((await store.stats()).documents).toBe(1);
    });

    it('treats a changed page at a known URL as a new version linked to the old one', async () => {
      const first = doc(PARAGRAPH, 'https://news.example/a');
      const second = doc(`${PARAGRAPH} Updated with new details.`, 'https://news.example/a');
      await store.saveBatch([first]);
      const [outcome] = await store.saveBatch([second]);
      expect(outcome).toEqual({ id: second.id, status: 'new-version', relatedId: first.id });
      expect((await store.getArticle(second.id))?.previousVersionId).toBe(first.id);
      expect((await store.listArticles({})).map((a) => a.id)).toEqual([second.id]);
      expect((await store.listArticles({ allVersions: true })).map((a) => a.id)).toEqual([first.id, second.id]);
    });

    it('treats a recapture of a URL with different bytes but the same text as unchanged', async () => {
      const html = (ad: string) =>
        prepareDocument(
          makeRawDocument(`<html><body><div class="ad">${ad}</div><article><p>${PARAGRAPH}</p></article></body></html>`, {
            contentType: 'text/html',
            hints: { url: 'https://news.example/b' },
          }),
        );
      await store.saveBatch([html('<aside>buy now</aside>')]);
      const [outcome] = await store.saveBatch([html('<aside>other ad</aside>')]);
      expect(outcome?.status).toBe('unchanged');
    });

    it('keeps the same bytes at two URLs as two documents (reprints are related later, not dropped)', async () => {
      const outcomes = await store.saveBatch([doc(PARAGRAPH, 'https://a.example/x'), doc(PARAGRAPH, 'https://b.example/y')]);
      expect(outcomes.map((o) => o.status)).toEqual(['new', 'new']);
    });

    it('finds articles by unique id prefix and rejects ambiguous or malformed ids', async () => {
      const prepared = doc(PARAGRAPH);
      await store.saveBatch([prepared]);
      expect((await store.getArticle(prepared.id.slice(0, 6)))?.id).toBe(prepared.id);
      expect(await store.getArticle('ffff0000ffff0000')).toBeNull();
      await expect(store.getArticle('zz')).rejects.toMatchObject({ code: 'BAD_ARGUMENT' });
    });

    it('filters by language, date range and source', async () => {
      const english = prepareDocument(makeRawDocument(`<html lang="en"><head><meta property="article:published_time" content="2020-10-10T04:20:00Z"></head><body><p>${PARAGRAPH}</p></body></html>`, { contentType: 'text/html', origin: { kind: 'file', source: 'feeds/irna.html' } }));
      const arabic = prepareDocument(makeRawDocument('أجرى الرئيس الإيراني حسن روحاني اتصالا هاتفيا مع نظيره الروسي فلاديمير بوتين بحثا خلاله وقف إطلاق النار في قره باغ.', { origin: { kind: 'file', source: 'ar/alalam.txt' }, hints: { published: '2020-11-03' } }));
      await store.saveBatch([english, arabic]);
      expect((await store.listArticles({ language: 'ar' })).map((a) => a.id)).toEqual([arabic.id]);
      expect((await store.listArticles({ since: '2020-11' })).map((a) => a.id)).toEqual([arabic.id]);
      expect((await store.listArticles({ until: '2020-10-10' })).map((a) => a.id)).toEqual([english.id]);
      expect((await store.listArticles({ source: 'IRNA' })).map((a) => a.id)).toEqual([english.id]);
      expect(await store.countArticles({ language: 'en' })).toBe(1);
      expect((await store.listArticles({ limit: 1, offset: 1 })).map((a) => a.id)).toEqual([arabic.id]);
    });

    it('rolls back a whole batch when any document in it fails', async () => {
      const good = doc(PARAGRAPH);
      const broken = { ...doc(`${PARAGRAPH} second`), article: null as never };
      await expect(store.saveBatch([good, broken])).rejects.toThrow();
      expect((await store.stats()).documents).toBe(0);
    });

    it('finds articles by folded words in any script, by the entities a query names, and keeps the index in step', async () => {
      const english = doc(`Rouhani and Putin talk\n\n${PARAGRAPH}`, 'https://www.news.example/a');
      const arabic = doc('أجرى الرئيس الإيراني حسن روحاني اتصالا هاتفيا مع نظيره الروسي فلاديمير بوتين بحثا خلاله وقف إطلاق النار.', undefined, 'ar/alalam.txt');
      const persian = doc('حسن روحانی رئیس جمهور ایران با ولادیمیر پوتین درباره آتش بس گفتگو کرد و بر ادامه مذاکرات تأکید کرد.', undefined, 'fa/irna.txt');
      const russian = doc('Президент Ирана провёл телефонный разговор с Путиным и обсудил перемирие в регионе.', undefined, 'ru/tass.txt');
      await store.saveBatch([english, arabic, persian, russian]);
      const found = async (text: string, more: Partial<Parameters<ArticleStore['searchArticles']>[0]> = {}) =>
        (await store.searchArticles({ text, limit: 10, ...more })).map((hit) => hit.documentId).sort();

      // Arabic and Persian letter forms (ي/ی), hamza, Cyrillic ё and case all fold together; longer words match as prefixes.
      expect(await found('روحانی')).toEqual([arabic.id, persian.id].sort());
      expect(await found('«روحاني»')).toEqual([arabic.id, persian.id].sort());
      expect(await found('ПРОВЕЛ')).toEqual([russian.id]);
      expect(await found('путин')).toEqual([russian.id]);
      expect(await found('putin CEASEFIRE')).toEqual([english.id]);
      expect(await found('putin zebra')).toEqual([]);
      expect(await found('روحاني', { language: 'fa' })).toEqual([persian.id]);
      expect(await found('"; DROP TABLE articles; --')).toEqual([]);
      expect((await store.searchArticles({ text: 'putin', limit: 10 }))[0]).toMatchObject({ storyId: null, matchedText: true, matchedEntity: false });

      // An article that mentions every entity the query names matches whatever its language; those matching both come first.
      const rouhani = { id: 'person:rouhani', type: 'person' as const, name: 'Hassan Rouhani', placeId: null, country: null, aliases: [{ alias: 'Hassan Rouhani', language: 'en', script: 'Latn', evidence: 'first seen' }], keys: ['alias:hassan rouhani'] };
      await store.saveEntityMentions([rouhani], [english, arabic].map((d) => ({ documentId: d.id, mentions: [{ entityId: rouhani.id, start: 0, end: 7, text: 'Rouhani', evidence: ['capitalised'] }] })));
      const hits = await store.searchArticles({ text: 'روحاني', entityGroups: [[rouhani.id]], limit: 10 });
      expect(hits.map((hit) => [hit.documentId, hit.matchedText, hit.matchedEntity])).toEqual([[arabic.id, true, true], [persian.id, true, false], [english.id, false, true]]);
      expect(await found('nothing-like-this', { entityGroups: [[rouhani.id], ['person:nobody']] })).toEqual([]);
      expect(await found('روحاني', { entityId: rouhani.id })).toEqual([arabic.id]);

      // Re-extraction replaces the indexed text; a newer capture of a URL hides the older one.
      await store.updateArticles([{ id: persian.id, article: { ...persian.article, title: 'Zebra crossing', paragraphs: ['A zebra crossed the road.'] }, charset: 'utf-8', textHash: 'x', pipelineVersion: 99 }]);
      expect(await found('zebra')).toEqual([persian.id]);
      expect(await found('روحانی')).toEqual([arabic.id]);
      const newer = doc(`Rouhani and Putin talk again\n\n${PARAGRAPH} Updated.`, 'https://www.news.example/a');
      await store.saveBatch([newer]);
      expect(await found('ceasefire')).toEqual([newer.id]);
    });

    it('counts current articles by outlet: publisher, else URL host, else source', async () => {
      await store.saveBatch([doc(PARAGRAPH, 'https://www.news.example/a'), doc(`${PARAGRAPH} More.`, 'https://www.news.example/b'), doc(`${PARAGRAPH} Other.`, undefined, 'ar/alalam.txt')]);
      const counts = await store.sourceCounts();
      expect(counts.map((c) => [c.publisher, c.host, c.source, c.language, c.articles])).toEqual([
        [null, 'www.news.example', null, 'en', 2],
        [null, null, 'ar/alalam.txt', 'en', 1],
      ]);
    });

    it('pages through raw documents and replaces their extraction', async () => {
      const a = doc(PARAGRAPH);
      const b = doc(`${PARAGRAPH} Another.`);
      await store.saveBatch([a, b]);
      const first = await store.listRawDocuments(0, 1);
      expect(first.documents.map((d) => d.id)).toEqual([a.id]);
      expect(new TextDecoder().decode(first.documents[0]?.raw.bytes)).toBe(PARAGRAPH);
      const second = await store.listRawDocuments(first.cursor, 10);
      expect(second.documents.map((d) => d.id)).toEqual([b.id]);
      expect((await store.listRawDocuments(second.cursor, 10)).documents).toEqual([]);
      await store.updateArticles([{ id: a.id, article: { ...a.article, title: 'Re-extracted' }, charset: 'utf-8', textHash: 'x', pipelineVersion: 99 }]);
      const updated = await store.getArticle(a.id);
      expect(updated?.title).toBe('Re-extracted');
      expect(updated?.pipelineVersion).toBe(99);
    });

    it('counts short lines per site and reports those seen in enough documents', async () => {
      await store.recordSiteLines([
        { site: 'news.example', lineKeys: ['acme daily', 'share', 'acme daily'] },
        { site: 'news.example', lineKeys: ['acme daily'] },
        { site: 'other.example', lineKeys: ['acme daily'] },
      ]);
      expect(await store.siteBoilerplate('news.example', 2)).toEqual(new Set(['acme daily']));
      expect(await store.siteBoilerplate('news.example', 1)).toEqual(new Set(['acme daily', 'share']));
      expect(await store.siteBoilerplate('other.example', 2)).toEqual(new Set());
    });

    it('stores entities with aliases and keys, replaces a document\'s mentions, and answers entity queries', async () => {
      const a = doc(`Rouhani and Putin talk\n\n${PARAGRAPH}`);
      const b = doc(`${PARAGRAPH} Later.`);
      await store.saveBatch([a, b]);
      const putin = { id: 'person:putin', type: 'person' as const, name: 'Vladimir Putin', placeId: null, country: null, aliases: [{ alias: 'Vladimir Putin', language: 'en', script: 'Latn', evidence: 'first seen' }], keys: ['alias:vladimir putin', 'surname:putin'] };
      const russia = { id: 'place:RU', type: 'place' as const, name: 'Russia', placeId: 'RU', country: 'RU', aliases: [{ alias: 'Russian', language: 'en', script: 'Latn', evidence: 'gazetteer' }], keys: ['place:RU'] };
      await store.saveEntityMentions([putin, russia], [
        {
          documentId: a.id,
          mentions: [
            { entityId: putin.id, start: 10, end: 15, text: 'Putin', evidence: ['capitalised'] },
            { entityId: russia.id, start: 60, end: 67, text: 'Russian', evidence: ['demonym'] },
          ],
        },
      ]);
      const arabic = { ...putin, aliases: [{ alias: 'بوتين', language: 'ar', script: 'Arab', evidence: 'similar name across scripts (0.90)' }], keys: ['alias:بوتين'] };
      await store.saveEntityMentions([arabic], [{ documentId: b.id, mentions: [{ entityId: putin.id, start: 0, end: 5, text: 'بوتين', evidence: ['title:الرئيس'] }] }]);

      const [found] = await store.findEntitiesByKeys(['alias:بوتين'], 'person');
      expect(found?.aliases.map((alias) => alias.alias).sort()).toEqual(['Vladimir Putin', 'بوتين'].sort());
      expect(found?.keys).toContain('surname:putin');
      expect((await store.listEntities({})).map((e) => [e.id, e.documents])).toEqual([['person:putin', 2], ['place:RU', 1]]);
      expect((await store.listEntities({ search: 'بوتين' })).map((e) => e.id)).toEqual(['person:putin']);
      const detail = await store.getEntity('person:putin');
      expect(detail?.articles.map((article) => article.id).sort()).toEqual([a.id, b.id].sort());
      expect(detail?.coOccurring.map((c) => c.id)).toEqual(['place:RU']);

      // Saving a document's mentions again replaces them.
      await store.saveEntityMentions([russia], [{ documentId: a.id, mentions: [{ entityId: russia.id, start: 60, end: 67, text: 'Russian', evidence: ['demonym'] }] }]);
      expect((await store.getEntity('person:putin'))?.documents).toBe(1);
      expect(await store.getEntity('person:nobody')).toBeNull();
    });

    it('replaces a document\'s events and quotes and lists events by type, party, date and language', async () => {
      const a = doc(`Rouhani and Putin talk\n\n${PARAGRAPH}`, 'https://a.example/events');
      await store.saveBatch([a]);
      const rouhani = { entityId: 'person:rouhani', text: 'Hassan Rouhani' };
      const putin = { entityId: 'person:putin', text: 'Vladimir Putin' };
      const call = {
        seq: 0, type: 'consult', subtype: 'phone-call', date: '2020-10-10', dateGranularity: 'day', dateText: 'Saturday',
        actors: [rouhani], targets: [putin], place: null, attributedTo: null, trigger: 'spoke by phone', sentence: PARAGRAPH, offset: 24,
        negated: false, modality: 'asserted', confidence: 0.9, figures: [],
      };
      const quote = { seq: 0, speaker: rouhani, text: 'peace is important', kind: 'reported' as const, offset: 24 };
      await store.saveDocumentEvents([{ documentId: a.id, events: [call, { ...call, seq: 1, type: 'agree', subtype: 'ceasefire', date: null, actors: [{ entityId: null, text: 'Baku' }], targets: [] }], quotes: [quote] }]);
      const saved = (await store.documentEvents([a.id, 'missing'])).get(a.id);
      expect(saved?.events).toEqual([call, expect.objectContaining({ seq: 1, type: 'agree', date: null })]);
      expect(saved?.quotes).toEqual([quote]);
      expect((await store.documentEvents(['missing'])).get('missing')).toEqual({ documentId: 'missing', events: [], quotes: [] });

      expect((await store.listEvents({ entityId: 'person:putin' })).map((e) => [e.documentId, e.seq])).toEqual([[a.id, 0]]);
      expect((await store.listEvents({ type: 'agree' })).map((e) => e.seq)).toEqual([1]);
      expect((await store.listEvents({ since: '2020-10', until: '2020-10-10' })).map((e) => e.seq)).toEqual([0]);
      expect((await store.listEvents({ since: '2020-10-11' }))).toEqual([]);
      expect((await store.listEvents({})).map((e) => e.seq)).toEqual([0, 1]);
      expect((await store.listEvents({ language: 'ar' }))).toEqual([]);

      // Extracting again replaces, never appends.
      await store.saveDocumentEvents([{ documentId: a.id, events: [call], quotes: [] }]);
      expect((await store.listEvents({})).map((e) => e.seq)).toEqual([0]);
      expect((await store.documentEvents([a.id])).get(a.id)?.quotes).toEqual([]);
    });

    it('writes a clustering step in one transaction and reads stories, members, working sets and duplicates back', async () => {
      const a = doc(`Rouhani and Putin talk\n\n${PARAGRAPH}`, 'https://a.example/1');
      const b = doc(`Rouhani and Putin talk\n\n${PARAGRAPH}`, 'https://b.example/1');
      await store.saveBatch([a, b]);
      const profile = emptyProfile('s1');
      profile.articles = 2;
      profile.originals = 1;
      profile.firstMs = Date.UTC(2020, 9, 10);
      profile.lastMs = Date.UTC(2020, 9, 10);
      profile.entities.set('person:putin', 1.5);
      profile.entityTypes.set('person:putin', 'person');
      profile.terms.set('en:ceasef', 2);
      const evidence = { score: 0, entities: 0, lexical: null, dates: 0, numbers: 0, timeFactor: 1, sharedEntities: [], sharedTerms: [], sharedDates: [], reason: 'new story' };
      await store.saveStoryBatch({
        profiles: [profile],
        members: [
          { documentId: a.id, storyId: 's1', score: 0, evidence },
          { documentId: b.id, storyId: 's1', score: 1, evidence: { ...evidence, reason: `exact of ${a.id}` } },
        ],
        keyCounts: new Map([['e:person:putin', 2], ['t:en:ceasef', 2]]),
        articles: 2,
        storyKeys: new Map([['s1', ['e:person:putin', 't:en:ceasef']]]),
        duplicates: [{ documentId: b.id, originId: a.id, relation: 'exact', jaccard: 1, evidence: 'same normalised text' }],
        bands: [{ documentId: a.id, keys: ['0:abc', '1:def'] }],
        threadMerges: [],
      });

      const working = await store.loadStoryWorkingSet({ keys: ['e:person:putin'], keysAnyTime: [], countKeys: ['t:other'], documentIds: [b.id], perKey: 10, activeSinceMs: null });
      expect(working.total).toBe(2);
      expect(working.keyCounts.get('e:person:putin')).toBe(2);
      expect(working.storyOfDocument.get(b.id)).toBe('s1');
      expect(working.profiles.map((p) => p.id)).toEqual(['s1']);
      expect(working.profiles[0]?.entities.get('person:putin')).toBe(1.5);
      // Bounded by activity: a story that ended before the bound is not loaded by key, but is by its document.
      const query = { keys: ['e:person:putin'], keysAnyTime: [], countKeys: [], documentIds: [], perKey: 10 };
      expect((await store.loadStoryWorkingSet({ ...query, activeSinceMs: Date.UTC(2020, 9, 10) })).profiles.map((p) => p.id)).toEqual(['s1']);
      expect((await store.loadStoryWorkingSet({ ...query, activeSinceMs: Date.UTC(2020, 9, 11) })).profiles).toEqual([]);
      expect((await store.loadStoryWorkingSet({ ...query, documentIds: [a.id], activeSinceMs: Date.UTC(2020, 9, 11) })).profiles.map((p) => p.id)).toEqual(['s1']);
      expect((await store.loadStoryWorkingSet({ ...query, keys: [], keysAnyTime: ['e:person:putin'], activeSinceMs: Date.UTC(2020, 9, 11) })).profiles.map((p) => p.id)).toEqual(['s1']);
      expect(await store.findDuplicateCandidates(['1:def', '9:zzz'], 5)).toEqual([a.id]);

      const [story] = await store.listStories({});
      expect(story).toMatchObject({ id: 's1', threadId: 's1', articles: 2, originals: 1 });
      expect(await store.countStories({ minArticles: 3 })).toBe(0);
      expect((await store.getStory('s1'))?.profile.terms.get('en:ceasef')).toBe(2);
      const members = await store.storyMembers(['s1']);
      expect(members.map((m) => [m.documentId, m.duplicateOf])).toEqual(expect.arrayContaining([[a.id, null], [b.id, a.id]]));

      // A second story merged into the first one's thread by a later step.
      const other = emptyProfile('s2');
      other.articles = 1;
      await store.saveStoryBatch({ profiles: [other], members: [], keyCounts: new Map(), articles: 0, storyKeys: new Map(), duplicates: [], bands: [], threadMerges: [{ from: 's2', to: 's1' }] });
      expect((await store.listStories({ threadId: 's1' })).map((s) => s.id).sort()).toEqual(['s1', 's2']);

      await store.clearStories();
      expect(await store.countStories({})).toBe(0);
      expect((await store.loadStoryWorkingSet({ keys: ['e:person:putin'], keysAnyTime: [], countKeys: [], documentIds: [], perKey: 10, activeSinceMs: null })).total).toBe(0);
      expect(await store.findDuplicateCandidates(['1:def'], 5)).toEqual([]);
      expect((await store.unclusteredDocuments(0, 10)).ids.sort()).toEqual([a.id, b.id].sort());
    });
  });
}
