/**
 * A closed-loop HTTP load: `clients` concurrent loops, each sending its next
 * request as soon as the last one answered, for a fixed time. Loopback only;
 * every request has a timeout, so the run is bounded however the server behaves.
 */

export interface LoadOptions {
  /** Base URL; must be on 127.0.0.1, ::1 or localhost. */
  baseUrl: string;
  clients: number;
  durationMs: number;
  /** The next path to request (with its kind, for per-kind statistics). */
  nextRequest: (random: () => number) => { kind: string; path: string };
  timeoutMs?: number;
}

export interface LatencyStats {
  requests: number;
  errors: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface LoadResult extends LatencyStats {
  seconds: number;
  requestsPerSecond: number;
  byKind: Record<string, LatencyStats>;
  /** A few error descriptions (status or exception), for diagnosis. */
  sampleErrors: string[];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function stats(latencies: number[], errors: number): LatencyStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { requests: latencies.length, errors, p50Ms: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)), p99Ms: round(percentile(sorted, 99)), maxMs: round(sorted.at(-1) ?? 0) };
}

export function assertLoopback(baseUrl: string): void {
  const host = new URL(baseUrl).hostname;
  if (!['127.0.0.1', '[::1]', '::1', 'localhost'].includes(host)) throw new Error(`load tests run on loopback only, not against ${host}`);
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  assertLoopback(options.baseUrl);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const latencies = new Map<string, number[]>();
  const errors = new Map<string, number>();
  const sampleErrors: string[] = [];
  const started = performance.now();
  const deadline = started + options.durationMs;

  const client = async (seed: number): Promise<void> => {
    let state = seed;
    const random = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
    while (performance.now() < deadline) {
      const { kind, path } = options.nextRequest(random);
      const begin = performance.now();
      let failure: string | null = null;
      try {
        const response = await fetch(new URL(path, options.baseUrl), { signal: AbortSignal.timeout(timeoutMs) });
        await response.arrayBuffer();
        if (response.status !== 200) failure = `${response.status} ${path}`;
      } catch (error) {
        failure = `${(error as Error).name}: ${(error as Error).message} (${path})`;
      }
      if (failure) {
        errors.set(kind, (errors.get(kind) ?? 0) + 1);
        if (sampleErrors.length < 5) sampleErrors.push(failure);
      } else {
        const list = latencies.get(kind) ?? [];
        list.push(performance.now() - begin);
        latencies.set(kind, list);
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i + 1)));
  const seconds = (performance.now() - started) / 1000;
  const all = [...latencies.values()].flat();
  const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
  const kinds = new Set([...latencies.keys(), ...errors.keys()]);
  return {
    ...stats(all, errorCount),
    seconds: Math.round(seconds * 10) / 10,
    requestsPerSecond: Math.round(all.length / seconds),
    byKind: Object.fromEntries([...kinds].map((kind) => [kind, stats(latencies.get(kind) ?? [], errors.get(kind) ?? 0)])),
    sampleErrors,
  };
}
