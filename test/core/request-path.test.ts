/**
 * The request path under hostile conditions (issue: nothing misrouted, no outcome misreported, no secret leaked):
 * outcome truth over all attempts, retried deletes, unreadable 2xx after a write, secrets in every error field and
 * hook, redirects, a fetch that ignores its signal, stalled and oversized bodies, and bad Retry-After values.
 */
import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpPipeline, type ProviderWire } from '../../src/core/pipeline.js';
import { createMockClient } from '../../src/testing/index.js';
import { EQUATICKET_BASE_URL } from '../../src/providers/equaticket/index.js';
import {
  AbortError,
  ConnectionError,
  createClient,
  PROVIDERS,
  InvalidResponseError,
  NotFoundError,
  RedirectError,
  TimeoutError,
  ValidationError,
  type TicketingError,
} from '../../src/index.js';
import { json, scriptedFetch, type Answer } from '../helpers/wire.js';

const KEY = 'sk_test_secretvalue123';
const BASE = EQUATICKET_BASE_URL;
const createInput = { name: 'Gala', start: '2026-09-15T18:00:00Z', timezone: 'UTC', currency: 'USD' };
const eventBody = { id: 'evt-1', title: 'Gala', starts_at: '2026-09-15T18:00:00Z', timezone: 'UTC', currency: 'usd', status: 'draft' };

const reset = () => ({ reject: new TypeError('fetch failed', { cause: new Error('other side closed') }) });
const refused = () => ({ reject: new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }) });
const eqError = (status: number, code: string, message = code) => json({ error: { code, message } }, { status });

function eq(answers: Answer[], options: Record<string, unknown> = {}) {
  const wire = scriptedFetch(answers);
  const tk = createClient({ provider: 'equaticket', apiKey: KEY, fetch: wire.fetch, logLevel: 'off', ...options });
  return { tk, seen: wire.seen };
}

/** A bare pipeline (no vendor adapter), for rules an adapter opts into. */
function pipeline(answers: Answer[], options: Record<string, unknown> = {}) {
  const wire = scriptedFetch(answers);
  const providerWire: ProviderWire = {
    provider: 'equaticket',
    baseUrl: BASE,
    secrets: [KEY],
    headers: () => ({ authorization: `Bearer ${KEY}` }),
    mapError: ({ status, json: body }) => ({ message: `answered ${status}: ${JSON.stringify(body)}` }),
    idempotencyHeader: 'Idempotency-Key',
    idempotencyMethods: ['POST', 'DELETE'],
  };
  return { pipe: new HttpPipeline(providerWire, { fetch: wire.fetch, logLevel: 'off', ...options }), seen: wire.seen };
}

const caught = (p: PromiseLike<unknown>) => Promise.resolve(p).then(() => null, (e: unknown) => e as TicketingError);

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('outcomeUnknown is the truth over all attempts', () => {
  it('a keyed create retried after a dropped answer, then refused with 400: true (the first may have landed)', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const { tk, seen } = eq([reset(), eqError(400, 'invalid_request')]);
    const error = await caught(tk.events.create(createInput));
    expect(seen).toHaveLength(2);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error!.outcomeUnknown).toBe(true);
  });

  it('a keyed create refused at connect, then 400: false (neither can have landed)', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const { tk } = eq([refused(), eqError(400, 'invalid_request')]);
    const error = await caught(tk.events.create(createInput));
    expect(error!.outcomeUnknown).toBe(false);
  });

  it('a 5xx then a refused connection: true', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const { tk, seen } = eq([eqError(500, 'server_error'), refused()]);
    const error = await caught(tk.events.create(createInput));
    expect(seen).toHaveLength(3);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error!.outcomeUnknown).toBe(true);
  });

  it('a read never carries an outcome', async () => {
    const { tk } = eq([eqError(404, 'not_found')]);
    expect((await caught(tk.events.get('evt-1')))!.outcomeUnknown).toBeNull();
  });
});

describe('a retried delete whose first attempt may have landed', () => {
  const del = (pipe: HttpPipeline) =>
    pipe.send<{ deleted: true }>({ method: 'DELETE', path: '/events/e1/ticket_types/t1', goneAfterRetry: true, parse: () => ({ deleted: true }) });

  it('resolves as deleted when the retry answers 404', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const { pipe, seen } = pipeline([reset(), eqError(404, 'not_found')]);
    const result = await del(pipe).withResponse();
    expect(result.data).toEqual({ deleted: true });
    expect(result.attempts.map((a) => a.status)).toEqual([null, 404]);
    expect(seen).toHaveLength(2);
  });

  it('a rule can tell which 404 means "gone" from its body', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const onlyGone = (body: string) => {
      const { pipe } = pipeline([reset(), new Response(body, { status: 404 })]);
      return pipe.send({ method: 'DELETE', path: '/x', goneAfterRetry: ({ text }) => text === 'Ticket not found.', parse: () => 'deleted' });
    };
    expect(await onlyGone('Ticket not found.')).toBe('deleted');
    expect(await caught(onlyGone('Event not found.'))).toBeInstanceOf(NotFoundError);
  });

  it('is still NotFoundError when nothing before the 404 may have landed', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    for (const answers of [[eqError(404, 'not_found')], [refused(), eqError(404, 'not_found')]]) {
      const { pipe } = pipeline(answers);
      const error = await caught(del(pipe));
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error!.outcomeUnknown).toBe(false);
    }
  });
});

describe('a 2xx body that cannot be read', () => {
  it('after a write: InvalidResponseError with outcomeUnknown true (the vendor accepted it)', async () => {
    const { tk } = eq([new Response('<html>ok</html>', { status: 201 })]);
    const error = await caught(tk.events.create(createInput));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error!.outcomeUnknown).toBe(true);
    expect(error!.retryable).toBe(false);
  });

  it('after a write whose payload fails the schema: the same', async () => {
    const { tk } = eq([json(['not', 'an', 'event'], { status: 201 })]);
    const error = await caught(tk.events.create(createInput));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error!.outcomeUnknown).toBe(true);
  });
});

describe('secrets never leave in an error, a hook or a log', () => {
  it('a key echoed in a 400 body is scrubbed from message, fields, raw, JSON, inspect, stack and the onError hook', async () => {
    const seenByHook: TicketingError[] = [];
    const logged: string[] = [];
    const logger = { error: (m: string, d?: unknown) => logged.push(m + JSON.stringify(d ?? null)), warn: () => {}, info: (m: string, d?: unknown) => logged.push(m + JSON.stringify(d ?? null)), debug: (m: string, d?: unknown) => logged.push(m + JSON.stringify(d ?? null)) };
    const body = {
      error: { code: 'invalid_request', message: `Key ${KEY} is not valid here`, param: `key:${KEY}`, errors: [{ field: KEY, message: `bad ${KEY}` }] },
    };
    const { tk } = eq([json(body, { status: 400 })], { hooks: { onError: (e: TicketingError) => seenByHook.push(e) }, logger, logLevel: 'debug' });
    const error = (await caught(tk.events.create(createInput)))!;
    expect(error).toBeInstanceOf(ValidationError);
    for (const text of [
      error.message,
      String(error.stack),
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
      JSON.stringify(seenByHook[0]),
      inspect(seenByHook[0], { depth: 10 }),
      logged.join('\n'),
    ]) {
      expect(text).not.toContain(KEY);
    }
  });
});

describe('client.request paths', () => {
  it.each(PROVIDERS)('%s: a path whose tab or line break would make a dot segment is refused; nothing is sent', async (provider) => {
    const mock = createMockClient({ provider });
    for (const path of ['/events/evt_x/.\t./.\n./orders', '/events/.\t./admin', '/events\r\n/x']) {
      const error = await caught(mock.client.request({ method: 'GET', path }));
      expect(error, JSON.stringify(path)).toBeInstanceOf(ValidationError);
      expect(error!.message).toMatch(/control characters/);
    }
    expect(mock.calls).toEqual([]);
  });

  it.each(PROVIDERS)('%s: a typo in the argument or a query value that cannot be written is refused; nothing is sent', async (provider) => {
    const mock = createMockClient({ provider });
    const refusals: Array<[unknown, RegExp]> = [
      [{ method: 'GET', path: '/events', querry: { limit: 1 } }, /"querry".*did you mean "query"/],
      [{ method: 'POST', path: '/events', bdy: { name: 'x' } }, /"bdy".*did you mean "body"/],
      [{ method: 'GET', path: '/events', query: { a: { b: 1 } } }, /query\.a: expected a string, finite number, boolean/],
      [{ method: 'GET', path: '/events', query: { d: new Date(0) } }, /query\.d: .*a Date \(pass date\.toISOString\(\)\)/],
      [{ method: 'GET', path: '/events', query: { f: () => 1 } }, /query\.f: .*got function/],
      [{ method: 'GET', path: '/events', query: { n: Number.NaN } }, /query\.n/],
      [{ method: 'GET', path: '/events', query: 'limit=1' }, /query: expected an object/],
      [{ method: 'POST', path: '/events', body: 'x', bodyType: 'xml' }, /bodyType: expected json, text or form/],
      [{ method: 'GET', path: '/events', responseType: 'blob' }, /responseType: expected json or text/],
      ['GET /events', /expected \{ method/],
      [{ method: 'FETCH', path: '/events' }, /needs \{ method: GET\|POST/],
    ];
    for (const [request, why] of refusals) {
      const error = await caught(mock.client.request(request as never));
      expect(error, JSON.stringify(request)).toBeInstanceOf(ValidationError);
      expect(error!.message, JSON.stringify(request)).toMatch(why);
    }
    expect(mock.calls).toEqual([]);
  });
});

describe('redirects', () => {
  const redirect = (status: number, location: string) => new Response('moved', { status, headers: { location } });

  it('a read redirected to another origin is a RedirectError naming the target; the other host receives nothing', async () => {
    const { tk, seen } = eq([redirect(307, 'https://evil.example/steal')]);
    const error = await caught(tk.events.get('evt-1'));
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as RedirectError).location).toBe('https://evil.example/steal');
    expect(error!.message).toContain('another origin');
    expect(seen).toHaveLength(1);
    expect(seen.every((r) => r.url.origin === new URL(BASE).origin)).toBe(true);
  });

  it('a redirect that echoes the key: the key is scrubbed from location, the message, inspect and the onError hook', async () => {
    const hooked: unknown[] = [];
    const { tk } = eq([redirect(302, `https://evil.example/${KEY}/x?k=${KEY}`)], { hooks: { onError: (e: unknown) => hooked.push(e) } });
    const error = (await caught(tk.events.get('evt-1'))) as RedirectError;
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.location).toBe('https://evil.example/[redacted]/x?k=[redacted]');
    for (const shown of [error.message, inspect(error), JSON.stringify(error), inspect(hooked, { depth: 5 })]) expect(shown).not.toContain(KEY);
    expect(hooked).toHaveLength(1);
  });

  it('a read redirected within the configured origin is followed, with the credential', async () => {
    const { tk, seen } = eq([redirect(301, `${BASE}/events/evt-1-moved`), json(eventBody)]);
    expect((await tk.events.get('evt-1')).name).toBe('Gala');
    expect(seen.map((r) => r.url.toString())).toEqual([`${BASE}/events/evt-1`, `${BASE}/events/evt-1-moved`]);
    expect(seen[1]!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('a redirect loop stops after a few hops and is not retried', async () => {
    const { tk, seen } = eq([redirect(302, `${BASE}/events/evt-1`)]);
    const error = await caught(tk.events.get('evt-1'));
    expect(error).toBeInstanceOf(RedirectError);
    expect(seen.length).toBeLessThanOrEqual(6);
    expect(error!.attempts).toHaveLength(1);
  });

  it('a write is never redirected, not even within the origin: a 302/303 may follow a processed write, a 307/308 not', async () => {
    for (const [status, outcome] of [[302, true], [303, true], [307, false], [308, false], [301, false]] as const) {
      const { tk, seen } = eq([redirect(status, `${BASE}/events`)]);
      const error = await caught(tk.events.create(createInput));
      expect(error, String(status)).toBeInstanceOf(RedirectError);
      expect(error!.outcomeUnknown, String(status)).toBe(outcome);
      expect(seen, String(status)).toHaveLength(1);
      expect(seen[0]!.method).toBe('POST');
    }
  });
});

describe('deadlines hold even when fetch ignores its signal', () => {
  it('a fetch that never settles and ignores the abort: TimeoutError at the attempt timeout', async () => {
    vi.useFakeTimers();
    const fetch = (() => new Promise<Response>(() => {})) as typeof globalThis.fetch;
    const tk = createClient({ provider: 'equaticket', apiKey: KEY, fetch, logLevel: 'off', timeout: 1000, maxRetries: 0 });
    const pending = caught(tk.events.get('evt-1'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(await pending).toBeInstanceOf(TimeoutError);
  });

  it('a body that stalls mid-stream: TimeoutError, and the read is cancelled', async () => {
    vi.useFakeTimers();
    let cancelled = false;
    const stalled = () =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"id": "evt-1", '));
          },
          cancel() {
            cancelled = true;
          },
        }),
        { status: 200, headers: { 'content-type': 'application/json' } },
      );
    const tk = createClient({ provider: 'equaticket', apiKey: KEY, fetch: (async () => stalled()) as typeof fetch, logLevel: 'off', timeout: 1000, maxRetries: 0 });
    const pending = caught(tk.events.get('evt-1'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(await pending).toBeInstanceOf(TimeoutError);
    expect(cancelled).toBe(true);
  });

  it('the caller’s abort ends a call whose fetch ignores it', async () => {
    const fetch = (() => new Promise<Response>(() => {})) as typeof globalThis.fetch;
    const tk = createClient({ provider: 'equaticket', apiKey: KEY, fetch, logLevel: 'off', timeout: Infinity });
    const controller = new AbortController();
    const pending = caught(tk.events.get('evt-1', { signal: controller.signal }));
    controller.abort();
    expect(await pending).toBeInstanceOf(AbortError);
  });
});

describe('bounded memory on bad bodies', () => {
  /** A body of `size` bytes served in chunks, counting how much was pulled. */
  function bigBody(size: number, status = 200, declare = false) {
    let pulled = 0;
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= size) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (declare) headers['content-length'] = String(size);
    return { response: new Response(stream, { status, headers }), pulled: () => pulled };
  }

  it('a body over maxResponseBytes is an InvalidResponseError without reading it all (streamed or declared)', async () => {
    for (const declare of [false, true]) {
      const body = bigBody(50 * 1024 * 1024, 200, declare);
      const { tk } = eq([body.response], { maxResponseBytes: 1024 * 1024, maxRetries: 0 });
      const error = await caught(tk.events.get('evt-1'));
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error!.message).toContain('maxResponseBytes');
      expect(body.pulled()).toBeLessThan(3 * 1024 * 1024);
    }
  });

  it('an error keeps a bounded excerpt of a large body, not the body', async () => {
    const huge = JSON.stringify({ error: { code: 'server_error', message: 'x'.repeat(5_000_000) } });
    const { tk } = eq([new Response(huge, { status: 400, headers: { 'content-type': 'application/json' } })], { maxRetries: 0 });
    const error = (await caught(tk.events.get('evt-1')))!;
    expect(typeof error.raw).toBe('string');
    expect(JSON.stringify(error).length).toBeLessThan(20_000);
  });

  it('a page of junk keeps an excerpt and at most 20 issues', async () => {
    const junk = { data: Array.from({ length: 5_000 }, () => 'y'.repeat(100)), has_more: false };
    const { tk } = eq([json(junk)], { maxRetries: 0 });
    const error = (await caught(tk.events.list()))! as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.issues.length).toBeLessThanOrEqual(20);
    expect(JSON.stringify(error).length).toBeLessThan(50_000);
  });
});

describe('Retry-After that says nothing usable', () => {
  it('a negative Retry-After or a past date backs off (jitter) instead of retrying at once', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    for (const value of ['-5', new Date(Date.now() - 60_000).toUTCString()]) {
      vi.useFakeTimers();
      const { tk } = eq([json({ error: { code: 'rate_limited', message: 'slow' } }, { status: 429, headers: { 'retry-after': value } }), json(eventBody)]);
      const pending = tk.events.get('evt-1').withResponse();
      await vi.advanceTimersByTimeAsync(1_000);
      const { attempts } = await pending;
      expect(attempts[0]!.retryDelayMs, value).toBe(250);
      vi.useRealTimers();
    }
  });
});

describe('secrets at the edges', () => {
  it('a key that straddles the cut of a long body, a key echoed as an object key, and a key matching the vendor pattern are all scrubbed', async () => {
    const { scrubValue, scrubbedExcerpt, scrubSecrets } = await import('../../src/internal/log.js');
    const text = `${'x'.repeat(1995)}${KEY}${'y'.repeat(10)}`;
    expect(scrubbedExcerpt(text, 2000, [KEY])).not.toContain(KEY.slice(0, 5));
    expect(JSON.stringify(scrubValue({ [KEY]: 'bad key', nested: { [`k-${KEY}`]: 1 } }, [KEY]))).not.toContain(KEY);
    expect(scrubSecrets('echo sk_live_abc123 and sk_live_zz', [/sk_(?:live|test)_\w+/g])).toBe('echo [redacted] and [redacted]');
  });

  it('a long vendor message with the key across the truncation point leaves no part of it', async () => {
    const message = `${'m'.repeat(996)}${KEY} trailing`;
    const { tk } = eq([json({ error: { code: 'invalid_request', message } }, { status: 400 })]);
    const error = (await caught(tk.events.create(createInput)))!;
    expect(error.message).not.toContain(KEY.slice(0, 4));
    expect(JSON.stringify(error)).not.toContain(KEY.slice(0, 4));
  });
});

describe('a key echoed in response headers', () => {
  it('never reaches requestId, the attempt records, the onResponse hook or the error', async () => {
    const seenByHook: unknown[] = [];
    const answer = json({ error: { code: 'invalid_request', message: 'no', doc_url: `https://docs.example/${KEY}` } }, { status: 400, headers: { 'x-request-id': `req-${KEY}` } });
    const { tk } = eq([answer], { hooks: { onResponse: (i: unknown) => seenByHook.push(i) } });
    const error = (await caught(tk.events.get('evt-1')))!;
    for (const text of [JSON.stringify(error), inspect(error, { depth: 8 }), JSON.stringify(seenByHook), String(error.requestId)]) {
      expect(text).not.toContain(KEY);
    }
  });
});

describe('causes keep nothing but name, message and code', () => {
  it('a timeout’s cause (ky’s error holds the Request) carries no header, no credential', async () => {
    vi.useFakeTimers();
    const fetch = (() => new Promise<Response>(() => {})) as typeof globalThis.fetch;
    const tk = createClient({ provider: 'equaticket', apiKey: KEY, fetch, logLevel: 'off', timeout: 1000, maxRetries: 0 });
    const pending = caught(tk.events.get('evt-1'));
    await vi.advanceTimersByTimeAsync(1000);
    const error = (await pending)!;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(inspect(error, { depth: 10, showHidden: true })).not.toContain(KEY);
    expect(Object.keys((error.cause as object | undefined) ?? {})).not.toContain('request');
  });
});

describe('the transport: reads as one fetch call, writes through ky, the same request on the wire', () => {
  it('a GET and a POST both go out with the same headers, never following a redirect, and an unanswered read times out', async () => {
    vi.useFakeTimers();
    try {
      const seen: Array<{ method: string; redirect: string; authorization: string | null; accept: string | null }> = [];
      let hang = false;
      const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
        const request = input instanceof Request ? input : new Request(input, init);
        seen.push({ method: request.method, redirect: request.redirect, authorization: request.headers.get('authorization'), accept: request.headers.get('accept') });
        if (hang) return new Promise<Response>(() => {}); // a fetch that ignores its signal and never answers
        return request.method === 'GET'
          ? json({ object: 'list', data: [], has_more: false, next_cursor: null, livemode: false })
          : json(eventBody, { status: 201 });
      }) as typeof globalThis.fetch;
      const tk = createClient({ provider: 'equaticket', apiKey: KEY, fetch, logLevel: 'off', maxRetries: 0, timeout: 1_000, rateLimit: false });
      await tk.events.list().toArray({ limit: 10 });
      await tk.events.create(createInput);
      expect(seen.map((s) => s.method)).toEqual(['GET', 'POST']);
      expect(new Set(seen.map((s) => s.redirect))).toEqual(new Set(['manual']));
      expect(seen[0]!.authorization).toBe(`Bearer ${KEY}`);
      expect(seen[1]!.authorization).toBe(`Bearer ${KEY}`);
      expect(seen[0]!.accept).toBe(seen[1]!.accept);
      hang = true;
      const pending = tk.events.get('evt-1').catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(1_001);
      const error = (await pending) as { code: string };
      expect(error.code).toBe('timeout');
    } finally {
      vi.useRealTimers();
    }
  });
});
