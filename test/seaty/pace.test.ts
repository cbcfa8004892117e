import { afterEach, describe, expect, it, vi } from 'vitest';
import { AbortError } from '../../src/core/errors.js';
import { client, event1024, fakeSeaty, json } from './helpers.js';

describe('Seaty opt-in pace: rateLimit { perMinute }', () => {
  afterEach(() => vi.useRealTimers());

  it('spaces requests 60 000 / perMinute ms apart, across a client and its withOptions copies', async () => {
    vi.useFakeTimers();
    const { fetch, calls } = fakeSeaty({ 'GET /v1/events/1024': () => json(event1024) });
    const c = client(fetch, { rateLimit: { perMinute: 60 } });
    const copy = c.withOptions({ timeout: 5_000 });
    const all = Promise.all([c.events.get('1024'), copy.events.get('1024'), c.events.get('1024')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toHaveLength(3);
    await all;
  });

  it('is off by default, and a copy with its own rateLimit gets its own pace', async () => {
    vi.useFakeTimers();
    const { fetch, calls } = fakeSeaty({ 'GET /v1/events/1024': () => json(event1024) });
    const c = client(fetch);
    const fast = Promise.all([c.events.get('1024'), c.events.get('1024'), c.events.get('1024')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(3);
    await fast;
    const slow = c.withOptions({ rateLimit: { perMinute: 30 } });
    const two = Promise.all([slow.events.get('1024'), slow.events.get('1024')]);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(calls).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(5);
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
