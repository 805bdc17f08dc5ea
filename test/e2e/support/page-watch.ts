/**
 * Watches a page for what the web application must never do: violate its Content-Security-Policy, request
 * anything from a host other than the loopback server, fail to load one of its own files, or throw. Each is
 * recorded, and the test asserts none. API answers of 4xx are not problems here: the pages handle them
 * (a refused token, an endpoint this server does not have) and the tests check what the page then shows.
 */
import type { Page } from 'playwright-core';

export interface PageProblems {
  cspViolations: string[];
  externalRequests: string[];
  /** The app's own files (scripts, styles, the map) that did not load. */
  failedAssets: string[];
  pageErrors: string[];
  consoleErrors: string[];
}

/** Empties every list and returns what they held, so one test's problems are not reported again by the next. */
export function takeProblems(problems: PageProblems): PageProblems {
  const taken = structuredClone(problems);
  for (const list of Object.values(problems) as string[][]) list.length = 0;
  return taken;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export async function watchPage(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { cspViolations: [], externalRequests: [], failedAssets: [], pageErrors: [], consoleErrors: [] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    // data: URLs are inline, not requests to anyone; every other scheme must stay on the loopback server.
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (!LOOPBACK.has(url.hostname)) problems.externalRequests.push(request.url());
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && !url.pathname.startsWith('/api/')) problems.failedAssets.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => problems.failedAssets.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`));
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy/i.test(text)) problems.cspViolations.push(text);
    // Chromium logs every non-2xx fetch; the response listener above judges those.
    else if (message.type() === 'error' && !/^Failed to load resource/.test(text)) problems.consoleErrors.push(text);
  });
  // The console message is Chromium's wording; the DOM event is the standard signal: record both.
  await page.exposeFunction('__reportCspViolation', (text: string) => problems.cspViolations.push(text));
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportCspViolation(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline content'));
    });`,
  });
  return problems;
}
