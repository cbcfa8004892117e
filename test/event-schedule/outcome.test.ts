/**
 * Outcome truth (issues 13.3, 13.4): a normalized write made of several requests says what the vendor may hold.
 * A read after an applied write that fails → `outcomeUnknown: true`, `writtenId`, a message that the write
 * succeeded; a read before the write that fails → `false`; a 2xx whose body cannot be read after a write → `true`.
 */
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConnectionError,
  InvalidResponseError,
  RateLimitError,
  TicketingError,
  ValidationError,
} from '../../src/core/errors.js';
import { esEvent, esSale, esSchedule, fakeVendor, json, makeClient, type Handler } from './helpers.js';

const expired = (): ReturnType<Handler> => json({ error: 'API key expired' }, 401);
const limited = (): ReturnType<Handler> => json({ error: 'Rate limit exceeded' }, 429);
const html = (status = 200): ReturnType<Handler> => ({ status, body: '<html><body>Server busy</body></html>', headers: { 'content-type': 'text/html' } });

async function failure(promise: PromiseLike<unknown>): Promise<TicketingError> {
  const error = await Promise.resolve(promise).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TicketingError);
  return error as TicketingError;
}

const onMain = esEvent({ schedules: [{ id: 'ScMain01', subdomain: 'main', name: 'Main Hall', type: 'venue' }] });
const newEvent = { name: 'Jazz Night', start: '2026-05-01T20:00:00Z', timezone: 'America/New_York', currency: 'USD' };
const sale = { eventId: 'EvJazz01', buyer: { name: 'Ada', email: 'ada@example.com' }, lines: [{ ticketTypeId: 'EvJazz01:TkVip001', quantity: 1 }] };

describe('a read after an applied write fails: outcomeUnknown true, writtenId, "succeeded"', () => {
  it('events.create, then the schedule time-zone read is rate limited', async () => {
    const vendor = fakeVendor({ 'POST /api/events/main': () => json({ data: onMain, meta: { message: 'Event created successfully' } }, 201), 'GET /api/schedules/main': limited });
    const error = await failure(makeClient(vendor.fetch, { schedule: 'main', maxRetries: 0 }).events.create(newEvent));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ outcomeUnknown: true, writtenId: 'EvJazz01', retryable: false });
    expect(error.message).toMatch(/^events\.create succeeded \(id EvJazz01\)/);
    expect(error.message).toMatch(/Do not repeat the write/);
    expect(error.attempts.map((a) => a.status)).toEqual([201, 429]);
    expect(vendor.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['POST /api/events/main', 'GET /api/schedules/main']);
  });

  it('events.update and events.publish, then the time-zone read fails to authenticate', async () => {
    const vendor = fakeVendor({ 'PUT /api/events/EvJazz01': () => json({ data: onMain }), 'GET /api/schedules/main': expired });
    const client = makeClient(vendor.fetch, { schedule: 'main', maxRetries: 0 });
    for (const [what, call] of [
      ['events.update', () => client.events.update('EvJazz01', { name: 'Renamed' })],
      ['events.publish', () => client.events.publish('EvJazz01')],
    ] as const) {
      const error = await failure(call());
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error).toMatchObject({ outcomeUnknown: true, writtenId: 'EvJazz01' });
      expect(error.message.startsWith(`${what} succeeded`)).toBe(true);
    }
  });

  it.each([
    ['markPaid', 'mark_paid', 'paid'],
    ['refund', 'refund', 'refunded'],
    ['cancel', 'cancel', 'cancelled'],
  ] as const)('orders.%s, then the read of the sale event fails', async (method, action, status) => {
    const vendor = fakeVendor({
      'PUT /api/sales/SaOne001': () => json({ data: esSale({ status }), meta: { message: 'Sale updated successfully' } }),
      'GET /api/events/EvJazz01': expired,
    });
    const error = await failure(makeClient(vendor.fetch, { maxRetries: 0 }).orders[method]('SaOne001'));
    expect(vendor.calls[0]!.body).toEqual({ action });
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ outcomeUnknown: true, writtenId: 'SaOne001' });
    expect(error.message).toMatch(new RegExp(`^orders\\.${method} succeeded \\(id SaOne001\\)`));
  });

  it('ticketTypes.create: the answer of the applied ticket-list write lacks the new ticket', async () => {
    const vendor = fakeVendor({ 'GET /api/events/EvJazz01': () => json({ data: esEvent() }), 'PUT /api/events/EvJazz01': () => json({ data: esEvent() }) });
    const error = await failure(makeClient(vendor.fetch).ticketTypes.create({ eventId: 'EvJazz01', name: 'Balcony', price: { amount: 1500, currency: 'USD' } }));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ outcomeUnknown: true, writtenId: 'EvJazz01' });
    expect(error.message).toMatch(/^ticketTypes\.create succeeded/);
  });

  it('orders.create: the created sale cannot be mapped (a ticket line without quantity)', async () => {
    const vendor = fakeVendor({
      'GET /api/events/EvJazz01': () => json({ data: esEvent() }),
      'POST /api/sales': () => json({ data: esSale({ tickets: [{ ticket_id: 'TkVip001', quantity: 'two' }] }) }, 201),
    });
    const error = await failure(makeClient(vendor.fetch).orders.create(sale));
    expect(error).toBeInstanceOf(InvalidResponseError);
    // The sale payload itself is unreadable, so the pipeline cannot say which sale: but it was created.
    expect(error.outcomeUnknown).toBe(true);
  });
});

describe('a read before the write fails: outcomeUnknown false, nothing written', () => {
  it.each([
    ['orders.create', (c: ReturnType<typeof makeClient>) => c.orders.create(sale)],
    ['ticketTypes.create', (c: ReturnType<typeof makeClient>) => c.ticketTypes.create({ eventId: 'EvJazz01', name: 'Balcony', price: null })],
    ['ticketTypes.update', (c: ReturnType<typeof makeClient>) => c.ticketTypes.update('EvJazz01:TkVip001', { name: 'Balcony' })],
    ['ticketTypes.delete', (c: ReturnType<typeof makeClient>) => c.ticketTypes.delete('EvJazz01:TkVip001')],
    ['events.update({ end })', (c: ReturnType<typeof makeClient>) => c.events.update('EvJazz01', { end: '2026-03-15T23:00:00Z' })],
  ])('%s', async (_name, call) => {
    const vendor = fakeVendor({ 'GET /api/events/EvJazz01': expired });
    const error = await failure(call(makeClient(vendor.fetch, { maxRetries: 0 })));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.outcomeUnknown).toBe(false);
    expect(error.writtenId).toBeNull();
    expect(vendor.calls.every((c) => c.method === 'GET')).toBe(true);
  });

  it('a write refused for bad input says outcomeUnknown false', async () => {
    const vendor = fakeVendor({});
    const client = makeClient(vendor.fetch, { schedule: 'main' });
    for (const call of [
      () => client.orders.markPaid('..'),
      () => client.events.create({ ...newEvent, timezone: 'Mars/Olympus' }),
      () => client.ticketTypes.delete('no-colon'),
    ]) {
      const error = await failure(call());
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.outcomeUnknown).toBe(false);
    }
    expect(vendor.calls).toEqual([]);
  });
});

describe('a 2xx that cannot be read after a write: outcomeUnknown true', () => {
  it.each([
    ['events.create (HTML)', 'POST /api/events/main', html(201), (c: ReturnType<typeof makeClient>) => c.events.create(newEvent)],
    ['events.delete (HTML)', 'DELETE /api/events/EvJazz01', html(), (c: ReturnType<typeof makeClient>) => c.events.delete('EvJazz01')],
    ['orders.markPaid (empty)', 'PUT /api/sales/SaOne001', { status: 200, body: '' }, (c: ReturnType<typeof makeClient>) => c.orders.markPaid('SaOne001')],
    ['orders.delete (HTML)', 'DELETE /api/sales/SaOne001', html(), (c: ReturnType<typeof makeClient>) => c.orders.delete('SaOne001')],
    ['native.createSchedule (truncated)', 'POST /api/schedules', { status: 201, body: '{"data": {"id": "Sc' }, (c: ReturnType<typeof makeClient>) => c.native.createSchedule({ name: 'x', type: 'venue' })],
  ] as const)('%s', async (_name, route, reply, call) => {
    const vendor = fakeVendor({ [route]: () => reply });
    const error = await failure(call(makeClient(vendor.fetch, { schedule: 'main' })));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.outcomeUnknown).toBe(true);
    expect(vendor.calls).toHaveLength(1);
  });
});

describe('writes without idempotency keys are not retried after an ambiguous failure', () => {
  it('a dropped answer to orders.markPaid: one attempt, outcomeUnknown true', async () => {
    const vendor = fakeVendor({ 'PUT /api/sales/SaOne001': () => 'network-error' });
    const error = await failure(makeClient(vendor.fetch, { maxRetries: 3 }).orders.markPaid('SaOne001'));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.outcomeUnknown).toBe(true);
    expect(vendor.calls).toHaveLength(1);
  });

  it('a refused connection, then a 422: retried, and outcomeUnknown false (nothing can have landed)', async () => {
    const vendor = fakeVendor({
      'PUT /api/sales/SaOne001': (_req, n) =>
        n === 1 ? 'connect-error' : json({ error: 'Action "mark_paid" cannot be performed on a sale with status "paid"' }, 422),
    });
    const error = await failure(makeClient(vendor.fetch, { maxRetries: 2 }).orders.markPaid('SaOne001'));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.outcomeUnknown).toBe(false);
    expect(vendor.calls).toHaveLength(2);
  });

  it('a dropped answer, then the schedule lookup is never made', async () => {
    const vendor = fakeVendor({ 'POST /api/events/main': () => 'network-error', 'GET /api/schedules/main': () => json({ data: esSchedule() }) });
    const error = await failure(makeClient(vendor.fetch, { schedule: 'main' }).events.create(newEvent));
    expect(error).toMatchObject({ outcomeUnknown: true, writtenId: null });
    expect(vendor.calls.map((c) => c.method)).toEqual(['POST']);
  });
});
