import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

describe('newsloom --help', () => {
  it.each(['ingest', 'demo', 'articles', 'show', 'reprocess', 'stats'])('%s --help shows usage with examples', (command) => {
    const result = runCli([command, '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Usage: newsloom ${command}`);
    expect(result.stdout).toMatch(/Examples:\n\s+\$ newsloom/);
  });

  it('lists every command at the top level', () => {
    const result = runCli(['--help']);
    for (const command of ['ingest', 'demo', 'articles', 'show', 'reprocess', 'stats']) expect(result.stdout).toContain(command);
  });

  it('rejects an unknown command with a usage exit code and no stack trace', () => {
    const result = runCli(['frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown command 'frobnicate'");
  });
});
