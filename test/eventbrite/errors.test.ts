/** Error mapping (docs/vendors/eventbrite.md, Errors), retries of reads and writes, and token redaction. */
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConflictError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  ValidationError,
} from '../../src/index.js';
import { mapEventbriteError } from '../../src/providers/eventbrite/errors.js';
import { ORG, TOKEN, ebError, fixture, json, setup } from './helpers.js';

const EVENT = 'GET /events/1/';

describe('Eventbrite error envelope → error classes', () => {
  const cases: Array<[number, string, Function, string]> = [
    [401, 'NO_AUTH', AuthenticationError, 'unauthorized'],
    [400, 'INVALID_AUTH', AuthenticationError, 'unauthorized'],
    [401, 'ACCESS_DENIED', AuthenticationError, 'unauthorized'],
    [400, 'INVALID_AUTH_HEADER', AuthenticationError, 'unauthorized'],
    [403, 'NOT_AUTHORIZED', PermissionDeniedError, 'forbidden'],
    [404, 'NOT_FOUND', NotFoundError, 'not_found'],
    [400, 'ARGUMENTS_ERROR', ValidationError, 'validation'],
    [400, 'BAD_REQUEST', ValidationError, 'validation'],
    [409, 'REQUEST_CONFLICT', ConflictError, 'conflict'],
    [429, 'HIT_RATE_LIMIT', RateLimitError, 'rate_limited'],
    [500, 'INTERNAL_ERROR', ServerError, 'server'],
    [400, 'ALREADY_PUBLISHED_OR_DELETED', ValidationError, 'validation'],
    [400, 'CANNOT_CANCEL', ValidationError, 'validation'],
  ];
  for (const [status, code, cls, errorCode] of cases) {
    it(`${status} ${code} → ${cls.name}`, async () => {
      const { tk } = setup({ [EVENT]: ebError(status, code, `described ${code}`) }, { extra: { maxRetries: 0 } });
      const error = await tk.events.get('1').catch((e: any) => e);
      expect(error).toBeInstanceOf(cls);
      expect(error).toMatchObject({ code: errorCode, status, vendorCode: code, provider: 'eventbrite' });
      expect(error.message).toContain(`described ${code}`);
    });
  }

  it('ARGUMENTS_ERROR lists the fields of error_detail (dotted names kept)', () => {
    const details = mapEventbriteError({
      status: 400,
      headers: new Headers(),
      text: '',
      method: 'POST',
      url: 'https://www.eventbriteapi.com/v3/events/1/publish/',
      json: {
        status_code: 400,
        error: 'ARGUMENTS_ERROR',
        error_description: 'There are errors with your arguments',
        error_detail: { ARGUMENTS_ERROR: { 'event.start': ['MISSING'], 'event.tickets.55.cost': ['MISSING', 'INVALID'] } },
      },
    });
    expect(details.fields).toEqual([
      { field: 'event.start', message: 'MISSING' },
      { field: 'event.tickets.55.cost', message: 'MISSING, INVALID' },
    ]);
    expect(details.code).toBe('validation');
  });

  it('keeps denied_permissions in the message of NOT_AUTHORIZED', () => {
    const details = mapEventbriteError({
      status: 403,
      headers: new Headers(),
      text: '',
      method: 'GET',
      url: 'x',
      json: { status_code: 403, error: 'NOT_AUTHORIZED', error_description: 'Nope.', denied_permissions: ['event.orders:read'] },
    });
    expect(details.message).toBe('Nope (NOT_AUTHORIZED); denied permissions: event.orders:read.');
  });

  it('a body that is not the envelope still gives a readable error', async () => {
    const { tk } = setup({ [EVENT]: new Response('<html>Bad gateway</html>', { status: 502 }) });
    const error = await tk.events.get('1').catch((e: any) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toContain('502');
    expect(error.vendorCode).toBeNull();
  });

  it('a 429 is a RateLimitError naming the documented hourly limit, retried with backoff', async () => {
    const { tk, seen } = setup(
      { [EVENT]: [ebError(429, 'HIT_RATE_LIMIT', 'Hourly rate limit has been reached for this token.'), json(fixture('event.json'))] },
      { extra: { maxRetries: 1 } },
    );
    const event = await tk.events.get('1');
    expect(event.remoteId).toBe('24967032065');
    expect(seen).toHaveLength(2);
    const { tk: tk2 } = setup({ [EVENT]: ebError(429, 'HIT_RATE_LIMIT', 'Hourly rate limit has been reached for this token.') });
    const error = await tk2.events.get('1').catch((e: any) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.message).toContain('2000 calls per hour per token');
    expect(error.retryable).toBe(true);
  });

  it('a Retry-After longer than maxRetryAfterMs throws at once with retryAfterMs', async () => {
    const limited = new Response(JSON.stringify({ status_code: 429, error: 'HIT_RATE_LIMIT', error_description: 'limit' }), {
      status: 429,
      headers: { 'retry-after': '3600', 'content-type': 'application/json' },
    });
    const { tk: tk2, seen: seen2 } = setup({ [EVENT]: limited }, { extra: { maxRetries: 3, maxRetryAfterMs: 1_000 } });
    const error = await tk2.events.get('1').catch((e: any) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(3_600_000);
    expect(seen2).toHaveLength(1);
  });

  it('EXPANSION_FAILED is a server error that is not retried as is', async () => {
    const { tk, seen } = setup({ [EVENT]: ebError(500, 'EXPANSION_FAILED', 'An expansion failed') }, { extra: { maxRetries: 2 } });
    const error = await tk.events.get('1').catch((e: any) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error.vendorCode).toBe('EXPANSION_FAILED');
    expect(seen).toHaveLength(1);
  });

  it('reads are retried on 500; writes (no idempotency keys) are not, and say the outcome is unknown', async () => {
    const { tk, seen } = setup(
      {
        [EVENT]: [ebError(500, 'INTERNAL_ERROR', 'boom'), json(fixture('event.json'))],
        'POST /events/1/': ebError(500, 'INTERNAL_ERROR', 'boom'),
      },
      { extra: { maxRetries: 2 } },
    );
    await tk.events.get('1');
    expect(seen).toHaveLength(2);
    const error = await tk.events.update('1', { name: 'x' }).catch((e: any) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error.outcomeUnknown).toBe(true);
    expect(error.idempotencyKey).toBeNull();
    expect(seen.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(seen.every((r) => r.headers['idempotency-key'] === undefined)).toBe(true);
  });

  it('a write rejected with 429 was not processed: it is retried, and a 400 says outcomeUnknown false', async () => {
    const { tk, seen } = setup(
      {
        'POST /events/1/cancel/': [ebError(429, 'HIT_RATE_LIMIT', 'limit'), json({ canceled: true })],
        [EVENT]: json({ ...fixture('event.json'), status: 'canceled' }),
        'POST /events/2/cancel/': ebError(400, 'CANNOT_CANCEL', 'The event has orders.'),
      },
      { extra: { maxRetries: 1 } },
    );
    const event = await tk.events.cancel('1');
    expect(event.status).toBe('cancelled');
    expect(event.statusRaw).toBe('canceled');
    expect(seen.filter((r) => r.path === '/v3/events/1/cancel/')).toHaveLength(2);
    const error = await tk.events.cancel('2').catch((e: any) => e);
    expect(error).toMatchObject({ vendorCode: 'CANNOT_CANCEL', outcomeUnknown: false });
  });

  it('a payload that is not an Eventbrite object is an InvalidResponseError', async () => {
    const { tk } = setup({ [EVENT]: json({ name: 'no id' }) });
    const error = await tk.events.get('1').catch((e: any) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
  });
});

describe('Eventbrite token redaction', () => {
  it('a user-supplied URL with ?token= is redacted in the error and the logs; the token is in neither', async () => {
    const logs: string[] = [];
    const { tk, seen } = setup(
      { 'GET /users/me/': ebError(400, 'INVALID_AUTH', `The token ${TOKEN} is invalid.`) },
      { logs, extra: { logLevel: 'debug' } },
    );
    const error: any = await tk
      .request({ method: 'GET', path: `https://www.eventbriteapi.com/v3/users/me/?token=${TOKEN}` })
      .catch((e: any) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.request.url).toBe('https://www.eventbriteapi.com/v3/users/me/?token=[redacted]');
    expect(JSON.stringify(error)).not.toContain(TOKEN);
    expect(error.message).not.toContain(TOKEN);
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.join('\n')).not.toContain(TOKEN);
    expect(logs.join('\n')).toContain('token=[redacted]');
    // The request itself went out as the user wrote it, with the Bearer header as well.
    expect(seen[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('the Authorization header never reaches logs or hooks', async () => {
    const logs: string[] = [];
    const hookHeaders: Array<Record<string, string>> = [];
    const { tk } = setup(
      { [`GET /organizations/${ORG}/events/`]: json({ pagination: { page_number: 1, has_more_items: false }, events: [] }) },
      { logs, extra: { logLevel: 'debug', hooks: { onRequest: (info: { headers: Record<string, string> }) => hookHeaders.push(info.headers) } } },
    );
    await tk.events.list();
    expect(logs.join('\n')).not.toContain(TOKEN);
    expect(hookHeaders[0]!.authorization).toBe('[redacted]');
  });
});
