import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AbortError,
  AuthenticationError,
  ConnectionError,
  createClient,
  InvalidCursorError,
  InvalidResponseError,
  NotFoundError,
  ValidationError,
  isTicketingError,
  RateLimitError,
  ServerError,
  TicketingError,
  TimeoutError,
  type Logger,
} from '../../src/index.js';
import { json, scriptedFetch } from '../helpers/wire.js';

const KEY = 'sk_test_secretvalue123';
const eventBody = { id: 'evt-1', title: 'Gala', starts_at: '2026-09-15T18:00:00Z', timezone: 'UTC', currency: 'usd', status: 'draft' };
const eqError = (status: number, code: string, message = code) =>
  json({ error: { code, message, request_id: `req_${status}` } }, { status });
const createInput = { name: 'Gala', start: '2026-09-15T18:00:00Z', timezone: 'UTC', currency: 'USD' };

function client(answers: Parameters<typeof scriptedFetch>[0], options: Record<string, unknown> = {}) {
  const wire = scriptedFetch(answers);
  const tk = createClient({ provider: 'equaticket', apiKey: KEY, fetch: wire.fetch, logLevel: 'off', ...options });
  return { tk, seen: wire.seen };
}

/** A client of a vendor without idempotency keys (Event Schedule), for the rules of unkeyed writes. */
function unkeyedClient(answers: Parameters<typeof scriptedFetch>[0], options: Record<string, unknown> = {}) {
  const wire = scriptedFetch(answers);
  const tk = createClient({ provider: 'event-schedule', apiKey: 'es_test_key', fetch: wire.fetch, logLevel: 'off', ...options });
  return { tk, seen: wire.seen };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('retries', () => {
  it('retries a 429 with Retry-After: 0 and succeeds', async () => {
    const { tk, seen } = client([
      json({ error: { code: 'rate_limited', message: 'slow down' } }, { status: 429, headers: { 'retry-after': '0' } }),
      json(eventBody),
    ]);
    const { data, attempts } = await tk.events.get('evt-1').withResponse();
    expect(data.name).toBe('Gala');
    expect(seen).toHaveLength(2);
    expect(attempts.map((a) => a.status)).toEqual([429, 200]);
    expect(attempts[0]!.retryDelayMs).toBe(0);
  });

  it('throws RateLimitError at once when Retry-After exceeds maxRetryAfterMs', async () => {
    const { tk, seen } = client([
      json({ error: { code: 'rate_limited', message: 'slow down' } }, { status: 429, headers: { 'retry-after': '3600' } }),
    ]);
    const error = await tk.events.get('evt-1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(3_600_000);
    expect((error as RateLimitError).vendorCode).toBe('rate_limited');
    expect(seen).toHaveLength(1);
  });

  it('retries a POST after a 500 with the same Idempotency-Key, and exposes the key', async () => {
    const { tk, seen } = client([eqError(500, 'internal_error'), json(eventBody, { headers: { 'idempotent-replayed': 'true' } })]);
    const result = await tk.events.create(createInput).withResponse();
    expect(seen).toHaveLength(2);
    const keys = seen.map((r) => r.headers['idempotency-key']);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(result.idempotencyKey).toBe(keys[0]);
    expect(result.idempotentReplayed).toBe(true);
  });

  it("uses the caller's idempotencyKey and puts it on the error", async () => {
    const { tk, seen } = client([eqError(500, 'internal_error')]);
    const error = (await tk.events.create(createInput, { idempotencyKey: 'my-key-1', maxRetries: 1 }).catch((e) => e)) as ServerError;
    expect(seen.map((r) => r.headers['idempotency-key'])).toEqual(['my-key-1', 'my-key-1']);
    expect(error).toBeInstanceOf(ServerError);
    expect(error.idempotencyKey).toBe('my-key-1');
    expect(error.attempts).toHaveLength(2);
    expect(error.outcomeUnknown).toBe(true);
  });

  it('never sends an idempotency key on a GET', async () => {
    const { tk, seen } = client([json(eventBody)]);
    await tk.events.get('evt-1');
    expect(seen[0]!.headers['idempotency-key']).toBeUndefined();
  });

  it('does not retry 4xx errors', async () => {
    const { tk, seen } = client([eqError(404, 'not_found')]);
    await expect(tk.events.get('nope')).rejects.toMatchObject({ code: 'not_found', status: 404, requestId: 'req_404' });
    expect(seen).toHaveLength(1);
  });

  it('retries a network error on a GET and reports a ConnectionError when it persists', async () => {
    const { tk, seen } = client([{ reject: new TypeError('fetch failed') }], { maxRetries: 1 });
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const error = await tk.events.get('evt-1').catch((e) => e);
    vi.restoreAllMocks();
    expect(error).toBeInstanceOf(ConnectionError);
    expect(seen).toHaveLength(2);
  });

  it('uses jittered backoff between retries (fake timers)', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const { tk, seen } = client([eqError(503, 'unavailable'), eqError(503, 'unavailable'), json(eventBody)]);
    const promise = tk.events.get('evt-1').withResponse();
    await vi.advanceTimersByTimeAsync(249);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(500);
    const { attempts } = await promise;
    expect(seen).toHaveLength(3);
    expect(attempts.map((a) => a.retryDelayMs)).toEqual([250, 500, null]);
    vi.restoreAllMocks();
  });

  it('calls onRetry, onRequest, onResponse and onError hooks', async () => {
    const events: string[] = [];
    const { tk } = client([eqError(500, 'internal_error')], {
      maxRetries: 1,
      hooks: {
        onRequest: (i: { attempt: number; headers: Record<string, string> }) => {
          events.push(`request ${i.attempt}`);
          expect(i.headers.authorization).toBe('[redacted]');
        },
        onResponse: (i: { status: number }) => events.push(`response ${i.status}`),
        onRetry: (i: { attempt: number }) => events.push(`retry after ${i.attempt}`),
        onError: (e: TicketingError) => events.push(`error ${e.code}`),
      },
    });
    vi.spyOn(Math, 'random').mockReturnValue(0);
    await tk.events.get('evt-1').catch(() => {});
    vi.restoreAllMocks();
    expect(events).toEqual(['request 1', 'response 500', 'retry after 1', 'request 2', 'response 500', 'error server']);
  });
});

describe('writes without a vendor key are never duplicated', () => {
  it('does not retry an unkeyed write after a 500, and says the outcome is unknown', async () => {
    const { tk, seen } = unkeyedClient([json({ error: 'Server Error' }, { status: 500 })]);
    const error = (await tk
      .request({ method: 'PATCH', path: '/events/evt-1', body: { title: 'x' } })
      .catch((e) => e)) as TicketingError;
    expect(seen).toHaveLength(1);
    expect(error.outcomeUnknown).toBe(true);
    expect(error.retryable).toBe(false);
  });

  it('retries an unkeyed write after a connect error (nothing was sent)', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    const { tk, seen } = unkeyedClient([{ reject: refused }, json({ data: {} })]);
    vi.spyOn(Math, 'random').mockReturnValue(0);
    await tk.request({ method: 'PATCH', path: '/events/evt-1', body: { title: 'x' } });
    vi.restoreAllMocks();
    expect(seen).toHaveLength(2);
  });

  it('marks a write rejected before processing with outcomeUnknown: false', async () => {
    const { tk } = client([eqError(400, 'validation_error')]);
    const error = (await tk.events.create(createInput).catch((e) => e)) as TicketingError;
    expect(error.outcomeUnknown).toBe(false);
  });
});

describe('timeouts and abort', () => {
  const hang = (req: { signal: AbortSignal | null }) =>
    new Promise<Response>((_, reject) => {
      req.signal?.addEventListener('abort', () => reject(req.signal?.reason), { once: true });
    });

  it('times out an attempt, retries a GET, then throws TimeoutError (fake timers)', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const { tk, seen } = client([hang], { timeout: 1000, maxRetries: 1 });
    const promise = tk.events.get('evt-1').catch((e) => e);
    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(1000);
    const error = await promise;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(seen).toHaveLength(2);
    vi.restoreAllMocks();
  });

  it('never retries an unkeyed write after a timeout and says the outcome is unknown', async () => {
    const { tk, seen } = unkeyedClient([hang], { timeout: 20 });
    const error = (await tk.request({ method: 'PUT', path: '/events/evt-1', body: {} }).catch((e) => e)) as TicketingError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.outcomeUnknown).toBe(true);
    expect(seen).toHaveLength(1);
  });

  it('honours totalTimeout across retries', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.99);
    const { tk } = client([eqError(503, 'x')], { totalTimeout: 300, maxRetries: 5 });
    const promise = tk.events.get('evt-1').catch((e) => e);
    await vi.advanceTimersByTimeAsync(300);
    const error = await promise;
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/total timeout/);
    vi.restoreAllMocks();
  });

  it('an abort during the backoff sleep rejects promptly with AbortError (not TimeoutError)', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.99);
    const { tk, seen } = client([eqError(503, 'x')], { maxRetries: 5 });
    const controller = new AbortController();
    const promise = tk.events.get('evt-1', { signal: controller.signal }).catch((e) => e);
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    const error = await promise;
    expect(error).toBeInstanceOf(AbortError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(seen).toHaveLength(1);
    vi.restoreAllMocks();
  });

  it('an abort during the request rejects with AbortError and is not retried', async () => {
    const { tk, seen } = client([hang]);
    const controller = new AbortController();
    const promise = tk.events.get('evt-1', { signal: controller.signal }).catch((e) => e);
    await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    expect(await promise).toBeInstanceOf(AbortError);
    expect(seen).toHaveLength(1);
  });

  it('an already-aborted signal sends nothing (and a write knows it was not processed)', async () => {
    const { tk, seen } = client([json(eventBody)]);
    await expect(tk.events.get('evt-1', { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    const error = (await tk.events.create(createInput, { signal: AbortSignal.abort() }).catch((e) => e)) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    expect(error.outcomeUnknown).toBe(false);
    expect(seen).toHaveLength(0);
  });

  it('an abort while an unkeyed write is in flight leaves the outcome unknown', async () => {
    const { tk } = unkeyedClient([hang]);
    const controller = new AbortController();
    const promise = tk.request({ method: 'PUT', path: '/x', body: {} }, { signal: controller.signal }).catch((e) => e);
    await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    expect(await promise).toMatchObject({ code: 'aborted', outcomeUnknown: true });
  });

  it('removes every listener from the caller signal when a call settles', async () => {
    const controller = new AbortController();
    const { tk } = client([eqError(503, 'x'), json(eventBody)]);
    vi.spyOn(Math, 'random').mockReturnValue(0);
    await tk.events.get('evt-1', { signal: controller.signal });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    const failing = client([eqError(404, 'not_found')]);
    await failing.tk.events.get('x', { signal: controller.signal }).catch(() => {});
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    vi.restoreAllMocks();
  });
});

describe('errors never leak the key', () => {
  it('keeps the API key out of JSON.stringify(err), err.message and err.stack', async () => {
    const { tk } = client([
      json({ error: { code: 'unauthorized', message: `Invalid key ${KEY}`, request_id: 'req_1' } }, { status: 401 }),
    ]);
    const error = (await tk.events.get('evt-1').catch((e) => e)) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(JSON.stringify(error)).not.toContain(KEY);
    expect(error.message).not.toContain(KEY);
    expect(String(error.stack)).not.toContain(KEY);
    expect(JSON.stringify(error.raw)).not.toContain(KEY);
  });

  it('keeps the key out of connection errors and their cause', async () => {
    const { tk } = client([{ reject: new TypeError(`connect failed for Bearer ${KEY}`) }], { maxRetries: 0 });
    const error = (await tk.events.get('evt-1').catch((e) => e)) as ConnectionError;
    expect(JSON.stringify(error)).not.toContain(KEY);
    expect(String((error.cause as Error).message)).not.toContain(KEY);
  });

  it('redacts the key in debug logs', async () => {
    const lines: string[] = [];
    const logger: Logger = {
      error: (m, d) => lines.push(m + JSON.stringify(d)),
      warn: (m, d) => lines.push(m + JSON.stringify(d)),
      info: (m, d) => lines.push(m + JSON.stringify(d)),
      debug: (m, d) => lines.push(m + JSON.stringify(d)),
    };
    const { tk } = client(
      [json({ livemode: false, data: [{ id: 'o1', buyer_name: 'Jane Smith', buyer_email: 'jane@example.com' }], has_more: false })],
      { logger, logLevel: 'debug' },
    );
    await tk.orders.list();
    const all = lines.join('\n');
    expect(all).toContain('[redacted]');
    expect(all).not.toContain(KEY);
    expect(all).not.toContain('jane@example.com');
    expect(all).not.toContain('Jane Smith');
  });

  it('masks emails inside logged URLs at debug level', async () => {
    const lines: string[] = [];
    const sink = (m: string, d?: unknown) => lines.push(m + JSON.stringify(d));
    const { tk } = client([json({ livemode: false, data: [], has_more: false })], {
      logger: { error: sink, warn: sink, info: sink, debug: sink },
      logLevel: 'debug',
    });
    await tk.orders.list({ buyerEmail: 'jane.doe@example.com' });
    const all = lines.join('\n');
    expect(all).not.toContain('jane.doe');
    expect(all).toContain('j***%40example.com');
  });

  it('shows personal data in debug logs only when the user opts in', async () => {
    const lines: string[] = [];
    const sink = (m: string, d?: unknown) => lines.push(m + JSON.stringify(d));
    const { tk } = client(
      [json({ livemode: false, data: [{ id: 'o1', buyer_email: 'jane@example.com' }], has_more: false })],
      { logger: { error: sink, warn: sink, info: sink, debug: sink }, logLevel: 'debug', logPersonalData: true },
    );
    await tk.orders.list();
    expect(lines.join('\n')).toContain('jane@example.com');
  });
});

describe('invalid responses', () => {
  it('throws InvalidResponseError (not retried) for a payload that fails the schema', async () => {
    const { tk, seen } = client([json({ livemode: false, data: 'nope' })]);
    const error = await tk.orders.list().catch((e) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).issues.length).toBeGreaterThan(0);
    expect(seen).toHaveLength(1);
  });

  it('throws InvalidResponseError for a 2xx body that is not JSON', async () => {
    const { tk } = client([new Response('<html>oops</html>', { status: 200 })]);
    await expect(tk.events.get('x')).rejects.toBeInstanceOf(InvalidResponseError);
  });
});

describe('isTicketingError', () => {
  it('recognises errors from another copy of the package', async () => {
    const copy = (await import('../../src/core/errors.ts?copy=two' as string)) as typeof import('../../src/core/errors.js');
    const foreign = new copy.NotFoundError({ message: 'x' });
    expect(foreign instanceof TicketingError).toBe(true);
    expect(foreign instanceof NotFoundError).toBe(true);
    expect(foreign instanceof ValidationError).toBe(false);
    expect(new NotFoundError({ message: 'x' }) instanceof copy.TicketingError).toBe(true);
    expect(new ValidationError({ message: 'x' }) instanceof copy.NotFoundError).toBe(false);
    expect(new InvalidCursorError({ message: 'x' }) instanceof ValidationError).toBe(false);
    expect({ code: 'not_found' } instanceof TicketingError).toBe(false);
    expect(isTicketingError(foreign)).toBe(true);
    expect(isTicketingError(new Error('x'))).toBe(false);
    expect(isTicketingError({ code: 'not_found' })).toBe(false);
  });
});

describe('client.request and withOptions', () => {
  it('sends a custom request with auth and returns the parsed body', async () => {
    const { tk, seen } = client([json({ ok: true })]);
    const result = await tk.request<{ ok: boolean }>({ method: 'GET', path: '/events', query: { limit: 5, status: 'x' } });
    expect(result).toEqual({ ok: true });
    expect(seen[0]!.url.toString()).toBe('https://app.equaticket.com/api/v1/events?limit=5&status=x');
    expect(seen[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('withOptions returns a copy with overrides and leaves the original alone', async () => {
    const { tk, seen } = client([json(eventBody)]);
    const other = tk.withOptions({ baseUrl: 'https://eq.test/api/v1', headers: { 'x-extra': '1' } });
    await other.events.get('evt-1');
    await tk.events.get('evt-1');
    expect(seen[0]!.url.origin).toBe('https://eq.test');
    expect(seen[0]!.headers['x-extra']).toBe('1');
    expect(seen[1]!.url.origin).toBe('https://app.equaticket.com');
  });
});

describe('log level from the environment', () => {
  it('reads TICKETKIT_LOG when no logLevel is given', async () => {
    const previous = process.env.TICKETKIT_LOG;
    process.env.TICKETKIT_LOG = 'debug';
    try {
      const lines: string[] = [];
      const sink = (m: string) => lines.push(m);
      const wire = scriptedFetch([json(eventBody)]);
      const tk = createClient({
        provider: 'equaticket',
        apiKey: KEY,
        fetch: wire.fetch,
        logger: { error: sink, warn: sink, info: sink, debug: sink },
        userAgent: 'my-app/1.0',
      });
      await tk.events.get('evt-1');
      expect(lines.some((l) => l.startsWith('→ GET'))).toBe(true);
      expect(wire.seen[0]!.headers['user-agent']).toBe('my-app/1.0');
    } finally {
      if (previous === undefined) delete process.env.TICKETKIT_LOG;
      else process.env.TICKETKIT_LOG = previous;
    }
  });
});

describe('redaction reaches hooks, errors and logs alike', () => {
  it('a key sent in a custom header and a token in the query never reach hook arguments or the error', async () => {
    const seenInHooks: string[] = [];
    const { tk, seen } = client([eqError(404, 'not_found')], {
      headers: { 'x-forwarded-key': KEY },
      maxRetries: 0,
      hooks: {
        onRequest: (i: unknown) => seenInHooks.push(JSON.stringify(i)),
        onResponse: (i: unknown) => seenInHooks.push(JSON.stringify(i)),
        onError: (e: TicketingError) => seenInHooks.push(JSON.stringify(e)),
      },
    });
    const error = (await tk.request({ method: 'GET', path: '/events', query: { token: 'tok_123456', limit: 1 } }).catch((e) => e)) as TicketingError;
    // The vendor got what was asked for...
    expect(seen[0]!.headers['x-forwarded-key']).toBe(KEY);
    expect(seen[0]!.query.token).toBe('tok_123456');
    // ...and nothing the user can observe holds either secret.
    const observed = [...seenInHooks, JSON.stringify(error), error.message, String(error.stack)].join('\n');
    expect(observed).not.toContain(KEY);
    expect(observed).not.toContain('tok_123456');
    expect(error.request?.url).toBe('https://app.equaticket.com/api/v1/events?token=[redacted]&limit=1');
  });
});
