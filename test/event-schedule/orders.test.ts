import { describe, expect, it } from 'vitest';
import { AttendeeSchema, OrderSchema } from '../../src/core/model.js';
import { NotFoundError, ValidationError } from '../../src/core/errors.js';
import { createEventScheduleClient } from '../../src/providers/event-schedule/index.js';
import { BASE, esEvent, esSale, esSchedule, fakeVendor, json, makeClient, paged, type SeenRequest } from './helpers.js';

describe('Event Schedule orders (sales): normalized mapping', () => {
  it('maps a sale with lines, money in the event currency and the single date', async () => {
    const vendor = fakeVendor({
      'GET /api/sales/SaOne001': () =>
        json({ data: esSale({ phone: '5551234', discount_amount: 5, volume_discount_amount: 0.01, tickets: [...esSale().tickets, { ticket_id: 'AdPark01', quantity: 1, price: 8, type: 'Parking', is_addon: true, is_pass: false }] }) }),
      'GET /api/events/EvJazz01': () => json({ data: esEvent() }),
    });
    const order = await makeClient(vendor.fetch).orders.get('SaOne001');
    expect(order).toEqual({
      id: 'SaOne001',
      provider: 'event-schedule',
      remoteId: 'SaOne001',
      createdAt: '2026-02-01T12:00:00Z',
      updatedAt: '2026-02-01T12:00:00Z',
      eventId: 'EvJazz01',
      eventDateId: 'EvJazz01',
      reference: null,
      status: 'pending',
      statusRaw: 'unpaid',
      buyer: { name: 'Ada Lovelace', email: 'ada@example.com', phone: '5551234' },
      total: { amount: 6999, currency: 'USD' },
      subtotal: null,
      discount: { amount: 501, currency: 'USD' },
      fees: null,
      tax: null,
      amountPaid: null,
      amountRefunded: null,
      // An unpaid sale owes its total.
      amountDue: { amount: 6999, currency: 'USD' },
      ticketCount: 3,
      lines: [
        { ticketTypeId: 'EvJazz01:TkVip001', name: 'VIP', quantity: 2, unitPrice: { amount: 2500, currency: 'USD' } },
        { ticketTypeId: 'EvJazz01:TkGen002', name: 'General', quantity: 1, unitPrice: { amount: 1999, currency: 'USD' } },
      ],
      testMode: null,
    });
    expect(OrderSchema.parse(order)).toEqual(order);
  });

  it('maps every status; amount_mismatch is unknown with statusRaw', async () => {
    const statuses = ['unpaid', 'paid', 'cancelled', 'refunded', 'expired', 'amount_mismatch'];
    const sales = statuses.map((status, i) => esSale({ id: `SaSt${i}000`, status }));
    const vendor = fakeVendor({ 'GET /api/sales': paged(sales, `${BASE}/sales`), 'GET /api/events/EvJazz01': () => json({ data: esEvent() }) });
    const orders = await makeClient(vendor.fetch).orders.list().toArray({ limit: 10 });
    expect(orders.map((o) => [o.status, o.statusRaw])).toEqual([
      ['pending', 'unpaid'],
      ['paid', 'paid'],
      ['cancelled', 'cancelled'],
      ['refunded', 'refunded'],
      ['expired', 'expired'],
      ['unknown', 'amount_mismatch'],
    ]);
    // amountDue: the total while unpaid, nothing once cancelled or expired, unknown otherwise (a paid sale may be an
    // instalment plan, marked paid at its first payment).
    expect(orders.map((o) => o.amountDue)).toEqual([
      { amount: 6999, currency: 'USD' },
      null,
      { amount: 0, currency: 'USD' },
      null,
      { amount: 0, currency: 'USD' },
      null,
    ]);
  });

  it('filters: eventId, status (pending → unpaid), buyerEmail, an occurrence date', async () => {
    const vendor = fakeVendor({ 'GET /api/sales': paged([]) });
    const client = makeClient(vendor.fetch);
    await client.orders.list({ eventId: 'EvJazz01', status: 'pending', buyerEmail: 'ada@example.com' });
    expect(vendor.calls[0]!.query).toEqual({ event_id: 'EvJazz01', status: 'unpaid', email: 'ada@example.com', page: '1', per_page: '100' });
    await client.orders.list({ eventDateId: 'EvWeek01:2026-03-17' });
    expect(vendor.calls[1]!.query).toEqual({ event_id: 'EvWeek01', event_date: '2026-03-17', page: '1', per_page: '100' });
    await expect(client.orders.list({ status: 'partially_refunded' })).rejects.toBeInstanceOf(ValidationError);
    expect(vendor.calls).toHaveLength(2);
  });

  it('fetches each event once per call for the currency; an unreadable event leaves money null', async () => {
    const sales = [esSale({ id: 'Sa1' }), esSale({ id: 'Sa2', event_id: 'EvGone01' }), esSale({ id: 'Sa3' })];
    const vendor = fakeVendor({
      'GET /api/sales': paged(sales),
      'GET /api/events/EvJazz01': () => json({ data: esEvent() }),
      'GET /api/events/EvGone01': () => json({ error: 'Event not found' }, 404),
    });
    const orders = await makeClient(vendor.fetch).orders.list().toArray({ limit: 10 });
    expect(orders.map((o) => o.total)).toEqual([{ amount: 6999, currency: 'USD' }, null, { amount: 6999, currency: 'USD' }]);
    expect(orders[1]!.eventDateId).toBeNull();
    expect(vendor.calls.map((c) => c.path)).toEqual(['/api/sales', '/api/events/EvJazz01', '/api/events/EvGone01']);
  });
});

describe('Event Schedule orders: sales writes', () => {
  it('create → POST /sales with tickets as an object keyed by ticket id', async () => {
    const vendor = fakeVendor({
      'GET /api/events/EvJazz01': () => json({ data: esEvent() }),
      'POST /api/sales': (req) => {
        const body = req.body as { name: string; email: string };
        return json({ data: esSale({ id: 'SaNew001', name: body.name, email: body.email }), meta: { message: 'Sale created successfully' } }, 201);
      },
    });
    const order = await makeClient(vendor.fetch).orders.create({
      eventId: 'EvJazz01',
      buyer: { name: 'Grace Hopper', email: 'grace@example.com' },
      lines: [
        { ticketTypeId: 'EvJazz01:TkVip001', quantity: 2 },
        { ticketTypeId: 'EvJazz01:TkGen002', quantity: 1 },
        { ticketTypeId: 'EvJazz01:TkVip001', quantity: 1 },
      ],
    });
    const post = vendor.calls.find((c) => c.method === 'POST')!;
    expect(post.path).toBe('/api/sales');
    expect(post.body).toEqual({ event_id: 'EvJazz01', name: 'Grace Hopper', email: 'grace@example.com', tickets: { TkVip001: 3, TkGen002: 1 } });
    expect(post.headers['idempotency-key']).toBeUndefined();
    expect(order).toMatchObject({ id: 'SaNew001', status: 'pending', buyer: { name: 'Grace Hopper', email: 'grace@example.com', phone: null } });
  });

  it('a recurring event needs eventDateId (or event_date) before the POST is sent', async () => {
    const vendor = fakeVendor({
      'GET /api/events/EvWeek01': () => json({ data: esEvent({ id: 'EvWeek01', schedule_type: 'recurring', recurring_frequency: 'weekly', days_of_week: '0010000' }) }),
      'POST /api/sales': (req: SeenRequest) => json({ data: esSale({ id: 'SaWeek01', event_id: 'EvWeek01', event_date: (req.body as { event_date: string }).event_date }) }, 201),
    });
    const client = makeClient(vendor.fetch);
    const input = { eventId: 'EvWeek01', buyer: { name: 'Ada', email: 'ada@example.com' }, lines: [{ ticketTypeId: 'EvWeek01:TkVip001', quantity: 1 }] };
    const error = await client.orders.create(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields[0]!.field).toBe('eventDateId');
    expect(vendor.calls.filter((c) => c.method === 'POST')).toEqual([]);

    const order = await client.orders.create({ ...input, eventDateId: 'EvWeek01:2026-03-24' });
    expect(vendor.calls.find((c) => c.method === 'POST')!.body).toMatchObject({ event_date: '2026-03-24' });
    expect(order.eventDateId).toBe('EvWeek01:2026-03-24');
  });

  it('create refuses lines of another event, a phone number and a bad date before any request', async () => {
    const vendor = fakeVendor({});
    const client = makeClient(vendor.fetch);
    const base = { eventId: 'EvJazz01', buyer: { name: 'Ada', email: 'ada@example.com' }, lines: [{ ticketTypeId: 'EvJazz01:TkVip001', quantity: 1 }] };
    for (const input of [
      { ...base, lines: [{ ticketTypeId: 'EvOther1:TkVip001', quantity: 1 }] },
      { ...base, lines: [{ ticketTypeId: 'TkVip001', quantity: 1 }] },
      { ...base, buyer: { ...base.buyer, phone: '555' } },
      { ...base, eventDateId: 'EvJazz01:next-tuesday' },
      { ...base, buyer: { name: 'Ada', email: 'not-an-email' } },
      { ...base, lines: [] },
    ]) {
      await expect(client.orders.create(input)).rejects.toBeInstanceOf(ValidationError);
    }
    expect(vendor.calls).toEqual([]);
  });

  it('markPaid, refund and cancel → PUT /sales/{id} with { action }', async () => {
    let status = 'unpaid';
    const vendor = fakeVendor({
      'GET /api/events/EvJazz01': () => json({ data: esEvent() }),
      'PUT /api/sales/SaOne001': (req) => {
        const action = (req.body as { action: string }).action;
        const allowed: Record<string, [string[], string]> = { mark_paid: [['unpaid'], 'paid'], refund: [['paid'], 'refunded'], cancel: [['unpaid', 'paid'], 'cancelled'] };
        const [from, to] = allowed[action]!;
        if (!from.includes(status)) return json({ error: `Action "${action}" cannot be performed on a sale with status "${status}"` }, 422);
        status = to;
        return json({ data: esSale({ status, transaction_reference: action === 'mark_paid' ? 'Manual payment (API)' : null }), meta: { message: 'Sale updated successfully' } });
      },
    });
    const client = makeClient(vendor.fetch);
    expect((await client.orders.markPaid('SaOne001')).status).toBe('paid');
    expect((await client.orders.refund('SaOne001')).status).toBe('refunded');
    const error = await client.orders.cancel('SaOne001').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain('Action "cancel" cannot be performed on a sale with status "refunded"');
    expect(vendor.calls.filter((c) => c.method === 'PUT').map((c) => c.body)).toEqual([
      { action: 'mark_paid' },
      { action: 'refund' },
      { action: 'cancel' },
    ]);
  });

  it('orders.delete → DELETE /sales/{id} (vendor-only method on the typed client)', async () => {
    const vendor = fakeVendor({ 'DELETE /api/sales/SaOne001': () => json({ data: { message: 'Sale deleted successfully' } }) });
    const client = createEventScheduleClient({ apiKey: 'k'.repeat(32), fetch: vendor.fetch });
    expect(await client.orders.delete('SaOne001')).toEqual({ id: 'SaOne001', deleted: true });
    expect(vendor.calls[0]!.method).toBe('DELETE');
  });
});

describe('Event Schedule event dates', () => {
  it('a single event has one date with the event id', async () => {
    const vendor = fakeVendor({ 'GET /api/events/EvJazz01': () => json({ data: esEvent() }) });
    const client = makeClient(vendor.fetch);
    const dates = await client.eventDates.list({ eventId: 'EvJazz01' }).toArray({ limit: 10 });
    expect(dates).toEqual([
      {
        id: 'EvJazz01',
        provider: 'event-schedule',
        remoteId: 'EvJazz01',
        createdAt: '2026-01-10T09:00:00Z',
        updatedAt: '2026-01-11T10:30:00Z',
        eventId: 'EvJazz01',
        name: null,
        start: '2026-03-15T20:00:00Z',
        end: '2026-03-15T22:30:00Z',
        soldOut: null,
        salesSuspended: null,
      },
    ]);
    expect(await client.eventDates.get('EvJazz01')).toEqual(dates[0]);
  });

  it('a recurring event: the first occurrence plus dates with sales, local time kept across DST', async () => {
    // Tuesdays 19:00 in New York: 23:00 UTC in winter (EST), 23:00 → 22:00 UTC after the March 8 switch (EDT).
    const event = esEvent({ id: 'EvWeek01', schedule_type: 'recurring', recurring_frequency: 'weekly', days_of_week: '0010000', starts_at: '2026-03-04 00:00:00', duration: 2 });
    const vendor = fakeVendor({
      'GET /api/events/EvWeek01': () => json({ data: event }),
      'GET /api/schedules/live-music': () => json({ data: esSchedule() }),
      'GET /api/sales': paged([
        esSale({ id: 'Sa1', event_id: 'EvWeek01', event_date: '2026-03-17' }),
        esSale({ id: 'Sa2', event_id: 'EvWeek01', event_date: '2026-03-10' }),
        esSale({ id: 'Sa3', event_id: 'EvWeek01', event_date: '2026-03-17' }),
      ]),
    });
    const client = makeClient(vendor.fetch);
    const dates = await client.eventDates.list({ eventId: 'EvWeek01' }).toArray({ limit: 10 });
    expect(dates.map((d) => [d.id, d.start, d.end])).toEqual([
      ['EvWeek01:2026-03-03', '2026-03-04T00:00:00Z', '2026-03-04T02:00:00Z'],
      ['EvWeek01:2026-03-10', '2026-03-10T23:00:00Z', '2026-03-11T01:00:00Z'],
      ['EvWeek01:2026-03-17', '2026-03-17T23:00:00Z', '2026-03-18T01:00:00Z'],
    ]);
    expect(vendor.calls.find((c) => c.path === '/api/sales')!.query).toEqual({ event_id: 'EvWeek01', page: '1', per_page: '500' });
    expect(await client.eventDates.get('EvWeek01:2026-03-17')).toEqual(dates[2]);
    await expect(client.eventDates.get('EvWeek01')).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.eventDates.get('EvJazz01:2026-03-15')).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('Event Schedule attendees (ticket units of sales)', () => {
  it('one attendee per non-add-on ticket unit, with the buyer details and the sale status', async () => {
    const vendor = fakeVendor({ 'GET /api/sales': paged([esSale({ status: 'paid' })]), 'GET /api/sales/SaOne001': () => json({ data: esSale({ status: 'paid' }) }) });
    const client = makeClient(vendor.fetch);
    const attendees = await client.attendees.list({ eventId: 'EvJazz01' }).toArray({ limit: 10 });
    expect(attendees.map((a) => [a.id, a.ticketTypeId, a.status])).toEqual([
      ['SaOne001:1', 'EvJazz01:TkVip001', 'attending'],
      ['SaOne001:2', 'EvJazz01:TkVip001', 'attending'],
      ['SaOne001:3', 'EvJazz01:TkGen002', 'attending'],
    ]);
    expect(attendees[0]).toEqual({
      id: 'SaOne001:1',
      provider: 'event-schedule',
      remoteId: 'SaOne001:1',
      createdAt: '2026-02-01T12:00:00Z',
      updatedAt: '2026-02-01T12:00:00Z',
      eventId: 'EvJazz01',
      orderId: 'SaOne001',
      ticketTypeId: 'EvJazz01:TkVip001',
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      phone: null,
      company: null,
      jobTitle: null,
      status: 'attending',
      statusRaw: 'paid',
      checkedIn: null,
      barcode: null,
    });
    expect(AttendeeSchema.parse(attendees[0])).toEqual(attendees[0]);
    expect(vendor.calls[0]!.query).toEqual({ event_id: 'EvJazz01', page: '1', per_page: '100' });
    expect(await client.attendees.get('SaOne001:3')).toEqual(attendees[2]);
    await expect(client.attendees.get('SaOne001:4')).rejects.toBeInstanceOf(NotFoundError);
  });
});
