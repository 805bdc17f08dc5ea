/**
 * The web application end to end in real headless Chromium, over the real server and a store holding the
 * seeds and the bundled example corpus: story list, the Rouhani–Putin story with its Arabic article right to
 * left beside the English ones, its timeline, Rouhani's entity page with his Arabic alias, an Arabic search
 * that finds the English articles' story, the map, and an upload through the ingestion page. Every page is
 * watched for CSP violations, requests leaving the loopback server and script errors, and screenshotted to
 * test-output/screenshots/.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataAvailable } from '../support/shared-data.js';
import { chromiumAvailable, LAUNCH_OPTIONS } from './support/chromium.js';
import { goldEntity, readGold, storyDocuments } from './support/gold-seeds.js';
import { takeProblems, watchPage, type PageProblems } from './support/page-watch.js';
import { startSeededServer, type SeededServer } from './support/seeded-server.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SCREENSHOTS = join(REPO, 'test-output', 'screenshots');
const README_SCREENSHOT = join(REPO, 'docs', 'screenshot-story.png');

interface Member {
  id: string;
  language: string | null;
  source: string;
}
interface Story {
  id: string;
  members: Member[];
}

/** Two short articles written for this test (not from any outlet), one per way of choosing a file. */
const UPLOADS = {
  dropped:
    'Harbour cranes idle as dockworkers strike in Rotterdam\n\n' +
    'ROTTERDAM, 14 May 2024 - Dockworkers at the port of Rotterdam stopped work on Tuesday for 24 hours in a dispute over automation, the FNV union said.\n\n' +
    'The union said container terminals would reopen on Wednesday morning. Port operators said ships had been diverted to Antwerp.\n',
  chosen:
    'Glacier lake drained to protect valley villages in Valais\n\n' +
    'SION, 2 June 2024 - Engineers in the Swiss canton of Valais began pumping water from a glacier lake on Sunday after its ice dam showed cracks, the cantonal government said.\n\n' +
    'About 300 residents of two villages below the lake were told to prepare to leave their homes if the level did not fall within three days.\n',
};

const run = sharedDataAvailable('the browser tests') && chromiumAvailable('the browser tests');

describe.skipIf(!run)('web application in headless Chromium', () => {
  let server: SeededServer;
  let browser: Browser;
  let page: Page;
  let problems: PageProblems;
  const gold = run ? readGold() : null;
  const callDocuments = gold ? storyDocuments(gold, 'rouhani-putin-call') : [];
  let callStory: Story;
  let arabicMember: Member;
  let englishMembers: Member[];

  async function api<T>(path: string): Promise<T> {
    const response = await fetch(`${server.base}${path}`);
    expect(response.status, path).toBe(200);
    return (await response.json()) as T;
  }

  async function screenshot(name: string): Promise<string> {
    const path = join(SCREENSHOTS, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    return path;
  }

  async function direction(locator: Locator): Promise<string> {
    // Runs in the page (this file is type-checked without the DOM library, hence the defaultView route).
    return locator.evaluate((element) => element.ownerDocument.defaultView!.getComputedStyle(element).direction);
  }

  const isSeed = (member: Member, file: string): boolean => member.source.replace(/\\/g, '/').endsWith(`/${file}`);

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startSeededServer();
    browser = await chromium.launch(LAUNCH_OPTIONS);
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'en-GB' });
    problems = await watchPage(page);

    // The story that holds the Arabic report of the call, found through the API from the seeds' reference answers.
    const arabicFile = callDocuments.find((document) => document.language === 'ar')!.file;
    const { stories } = await api<{ stories: Story[] }>('/api/stories?limit=200');
    callStory = stories.find((story) => story.members.some((member) => isSeed(member, arabicFile)))!;
    expect(callStory, 'a story holds the Arabic article on the Rouhani–Putin call').toBeDefined();
    arabicMember = callStory.members.find((member) => isSeed(member, arabicFile))!;
    englishMembers = callStory.members.filter((member) => callDocuments.some((document) => document.language === 'en' && isSeed(member, document.file)));
    expect(englishMembers.length, 'the call story holds English reports of the call too').toBeGreaterThan(0);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(() => {
    const found = takeProblems(problems);
    expect(found.cspViolations, 'Content-Security-Policy violations').toEqual([]);
    expect(found.externalRequests, 'requests to hosts other than the loopback server').toEqual([]);
    expect(found.failedAssets, "the app's own files that failed to load").toEqual([]);
    expect(found.pageErrors, 'uncaught script errors').toEqual([]);
    expect(found.consoleErrors, 'errors logged to the console').toEqual([]);
  });

  it('lists the stories, with a skip link first in keyboard order', async () => {
    await page.goto(`${server.base}/`);
    await page.locator('.story-list .story-card').first().waitFor();
    const { total } = await api<{ total: number }>('/api/stories?limit=1');
    expect(await page.locator('.story-list .story-card').count()).toBe(Math.min(total, 20));
    await expect.poll(() => page.title()).toContain('stories');

    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent?.trim()')).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement?.id')).toBe('main');
    await screenshot('story-list');
  });

  it('opens the Rouhani–Putin story and shows the Arabic article right to left beside the English ones', async () => {
    // Narrowed to the stories about Rouhani, named in Arabic script, so the story is listed however many others there are.
    await page.locator('#filter-entity').fill('روحاني');
    await page.locator('#filter-entity').press('Enter');
    await page.locator('.active-filter', { hasText: 'Rouhani' }).waitFor();
    await page.locator(`.story-list a[href="/stories/${callStory.id}"]`).click();
    await page.waitForURL(`**/stories/${callStory.id}`);
    await page.locator('#coverage-heading').waitFor();

    const arabic = page.locator(`article[data-article-id="${arabicMember.id}"]`);
    expect(await direction(arabic.locator('.member-title'))).toBe('rtl');
    await arabic.getByRole('button', { name: 'Read text' }).click();
    const arabicText = arabic.locator('.article-text');
    await arabicText.locator('p').first().waitFor();
    expect(await arabicText.getAttribute('lang')).toBe('ar');
    expect(await direction(arabicText.locator('p').first())).toBe('rtl');

    const english = page.locator(`article[data-article-id="${englishMembers[0]!.id}"]`);
    await english.getByRole('button', { name: 'Read text' }).click();
    await english.locator('.article-text p').first().waitFor();
    expect(await direction(english.locator('.article-text p').first())).toBe('ltr');

    // Beside: the Arabic outlet's card and an English outlet's card sit in the same row of the coverage grid.
    const arabicCard = await arabic.locator('xpath=ancestor::section[contains(@class,"outlet-group")]').boundingBox();
    const englishCard = await english.locator('xpath=ancestor::section[contains(@class,"outlet-group")]').boundingBox();
    expect(arabicCard && englishCard && Math.abs(arabicCard.y - englishCard.y)).toBeLessThan(1);
    expect(arabicCard!.x).not.toBe(englishCard!.x);

    // The boilerplate removed from the Arabic page is one click away, each line with its reason.
    await arabic.getByRole('button', { name: /Show removed boilerplate/ }).click();
    expect(await arabic.locator('.removed-lines li').count()).toBeGreaterThan(0);
    await screenshot('story');
    // The README shows the top of the page as a laptop screen shows it: header, timeline, outlets side by side.
    await page.evaluate('window.scrollTo(0, 0)');
    // Saved with the others on every run; copied over the README's image only when asked (UPDATE_README_SCREENSHOT=1),
    // so a test run never changes a tracked file.
    const shot = join(SCREENSHOTS, 'story-readme.png');
    await page.screenshot({ path: shot, fullPage: true, clip: { x: 0, y: 0, width: 1366, height: 1000 } });
    if (process.env.UPDATE_README_SCREENSHOT === '1') {
      mkdirSync(join(REPO, 'docs'), { recursive: true });
      copyFileSync(shot, README_SCREENSHOT);
    }
  });

  it("shows the story's timeline, or says that no events were extracted", async () => {
    // The page shows what the timeline endpoint returns: each event, or an empty state (also when the server has no such endpoint).
    const response = await fetch(`${server.base}/api/stories/${callStory.id}/timeline`);
    const events = response.ok ? ((await response.json()) as { events: { date: string | null }[] }).events : [];
    if (!response.ok) expect(response.status).toBe(404);
    await page.locator('#timeline-heading').waitFor();
    if (events.length === 0) {
      await page.locator('.timeline-empty').waitFor();
      return;
    }
    await page.locator('.timeline .event').first().waitFor();
    expect(await page.locator('.timeline .event').count()).toBe(events.length);
    const dated = events.filter((event) => event.date).length;
    expect(await page.locator('.timeline .event-date time[datetime]').count()).toBe(dated);
  });

  it("opens Rouhani's entity page with his Arabic alias written right to left", async () => {
    const rouhani = goldEntity(gold!, 'Hassan Rouhani');
    await page.locator('.page-header .chips a', { hasText: 'Rouhani' }).first().click();
    await page.waitForURL('**/entities/**');
    await page.locator('#aliases-heading').waitFor();
    expect(await page.locator('h1').textContent()).toContain('Rouhani');

    const aliases = page.locator('.aliases .alias');
    const texts = await aliases.allTextContents();
    const arabicAliases = rouhani.aliases.filter((alias) => /\p{Script=Arabic}/u.test(alias));
    const shown = texts.find((text) => arabicAliases.includes(text.trim()));
    expect(shown, `one of ${arabicAliases.join(', ')} among ${texts.join(', ')}`).toBeDefined();
    expect(await direction(aliases.filter({ hasText: shown! }).first())).toBe('rtl');

    expect(await page.locator('svg.mentions-chart rect.bar').count()).toBeGreaterThan(0);
    expect(await page.locator('svg.graph a.graph-link').count()).toBeGreaterThan(0);
    await screenshot('entity');
  });

  it("finds the English articles' story with a search in Arabic", async () => {
    await page.locator('nav[aria-label="Main"] a', { hasText: 'Search' }).click();
    await page.locator('#search-text').fill('روحاني بوتين');
    await page.locator('#search-text').press('Enter');
    await page.locator('.result-group').first().waitFor();

    const group = page.locator('.result-group', { has: page.locator(`a[href="/stories/${callStory.id}"]`) });
    expect(await group.count()).toBe(1);
    expect(await group.locator('.hit-title[lang="en"]').count()).toBeGreaterThan(0);
    await screenshot('search');
  });

  it("puts the story's places on the offline world map", async () => {
    await page.goto(`${server.base}/map?story=${callStory.id}`);
    await page.locator('svg.world-map circle.place-dot').first().waitFor();
    expect(await page.locator('svg.world-map path.country').count()).toBeGreaterThan(100);
    await screenshot('map');
  });

  it('uploads a dropped file and a chosen file through the ingestion page, refusing a wrong token', async () => {
    const before = await api<{ articles: number }>('/api/stats');
    await page.locator('nav[aria-label="Main"] a', { hasText: 'Add articles' }).click();

    // Dropped: a DataTransfer made in the page, as a drag from the desktop delivers it.
    const dropped = await page.evaluateHandle(`(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([${JSON.stringify(UPLOADS.dropped)}], 'dropped-article.txt', { type: 'text/plain' }));
      return transfer;
    })()`);
    await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: dropped });
    // Chosen: the file picker, which is also what a keyboard user reaches.
    await page.locator('#ingest-files').setInputFiles({ name: 'chosen-article.txt', mimeType: 'text/plain', buffer: Buffer.from(UPLOADS.chosen) });
    const listed = await page.locator('.file-list li').allTextContents();
    expect(listed.join(' ')).toMatch(/dropped-article\.txt.*chosen-article\.txt/);

    await page.locator('#ingest-token').fill('wrong-token-0123456789');
    await page.getByRole('button', { name: 'Add articles' }).click();
    await page.locator('.state.error').waitFor();
    expect(await page.locator('.state.error').textContent()).toMatch(/token/i);
    expect((await api<{ articles: number }>('/api/stats')).articles).toBe(before.articles);

    await page.locator('#ingest-token').fill(server.token);
    await page.getByRole('button', { name: 'Add articles' }).click();
    await page.locator('.state.done').waitFor();
    expect(await page.locator('.state.done').textContent()).toContain('2 new articles');
    expect((await api<{ articles: number }>('/api/stats')).articles).toBe(before.articles + 2);
    await screenshot('ingest');
  });
});
