import { describe, expect, it, vi } from 'vitest';
import {
  AuthenticationError,
  ConflictError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  ValidationError,
} from '../../src/core/errors.js';
import { mapSeatyError } from '../../src/providers/seaty/errors.js';
import { client, event1024, fakeSeaty, json, KEY } from './helpers.js';

function fail(status: number, body: unknown, headers: Record<string, string> = {}) {
  return fakeSeaty({ 'GET /v1/events/1024': () => json(body, status, headers), 'GET /v1/events': () => json(body, status, headers) });
}

async function errorOf(status: number, body: unknown) {
  const { fetch } = fail(status, body);
  return client(fetch, { maxRetries: 0 }).events.get('1024').then(() => null, (e: unknown) => e as unknown);
}

describe('Seaty errors (docs/vendors/seaty.md, Errors)', () => {
  it('maps each documented status and code to its error class, with vendorCode from the body', async () => {
    const cases: Array<[number, string, new (...a: never[]) => Error]> = [
      [400, 'bad_request', ValidationError],
      [401, 'unauthorized', AuthenticationError],
      [403, 'forbidden', PermissionDeniedError],
      [404, 'not_found', NotFoundError],
      [409, 'conflict', ConflictError],
      [422, 'unprocessable_entity', ValidationError],
    ];
    for (const [status, code, cls] of cases) {
      const error = (await errorOf(status, { error: { code, message: `msg ${code}` } })) as { vendorCode: string; status: number; message: string };
      expect(error, code).toBeInstanceOf(cls);
      expect(error.vendorCode).toBe(code);
      expect(error.status).toBe(status);
      expect(error.message).toContain(`msg ${code}`);
    }
  });

  it('reads the body tolerantly: nested, flat, a bare string, an empty body, HTML', async () => {
    const flat = (await errorOf(404, { code: 'not_found', message: 'Event not found' })) as NotFoundError;
    expect(flat.vendorCode).toBe('not_found');
    expect(flat.message).toContain('Event not found');
    const bare = (await errorOf(401, { error: 'unauthorized' })) as AuthenticationError;
    expect(bare).toBeInstanceOf(AuthenticationError);
    expect(bare.vendorCode).toBe('unauthorized');
    const sentence = (await errorOf(400, { error: 'Malformed page parameter' })) as ValidationError;
    expect(sentence.vendorCode).toBeNull();
    expect(sentence.message).toContain('Malformed page parameter');
    expect(await errorOf(404, '')).toBeInstanceOf(NotFoundError);
    expect(await errorOf(403, '<html>Forbidden</html>')).toBeInstanceOf(PermissionDeniedError);
  });

  it('403 names the missing scope: read for a read, write:balance_payments for the payment', async () => {
    const read = (await errorOf(403, { error: { code: 'forbidden', message: 'This key lacks a required scope.' } })) as PermissionDeniedError;
    expect(read).toBeInstanceOf(PermissionDeniedError);
    expect(read.message).toContain('Missing scope: read.');
    const named = (await errorOf(403, { error: { code: 'forbidden', message: 'Missing scope: read' } })) as PermissionDeniedError;
    expect(named.message.match(/read/g)).toHaveLength(1);
    const pay = mapSeatyError({
      status: 403,
      headers: new Headers(),
      text: '',
      json: { error: { code: 'forbidden', message: 'This key is read-only.' } },
      method: 'POST',
      url: 'https://developer.seaty.co.uk/v1/events/1/balance-payments',
    });
    expect(pay.message).toContain('Missing scope: write:balance_payments.');
  });

  it('422 field errors from the body become ValidationError.fields', () => {
    const details = mapSeatyError({
      status: 422,
      headers: new Headers(),
      text: '',
      json: { error: { code: 'unprocessable_entity', message: 'Invalid', errors: { amount: ['must be positive'] } } },
      method: 'POST',
      url: 'https://developer.seaty.co.uk/v1/events/1/balance-payments',
    });
    expect(details.fields).toEqual([{ field: 'amount', message: 'must be positive' }]);
  });

  it('a 401 never shows the key, in the message, the request url or raw', async () => {
    const error = (await errorOf(401, { error: { code: 'unauthorized', message: `bad key ${KEY}` } })) as AuthenticationError;
    expect(JSON.stringify(error.toJSON())).not.toContain(KEY);
    expect(error.message).not.toContain(KEY);
  });

  it('waits the Retry-After seconds of a 429 before the next attempt (no request before then)', async () => {
    vi.useFakeTimers();
    try {
      const { fetch, calls } = fakeSeaty({
        'GET /v1/events/1024': (_req, n) => (n === 1 ? json({ error: { code: 'rate_limited' } }, 429, { 'retry-after': '2' }) : json(event1024)),
      });
      const pending = client(fetch).events.get('1024');
      await vi.advanceTimersByTimeAsync(1_999);
      expect(calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls).toHaveLength(2);
      await expect(pending).resolves.toMatchObject({ id: '1024' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('429 honours Retry-After, then succeeds; a Retry-After above maxRetryAfterMs throws RateLimitError at once', async () => {
    const { fetch, calls } = fakeSeaty({
      'GET /v1/events/1024': (_req, n) => (n === 1 ? json({ error: { code: 'too_many_requests' } }, 429, { 'retry-after': '0' }) : json(event1024)),
    });
    const result = await client(fetch).events.get('1024').withResponse();
    expect(calls).toHaveLength(2);
    expect(result.attempts[0]!.retryDelayMs).toBe(0);

    const slow = fail(429, { error: { code: 'rate_limited', message: 'Slow down' } }, { 'retry-after': '3600' });
    const error = (await client(slow.fetch).events.get('1024').then(() => null, (e: unknown) => e as unknown)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(3_600_000);
    expect(slow.calls).toHaveLength(1);
  });

  it('5xx is a ServerError even with an unexpected code; a payload of the wrong shape is an InvalidResponseError', async () => {
    expect(await errorOf(503, { error: { code: 'not_found' } })).toBeInstanceOf(ServerError);
    const { fetch } = fakeSeaty({ 'GET /v1/events/1024': () => json({ name: 'no id' }) });
    await expect(client(fetch).events.get('1024')).rejects.toBeInstanceOf(InvalidResponseError);
    const list = fakeSeaty({ 'GET /v1/events': () => json({ items: [] }) });
    await expect(client(list.fetch).events.list()).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it('a code named like an Object property maps by its status, not through the prototype', async () => {
    const error = (await errorOf(404, { error: { code: 'constructor', message: 'x' } })) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.vendorCode).toBe('constructor');
    const server = await errorOf(503, { error: { code: 'tostring', message: 'x' } });
    expect(server).toBeInstanceOf(ServerError);
  });
});
