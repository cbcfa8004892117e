/**
 * Pacing, the shared backoff after a 429, bounded concurrency and SDK-honoured idempotency keys, at the wire, on a
 * virtual clock (no wall-clock waits: the scheduler's sleep advances the clock).
 */
import { describe, expect, it } from 'vitest';
import { mapConcurrent, Semaphore } from '../../src/core/concurrency.js';
import { MemoryIdempotencyStore } from '../../src/core/idempotency.js';
import { gcraParameters, MemoryRateLimiter, type RateLimitRequest } from '../../src/core/rate-limit.js';
import type { Scheduler } from '../../src/core/scheduler.js';
import { ConflictError, createClient, PROVIDERS, ValidationError, type ClientConfig, type TicketingError } from '../../src/index.js';
import { createMockClient } from '../../src/testing/index.js';
import { json, scriptedFetch, type Answer } from '../helpers/wire.js';

/** A virtual clock: sleeping advances it (and yields once, as a real timer would). */
function virtualTime(start = 1_000_000): Scheduler & { slept: number[] } {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      slept.push(ms);
      now += Math.max(0, ms);
      await new Promise((resolve) => setImmediate(resolve));
      signal?.throwIfAborted();
    },
  };
}

const request = (bucket = 'b:read'): RateLimitRequest => ({ provider: 'seaty', bucket, requestClass: 'read', method: 'GET', path: '/x' });

describe('GCRA pacing', () => {
  it('spaces requests at the limit, after a burst', async () => {
    const time = virtualTime();
    const limiter = new MemoryRateLimiter(() => ({ perMinute: 60, burst: 3 }), time);
    const sentAt: number[] = [];
    for (let i = 0; i < 6; i++) {
      await limiter.acquire(request());
      sentAt.push(time.now() - 1_000_000);
    }
    expect(sentAt).toEqual([0, 0, 0, 1000, 2000, 3000]);
  });

  it('serves concurrent callers in order without polling', async () => {
    const time = virtualTime();
    const limiter = new MemoryRateLimiter(() => ({ perMinute: 120 }), time);
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3].map(async (i) => {
      await limiter.acquire(request());
      order.push(i);
    }));
    expect(order).toEqual([0, 1, 2, 3]);
    expect(time.now() - 1_000_000).toBeGreaterThanOrEqual(1500);
  });

  it('a pause holds every caller of the bucket, and only that bucket', async () => {
    const time = virtualTime();
    const limiter = new MemoryRateLimiter(() => null, time);
    limiter.pause(request('b:read'), 30_000);
    await limiter.acquire(request('b:write'));
    expect(time.now()).toBe(1_000_000);
    await limiter.acquire(request('b:read'));
    expect(time.now()).toBe(1_030_000);
  });

  it('an abort while waiting rejects with the signal’s reason', async () => {
    const time = virtualTime();
    const limiter = new MemoryRateLimiter(() => ({ perHour: 1 }), time);
    await limiter.acquire(request());
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(limiter.acquire(request(), controller.signal)).rejects.toThrow('stop');
  });

  it('reads a spec', () => {
    expect(gcraParameters({ perMinute: 60 })).toEqual({ interval: 1000, tolerance: 0 });
    expect(gcraParameters({ perHour: 2000, burst: 10 })).toEqual({ interval: 1800, tolerance: 16_200 });
    expect(gcraParameters(null)).toBeNull();
  });
});

const event = { id: 'evt_1', title: 'Gala', starts_at: '2026-09-15T18:00:00Z', timezone: 'UTC', currency: 'usd', status: 'draft' };

/** Equaticket clients over one scripted vendor, on a virtual clock. */
function vendor(answers: Answer[], options: Record<string, unknown> = {}) {
  const wire = scriptedFetch(answers);
  const time = virtualTime();
  const make = (extra: Record<string, unknown> = {}) =>
    createClient({ provider: 'equaticket', apiKey: 'sk_test_key_1', fetch: wire.fetch, scheduler: time, logLevel: 'off', ...options, ...extra });
  return { make, seen: wire.seen, time };
}

describe('pacing at the wire', () => {
  it('a client paces to the limit it is given; rateLimit: false does not pace', async () => {
    const { make, time } = vendor([json(event)]);
    const paced = make({ rateLimit: { perMinute: 30 } });
    for (let i = 0; i < 3; i++) await paced.native.getEvent('evt_1');
    expect(time.now() - 1_000_000).toBe(4_000);
    const { make: makeFree, time: free } = vendor([json(event)]);
    const unpaced = makeFree({ rateLimit: false });
    for (let i = 0; i < 3; i++) await unpaced.native.getEvent('evt_1');
    expect(free.now()).toBe(1_000_000);
  });

  it('clients with the same credential share the limit (withOptions copies too); another credential does not', async () => {
    const { make, time } = vendor([json(event)]);
    const a = make({ rateLimit: { perMinute: 60 } });
    const b = a.withOptions({ maxRetries: 0 });
    await a.native.getEvent('evt_1');
    await b.native.getEvent('evt_1');
    expect(time.now() - 1_000_000).toBe(1_000);
    const other = make({ rateLimit: { perMinute: 60 }, apiKey: 'sk_test_key_2' });
    await other.native.getEvent('evt_1');
    expect(time.now() - 1_000_000).toBe(1_000);
  });

  it('a 429 pauses every caller on the credential once: no second 429, no call waits twice', async () => {
    const { make, seen, time } = vendor(
      [json({ error: { code: 'rate_limited', message: 'slow down' } }, { status: 429, headers: { 'retry-after': '30' } }), json(event)],
      { rateLimit: false },
    );
    const client = make();
    const results = await Promise.all([client.native.getEvent('evt_1'), client.native.getEvent('evt_1'), client.native.getEvent('evt_1')]);
    expect(results).toHaveLength(3);
    expect(seen.filter((r) => r.method === 'GET')).toHaveLength(4);
    expect(time.now() - 1_000_000).toBe(30_000);
  });
});

/** A clock that moves only when the test says: sleepers wake on `advance`. */
function manualTime(start = 1_000_000) {
  let now = start;
  const sleepers: Array<{ until: number; wake: () => void }> = [];
  const time: Scheduler & { advance(ms: number): Promise<void>; sleeping(): number[]; settle(): Promise<void> } = {
    now: () => now,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        signal?.throwIfAborted();
        sleepers.push({ until: now + Math.max(0, ms), wake: resolve });
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      }),
    async advance(ms) {
      now += ms;
      for (const sleeper of sleepers.splice(0).filter((s) => (s.until <= now ? (s.wake(), false) : true))) sleepers.push(sleeper);
      await time.settle();
    },
    sleeping: () => sleepers.map((s) => s.until - now),
    settle: async () => {
      for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    },
  };
  return time;
}

describe('the shared pause after a 429, across clients of one credential with different paces', () => {
  const tooMany = (retryAfter: string) => json({ error: { code: 'rate_limited', message: 'slow down' } }, { status: 429, headers: { 'retry-after': retryAfter } });

  /** Clients over one scripted vendor on a manual clock: the first request meets a 429, the rest succeed. */
  function world(provider: 'equaticket' | 'event-schedule', firstAnswer: Answer, ok: Answer) {
    const wire = scriptedFetch([firstAnswer, ok]);
    const time = manualTime();
    const apiKey = provider === 'equaticket' ? 'sk_test_key_1' : 'es_key';
    const make = (extra: Record<string, unknown> = {}) => createClient({ provider, apiKey, fetch: wire.fetch, scheduler: time, logLevel: 'off', ...extra });
    return { make, seen: wire.seen, time };
  }

  it('a rateLimit: false client and a client with its own pace wait out the pause a default client met', async () => {
    const { make, seen, time } = world('equaticket', tooMany('30'), json(event));
    const first = make().native.getEvent('evt_1');
    await time.settle();
    expect(seen).toHaveLength(1);
    const unpaced = make({ rateLimit: false }).native.getEvent('evt_1');
    const ownPace = make({ rateLimit: { perMinute: 1000 } }).native.getEvent('evt_1');
    await time.settle();
    expect(seen).toHaveLength(1);
    expect(time.sleeping()).toEqual([30_000, 30_000, 30_000]);
    await time.advance(30_000);
    await Promise.all([first, unpaced, ownPace]);
    expect(seen).toHaveLength(4);
  });

  it('another credential is not held', async () => {
    const { make, seen, time } = world('equaticket', tooMany('30'), json(event));
    const first = make().native.getEvent('evt_1');
    await time.settle();
    await make({ rateLimit: false, apiKey: 'sk_test_key_2' }).native.getEvent('evt_1');
    expect(seen.map((r) => r.headers.authorization)).toEqual(['Bearer sk_test_key_1', 'Bearer sk_test_key_2']);
    await time.advance(30_000);
    await first;
  });

  it('on a vendor that limits reads and writes apart, a read\'s 429 holds reads only, whatever pace the client set', async () => {
    const { make, seen, time } = world('event-schedule', json({ message: 'Too Many Attempts.' }, { status: 429, headers: { 'retry-after': '20' } }), json({ data: [] }));
    const first = make().request({ method: 'GET', path: '/events' });
    await time.settle();
    const own = make({ rateLimit: { perMinute: 10_000, burst: 100 } });
    await own.request({ method: 'POST', path: '/events', body: { name: 'x' } });
    const read = own.request({ method: 'GET', path: '/events' });
    await time.settle();
    expect(seen.map((r) => r.method)).toEqual(['GET', 'POST']);
    await time.advance(20_000);
    await Promise.all([first, read]);
    expect(seen.map((r) => r.method)).toEqual(['GET', 'POST', 'GET', 'GET']);
  });
});

describe('maxConcurrency', () => {
  /** An Equaticket client with a bound of 2 over a vendor that counts the most requests it held at once. */
  function bounded() {
    let inFlight = 0;
    const seen = { most: 0 };
    const fetch = (async () => {
      inFlight++;
      seen.most = Math.max(seen.most, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      return json(event);
    }) as typeof globalThis.fetch;
    const client = createClient({ provider: 'equaticket', apiKey: 'sk_test_k', fetch, rateLimit: false, maxConcurrency: 2, logLevel: 'off' });
    return { client, seen };
  }

  it('bounds the requests of a client in flight', async () => {
    const { client, seen } = bounded();
    await Promise.all(Array.from({ length: 8 }, () => client.native.getEvent('evt_1')));
    expect(seen.most).toBe(2);
  });

  it('holds for a client and its withOptions copies together', async () => {
    const { client, seen } = bounded();
    const copies = [client, client.withOptions({ timeout: 5_000 }), client.withOptions({ maxRetries: 1 })];
    await Promise.all(Array.from({ length: 9 }, (_, i) => copies[i % 3]!.native.getEvent('evt_1')));
    expect(seen.most).toBe(2);
  });

  it.each(PROVIDERS)('%s: copies share their original\'s bound; a client built on its own has its own', async (provider) => {
    const mock = createMockClient({ provider, rateLimits: false });
    let inFlight = 0;
    let most = 0;
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      try {
        return await mock.fetch(input, init);
      } finally {
        inFlight--;
      }
    }) as typeof globalThis.fetch;
    const make = () => createClient({ provider, ...mock.credentials, fetch, scheduler: mock.scheduler, rateLimit: false, maxRetries: 0, maxConcurrency: 2, logLevel: 'off' } as ClientConfig);
    const burst = (clients: Array<{ request: (r: { method: 'GET'; path: string }) => Promise<unknown> }>) =>
      Promise.all(Array.from({ length: 12 }, (_, i) => clients[i % clients.length]!.request({ method: 'GET', path: '/nothing-here' }).catch(() => null)));
    const client = make();
    await burst([client, client.withOptions({ timeout: 5_000 }), client.withOptions({ maxRetries: 1 })]);
    expect(most).toBe(2);
    most = 0;
    await burst([make(), make()]);
    expect(most).toBe(4);
    most = 0;
    await burst([client, client.withOptions({ maxConcurrency: 1 })]);
    expect(most).toBe(3);
  });

  it('refuses a bad value at creation', () => {
    expect(() => createClient({ provider: 'equaticket', apiKey: 'sk_test_k', maxConcurrency: 0 })).toThrow(/maxConcurrency/);
    expect(() => createClient({ provider: 'equaticket', apiKey: 'sk_test_k', rateLimit: { perMinute: 10, perHour: 5 } })).toThrow(/exactly one/);
    expect(() => createClient({ provider: 'equaticket', apiKey: 'sk_test_k', rateLimit: { perMinut: 10 } as never })).toThrow(/did you mean "perMinute"/);
  });
});

describe('mapConcurrent and Semaphore', () => {
  it('keeps the order of the items, bounds the calls, and stops at the first failure', async () => {
    let running = 0;
    let most = 0;
    const results = await mapConcurrent([1, 2, 3, 4, 5], async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      running--;
      return n * 10;
    }, { concurrency: 2 });
    expect(results).toEqual([10, 20, 30, 40, 50]);
    expect(most).toBe(2);
    const started: number[] = [];
    await expect(
      mapConcurrent([1, 2, 3, 4, 5, 6], async (n) => {
        started.push(n);
        if (n === 2) throw new Error('boom');
        await new Promise((resolve) => setImmediate(resolve));
        return n;
      }, { concurrency: 2 }),
    ).rejects.toThrow('boom');
    expect(started.length).toBeLessThan(6);
    await expect(mapConcurrent([1], (n) => n, { concurrency: 0 })).rejects.toBeInstanceOf(ValidationError);
  });

  it('a semaphore waiter that aborts leaves the queue', async () => {
    const semaphore = new Semaphore(1);
    const release = await semaphore.acquire();
    const controller = new AbortController();
    const waiting = semaphore.acquire(controller.signal);
    controller.abort(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
    release();
    const again = await semaphore.acquire();
    again();
  });
});

describe('idempotencyKey on a write the vendor does not key', () => {
  const created = (req: { body: unknown }) => json({ data: { id: 'S1', ...(req.body as object) } }, { status: 201 });
  const esClient = (answers: Answer[], options: Record<string, unknown> = {}) => {
    const wire = scriptedFetch(answers);
    const client = createClient({ provider: 'event-schedule', apiKey: 'es_key', fetch: wire.fetch, logLevel: 'off', rateLimit: false, ...options });
    return { client, seen: wire.seen };
  };
  const post = (client: ReturnType<typeof esClient>['client'], key: string, body: object = { name: 'x' }) =>
    client.request({ method: 'POST', path: '/api/sales', body }, { idempotencyKey: key });

  it('is refused without a store, before anything is sent, saying how to enable it', async () => {
    const { client, seen } = esClient([created]);
    const error = (await post(client, 'sale-1').catch((e: unknown) => e)) as TicketingError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toMatch(/does not honour idempotency keys.*idempotencyStore/);
    expect(error.outcomeUnknown).toBe(false);
    expect(seen).toHaveLength(0);
  });

  it('with a store, a repeat returns the first result (replayed) and writes once', async () => {
    const { client, seen } = esClient([created], { idempotencyStore: true });
    const first = await post(client, 'sale-1').withResponse();
    const again = await post(client, 'sale-1').withResponse();
    expect(seen).toHaveLength(1);
    expect(first.idempotentReplayed).toBe(false);
    expect(again.idempotentReplayed).toBe(true);
    expect(again.data).toEqual(first.data);
    expect(again.idempotencyKey).toBe('sale-1');
  });

  it('a key reused for another body is a ConflictError; a first call whose outcome is unknown blocks the repeat', async () => {
    const { client } = esClient([created], { idempotencyStore: new MemoryIdempotencyStore() });
    await post(client, 'k');
    await expect(post(client, 'k', { name: 'other' })).rejects.toBeInstanceOf(ConflictError);
    const lost = esClient([{ reject: new TypeError('fetch failed', { cause: new Error('other side closed') }) }], { idempotencyStore: true });
    const first = (await post(lost.client, 'k2').catch((e: unknown) => e)) as TicketingError;
    expect(first.outcomeUnknown).toBe(true);
    expect(first.idempotencyKey).toBe('k2');
    const repeat = (await post(lost.client, 'k2').catch((e: unknown) => e)) as TicketingError;
    expect(repeat).toBeInstanceOf(ConflictError);
    expect(repeat.outcomeUnknown).toBe(true);
    expect(lost.seen).toHaveLength(1);
  });

  it('is scoped by the credential: two accounts sharing a store (and Event Schedule\'s per-IP bucket) both write', async () => {
    const wire = scriptedFetch([created, created, created, created]);
    const store = new MemoryIdempotencyStore();
    const account = (apiKey: string, idempotencyStore: true | MemoryIdempotencyStore) =>
      createClient({ provider: 'event-schedule', apiKey, fetch: wire.fetch, logLevel: 'off', rateLimit: false, idempotencyStore });
    for (const shared of [true, store] as const) {
      const a = await post(account('es_key_a', shared), 'sale-1').withResponse();
      const b = await post(account('es_key_b', shared), 'sale-1').withResponse();
      expect([a.idempotentReplayed, b.idempotentReplayed]).toEqual([false, false]);
    }
    expect(wire.seen.map((r) => r.headers['x-api-key'])).toEqual(['es_key_a', 'es_key_b', 'es_key_a', 'es_key_b']);
  });

  it('`idempotencyStore: true` is one store per process and transport: a withOptions copy or a second client on the credential does not write twice', async () => {
    const wire = scriptedFetch([created]);
    const make = () => createClient({ provider: 'event-schedule', apiKey: 'es_key', fetch: wire.fetch, logLevel: 'off', rateLimit: false, idempotencyStore: true });
    const client = make();
    await post(client, 'sale-2');
    const copy = await post(client.withOptions({ maxRetries: 5 }), 'sale-2').withResponse();
    const again = await post(make(), 'sale-2').withResponse();
    expect([copy.idempotentReplayed, again.idempotentReplayed]).toEqual([true, true]);
    expect(wire.seen).toHaveLength(1);
    const otherFetch = esClient([created], { idempotencyStore: true });
    await expect(post(otherFetch.client, 'sale-2').withResponse()).resolves.toMatchObject({ idempotentReplayed: false });
  });

  it('a key that is refused before sending leaves nothing recorded: the repeat is sent', async () => {
    const { client, seen } = esClient([json({ message: 'bad', errors: {} }, { status: 422 }), created], { idempotencyStore: true });
    await expect(post(client, 'k3')).rejects.toMatchObject({ outcomeUnknown: false });
    await post(client, 'k3');
    expect(seen).toHaveLength(2);
  });
});
