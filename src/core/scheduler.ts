/**
 * Time as the pipeline sees it: the clock that rate limits count against and the sleep it waits with (backoff,
 * pacing). Real time by default; the testing kit hands its emulator's clock in, so a test that meets a 60-second
 * rate-limit window advances the emulator clock instead of sleeping a minute.
 */
import { abortableSleep } from '../internal/sleep.js';

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
