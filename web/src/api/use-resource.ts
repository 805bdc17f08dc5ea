/**
 * Loads data for a page and re-loads when its inputs change, cancelling the request that the change made stale
 * (so a slow answer for an old filter never overwrites the answer for the new one).
 */
import { useEffect, useState } from 'preact/hooks';

export type Resource<T> =
  | { state: 'loading' }
  | { state: 'error'; message: string; status: number | null }
  | { state: 'ready'; data: T };

export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, inputs: readonly unknown[]): Resource<T> {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setResource({ state: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setResource({ state: 'ready', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const status = typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : null;
        setResource({ state: 'error', message: (error as Error).message ?? String(error), status });
      },
    );
    return () => controller.abort();
    // The caller lists what the load depends on, as with useEffect.
  }, inputs);
  return resource;
}
