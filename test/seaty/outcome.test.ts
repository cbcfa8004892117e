/**
 * Outcome truth for Seaty's one write, `orders.recordPayment` (a read of the event, the payment POST, then reads of
 * the payee's order): once the POST may have been processed, every error says `outcomeUnknown: true`; once it is
 * known to have been recorded, the error also carries `writtenId` and says the payment WAS recorded; a failure
 * before the POST says `false`. Never `null` after the write settled.
 */
import { describe, expect, it, vi, afterEach } from 'vitest';
import {
  ConnectionError,
  InvalidResponseError,
  NotFoundError,
  ServerError,
  TicketingError,
  ValidationError,
} from '../../src/core/errors.js';
import { client, date, event1024, fakeSeaty, json, order, paged, type Handler } from './helpers.js';

const PAYMENT_PATH = '/v1/events/1024/balance-payments';
const input = { eventId: '1024', payeeEmail: 'payee@example.com', amount: { amount: 1500, currency: 'GBP' }, method: 'cash' as const };

const recorded: Handler = (req) =>
  json({ id: 900, guid: 'pay-guid', event_id: 1024, ...(req.body as object), is_refund: false, notes: '', date_payment_made: '2026-06-04T00:00:00Z' }, 201);

/** A Seaty where the payee has order 11 on date 502; `over` replaces any route. */
function seaty(over: Record<string, Handler> = {}) {
  return fakeSeaty({
    [`POST ${PAYMENT_PATH}`]: recorded,
    'GET /v1/events/1024': () => json(event1024),
    'GET /v1/events/1024/dates': paged([date(501), date(502)]),
    'GET /v1/dates/501/orders': paged([order(10, 501, { email: 'other@example.com' })]),
    'GET /v1/dates/502/orders': paged([order(11, 502, { email: 'payee@example.com' })]),
    'GET /v1/orders/11': () => json(order(11, 502, { email: 'payee@example.com' })),
    ...over,
  });
}

async function failure(run: () => PromiseLike<unknown>): Promise<TicketingError> {
  return Promise.resolve(run()).then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e as TicketingError,
  );
}

const html = (status = 200): Handler => () => ({ status, body: '<html><body>Service temporarily moved</body></html>', headers: { 'content-type': 'text/html' } });

describe('recordPayment: a read before the payment fails → outcomeUnknown false, nothing recorded', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['404 on the event', () => json({ error: { code: 'not_found', message: 'No such event.' } }, 404), NotFoundError],
    ['500 on the event', () => json({ error: { code: 'internal_error' } }, 500), ServerError],
    ['a dropped connection', () => 'network-error' as const, ConnectionError],
    ['an HTML page instead of the event', html(), InvalidResponseError],
  ] as const)('%s', async (_name, answer, kind) => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const { fetch, calls } = seaty({ 'GET /v1/events/1024': answer as Handler });
    const error = await failure(() => client(fetch, { maxRetries: 1 }).orders.recordPayment(input));
    expect(error).toBeInstanceOf(kind);
    expect(error.outcomeUnknown).toBe(false);
    expect(error.writtenId).toBeNull();
    expect(error.message).not.toMatch(/WAS recorded/);
    expect(calls.filter((r) => r.method === 'POST')).toHaveLength(0);
  });
});

describe('recordPayment: the payment was recorded, a read after it fails → outcomeUnknown true, writtenId', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['404 on the order', { 'GET /v1/orders/11': () => json({ error: { code: 'not_found' } }, 404) }, NotFoundError],
    ['500 on the order after retries', { 'GET /v1/orders/11': () => json({ error: { code: 'internal_error' } }, 503) }, ServerError],
    ['a dropped connection on the dates', { 'GET /v1/events/1024/dates': () => 'network-error' as const }, ConnectionError],
    // A 2xx whose body cannot be read, after the write: unknown what the payee's order now holds, known that it was paid.
    ['an HTML 200 for the order', { 'GET /v1/orders/11': html() }, InvalidResponseError],
    ['an order of the wrong shape', { 'GET /v1/orders/11': () => json({ id: 'eleven', balance: 'lots' }) }, InvalidResponseError],
    ['no order of the payee on the event', { 'GET /v1/dates/502/orders': paged([]) }, NotFoundError],
  ] as const)('%s', async (_name, over, kind) => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const { fetch, calls } = seaty(over as Record<string, Handler>);
    const error = await failure(() => client(fetch, { maxRetries: 1 }).orders.recordPayment(input, { idempotencyKey: 'pay-0001' }));
    expect(error).toBeInstanceOf(kind);
    expect(error.outcomeUnknown).toBe(true);
    expect(error.writtenId).toBe('900');
    expect(error.idempotencyKey).toBe('pay-0001');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/^The balance payment WAS recorded \(payment 900\), but reading the payee's order back failed: /);
    expect(error.message).toContain("{ idempotencyKey: 'pay-0001' }");
    // The attempts of the write come first (then those of the read that failed, when it was a request).
    expect(error.attempts[0]).toMatchObject({ status: 201, error: null });
    expect(calls.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('without a payment id in the answer (an empty 201), writtenId is null but the outcome is still known', async () => {
    const { fetch } = seaty({ [`POST ${PAYMENT_PATH}`]: () => ({ status: 201, body: '' }), 'GET /v1/orders/11': () => json({}, 404) });
    const error = await failure(() => client(fetch).orders.recordPayment(input));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.outcomeUnknown).toBe(true);
    expect(error.writtenId).toBeNull();
    expect(error.message).toMatch(/^The balance payment WAS recorded, but/);
  });

  it('the order the answer names is read directly (no walk over the dates)', async () => {
    const { fetch, calls } = seaty({ [`POST ${PAYMENT_PATH}`]: () => json({ id: 901, order_id: 11, amount: 1500 }, 201) });
    const result = await client(fetch).orders.recordPayment(input);
    expect(result.id).toBe('11');
    expect(calls.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/events/1024', `POST ${PAYMENT_PATH}`, 'GET /v1/orders/11']);
  });
});

describe('recordPayment: the POST itself', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads the event first, then posts, then reads the order back', async () => {
    const { fetch, calls } = seaty();
    await client(fetch).orders.recordPayment(input);
    expect(calls.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /v1/events/1024',
      `POST ${PAYMENT_PATH}`,
      'GET /v1/events/1024/dates',
      'GET /v1/dates/501/orders',
      'GET /v1/dates/502/orders',
      'GET /v1/orders/11',
    ]);
  });

  it.each([
    ['an HTML page', html(201)],
    ['a cut-off JSON body', () => ({ status: 201, body: '{"id": 900, "guid": "pay-' })],
  ] as const)('a 2xx with %s is an InvalidResponseError with outcomeUnknown true; nothing more is sent', async (_name, answer) => {
    const { fetch, calls } = seaty({ [`POST ${PAYMENT_PATH}`]: answer as Handler });
    const tk = client(fetch, { maxRetries: 2 });
    const error = await failure(() => tk.orders.recordPayment(input, { idempotencyKey: 'pay-0002' }));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.outcomeUnknown).toBe(true);
    expect(error.idempotencyKey).toBe('pay-0002');
    expect(calls.map((r) => r.method)).toEqual(['GET', 'POST']);
    // The native call says the same.
    const native = await failure(() => tk.native.recordBalancePayment(1024, { payee_email: 'a@b.co', amount: 1, type_id: 1 }));
    expect(native).toBeInstanceOf(InvalidResponseError);
    expect(native.outcomeUnknown).toBe(true);
  });

  it.each([
    ['a dropped connection, then a 400', 400, ValidationError],
    ['a dropped connection, then a 404', 404, NotFoundError],
  ] as const)('%s: outcomeUnknown stays true (the first attempt may have recorded it)', async (_name, status, kind) => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const { fetch, calls } = seaty({
      [`POST ${PAYMENT_PATH}`]: (_req, n) => (n === 1 ? 'network-error' : json({ error: { code: status === 400 ? 'bad_request' : 'not_found' } }, status)),
    });
    const error = await failure(() => client(fetch, { maxRetries: 2 }).orders.recordPayment(input));
    expect(error).toBeInstanceOf(kind);
    expect(error.outcomeUnknown).toBe(true);
    expect(calls.filter((r) => r.method === 'POST')).toHaveLength(2);
    expect(new Set(calls.filter((r) => r.method === 'POST').map((r) => r.headers['idempotency-key'])).size).toBe(1);
  });

  it('a 422 on the only attempt: outcomeUnknown false (Seaty refused it)', async () => {
    const { fetch } = seaty({ [`POST ${PAYMENT_PATH}`]: () => json({ error: { code: 'unprocessable_entity', message: 'No order on this event.' } }, 422) });
    const error = await failure(() => client(fetch).orders.recordPayment(input));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.outcomeUnknown).toBe(false);
    expect(error.writtenId).toBeNull();
  });
});
