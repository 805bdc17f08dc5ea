/** The real server: listening on an ephemeral loopback port, serving the web build, and the `serve` command. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/http/security-headers.js';
import { startServer, type RunningServer } from '../../src/http/start-server.js';
import type { ArticleStore } from '../../src/store/article-store.js';
import { runCli, startCli, STACK_TRACE } from '../support/run-cli.js';
import { appFor, freshStore } from './support/api-fixture.js';

describe('the server on 127.0.0.1', () => {
  let store: ArticleStore;
  let server: RunningServer;
  let webDir: string;

  beforeAll(async () => {
    const fresh = freshStore();
    store = fresh.store;
    // The web folder inside another with a file beside it, which no path may reach.
    webDir = join(fresh.dataDir, 'web');
    mkdirSync(join(webDir, 'assets'), { recursive: true });
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>newsloom app</title><script type="module" src="/assets/app-1a2b3c.js"></script>');
    writeFileSync(join(webDir, 'assets', 'app-1a2b3c.js'), 'console.log("app");');
    writeFileSync(join(webDir, 'assets', 'style-9f8e.css'), 'body { margin: 0 }');
    writeFileSync(join(webDir, 'world.json'), '{"type":"Topology"}');
    writeFileSync(join(fresh.dataDir, 'secret.txt'), 'outside the web folder');
    server = await startServer(appFor(store, fresh.dataDir, { webDir }), { host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  it('listens on an ephemeral port and answers /api/stats', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(`${server.url}api/stats`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await response.json()).toMatchObject({ documents: 0, currentArticles: 0, stories: 0 });
  });

  it('serves the web build with content types and caching, and index.html for client-side routes', async () => {
    const index = await fetch(server.url);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await index.text()).toContain('newsloom app');
    const script = await fetch(`${server.url}assets/app-1a2b3c.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${server.url}assets/style-9f8e.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await fetch(`${server.url}world.json`)).headers.get('content-type')).toBe('application/json; charset=utf-8');
    for (const route of ['stories/s0a1b2c3', 'entities/place%3ART', 'search']) expect(await (await fetch(`${server.url}${route}`)).text()).toContain('newsloom app');
    const head = await fetch(`${server.url}assets/app-1a2b3c.js`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await fetch(`${server.url}assets/missing-123.js`)).status).toBe(404);
  });

  it('never serves a file from outside the web folder', async () => {
    for (const path of ['../secret.txt', '%2e%2e/secret.txt', '..%2fsecret.txt', 'assets/..%2f..%2fsecret.txt', '%2e%2e%5csecret.txt', 'assets/%2e%2e/%2e%2e/secret.txt']) {
      const response = await fetch(`${server.url}${path}`);
      expect(await response.text(), path).not.toContain('outside the web folder');
    }
  });

  it('says plainly when the port is taken', async () => {
    await expect(startServer(appFor(store, webDir), { host: '127.0.0.1', port: server.port })).rejects.toThrow(/port \d+ is in use \(choose another with --port\)/);
  });
});

describe('without a web build', () => {
  it('says how to build the web application', async () => {
    const { store, dataDir } = freshStore();
    const { app } = appFor(store, dataDir);
    const response = await app.request('/');
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/npm run build:web/);
    await store.close();
  });
});

describe('newsloom serve', () => {
  it('has help with examples', () => {
    const result = runCli(['serve', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: newsloom serve');
    expect(result.stdout).toMatch(/Examples:\n\s+\$ newsloom serve/);
  });

  it('prints the URL to open last, serves it, and shuts down cleanly on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'newsloom-serve-'));
    const child = startCli(['serve', '--port', '0'], { dataDir, env: { NEWSLOOM_TOKEN: '' } });
    let stdout = '';
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /^Open (http:\/\/127\.0\.0\.1:\d+\/)$/mu.exec(stdout);
        if (match) resolve(match[1] as string);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    });
    expect(stdout).toMatch(/Writes \(uploads\) are disabled/);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`Open ${url}`);
    expect((await fetch(`${url}api/stats`)).status).toBe(200);
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(stderr).toMatch(/SIGTERM: finishing open requests/);
    expect(stderr).not.toMatch(STACK_TRACE);
  });

  it('refuses bad settings plainly', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'newsloom-serve-bad-'));
    for (const [args, message] of [
      [['serve', '--port', 'eighty'], /invalid setting port \(option or NEWSLOOM_PORT\): must be a whole number from 0 to 65535/],
      [['serve', '--token', 'short'], /invalid setting token \(option or NEWSLOOM_TOKEN\): must be at least 16 characters/],
      [['serve', '--max-upload-bytes', '-1'], /maxUploadBytes/],
    ] as const) {
      const result = runCli([...args], { dataDir });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(STACK_TRACE);
    }
  });
});
