import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AuthenticationError,
  ConflictError,
  ConnectionError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  ValidationError,
  isTicketingError,
} from '../../src/core/errors.js';
import { esEvent, esSale, fakeVendor, json, makeClient, KEY } from './helpers.js';

function failing(reply: ReturnType<typeof json>) {
  return fakeVendor({ 'GET /api/events/EvJazz01': () => reply, 'GET /api/sales/SaOne001': () => reply });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Event Schedule errors', () => {
  it('401 → AuthenticationError with the vendor text; the key never appears', async () => {
    const vendor = failing(json({ error: 'Invalid API key' }, 401));
    const error = await makeClient(vendor.fetch).events.get('EvJazz01').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 'unauthorized', provider: 'event-schedule', raw: { error: 'Invalid API key' } });
    expect((error as Error).message).toContain('Invalid API key');
    expect(JSON.stringify(error)).not.toContain(KEY);
    expect(vendor.calls).toHaveLength(1);
  });

  it('401 "API key expired" says how to get a new key', async () => {
    const vendor = failing(json({ error: 'API key expired' }, 401));
    const error = await makeClient(vendor.fetch).events.get('EvJazz01').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ vendorCode: 'api_key_expired' });
    expect((error as Error).message).toMatch(/web UI/);
  });

  it('403 Pro gate → PermissionDeniedError whose message says a Pro plan is needed', async () => {
    const vendor = failing(json({ error: 'API usage is limited to Pro accounts' }, 403));
    const error = await makeClient(vendor.fetch).events.get('EvJazz01').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ code: 'forbidden', status: 403, vendorCode: 'pro_required', retryable: false });
    expect((error as Error).message).toMatch(/Pro plan/);
  });

  it('403 Unauthorized (not the creator/admin) → PermissionDeniedError without the Pro code', async () => {
    const vendor = failing(json({ error: 'Unauthorized' }, 403));
    const error = await makeClient(vendor.fetch).orders.get('SaOne001').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ vendorCode: 'unauthorized' });
    expect((error as Error).message).toContain('Unauthorized');
  });

  it('every documented error body → its class and vendorCode', async () => {
    const cases: Array<[number, Record<string, unknown>, new (...args: never[]) => Error, string | null]> = [
      [400, { error: 'Registration codes are only required in hosted mode' }, ValidationError, 'hosted_only'],
      [401, { error: 'API key is required' }, AuthenticationError, 'api_key_required'],
      [401, { error: 'Invalid API key' }, AuthenticationError, 'invalid_api_key'],
      [401, { error: 'API key expired' }, AuthenticationError, 'api_key_expired'],
      [401, { error: 'Invalid email or password' }, AuthenticationError, 'invalid_credentials'],
      [403, { error: 'API usage is limited to Pro accounts' }, PermissionDeniedError, 'pro_required'],
      [403, { error: 'Unauthorized' }, PermissionDeniedError, 'unauthorized'],
      [403, { error: 'Cannot modify non-primary grouped sales' }, PermissionDeniedError, 'non_primary_grouped_sale'],
      [403, { error: 'Cannot delete non-primary grouped sales' }, PermissionDeniedError, 'non_primary_grouped_sale'],
      [403, { error: 'This account has two-factor authentication enabled. Please generate an API key from the web UI.' }, PermissionDeniedError, 'two_factor_enabled'],
      [403, { error: 'Registration is closed' }, PermissionDeniedError, 'registration_closed'],
      [404, { error: 'Schedule not found' }, NotFoundError, 'schedule_not_found'],
      [404, { error: 'Sub-schedule not found' }, NotFoundError, 'sub_schedule_not_found'],
      [404, { error: 'Event not found' }, NotFoundError, 'event_not_found'],
      [404, { error: 'Sale not found' }, NotFoundError, 'sale_not_found'],
      [404, { message: 'The route api/x could not be found.' }, NotFoundError, null],
      [409, { error: 'An active API key already exists. To generate a new key, disable and re-enable API access in your account settings.' }, ConflictError, 'api_key_exists'],
      [422, { error: 'Validation failed', errors: { email: ['The email field is required.'] } }, ValidationError, 'validation_failed'],
      [422, { message: 'The given data was invalid.', errors: { 'tickets.0.pass_scope': ['bad'] } }, ValidationError, 'validation_failed'],
      [422, { error: 'Action "cancel" cannot be performed on a sale with status "refunded"' }, ValidationError, 'invalid_transition'],
      [422, { error: 'Tickets not available. Remaining: 0' }, ValidationError, null],
      [423, { error: 'API key temporarily blocked' }, AuthenticationError, 'api_key_locked'],
      [429, { error: 'Rate limit exceeded' }, RateLimitError, 'rate_limited'],
      [500, { error: 'An unexpected error occurred' }, ServerError, null],
    ];
    for (const [status, body, type, vendorCode] of cases) {
      const vendor = fakeVendor({ 'GET /api/sales/SaOne001': () => json(body, status) });
      const error = await makeClient(vendor.fetch, { maxRetries: 0 }).native.getSale('SaOne001').catch((e: unknown) => e);
      const label = `${status} ${JSON.stringify(body)}`;
      expect(error, label).toBeInstanceOf(type);
      expect(error, label).toMatchObject({ status, vendorCode, provider: 'event-schedule', raw: body });
      expect((error as Error).message, label).toContain(String(body.error ?? body.message));
    }
  });

  it('a `{}` record (non-Pro schedule) → PermissionDeniedError, not a parse error', async () => {
    const vendor = failing(json({ data: {} }));
    const error = await makeClient(vendor.fetch).events.get('EvJazz01').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ vendorCode: 'pro_required' });
  });

  it('404 → NotFoundError (controller and framework bodies)', async () => {
    const a = failing(json({ error: 'Event not found' }, 404));
    await expect(makeClient(a.fetch).events.get('EvJazz01')).rejects.toBeInstanceOf(NotFoundError);
    const b = failing(json({ message: 'The route api/events/x could not be found.' }, 404));
    const error = await makeClient(b.fetch).events.get('EvJazz01').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toContain('could not be found');
  });

  it('409 on login → ConflictError (a key already exists)', async () => {
    const vendor = fakeVendor({
      'POST /api/login': () =>
        json({ error: 'An active API key already exists. To generate a new key, disable and re-enable API access in your account settings.' }, 409),
    });
    const client = makeClient(vendor.fetch);
    const error = await client.native.login({ email: 'a@example.com', password: 'hunter22' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toContain('An active API key already exists');
    // Login is sent without the key.
    expect(vendor.calls[0]!.headers['x-api-key']).toBeUndefined();
    expect(vendor.calls[0]!.body).toEqual({ email: 'a@example.com', password: 'hunter22' });
  });

  it('422 with errors → ValidationError with the fields', async () => {
    const vendor = fakeVendor({
      'POST /api/events/live-music': () =>
        json(
          {
            error: 'Validation failed',
            errors: {
              starts_at: ['The starts at field must match the format Y-m-d H:i:s.'],
              'tickets.0.type': ['The tickets.0.type field is required.'],
            },
          },
          422,
        ),
    });
    const client = makeClient(vendor.fetch, { schedule: 'live-music' });
    const error = await client.native.createEvent('live-music', { name: 'x', starts_at: 'bad' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual([
      { field: 'starts_at', message: 'The starts at field must match the format Y-m-d H:i:s.' },
      { field: 'tickets.0.type', message: 'The tickets.0.type field is required.' },
    ]);
    expect((error as Error).message).toContain('starts_at');
    expect(error).toMatchObject({ outcomeUnknown: false, retryable: false });
  });

  it('422 business refusal → ValidationError carrying the vendor sentence', async () => {
    const vendor = fakeVendor({
      'PUT /api/sales/SaOne001': () => json({ error: 'Action "refund" cannot be performed on a sale with status "unpaid"' }, 422),
    });
    const error = await makeClient(vendor.fetch).orders.refund('SaOne001').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain('Action "refund" cannot be performed on a sale with status "unpaid"');
    expect((error as ValidationError).fields).toEqual([]);
    expect(vendor.calls).toHaveLength(1);
  });

  it('423 key lock → AuthenticationError with a clear message, not retried', async () => {
    const vendor = failing(json({ error: 'API key temporarily blocked' }, 423));
    const error = await makeClient(vendor.fetch).events.get('EvJazz01').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 423, vendorCode: 'api_key_locked', retryable: false });
    expect((error as Error).message).toMatch(/15 minutes/);
    expect(vendor.calls).toHaveLength(1);
  });

  it('429 without Retry-After: throws RateLimitError at once when the 60 s window exceeds maxRetryAfterMs', async () => {
    const vendor = failing(json({ error: 'Rate limit exceeded' }, 429));
    const client = makeClient(vendor.fetch, { maxRetryAfterMs: 5_000 });
    const error = await client.events.get('EvJazz01').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 60_000, status: 429 });
    expect(vendor.calls).toHaveLength(1);
  });

  it('429 without Retry-After: waits the documented 60 s window (not less) before the retry', async () => {
    vi.useFakeTimers();
    const vendor = fakeVendor({
      'GET /api/sales/SaOne001': (_req, n) => (n === 1 ? json({ error: 'Rate limit exceeded' }, 429) : json({ data: esSale({ status: 'paid' }) })),
      'GET /api/events/EvJazz01': () => json({ data: esEvent() }),
    });
    const client = makeClient(vendor.fetch);
    const pending = client.orders.get('SaOne001').withResponse();
    await vi.advanceTimersByTimeAsync(59_000);
    expect(vendor.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    const result = await pending;
    expect(result.data.status).toBe('paid');
    expect(result.attempts.map((a) => a.retryDelayMs)).toEqual([60_000, null]);
  });

  it('429 of an auth route waits its documented TTL: beyond maxRetryAfterMs, so it throws at once', async () => {
    const vendor = fakeVendor({
      'POST /api/login': () => json({ error: 'Too many login attempts. Please try again later.' }, 429),
      'POST /api/register/send-code': () => json({ error: 'Too many verification code requests. Please try again later.' }, 429),
    });
    const client = makeClient(vendor.fetch);
    const login = await client.native.login({ email: 'a@example.com', password: 'x' }).catch((e: unknown) => e);
    expect(login).toBeInstanceOf(RateLimitError);
    expect(login).toMatchObject({ retryAfterMs: 15 * 60_000, vendorCode: 'rate_limited' });
    const code = await client.native.sendRegistrationCode({ email: 'a@example.com' }).catch((e: unknown) => e);
    expect(code).toMatchObject({ retryAfterMs: 60 * 60_000 });
    expect(vendor.calls).toHaveLength(2);
  });

  it('401 of login is the vendor sentence, without the API key hint', async () => {
    const vendor = fakeVendor({ 'POST /api/login': () => json({ error: 'Invalid email or password' }, 401) });
    const error = await makeClient(vendor.fetch).native.login({ email: 'a@example.com', password: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toBe('Event Schedule: Invalid email or password');
  });

  it('429 with Retry-After (the create-event throttle) honours the header', async () => {
    vi.useFakeTimers();
    const vendor = fakeVendor({
      'GET /api/events/EvJazz01': (_req, n) =>
        n === 1 ? json({ message: 'Too Many Attempts.' }, 429, { 'retry-after': '2' }) : json({ data: esEvent({ schedules: [] }) }),
    });
    const client = makeClient(vendor.fetch);
    const pending = client.events.get('EvJazz01');
    await vi.advanceTimersByTimeAsync(2_000);
    expect((await pending).name).toBe('Jazz Night');
    expect(vendor.calls).toHaveLength(2);
  });

  it('a POST /sales is never retried after a 500', async () => {
    const vendor = fakeVendor({
      'GET /api/events/EvJazz01': () => json({ data: esEvent() }),
      'POST /api/sales': () => json({ error: 'An unexpected error occurred' }, 500),
    });
    const client = makeClient(vendor.fetch, { maxRetries: 3 });
    const error = await client.orders
      .create({ eventId: 'EvJazz01', buyer: { name: 'Ada', email: 'ada@example.com' }, lines: [{ ticketTypeId: 'EvJazz01:TkVip001', quantity: 1 }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ outcomeUnknown: true, retryable: false, idempotencyKey: null });
    expect(vendor.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('a POST /sales is never retried after a dropped response', async () => {
    const vendor = fakeVendor({
      'GET /api/events/EvJazz01': () => json({ data: esEvent() }),
      'POST /api/sales': () => 'network-error',
    });
    const client = makeClient(vendor.fetch, { maxRetries: 3 });
    const error = await client.orders
      .create({ eventId: 'EvJazz01', buyer: { name: 'Ada', email: 'ada@example.com' }, lines: [{ ticketTypeId: 'EvJazz01:TkVip001', quantity: 1 }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ outcomeUnknown: true });
    expect(vendor.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('a POST /sales refused before a connection is retried (nothing was sent)', async () => {
    const vendor = fakeVendor({
      'GET /api/events/EvJazz01': () => json({ data: esEvent() }),
      'POST /api/sales': (_req, n) => (n === 1 ? 'connect-error' : json({ data: esSale(), meta: { message: 'Sale created successfully' } }, 201)),
    });
    const client = makeClient(vendor.fetch, { maxRetries: 2 });
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const order = await client.orders.create({
      eventId: 'EvJazz01',
      buyer: { name: 'Ada', email: 'ada@example.com' },
      lines: [{ ticketTypeId: 'EvJazz01:TkVip001', quantity: 1 }],
    });
    vi.restoreAllMocks();
    expect(order.id).toBe('SaOne001');
    expect(vendor.calls.filter((c) => c.method === 'POST')).toHaveLength(2);
  });

  it('a GET is retried after a 503', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const vendor = fakeVendor({
      'GET /api/events/EvJazz01': (_req, n) => (n === 1 ? json({ message: 'Server Error' }, 503) : json({ data: esEvent({ schedules: [] }) })),
    });
    const event = await makeClient(vendor.fetch).events.get('EvJazz01');
    vi.restoreAllMocks();
    expect(event.id).toBe('EvJazz01');
    expect(vendor.calls).toHaveLength(2);
  });

  it('an HTML body (no JSON) still maps to a TicketingError', async () => {
    const vendor = fakeVendor({ 'GET /api/events/EvJazz01': () => ({ status: 502, body: '<html>Bad gateway</html>', headers: { 'content-type': 'text/html' } }) });
    const error = await makeClient(vendor.fetch, { maxRetries: 0 }).events.get('EvJazz01').catch((e: unknown) => e);
    expect(isTicketingError(error)).toBe(true);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as Error).message).toContain('502');
  });
});
