import { describe, expect, it } from 'vitest';
import { client, date, event1024, fakeSeaty, json, order, paged } from './helpers.js';

describe('Seaty native layer: every documented endpoint', () => {
  it('reads the thirteen endpoints with their documented paths, vendor-shaped', async () => {
    const payment = { id: 1, guid: 'g', event_id: 1024, payee_email: 'a@b.co', amount: 500, type_id: 17, is_refund: false, date_payment_made: '2026-06-04T00:00:00Z', notes: '' };
    const { fetch, calls } = fakeSeaty({
      'GET /v1/events': paged([event1024]),
      'GET /v1/events/1024': () => json(event1024),
      'GET /v1/events/1024/dates': paged([date(501)]),
      'GET /v1/events/1024/ticket-categories': paged([{ id: 1, name: 'Adult', description: null, price: 1850, people: 1, sort_index: 1, limit: null, minimum_per_order: null, hidden: false }]),
      'GET /v1/dates/501': () => json({ ...date(501), event_tag: 'spring-gala', event_name: 'Spring Gala', information_header: 'Parking', information: 'Free' }),
      'GET /v1/dates/501/orders': paged([order(10, 501)]),
      'GET /v1/dates/501/summary': () => json({ event_date_id: 501, ticket_count: 2, total: 3500 }),
      'GET /v1/orders/10': () => json(order(10, 501)),
      'GET /v1/orders/10/tickets': paged([{ id: 1, ticket_category_id: 1, paid: true, checked_in: false }]),
      'GET /v1/orders/10/payments': paged([payment]),
      'GET /v1/orders/10/discounts': paged([{ id: 3, code: 'EARLY', amount: 200 }]),
      'GET /v1/attendees': paged([{ email: 'a@b.co', attendee_name: 'A', order_count: 1, allow_marketing: true, member_email: null }]),
      'POST /v1/events/1024/balance-payments': () => json(payment, 201),
    });
    const n = client(fetch).native;
    expect((await n.listEvents()).data[0]!.currency_symbol).toBe('£');
    expect((await n.getEvent(1024)).tag).toBe('spring-gala');
    expect((await n.listEventDates(1024)).data[0]!.time_type).toBe(1);
    expect((await n.listTicketCategories(1024)).data[0]!.people).toBe(1);
    expect((await n.getDate(501)).information_header).toBe('Parking');
    expect((await n.listDateOrders(501)).data[0]!.balance).toBe(0);
    expect((await n.getDateSummary(501)).total).toBe(3500);
    expect((await n.getOrder(10)).order_guid).toBe('G-10');
    expect((await n.listOrderTickets(10)).data[0]!.ticket_category_id).toBe(1);
    // An internal payment code (not 1–4) is kept as the raw integer.
    expect((await n.listOrderPayments(10)).data[0]!.type_id).toBe(17);
    expect((await n.listOrderDiscounts(10)).data[0]!.code).toBe('EARLY');
    expect((await n.listAttendees()).data[0]!.email).toBe('a@b.co');
    const recorded = await n.recordBalancePayment(1024, { payee_email: 'a@b.co', amount: 500, type_id: 1 }, { idempotencyKey: 'k' }).withResponse();
    expect(recorded.data?.guid).toBe('g');
    expect(recorded.idempotencyKey).toBe('k');
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /v1/events',
      'GET /v1/events/1024',
      'GET /v1/events/1024/dates',
      'GET /v1/events/1024/ticket-categories',
      'GET /v1/dates/501',
      'GET /v1/dates/501/orders',
      'GET /v1/dates/501/summary',
      'GET /v1/orders/10',
      'GET /v1/orders/10/tickets',
      'GET /v1/orders/10/payments',
      'GET /v1/orders/10/discounts',
      'GET /v1/attendees',
      'POST /v1/events/1024/balance-payments',
    ]);
    expect(calls.at(-1)!.headers['idempotency-key']).toBe('k');
    expect(calls.slice(0, -1).every((c) => c.headers['idempotency-key'] === undefined)).toBe(true);
  });

  it('native lists iterate with for await and keep unknown fields', async () => {
    const dates = Array.from({ length: 150 }, (_, i) => date(600 + i, 1024, { extra_field: i }));
    const { fetch } = fakeSeaty({ 'GET /v1/events/1024/dates': paged(dates) });
    const seen = [];
    for await (const d of client(fetch).native.listEventDates(1024)) seen.push(d);
    expect(seen).toHaveLength(150);
    expect(seen[149]).toMatchObject({ id: 749, extra_field: 149 });
  });

  it('client.request sends any Seaty request with the same auth', async () => {
    const { fetch, calls } = fakeSeaty({ 'GET /v1/dates/501/summary': () => json({ ok: true }) });
    await expect(client(fetch).request({ method: 'GET', path: '/dates/501/summary' })).resolves.toEqual({ ok: true });
    expect(calls[0]!.headers.authorization).toMatch(/^Bearer sk_live_/);
  });
});
