/** The kit's shared behaviour, for every registered emulator (scenarios in kit-providers.ts). */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupServer } from 'msw/node';
import { createClient, type ClientConfig } from '../../src/index.js';
import { ConfigError, ConnectionError, NotFoundError, RateLimitError, ServerError, TimeoutError } from '../../src/core/errors.js';
import { createMockClient, mswHandlers, type MockClient } from '../../src/testing/index.js';
import { kitProviders, type KitScenario } from './kit-providers.js';

function mockOf(sc: KitScenario, count: number, options: { pageSize?: number; client?: Record<string, unknown> } = {}) {
  let context: unknown;
  const mock = createMockClient({
    provider: sc.provider,
    seed: (s) => {
      context = sc.seedList(s, count);
    },
    ...options,
  }) as MockClient;
  return { mock, list: () => sc.list.call(mock.client, context) };
}

const fast = { client: { maxRetries: 2 } };
setFlagsFromString('--expose-gc');
const forceGc = runInNewContext('gc') as () => void;
const realSetImmediate = setImmediate;

/** Settles a promise while advancing fake timers (backoff sleeps), without wall-clock waits. */
async function withFakeTimers<T>(run: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    let done = false;
    const pending = run().finally(() => {
      done = true;
    });
    pending.catch(() => {});
    for (let i = 0; i < 1000 && !done; i++) await vi.advanceTimersByTimeAsync(100);
    return await pending;
  } finally {
    vi.useRealTimers();
  }
}

describe.each(kitProviders.map((sc) => [sc.provider, sc] as const))('%s kit', (_name, sc) => {
  describe('seed builders', () => {
    it.each(sc.readBack.map((rb) => [rb.name, rb] as const))('%s read back equals what the builder returned', async (_n, rb) => {
      let seeded: unknown;
      const mock = createMockClient({ provider: sc.provider, seed: (s) => void (seeded = rb.seed(s)) }) as MockClient;
      const read = await rb.read(mock.client, seeded);
      expect(read).toStrictEqual(seeded);
      expect(JSON.stringify(read)).not.toContain('undefined');
    });
  });

  it('pageSize caps every page, whatever the client asks for', async () => {
    const { mock, list } = mockOf(sc, 5, { pageSize: 2 });
    const items = await list().toArray({ limit: 100 });
    expect(items).toHaveLength(5);
    expect(new Set(items.map((i) => i.id)).size).toBe(5);
    const pages = mock.calls.filter((c) => c.op === sc.list.op);
    expect(pages).toHaveLength(sc.pagination === 'none' ? 1 : 3);
    expect(pages.every((c) => c.status === 200)).toBe(true);
  });

  it('records calls live, with secrets redacted', async () => {
    const { mock, list } = mockOf(sc, 1);
    const calls = mock.calls;
    expect(calls).toHaveLength(0);
    await list();
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call).toMatchObject({ op: sc.list.op, method: 'GET', status: 200, fault: null });
    expect(typeof call!.url).toBe('string');
    const text = JSON.stringify(call);
    for (const value of Object.values(mock.credentials)) {
      if (typeof value === 'string' && value.length > 6) expect(text).not.toContain(value);
    }
  });

  describe('faults through the real client', () => {
    it('rate_limited with retryAfterSeconds 0 is retried and succeeds', async () => {
      const { mock, list } = mockOf(sc, 1, fast);
      mock.faults.once(sc.list.op, { kind: 'rate_limited', retryAfterSeconds: 0 });
      const page = await list();
      expect(page.data).toHaveLength(1);
      expect(mock.calls.map((c) => c.status)).toEqual([429, 200]);
      expect(mock.calls[0]!.fault).toEqual({ kind: 'rate_limited', retryAfterSeconds: 0 });
    });

    it('rate_limited beyond the retries is a RateLimitError', async () => {
      const { mock, list } = mockOf(sc, 1, { client: { maxRetries: 1 } });
      mock.faults.always(sc.list.op, { kind: 'rate_limited', retryAfterSeconds: 0 });
      const error = await list().then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitError);
      expect(mock.calls).toHaveLength(2);
    });

    it('http faults use the vendor error shape by default', async () => {
      const { mock, list } = mockOf(sc, 1, fast);
      mock.faults.once(sc.list.op, { kind: 'http', status: 404 });
      const error = await list().then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as NotFoundError).provider).toBe(sc.provider);
      expect(mock.calls).toHaveLength(1);
    });

    it('an http 503 fault is retried (times(2))', async () => {
      const { mock, list } = mockOf(sc, 1, fast);
      mock.faults.times(2, sc.list.op, { kind: 'http', status: 503 });
      const page = await withFakeTimers(async () => list());
      expect(page.data).toHaveLength(1);
      expect(mock.calls.map((c) => c.status)).toEqual([503, 503, 200]);
    });

    it('an http fault with its own body sends that body', async () => {
      const { mock, list } = mockOf(sc, 1, { client: { maxRetries: 0 } });
      mock.faults.once(sc.list.op, { kind: 'http', status: 500, body: { custom: true } });
      const error = await list().then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ServerError);
      expect((error as ServerError).raw).toEqual({ custom: true });
    });

    it('network on a GET is retried', async () => {
      const { mock, list } = mockOf(sc, 1, fast);
      mock.faults.once(sc.list.op, { kind: 'network' });
      const page = await withFakeTimers(async () => list());
      expect(page.data).toHaveLength(1);
      expect(mock.calls.map((c) => [c.status, c.fault?.kind ?? null])).toEqual([[null, 'network'], [200, null]]);
    });

    it('a network fault rejects fetch with TypeError("fetch failed"); connect phase carries ECONNREFUSED', async () => {
      const { mock } = mockOf(sc, 1);
      mock.faults.once(() => true, { kind: 'network' });
      const unknown = await mock.fetch(`${mock.baseUrl}/x`).then(() => null, (e: unknown) => e);
      expect(unknown).toBeInstanceOf(TypeError);
      expect((unknown as TypeError).message).toBe('fetch failed');
      expect(((unknown as TypeError).cause as { code?: string }).code).not.toBe('ECONNREFUSED');
      mock.faults.once(() => true, { kind: 'network', phase: 'connect' });
      const refused = await mock.fetch(`${mock.baseUrl}/x`).then(() => null, (e: unknown) => e);
      expect(((refused as TypeError).cause as { code?: string }).code).toBe('ECONNREFUSED');
    });

    it('network faults reach the caller as ConnectionError (connect phase: nothing sent)', async () => {
      const { mock, list } = mockOf(sc, 1, { client: { maxRetries: 0 } });
      mock.faults.once(sc.list.op, { kind: 'network', phase: 'connect' });
      const error = await list().then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectionError);
      await expect(mock.fetch(`${mock.baseUrl}/nowhere`)).resolves.toBeInstanceOf(Response);
    });

    it('timeout with timeout: 50 is a TimeoutError', async () => {
      const { mock, list } = mockOf(sc, 1, { client: { maxRetries: 0, timeout: 50 } });
      mock.faults.once(sc.list.op, { kind: 'timeout' });
      const error = await list().then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      expect(mock.calls[0]).toMatchObject({ status: null, fault: { kind: 'timeout' } });
    });

    it('a timeout fault still ends in TimeoutError when a garbage collection runs while the request waits', async () => {
      const { mock, list } = mockOf(sc, 1, { client: { maxRetries: 0, timeout: 100 } });
      mock.faults.always(sc.list.op, { kind: 'timeout' });
      const settled = list().then(() => null, (e: unknown) => e);
      for (let i = 0; i < 5; i++) {
        await new Promise((resolve) => realSetImmediate(resolve));
        forceGc();
      }
      expect(await settled).toBeInstanceOf(TimeoutError);
    }, 10_000);

    it('a timeout fault rejects with the reason of the request signal', async () => {
      const { mock } = mockOf(sc, 1);
      mock.faults.once(() => true, { kind: 'timeout' });
      const controller = new AbortController();
      const pending = mock.fetch(`${mock.baseUrl}/x`, { signal: controller.signal }).then(() => null, (e: unknown) => e);
      setTimeout(() => controller.abort('stop'), 5);
      expect(await pending).toBe('stop');
    });

    it('latency delays, then answers normally', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        const { mock, list } = mockOf(sc, 1, fast);
        mock.faults.once(sc.list.op, { kind: 'latency', ms: 200 });
        let settled = false;
        const pending = list().then((page) => {
          settled = true;
          return page;
        });
        // The emulator answers through the event loop (a real setImmediate): let the request arrive first.
        while (mock.calls.length === 0) await new Promise<void>((resolve) => realSetImmediate(() => resolve()));
        await vi.advanceTimersByTimeAsync(150);
        expect(settled).toBe(false);
        expect(mock.calls[0]).toMatchObject({ status: null, fault: { kind: 'latency', ms: 200 } });
        await vi.advanceTimersByTimeAsync(100);
        expect((await pending).data).toHaveLength(1);
        expect(mock.calls[0]).toMatchObject({ status: 200 });
      } finally {
        vi.useRealTimers();
      }
    });

    it('latency respects the client timeout', async () => {
      const { mock, list } = mockOf(sc, 1, { client: { maxRetries: 0, timeout: 20 } });
      mock.faults.once(sc.list.op, { kind: 'latency', ms: 10_000 });
      const error = await list().then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(TimeoutError);
    });

    it('a predicate targets faults; always lasts until clear()', async () => {
      const { mock, list } = mockOf(sc, 1, { client: { maxRetries: 0 } });
      mock.faults.always((call) => call.method === 'GET', { kind: 'http', status: 500 });
      await expect(list()).rejects.toBeInstanceOf(ServerError);
      await expect(list()).rejects.toBeInstanceOf(ServerError);
      mock.faults.clear();
      expect((await list()).data).toHaveLength(1);
    });

    it('a fault for another operation does not fire', async () => {
      const { mock, list } = mockOf(sc, 1, fast);
      mock.faults.always((call) => call.op === 'no.such.op', { kind: 'http', status: 500 });
      expect((await list()).data).toHaveLength(1);
    });

    it('a fault whose target is no operation of the vendor, or whose spec has a typo, is a ConfigError when armed', () => {
      const { mock } = mockOf(sc, 1, fast);
      const typo = sc.list.op.replace(/\.list$/, '.lst');
      expect(() => mock.faults.once(typo as never, { kind: 'network' })).toThrow(ConfigError);
      expect(() => mock.faults.once(typo as never, { kind: 'network' })).toThrow(`did you mean "${sc.list.op}"?`);
      expect(() => mock.faults.always('no.such.op' as never, { kind: 'network' })).toThrow(/not an operation/);
      expect(() => mock.faults.once(sc.list.op as never, { kind: 'rate_limited', retryAfterSecond: 1 } as never)).toThrow(
        /did you mean "retryAfterSeconds"/,
      );
      expect(() => mock.faults.once(sc.list.op as never, { kind: 'nope' } as never)).toThrow(ConfigError);
      expect(() => mock.faults.once(sc.list.op as never, { kind: 'ratelimited' } as never)).toThrow('(did you mean "rate_limited"?)');
      expect(() => mock.faults.times(0, sc.list.op as never, { kind: 'network' })).toThrow(ConfigError);
    });
  });

  it('reset() restores the seeded state, counters and clock, and clears calls and faults', async () => {
    const { mock, list } = mockOf(sc, 3);
    const before = await list().toArray({ limit: 100 });
    const clockBefore = mock.clock();
    const calls = mock.calls;
    sc.seedList(mock.seed as never, 2);
    mock.faults.always(sc.list.op, { kind: 'http', status: 500 });
    mock.reset();
    expect(calls).toHaveLength(0);
    expect(mock.clock()).toBe(clockBefore);
    const after = await list().toArray({ limit: 100 });
    expect(after).toStrictEqual(before);
    expect(mock.calls).toBe(calls);
  });

  it('is deterministic: same seed → same ids and timestamps, whatever the wall clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2031-07-04T12:00:00Z'));
      const a = mockOf(sc, 3);
      const first = await a.list().toArray({ limit: 100 });
      vi.setSystemTime(new Date('1999-12-31T23:59:59Z'));
      const b = mockOf(sc, 3);
      const second = await b.list().toArray({ limit: 100 });
      expect(second).toStrictEqual(first);
      expect(JSON.stringify(first)).not.toMatch(/2031|1999/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a user clock replaces the default one', async () => {
    const at = Date.UTC(2027, 5, 1, 12);
    let context: unknown;
    const mock = createMockClient({ provider: sc.provider, clock: () => at, seed: (s) => void (context = sc.seedList(s, 1)) }) as MockClient;
    expect(mock.clock()).toBe(at);
    const [item] = await sc.list.call(mock.client, context).toArray({ limit: 1 });
    if (sc.timestamps !== false) expect(JSON.stringify(item)).toContain('2027-06-01T12:00:00');
  });

  it('credentials reach the same state from a client the user builds', async () => {
    let context: unknown;
    const mock = createMockClient({ provider: sc.provider, seed: (s) => void (context = sc.seedList(s, 2)) }) as MockClient;
    const own = createClient({ provider: sc.provider, ...mock.credentials, fetch: mock.fetch } as ClientConfig);
    const items = await sc.list.call(own, context).toArray({ limit: 10 });
    expect(items).toHaveLength(2);
  });
});

describe.each(kitProviders.map((sc) => [sc.provider, sc] as const))('%s mswHandlers', (_name, sc) => {
  let context: unknown;
  const mock = createMockClient({ provider: sc.provider, seed: (s) => void (context = sc.seedList(s, 3)) }) as MockClient;
  const server = setupServer(...mswHandlers(mock));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => mock.reset());
  afterAll(() => server.close());

  it('serves a client that uses the global fetch', async () => {
    const client = createClient({ provider: sc.provider, ...mock.credentials, maxRetries: 0 } as ClientConfig);
    const items = await sc.list.call(client, context).toArray({ limit: 10 });
    expect(items).toHaveLength(3);
    expect(mock.calls.some((c) => c.op === sc.list.op && c.status === 200)).toBe(true);
  });

  it('carries faults through msw (network → fetch rejects)', async () => {
    const once = createClient({ provider: sc.provider, ...mock.credentials, maxRetries: 0 } as ClientConfig);
    mock.faults.once(sc.list.op, { kind: 'network' });
    await expect(sc.list.call(once, context)).rejects.toBeInstanceOf(ConnectionError);
    const retrying = createClient({ provider: sc.provider, ...mock.credentials, maxRetries: 1 } as ClientConfig);
    mock.faults.once(sc.list.op, { kind: 'rate_limited', retryAfterSeconds: 0 });
    expect((await sc.list.call(retrying, context)).data.length).toBeGreaterThan(0);
    expect(mock.calls.filter((c) => c.op === sc.list.op).map((c) => c.status)).toEqual([null, 429, 200]);
  });
});
