/**
 * A downstream vitest suite: app code (./app.ts) tested against ticketkit's emulators with `createMockClient`
 * (seeds, small pages, faults, recorded calls) and `mswHandlers` (for code that builds its own client on the global
 * `fetch`). Copy it into your project as is: it imports ticketkit by its package name. In this repository it runs as
 * part of `npm test`.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ServerError } from 'ticketkit';
import { createMockClient, mswHandlers } from 'ticketkit/testing';
import type { Order } from 'ticketkit';
import { createAppClient, eventName, revenue, salesWebhook, unpaidReminders } from './app.js';

describe('the app over a mock client', () => {
  let eventId = '';
  const mock = createMockClient({
    provider: 'equaticket',
    pageSize: 2, // small pages: the app's loops really page
    seed: (s) => {
      const gala = s.event({ name: 'Gala', currency: 'EUR' });
      eventId = gala.id;
      const seat = s.ticketType({ eventId, name: 'Seat', price: { amount: 4000, currency: 'EUR' } });
      s.order({ eventId, lines: [{ ticketTypeId: seat.id, quantity: 2 }] });
      s.order({ eventId, lines: [{ ticketTypeId: seat.id, quantity: 1 }] });
      s.order({ eventId }); // one ticket of the first ticket type
      s.order({ eventId, status: 'pending', buyer: { name: 'Sam Lee', email: 'sam@example.com' } });
      s.order({ eventId, status: 'pending', buyer: { name: 'Ana García', email: 'ana@example.com' } });
      s.order({ eventId, status: 'refunded' });
    },
  });

  beforeEach(() => mock.reset());

  it('adds up paid revenue over every page', async () => {
    expect(await revenue(mock.client, eventId)).toEqual({ EUR: 16_000 });
    expect(mock.calls.filter((c) => c.op === 'orders.list')).toHaveLength(2);
  });

  it('lists the buyers to remind', async () => {
    const reminders = await unpaidReminders(mock.client, eventId);
    expect(reminders.map((r) => r.email).sort()).toEqual(['ana@example.com', 'sam@example.com']);
  });

  it('rides out a rate limit (ticketkit retries; the wait is on the emulator clock)', async () => {
    mock.faults.once('orders.list', { kind: 'rate_limited', retryAfterSeconds: 30 });
    expect(await revenue(mock.client, eventId)).toEqual({ EUR: 16_000 });
    expect(mock.calls.map((c) => c.status)).toEqual([429, 200, 200]);
  });

  it('reports an outage on the second page with where to resume', async () => {
    mock.faults.always((call) => call.op === 'orders.list' && call.query.cursor !== undefined, { kind: 'http', status: 503 });
    const error = await revenue(mock.client, eventId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).resumeCursor).toEqual(expect.any(String));
    expect((error as ServerError).attempts).toHaveLength(3); // the first try and two retries
  });

  it('tells a missing event from a failure', async () => {
    expect(await eventName(mock.client, eventId)).toBe('Gala');
    expect(await eventName(mock.client, '000000e1-0000-4000-8000-00000000ffff')).toBeNull();
  });
});

describe('the app\'s own client, over msw', () => {
  const mock = createMockClient({ provider: 'equaticket', seed: (s) => void s.order({ eventId: s.event({ name: 'Gala' }).id }) });
  const server = setupServer(...mswHandlers(mock));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => mock.reset());
  afterAll(() => server.close());

  it('reaches the emulator through the global fetch', async () => {
    process.env.EQUATICKET_KEY = 'sk_test_downstream';
    const client = createAppClient();
    const [event] = (await client.events.list()).data;
    expect(await eventName(client, event!.id)).toBe('Gala');
    expect(mock.calls.at(-1)!.headers.authorization).toBe('[redacted]');
  });
});

describe('the app’s webhook endpoint, fed by the emulator’s deliveries', () => {
  function world() {
    const ids = { event: '', ticketType: '' };
    const mock = createMockClient({
      provider: 'event-schedule',
      seed: (s) => {
        ids.event = s.event({ name: 'Gala' }).id;
        ids.ticketType = s.ticketType({ eventId: ids.event, name: 'Seat', price: { amount: 2500, currency: 'USD' }, quantityTotal: 50 }).id;
      },
    });
    const sell = () => mock.client.orders.create({ eventId: ids.event, buyer: { name: 'Ada', email: 'ada@example.com' }, lines: [{ ticketTypeId: ids.ticketType, quantity: 2 }] });
    return { mock, sell };
  }

  it('sees a sale made through the client as a verified, normalized order.created', async () => {
    const { mock, sell } = world();
    const sales: Order[] = [];
    mock.webhooks.subscribe({ handler: salesWebhook({ secret: 'whsec_app', onSale: (order) => sales.push(order) }), secret: 'whsec_app' });
    const order = await sell();
    const [delivery] = await mock.webhooks.waitForDeliveries(1);
    expect(delivery?.status).toBe('delivered');
    expect(sales).toHaveLength(1);
    expect(sales[0]).toMatchObject({ id: order.id, buyer: { email: 'ada@example.com' }, ticketCount: 2 });
  });

  it('answers 400 to a delivery signed with another secret; nothing reaches the app', async () => {
    const { mock, sell } = world();
    const sales: Order[] = [];
    mock.webhooks.subscribe({ handler: salesWebhook({ secret: 'whsec_app', onSale: (order) => sales.push(order) }), secret: 'whsec_other' });
    await sell();
    await mock.webhooks.flush();
    expect(sales).toEqual([]);
    expect(mock.webhooks.deliveries[0]?.attempts[0]?.status).toBe(400);
  });
});
