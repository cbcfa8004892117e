import { describe, expect, it } from 'vitest';
import { OrderSchema } from '../../src/core/model.js';
import { orderStatus as seatyOrderStatus } from '../../src/providers/seaty/normalize.js';
import { categories, client, date, event1024, fakeSeaty, json, order, paged } from './helpers.js';

describe('Seaty orders: money and status (docs/vendors/seaty.md, Money)', () => {
  it('orders.get returns the money breakdown in pence of the event currency; { lines: true } adds lines from the tickets', async () => {
    const tickets = [
      { id: 91, order_id: 77, ticket_category_id: 2 },
      { id: 92, order_id: 77, ticket_category_id: 1 },
      { id: 93, order_id: 77, ticket_category_id: 1 },
    ];
    const o = order(77, 501, { tickets_subtotal: 8700, discount_total: 700, total: 8000, amount_paid: 5000, amount_refunded: 0, balance: 3000, ticket_count: 3 });
    const { fetch, calls } = fakeSeaty({
      'GET /v1/orders/77': () => json(o),
      'GET /v1/dates/501': () => json({ ...date(501), event_tag: 'spring-gala', event_name: 'Spring Gala' }),
      'GET /v1/events/1024': () => json(event1024),
      'GET /v1/orders/77/tickets': paged(tickets),
      'GET /v1/events/1024/ticket-categories': paged(categories),
    });
    const c = client(fetch);
    const plain = await c.orders.get('77');
    expect(plain.lines).toBeNull();
    expect(calls.map((r) => r.path)).toEqual(['/v1/orders/77', '/v1/dates/501', '/v1/events/1024']);
    calls.length = 0;
    const got = await c.orders.get('77', { lines: true });
    expect({ ...got, lines: null }).toEqual(plain);
    expect(got).toEqual({
      id: '77',
      provider: 'seaty',
      remoteId: '77',
      createdAt: '2026-03-02T10:00:00Z',
      updatedAt: null,
      eventId: '1024',
      eventDateId: '501',
      reference: 'G-77',
      status: 'pending',
      statusRaw: null,
      buyer: { name: 'Buyer 77', email: 'buyer77@example.com', phone: null },
      total: { amount: 8000, currency: 'GBP' },
      subtotal: { amount: 8700, currency: 'GBP' },
      discount: { amount: 700, currency: 'GBP' },
      fees: null,
      tax: null,
      amountPaid: { amount: 5000, currency: 'GBP' },
      amountRefunded: { amount: 0, currency: 'GBP' },
      amountDue: { amount: 3000, currency: 'GBP' },
      ticketCount: 3,
      lines: [
        { ticketTypeId: '1024:1', name: 'Adult', quantity: 2, unitPrice: { amount: 1850, currency: 'GBP' } },
        { ticketTypeId: '1024:2', name: 'Family', quantity: 1, unitPrice: { amount: 5000, currency: 'GBP' } },
      ],
      testMode: null,
    });
    // Seaty's balance is the model's amountDue, not an extra key: the strict schema accepts the order as it is.
    OrderSchema.strict().parse(got);
    expect(calls.map((c) => c.path)).toEqual([
      '/v1/orders/77',
      '/v1/dates/501',
      '/v1/events/1024',
      '/v1/orders/77/tickets',
      '/v1/events/1024/ticket-categories',
    ]);
  });

  it("carries Seaty's balance as amountDue (owed > 0, overpaid < 0), computed from the parts when a list item lacks it", async () => {
    const { fetch } = fakeSeaty({
      'GET /v1/events/1024': () => json(event1024),
      'GET /v1/events/1024/dates': paged([date(501)]),
      'GET /v1/dates/501/orders': paged([
        order(1, 501, { total: 3500, amount_paid: 4000, amount_refunded: 0, balance: -500 }),
        { ...order(2, 501, { total: 3500, amount_paid: 3500, amount_refunded: 1000 }), balance: undefined },
        { ...order(3, 501, { total: 3500, amount_paid: 1000 }), balance: undefined, amount_refunded: undefined },
      ]),
    });
    const orders = await client(fetch).orders.list({ eventId: '1024' }).toArray({ limit: 5 });
    expect(orders.map((o) => o.amountDue)).toEqual([{ amount: -500, currency: 'GBP' }, { amount: 1000, currency: 'GBP' }, null]);
    expect(orders.map((o) => o.status)).toEqual(['paid', 'partially_refunded', 'pending']);
  });

  it('derives the order status from the money (no status field exists)', () => {
    expect(seatyOrderStatus({ total: 1000, amount_paid: 1000, amount_refunded: 0, balance: 0 })).toBe('paid');
    expect(seatyOrderStatus({ total: 1000, amount_paid: 1200, amount_refunded: 0, balance: -200 })).toBe('paid');
    expect(seatyOrderStatus({ total: 1000, amount_paid: 400, amount_refunded: 0, balance: 600 })).toBe('pending');
    expect(seatyOrderStatus({ total: 1000, amount_paid: 0, amount_refunded: 0, balance: 1000 })).toBe('pending');
    expect(seatyOrderStatus({ total: 1000, amount_paid: 1000, amount_refunded: 300, balance: 300 })).toBe('partially_refunded');
    expect(seatyOrderStatus({ total: 1000, amount_paid: 1000, amount_refunded: 1000, balance: 1000 })).toBe('refunded');
    expect(seatyOrderStatus({ total: 0, amount_paid: 0, amount_refunded: 0, balance: 0 })).toBe('paid');
    // No balance field: computed as total − (paid − refunded).
    expect(seatyOrderStatus({ total: 1000, amount_paid: 500, amount_refunded: 0 })).toBe('pending');
    expect(seatyOrderStatus({})).toBe('unknown');
  });

  it('a date-list item missing its money fields (undocumented) normalizes with nulls, never undefined', async () => {
    const sparse = { id: 5, order_guid: 'G5', date: '2026-03-02T10:00:00Z', email: 'x@example.com', attendee_name: null, event_date_id: 501, allow_marketing: null };
    const { fetch } = fakeSeaty({
      'GET /v1/events/1024': () => json(event1024),
      'GET /v1/events/1024/dates': paged([date(501)]),
      'GET /v1/dates/501/orders': paged([sparse]),
    });
    const [o] = await client(fetch).orders.list({ eventId: '1024' }).toArray({ limit: 5 });
    expect(o).toMatchObject({ total: null, subtotal: null, amountPaid: null, amountDue: null, ticketCount: null, status: 'unknown', lines: null });
    expect(JSON.stringify(o)).toBe(JSON.stringify(o, (_k, v) => (v === undefined ? 'UNDEF' : v)));
    OrderSchema.strict().parse(o);
  });
});
