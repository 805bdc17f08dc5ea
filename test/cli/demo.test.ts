import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from '../support/run-cli.js';

describe('newsloom demo', () => {
  it('ingests the bundled corpus into a fresh store and summarises it, identically on a second run', () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'newsloom-demo-')), 'demo');
    const first = runCli(['--data', dataDir, 'demo', '--json']);
    expect(first.stderr).not.toMatch(STACK_TRACE);
    expect(first.status).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(summary.summary.failed).toBe(0);
    expect(summary.summary.new).toBeGreaterThanOrEqual(24);
    expect(Object.keys(summary.stats.byLanguage).length).toBeGreaterThanOrEqual(5);
    expect(summary.stats.byLanguage).toHaveProperty('ar');
    expect(summary.stats.byLanguage).toHaveProperty('ru');
    expect(summary.stats.byOriginKind).toHaveProperty('feed-item');

    const second = JSON.parse(runCli(['--data', dataDir, 'demo', '--json']).stdout);
    expect(second.summary.new).toBe(summary.summary.new);
    expect(second.stats.documents).toBe(summary.stats.documents);

    const human = runCli(['--data', dataDir, 'demo']);
    expect(human.stdout).toContain('newsloom demo');
    expect(human.stdout).toMatch(/\d+ new, 0 unchanged/);
    // It ends with where to open the web application over the demo store.
    expect(human.stdout.trim().split('\n').at(-1)).toMatch(/serve, then open http:\/\/127\.0\.0\.1:8787\/$/);
  });

  it('refuses to reset a directory it did not create', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'newsloom-notdemo-'));
    writeFileSync(join(dataDir, 'precious.txt'), 'keep me');
    const result = runCli(['--data', dataDir, 'demo']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('was not created by the demo');
    expect(readdirSync(dataDir)).toEqual(['precious.txt']);
  });
});
