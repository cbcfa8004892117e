/**
 * Seaty's read pace, now the core `rateLimit` option: on by default at the documented 60 reads a minute (a burst of 6,
 * then 54 a minute: never more than 60 in any minute), shared by a client and its `withOptions` copies, off with
 * `rateLimit: false`, a user's `{ perMinute }` replacing it. Real timers faked: no wall-clock waits.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AbortError } from '../../src/core/errors.js';
import { client, event1024, fakeSeaty, json } from './helpers.js';

const INTERVAL = 60_000 / 54;

describe('Seaty read pace (the rateLimit client option)', () => {
  afterEach(() => vi.useRealTimers());

  it('paces reads by default: 6 at once, then one every 60 000 / 54 ms, across a client and its withOptions copies', async () => {
    vi.useFakeTimers();
    const { fetch, calls } = fakeSeaty({ 'GET /v1/events/1024': () => json(event1024) });
    const c = client(fetch, { rateLimit: undefined });
    const copy = c.withOptions({ timeout: 5_000 });
    const all = Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? copy : c).events.get('1024')));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(6);
    await vi.advanceTimersByTimeAsync(INTERVAL - 1);
    expect(calls).toHaveLength(6);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(7);
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(calls).toHaveLength(8);
    await all;
  });

  it('rateLimit: false sends at once; a copy with its own rateLimit gets its own pace', async () => {
    vi.useFakeTimers();
    const { fetch, calls } = fakeSeaty({ 'GET /v1/events/1024': () => json(event1024) });
    const c = client(fetch, { rateLimit: false });
    const fast = Promise.all(Array.from({ length: 10 }, () => c.events.get('1024')));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(10);
    await fast;
    const slow = c.withOptions({ rateLimit: { perMinute: 30 } });
    const two = Promise.all([slow.events.get('1024'), slow.events.get('1024')]);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(calls).toHaveLength(11);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(12);
    await two;
  });

  it('a wait for the pace is aborted by the signal, and nothing is sent', async () => {
    vi.useFakeTimers();
    const { fetch, calls } = fakeSeaty({ 'GET /v1/events/1024': () => json(event1024) });
    const c = client(fetch, { rateLimit: { perMinute: 1 } });
    await c.events.get('1024');
    const controller = new AbortController();
    const waiting = c.events.get('1024', { signal: controller.signal }).then(() => null, (e: unknown) => e as unknown);
    await vi.advanceTimersByTimeAsync(10_000);
    controller.abort();
    expect(await waiting).toBeInstanceOf(AbortError);
    expect(calls).toHaveLength(1);
  });
});
