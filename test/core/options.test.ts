import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ConfigError,
  createClient,
  createEquaticketClient,
  RateLimitError,
  TimeoutError,
  ValidationError,
  type TicketingError,
} from '../../src/index.js';
import type { EquaticketNative } from '../../src/providers/equaticket/index.js';
import type { TicketingClient } from '../../src/index.js';
import { json, scriptedFetch, type Answer, type SeenRequest } from '../helpers/wire.js';

const KEY = 'sk_test_optionskey';
const eventBody = { id: 'evt-1', title: 'Gala', starts_at: '2026-09-15T18:00:00Z', timezone: 'UTC', currency: 'usd', status: 'draft' };
const createInput = { name: 'Gala', start: '2026-09-15T18:00:00Z', timezone: 'UTC', currency: 'USD' };
const eqError = (status: number, code: string, headers: Record<string, string> = {}) =>
  json({ error: { code, message: code, request_id: `req_${status}` } }, { status, headers });
const hang = (req: SeenRequest) =>
  new Promise<Response>((_, reject) => {
    req.signal?.addEventListener('abort', () => reject(req.signal?.reason), { once: true });
  });

function client(answers: Answer[], options: Record<string, unknown> = {}) {
  const wire = scriptedFetch(answers);
  const tk = createClient({ provider: 'equaticket', apiKey: KEY, fetch: wire.fetch, logLevel: 'off', ...options });
  return { tk, seen: wire.seen, native: (tk as unknown as { native: EquaticketNative }).native };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('per-call options are checked before anything is sent', () => {
  const bad: Array<[string, Record<string, unknown> | string | number]> = [
    ['signal', { signal: 'stop' }],
    ['timeout', { timeout: -5 }],
    ['timeout', { timeout: 'soon' }],
    ['totalTimeout', { totalTimeout: 0 }],
    ['maxRetries', { maxRetries: -1 }],
    ['maxRetries', { maxRetries: 1.5 }],
    ['maxRetryAfterMs', { maxRetryAfterMs: -1 }],
    ['idempotencyKey', { idempotencyKey: 42 }],
    ['idempotencyKey', { idempotencyKey: '' }],
    ['headers', { headers: 'x-a: 1' }],
    ['headers.bad header', { headers: { 'bad header': 'v' } }],
    ['headers.x-a', { headers: { 'x-a': 'v\r\nx-injected: 1' } }],
    ['headers.x-b', { headers: { 'x-b': 'café ☕' } }],
    ['raw', { raw: 'yes' }],
    ['options', 'fast'],
  ];

  it.each(bad)('%s: ValidationError naming the field, on every kind of entry point', async (field, options) => {
    const { tk, seen, native } = client([json(eventBody)]);
    const entryPoints = [
      () => tk.events.get('evt-1', options as never),
      () => tk.events.create(createInput, options as never),
      () => tk.orders.list({}, options as never).toArray({ limit: 5 }),
      () => native.getEvent('evt-1', options as never),
      () => native.listEvents({}, options as never),
      () => tk.request({ method: 'GET', path: '/events' }, options as never),
    ];
    for (const call of entryPoints) {
      const error = (await Promise.resolve()
        .then(call)
        .catch((e: unknown) => e)) as ValidationError;
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.fields.map((f) => f.field)).toContain(field);
    }
    expect(seen).toHaveLength(0);
  });

  it('a refused write says it was not processed', async () => {
    const { tk } = client([json(eventBody)]);
    const error = (await tk.events.create(createInput, { maxRetries: -1 }).catch((e) => e)) as TicketingError;
    expect(error).toMatchObject({ code: 'validation', outcomeUnknown: false, request: { method: 'POST' } });
  });

  it('null options are the same as none', async () => {
    const { tk, seen } = client([json(eventBody)]);
    await tk.events.get('evt-1', null as never);
    expect(seen).toHaveLength(1);
  });

  it('a body that cannot be encoded is a ValidationError, not a network error, and nothing is sent', async () => {
    const { tk, seen } = client([json(eventBody)]);
    const error = (await tk.request({ method: 'POST', path: '/events', body: { n: 1n } }).catch((e) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fields).toEqual([{ field: 'body', message: 'cannot be encoded' }]);
    expect(error.outcomeUnknown).toBe(false);
    expect(seen).toHaveLength(0);
  });
});

describe('client options are checked at creation (ConfigError), never at the first request', () => {
  const bad: Array<[string, Record<string, unknown>]> = [
    ['baseUrl', { baseUrl: 'app.equaticket.com/api/v1' }],
    ['baseUrl', { baseUrl: 'ftp://files.example.com/' }],
    ['fetch', { fetch: 'globalThis.fetch' }],
    ['timeout', { timeout: 0 }],
    ['totalTimeout', { totalTimeout: -1 }],
    ['maxRetries', { maxRetries: 'two' }],
    ['maxRetryAfterMs', { maxRetryAfterMs: Number.NaN }],
    ['logLevel', { logLevel: 'verbose' }],
    ['logger', { logger: { warn: () => {} } }],
    ['hooks.onError', { hooks: { onError: 'log' } }],
    ['headers', { headers: { 'x-a': { nested: true } } }],
    ['headers.bad header', { headers: { 'bad header': 'v' } }],
    ['headers.x-a', { headers: { 'x-a': 'v\nx-injected: 1' } }],
    ['headers.x-b', { headers: { 'x-b': '☕' } }],
    ['idempotency.generateKey', { idempotency: { generateKey: 'uuid' } }],
  ];

  it.each(bad)('%s', (field, options) => {
    expect(() => createClient({ provider: 'equaticket', apiKey: KEY, ...options } as never)).toThrow(ConfigError);
    expect(() => createClient({ provider: 'equaticket', apiKey: KEY, ...options } as never)).toThrow(field);
    const tk = createEquaticketClient({ apiKey: KEY });
    expect(() => tk.withOptions(options as never)).toThrow(ConfigError);
  });

  it('accepts every documented option', () => {
    const tk = createClient({
      provider: 'equaticket',
      apiKey: KEY,
      baseUrl: 'http://127.0.0.1:4010/api/v1',
      fetch: globalThis.fetch,
      timeout: Number.POSITIVE_INFINITY,
      totalTimeout: 120_000,
      maxRetries: 0,
      maxRetryAfterMs: 0,
      idempotency: { generateKey: () => 'k' },
      logger: console,
      logLevel: 'debug',
      logPersonalData: false,
      hooks: { onRequest: () => {} },
      userAgent: 'my-app/1.0',
      headers: { 'x-tenant': 'a' },
    });
    expect(tk.provider).toBe('equaticket');
  });
});

describe('durations', () => {
  it('timeout: Infinity means no per-attempt limit (a bare setTimeout would fire after 1 ms)', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const { tk, seen } = client([hang], { timeout: Number.POSITIVE_INFINITY, maxRetries: 0 });
    const promise = tk.events.get('evt-1', { signal: controller.signal }).catch((e) => e);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(seen).toHaveLength(1);
    controller.abort();
    expect(await promise).toMatchObject({ code: 'aborted' });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('the defaults: 30 s per attempt, 2 retries (3 attempts in all)', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const { tk, seen } = client([hang]);
    const promise = tk.events.get('evt-1').catch((e) => e);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(60_000);
    const error = (await promise) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.attempts.map((a) => a.error)).toEqual(['timeout', 'timeout', 'timeout']);
    expect(seen).toHaveLength(3);
  });

  it('maxRetryAfterMs defaults to 60 s: 60 s is waited for, 61 s is thrown at once', async () => {
    vi.useFakeTimers();
    const waited = client([eqError(429, 'rate_limited', { 'retry-after': '60' }), json(eventBody)]);
    const promise = waited.tk.events.get('evt-1').withResponse();
    await vi.advanceTimersByTimeAsync(59_999);
    expect(waited.seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await promise).attempts.map((a) => a.retryDelayMs)).toEqual([60_000, null]);

    const thrown = client([eqError(429, 'rate_limited', { 'retry-after': '61' })]);
    const error = (await thrown.tk.events.get('evt-1').catch((e) => e)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(61_000);
    expect(thrown.seen).toHaveLength(1);
  });

  it('any server delay above maxRetryAfterMs throws RateLimitError at once, a 503 included (status and vendor code kept)', async () => {
    for (const maxRetries of [0, 2]) {
      const { tk, seen } = client([eqError(503, 'internal_error', { 'retry-after': '3600' })], { maxRetries });
      const error = (await tk.events.create(createInput).catch((e) => e)) as RateLimitError;
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error).toMatchObject({ status: 503, vendorCode: 'internal_error', retryAfterMs: 3_600_000, outcomeUnknown: false });
      expect(error.idempotencyKey).toBe(seen[0]!.headers['idempotency-key']);
      expect(error.attempts).toHaveLength(1);
      expect(seen).toHaveLength(1);
    }
    // A 4xx that happens to carry a Retry-After is still what it is.
    const { tk } = client([eqError(400, 'validation_error', { 'retry-after': '3600' })]);
    await expect(tk.events.get('evt-1')).rejects.toBeInstanceOf(ValidationError);
  });

  it('maxRetryAfterMs can be set per call', async () => {
    const { tk, seen } = client([eqError(429, 'rate_limited', { 'retry-after': '2' }), json(eventBody)]);
    const error = (await tk.events.get('evt-1', { maxRetryAfterMs: 1_000 }).catch((e) => e)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(2_000);
    expect(seen).toHaveLength(1);
  });

  it('a server delay longer than a timer can hold is waited for in full, not cut to 1 ms', async () => {
    vi.useFakeTimers();
    const days = 30;
    const { tk, seen } = client([eqError(503, 'internal_error', { 'retry-after': String(days * 86_400) }), json(eventBody)], {
      maxRetryAfterMs: Number.POSITIVE_INFINITY,
    });
    const promise = tk.events.get('evt-1');
    await vi.advanceTimersByTimeAsync(25 * 86_400_000);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5 * 86_400_000);
    expect((await promise).name).toBe('Gala');
    expect(seen).toHaveLength(2);
  });
});

describe('idempotency keys', () => {
  it('idempotency.generateKey makes the key, the same on every attempt', async () => {
    let n = 0;
    const { tk, seen } = client([eqError(500, 'internal_error'), json(eventBody)], {
      idempotency: { generateKey: () => `order-import-${++n}` },
    });
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const result = await tk.events.create(createInput).withResponse();
    expect(seen.map((r) => r.headers['idempotency-key'])).toEqual(['order-import-1', 'order-import-1']);
    expect(result.idempotencyKey).toBe('order-import-1');
  });

  it('a generator that returns no string is a ConfigError, and nothing is sent', async () => {
    const { tk, seen } = client([json(eventBody)], { idempotency: { generateKey: () => undefined } });
    await expect(tk.events.create(createInput)).rejects.toBeInstanceOf(ConfigError);
    expect(seen).toHaveLength(0);
  });
});

describe('retry rules per failure kind and write safety, at the wire', () => {
  const refused = () => Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
  const reset = () => Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } });

  it('a keyed POST is retried after a timeout and after a dropped response, with the same key', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const { tk, seen } = client([hang, { reject: reset() }, json(eventBody, { status: 201 })], { timeout: 20 });
    const result = await tk.events.create(createInput).withResponse();
    expect(result.attempts.map((a) => a.error)).toEqual(['timeout', 'network', null]);
    expect(new Set(seen.map((r) => r.headers['idempotency-key'])).size).toBe(1);
    expect(seen).toHaveLength(3);
  });

  it('reads are retried after 502 and 504; other 4xx are not', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const retried = client([eqError(502, 'x'), eqError(504, 'x'), json(eventBody)]);
    await retried.tk.events.get('evt-1');
    expect(retried.seen).toHaveLength(3);
    for (const status of [400, 401, 403, 404, 409, 422]) {
      const once = client([eqError(status, 'x')]);
      await once.tk.events.get('evt-1').catch(() => {});
      expect(once.seen).toHaveLength(1);
    }
  });

  describe('a write to a vendor without keys (Event Schedule PATCH)', () => {
    const patch = (tk: TicketingClient) => tk.request({ method: 'PATCH', path: '/events/evt-1', body: { title: 'x' } });
    /** Event Schedule takes no idempotency keys. */
    const unkeyed = (answers: Answer[], options: Record<string, unknown> = {}) => {
      const wire = scriptedFetch(answers);
      const tk = createClient({ provider: 'event-schedule', apiKey: 'es_test_key', fetch: wire.fetch, logLevel: 'off', ...options });
      return { tk, seen: wire.seen };
    };

    it('is retried after a connect error, a 429, or a 503 with a server delay', async () => {
      vi.spyOn(Math, 'random').mockReturnValue(0);
      const { tk, seen } = unkeyed([
        { reject: refused() },
        eqError(429, 'rate_limited', { 'retry-after': '0' }),
        eqError(503, 'x', { 'retry-after': '0' }),
        json({ data: {} }),
      ], { maxRetries: 3 });
      await patch(tk);
      expect(seen).toHaveLength(4);
      expect(seen.every((r) => r.headers['idempotency-key'] === undefined)).toBe(true);
    });

    it('is not retried after a 503 without a delay, a dropped response or a timeout; the outcome is unknown', async () => {
      for (const answer of [eqError(503, 'x'), { reject: reset() }, hang] as Answer[]) {
        const { tk, seen } = unkeyed([answer], { timeout: 20 });
        const error = (await patch(tk).catch((e) => e)) as TicketingError;
        expect(seen).toHaveLength(1);
        expect(error.outcomeUnknown).toBe(true);
        expect(error.retryable).toBe(false);
      }
    });

    it('a connect error that persists says the write was not processed', async () => {
      vi.spyOn(Math, 'random').mockReturnValue(0);
      const { tk } = unkeyed([{ reject: refused() }], { maxRetries: 1 });
      const error = (await patch(tk).catch((e) => e)) as TicketingError;
      expect(error).toMatchObject({ code: 'network', outcomeUnknown: false });
      expect(error.attempts).toHaveLength(2);
    });
  });

  it('Equaticket sends one key on every write (POST, PATCH, DELETE) and retries them after a 500 with it', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    for (const method of ['POST', 'PATCH', 'DELETE'] as const) {
      const { tk, seen } = client([eqError(500, 'internal_error'), json(eventBody)]);
      await tk.request({ method, path: '/events/evt-1', body: method === 'DELETE' ? undefined : { title: 'x' } });
      expect(seen).toHaveLength(2);
      expect(seen[0]!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
      expect(seen[1]!.headers['idempotency-key']).toBe(seen[0]!.headers['idempotency-key']);
    }
  });
});

describe('lists give their attempts too', () => {
  it('withResponse() on a list reports the tries of the first page', async () => {
    const { tk } = client([eqError(429, 'rate_limited', { 'retry-after': '0' }), json({ livemode: false, data: [], has_more: false })]);
    const { attempts, requestId } = await tk.orders.list().withResponse();
    expect(attempts.map((a) => a.status)).toEqual([429, 200]);
    expect(requestId).toBeNull();
    const page = await tk.orders.list();
    expect(page.attempts).toHaveLength(1);
  });
});

describe('parseVendorConfig', () => {
  it('names a missing or malformed vendor key and what it must be; returns the parsed keys', async () => {
    const { z } = await import('zod');
    const { parseVendorConfig } = await import('../../src/core/options.js');
    const schema = z.object({ apiKey: z.string().trim().min(1).describe('the API key'), clock: z.function().optional().describe('a function returning ms') });
    expect(() => parseVendorConfig('event-vault', 'Event Vault', schema, {})).toThrow(/`apiKey`: missing \(the API key\)/);
    expect(() => parseVendorConfig('event-vault', 'Event Vault', schema, { apiKey: ' ' })).toThrow(/`apiKey`: the API key, got a string of 1 characters/);
    // A credential's value never appears in the message.
    const long = z.object({ apiKey: z.string().max(3).describe('the API key') });
    expect(() => parseVendorConfig('event-vault', 'Event Vault', long, { apiKey: 'sk_live_secret' })).toThrow(/got a string of 14 characters/);
    expect(() => parseVendorConfig('event-vault', 'Event Vault', long, { apiKey: 'sk_live_secret' })).not.toThrow(/sk_live/);
    expect(() => parseVendorConfig('event-vault', 'Event Vault', schema, { apiKey: 'k', clock: 5 })).toThrow(/`clock`: a function returning ms, got 5/);
    expect(() => parseVendorConfig('event-vault', 'Event Vault', schema, null)).toThrow(/needs a config object/);
    expect(parseVendorConfig('event-vault', 'Event Vault', schema, { apiKey: 'k', timeout: 5 })).toEqual({ apiKey: 'k' });
  });
});
