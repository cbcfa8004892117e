import { ValidationError } from './errors.js';

/**
 * Bounded concurrency: a semaphore (the `maxConcurrency` client option bounds a client's requests in flight with
 * one) and `mapConcurrent`, the helper that walks many listings or calls with a bound, so a user never writes a pool.
 */

/** A counting semaphore: at most `limit` holders at once, served in order. */
export class Semaphore {
  private active = 0;
  private readonly queue: Array<() => void> = [];

  constructor(readonly limit: number) {}

  /** Resolves with a release function once a place is free (rejects with the signal's reason when it aborts first). */
  acquire(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.active < this.limit) {
      this.active++;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        this.active++;
        resolve(this.releaser());
      };
      const onAbort = () => {
        const index = this.queue.indexOf(grant);
        if (index !== -1) this.queue.splice(index, 1);
        reject(signal?.reason);
      };
      this.queue.push(grant);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      this.queue.shift()?.();
    };
  }
}

/** Options of `mapConcurrent`. */
export interface MapConcurrentOptions {
  /** How many calls run at once (default 4). */
  concurrency?: number;
  /** Stops starting new calls when it aborts (calls already running get it through `fn`'s own options). */
  signal?: AbortSignal;
}

/**
 * Runs `fn` over `items` with at most `concurrency` calls at once and returns the results in the order of `items`.
 * The first failure rejects the whole (no new call starts after it; calls already running finish on their own).
 *
 * ```ts
 * const totals = await mapConcurrent(events, (e) => sumOrders(client, e.id), { concurrency: 4 });
 * ```
 */
export async function mapConcurrent<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  fn: (item: T, index: number) => Promise<R> | R,
  options: MapConcurrentOptions = {},
): Promise<R[]> {
  const concurrency = options.concurrency ?? 4;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new ValidationError({
      message: `mapConcurrent needs a positive integer concurrency, got ${String(concurrency)}.`,
      fields: [{ field: 'concurrency', message: 'expected a positive integer' }],
    });
  }
  const results: R[] = [];
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | null = null;
  let index = 0;
  for await (const item of items as AsyncIterable<T>) {
    if (failure) break;
    options.signal?.throwIfAborted();
    const at = index++;
    const task: Promise<void> = Promise.resolve()
      .then(() => fn(item, at))
      .then(
        (value) => {
          results[at] = value;
        },
        (error: unknown) => {
          failure ??= { error };
        },
      )
      .finally(() => running.delete(task));
    running.add(task);
    if (running.size >= concurrency) await Promise.race(running);
  }
  await Promise.all(running);
  if (failure) throw (failure as { error: unknown }).error;
  return results;
}
