/**
 * Time as the pipeline sees it: the clock that rate limits count against and the sleep it waits with (backoff,
 * pacing). Real time by default; the testing kit hands its emulator's clock in, so a test that meets a 60-second
 * rate-limit window advances the emulator clock instead of sleeping a minute.
 */
import { abortableSleep } from '../internal/sleep.js';

/**
 * A clock and a sleep: what the pipeline waits with (backoff, rate-limit pacing). Pass one as the `scheduler` client
 * option to run retries on virtual time; the testing kit's emulators carry theirs, so clients over `mock.fetch` wait on
 * the emulator clock.
 */
export interface Scheduler {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Waits `ms` (rejects with the signal's reason when it aborts first). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Real time: `Date.now` and timers. */
export const realScheduler: Scheduler = {
  now: () => Date.now(),
  sleep: (ms, signal) => abortableSleep(ms, signal),
};

/**
 * Where a `fetch` that brings its own time keeps it: the testing kit's emulators attach their scheduler to their
 * `fetch`, so any client over `mock.fetch` (not only `mock.client`) waits on the emulator clock instead of sleeping.
 */
export const FETCH_SCHEDULER: unique symbol = Symbol.for('ticketkit.scheduler') as never;

/** The scheduler a `fetch` carries (see `FETCH_SCHEDULER`), or `undefined`. */
export function schedulerOfFetch(fetch: unknown): Scheduler | undefined {
  if (typeof fetch !== 'function') return undefined;
  const carried = (fetch as unknown as Record<symbol, unknown>)[FETCH_SCHEDULER] as Partial<Scheduler> | undefined;
  return carried && typeof carried.now === 'function' && typeof carried.sleep === 'function' ? (carried as Scheduler) : undefined;
}
