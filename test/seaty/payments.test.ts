import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ConflictError,
  PermissionDeniedError,
  ServerError,
  UnsupportedCapabilityError,
  ValidationError,
} from '../../src/core/errors.js';
import { createClient } from '../../src/index.js';
import { client, date, event1024, fakeSeaty, json, KEY, order, paged, type Handler } from './helpers.js';

const PAYMENT_PATH = '/v1/events/1024/balance-payments';

function vendor(post: Handler) {
  let paid = 0;
  return fakeSeaty({
    [`POST ${PAYMENT_PATH}`]: async (req, n) => {
      const reply = await post(req, n);
      if (reply !== 'network-error' && (reply.status ?? 200) < 300) paid += (req.body as { amount: number }).amount;
      return reply;
    },
    'GET /v1/events/1024': () => json(event1024),
    'GET /v1/events/1024/dates': paged([date(501), date(502)]),
    'GET /v1/dates/501/orders': paged([order(10, 501, { email: 'other@example.com' })]),
    'GET /v1/dates/502/orders': paged([order(11, 502, { email: 'Payee@Example.com', amount_paid: 0, balance: 3500 })]),
    'GET /v1/orders/11': () => json(order(11, 502, { email: 'Payee@Example.com', amount_paid: paid, balance: 3500 - paid })),
    'GET /v1/orders/11/tickets': paged([]),
  });
}

const created = (req: { body: unknown }) =>
  json({ id: 900, guid: 'pay-guid', event_id: 1024, ...(req.body as object), date_payment_made: '2026-06-04T00:00:00Z' }, 201);

const input = { eventId: '1024', payeeEmail: 'payee@example.com', amount: { amount: 1500, currency: 'GBP' }, method: 'cash' as const };

describe('orders.recordPayment → POST /v1/events/{id}/balance-payments', () => {
  afterEach(() => vi.restoreAllMocks());
  it('sends the documented body with an Idempotency-Key, then returns the payee order read back', async () => {
    const { fetch, calls } = vendor(created);
    const c = client(fetch);
    const result = await c.orders
      .recordPayment({ ...input, method: 'bank_transfer', notes: 'Paid at the door', paidOn: '2026-06-04', isRefund: false })
      .withResponse();
    // The event is read first (its currency, and a missing event fails before anything is recorded).
    expect(calls[0]!.path).toBe('/v1/events/1024');
    const post = calls[1]!;
    expect(post.method).toBe('POST');
    expect(post.path).toBe(PAYMENT_PATH);
    expect(post.headers['content-type']).toBe('application/json');
    expect(post.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(post.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(post.body).toEqual({
      payee_email: 'payee@example.com',
      amount: 1500,
      type_id: 4,
      is_refund: false,
      notes: 'Paid at the door',
      date_payment_made: '2026-06-04',
    });
    expect(result.idempotencyKey).toBe(post.headers['idempotency-key']);
    expect(result.data).toMatchObject({
      id: '11',
      eventId: '1024',
      eventDateId: '502',
      amountPaid: { amount: 1500, currency: 'GBP' },
      status: 'pending',
      lines: null,
    });
    // Reads carry no idempotency key.
    expect(calls.filter((r) => r !== post).every((r) => r.method === 'GET' && r.headers['idempotency-key'] === undefined)).toBe(true);
  });

  it('maps the four methods to type_id 1–4 and an instant paidOn to its UTC date', async () => {
    const { fetch, calls } = vendor(created);
    const c = client(fetch);
    const methods = ['cash', 'cheque', 'card', 'bank_transfer'] as const;
    for (const method of methods) await c.orders.recordPayment({ ...input, method, paidOn: '2026-06-04T23:30:00-02:00' });
    const posts = calls.filter((r) => r.method === 'POST');
    expect(posts.map((p) => (p.body as { type_id: number }).type_id)).toEqual([1, 2, 3, 4]);
    expect(posts.map((p) => (p.body as { date_payment_made: string }).date_payment_made)).toEqual(Array(4).fill('2026-06-05'));
    expect(new Set(posts.map((p) => p.headers['idempotency-key'])).size).toBe(4);
  });

  it('refuses bad input with a ValidationError before any request', async () => {
    const { fetch, calls } = vendor(created);
    const c = client(fetch);
    const bad: Array<[string, unknown]> = [
      ['amount.currency', { ...input, amount: { amount: 1500, currency: 'USD' } }],
      ['amount.amount', { ...input, amount: { amount: 0, currency: 'GBP' } }],
      ['amount.amount', { ...input, amount: { amount: -100, currency: 'GBP' } }],
      ['amount.amount', { ...input, amount: { amount: 12.5, currency: 'GBP' } }],
      ['payeeEmail', { ...input, payeeEmail: 'not-an-email' }],
      ['method', { ...input, method: 'bitcoin' }],
      ['paidOn', { ...input, paidOn: 'yesterday' }],
      ['eventId', { ...input, eventId: 'gala' }],
    ];
    for (const [field, value] of bad) {
      const error = await c.orders.recordPayment(value as never).then(() => null, (e: unknown) => e as ValidationError);
      expect(error, field).toBeInstanceOf(ValidationError);
      expect(error!.fields.map((f) => f.field), field).toContain(field);
    }
    expect(calls).toHaveLength(0);
  });

  it('is retried after 5xx and network errors with the same Idempotency-Key (the given one)', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0); // backoff of 0 ms: no waiting in the test
    const { fetch, calls } = vendor((req, n) => (n === 1 ? json({ error: { code: 'server_error' } }, 500) : n === 2 ? 'network-error' : created(req)));
    const c = client(fetch, { maxRetries: 3 });
    const result = await c.orders.recordPayment(input, { idempotencyKey: 'pay-2026-0001' }).withResponse();
    const posts = calls.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(3);
    expect(posts.map((p) => p.headers['idempotency-key'])).toEqual(['pay-2026-0001', 'pay-2026-0001', 'pay-2026-0001']);
    expect(result.idempotencyKey).toBe('pay-2026-0001');
    expect(result.attempts.map((a) => a.error)).toEqual(['server', 'network', null]);
  });

  it('a 5xx that outlives the retries carries the key and outcomeUnknown', async () => {
    const { fetch } = vendor(() => json({ error: { code: 'server_error', message: 'boom' } }, 502));
    const error = await client(fetch, { maxRetries: 0 })
      .orders.recordPayment(input)
      .then(() => null, (e: unknown) => e as ServerError);
    expect(error).toBeInstanceOf(ServerError);
    expect(error!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(error!.outcomeUnknown).toBe(true);
  });

  it('409 → ConflictError explaining the key was already used; not retried', async () => {
    const { fetch, calls } = vendor(() =>
      json({ error: { code: 'conflict', message: 'A balance payment with that idempotency key is already recorded with a different body.' } }, 409),
    );
    const error = await client(fetch).orders.recordPayment(input).then(() => null, (e: unknown) => e as ConflictError);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error!.vendorCode).toBe('conflict');
    expect(error!.message).toMatch(/Idempotency-Key was already used/);
    expect(calls.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it("422 → ValidationError with the vendor's reason; 403 → PermissionDeniedError naming the scope", async () => {
    const v422 = vendor(() => json({ error: { code: 'unprocessable_entity', message: 'The payee has no order on this event.' } }, 422));
    const e422 = await client(v422.fetch).orders.recordPayment(input).then(() => null, (e: unknown) => e as ValidationError);
    expect(e422).toBeInstanceOf(ValidationError);
    expect(e422!.vendorCode).toBe('unprocessable_entity');
    expect(e422!.message).toContain('The payee has no order on this event.');
    expect(e422!.outcomeUnknown).toBe(false);
    expect(v422.calls.filter((r) => r.method === 'POST')).toHaveLength(1);

    const v403 = vendor(() => json({ error: { code: 'forbidden', message: 'This key lacks a required scope.' } }, 403));
    const e403 = await client(v403.fetch).orders.recordPayment(input).then(() => null, (e: unknown) => e as PermissionDeniedError);
    expect(e403).toBeInstanceOf(PermissionDeniedError);
    expect(e403!.message).toContain('write:balance_payments');
  });

  it('a 2xx whose body is not the guessed payment shape is still a recorded payment (never an error)', async () => {
    // The fake sends a string body as is: '"Recorded"' is a JSON string, '' an empty body.
    for (const body of ['"Recorded"', [], '']) {
      const { fetch, calls } = vendor(() => json(body, 201));
      const order = await client(fetch).orders.recordPayment(input);
      expect(order).toMatchObject({ id: '11', amountPaid: { amount: 1500, currency: 'GBP' } });
      expect(calls.filter((r) => r.method === 'POST')).toHaveLength(1);
    }
    const { fetch } = fakeSeaty({ [`POST ${PAYMENT_PATH}`]: () => json('"Recorded"', 201) });
    await expect(client(fetch).native.recordBalancePayment(1024, { payee_email: 'a@b.co', amount: 1, type_id: 1 })).resolves.toBeNull();
  });

  it('a failed read-back says the payment was recorded and carries the key to call again with', async () => {
    // (test/seaty/outcome.test.ts covers each way the reads before and after the payment can fail.)
    const { fetch } = fakeSeaty({
      [`POST ${PAYMENT_PATH}`]: created,
      'GET /v1/events/1024': () => json(event1024),
      'GET /v1/events/1024/dates': () => json({ error: { code: 'not_found' } }, 404),
    });
    const error = await client(fetch).orders.recordPayment(input, { idempotencyKey: 'k-1' }).then(() => null, (e: unknown) => e as Error);
    expect(error!.message).toMatch(/WAS recorded/);
    expect((error as { idempotencyKey?: string }).idempotencyKey).toBe('k-1');
    expect((error as { outcomeUnknown?: boolean }).outcomeUnknown).toBe(true);
  });

  it('the generic client exposes it too, and no other order write', async () => {
    const { fetch } = vendor(created);
    const c = createClient({ provider: 'seaty', apiKey: KEY, fetch, logLevel: 'off', rateLimit: false });
    await expect(c.orders.recordPayment(input)).resolves.toMatchObject({ id: '11' });
    await expect(c.orders.refund('11')).rejects.toBeInstanceOf(UnsupportedCapabilityError);
  });
});
