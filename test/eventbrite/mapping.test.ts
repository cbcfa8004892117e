/**
 * The normalized mapping tables (docs/vendors/eventbrite.md, What maps to what) at the wire: every event, order and
 * attendee status, unknown values, money edge cases, and the lenient wire schemas (numbers as ids, the API
 * Blueprint's nested ticket-class cost).
 */
import { describe, expect, it } from 'vitest';
import { findUndefined } from '../helpers/wire.js';
import { ORG, fixture, json, page, setup } from './helpers.js';

const baseEvent = fixture('event.json');
const baseOrder = fixture('order.json');
const baseAttendee = fixture('attendees-page.json').attendees[0];
const baseClass = fixture('ticket-classes-page.json').ticket_classes[0];

describe('Eventbrite status tables', () => {
  it('event status: draft, live, started, ended, completed, canceled, and an unknown value kept in statusRaw', async () => {
    const statuses = ['draft', 'live', 'started', 'ended', 'completed', 'canceled', 'postponed_maybe'];
    const { tk } = setup({
      [`GET /organizations/${ORG}/events/`]: page(
        'events',
        statuses.map((status, i) => ({ ...baseEvent, id: String(i + 1), status })),
      ),
    });
    const events = await tk.events.list().toArray({ limit: 10 });
    expect(events.map((e) => [e.statusRaw, e.status])).toEqual([
      ['draft', 'draft'],
      ['live', 'scheduled'],
      ['started', 'started'],
      ['ended', 'ended'],
      ['completed', 'ended'],
      ['canceled', 'cancelled'],
      ['postponed_maybe', 'unknown'],
    ]);
  });

  it('order status: placed → paid, started / pending → pending, abandoned → expired, refunded, deleted → cancelled, else unknown', async () => {
    const statuses = ['placed', 'started', 'pending', 'abandoned', 'refunded', 'deleted', 'something_new'];
    const { tk } = setup({
      'GET /events/24967032065/orders/': page(
        'orders',
        statuses.map((status, i) => ({ ...baseOrder, id: String(i + 1), status })),
      ),
    });
    const orders = await tk.orders.list({ eventId: '24967032065' }).toArray({ limit: 10 });
    expect(orders.map((o) => [o.statusRaw, o.status])).toEqual([
      ['placed', 'paid'],
      ['started', 'pending'],
      ['pending', 'pending'],
      ['abandoned', 'expired'],
      ['refunded', 'refunded'],
      ['deleted', 'cancelled'],
      ['something_new', 'unknown'],
    ]);
  });

  it('attendee status: the refunded / cancelled booleans win; else the label; an unknown label is unknown', async () => {
    const rows = [
      { status: 'Attending', cancelled: false, refunded: false },
      { status: 'Checked In', cancelled: false, refunded: false },
      { status: 'Not Attending', cancelled: false, refunded: false },
      { status: 'Deleted', cancelled: false, refunded: false },
      { status: 'Attending', cancelled: true, refunded: false },
      { status: 'Attending', cancelled: true, refunded: true },
      { status: 'Transferred', cancelled: false, refunded: false },
    ];
    const { tk } = setup({
      'GET /events/51660376577/attendees/': page(
        'attendees',
        rows.map((r, i) => ({ ...baseAttendee, id: String(i + 1), ...r })),
      ),
    });
    const attendees = await tk.attendees.list({ eventId: '51660376577' }).toArray({ limit: 10 });
    expect(attendees.map((a) => [a.statusRaw, a.status])).toEqual([
      ['Attending', 'attending'],
      ['Checked In', 'attending'],
      ['Not Attending', 'cancelled'],
      ['Deleted', 'cancelled'],
      ['Attending', 'cancelled'],
      ['Attending', 'refunded'],
      ['Transferred', 'unknown'],
    ]);
  });
});

describe('Eventbrite money', () => {
  it('amounts come from value + currency in the ISO exponent (JPY 0, KWD 3), never from display or major_value', async () => {
    const money = (value: number, currency: string) => ({ value, currency, major_value: '999.99', display: '$999.99' });
    const { tk } = setup({
      'GET /events/1/ticket_classes/': page('ticket_classes', [
        { ...baseClass, id: '10', event_id: '1', cost: money(1500, 'JPY'), fee: money(120, 'JPY') },
        { ...baseClass, id: '11', event_id: '1', cost: money(12345, 'KWD'), fee: money(0, 'KWD') },
      ]),
    });
    const [yen, dinar] = await tk.ticketTypes.list({ eventId: '1' }).toArray({ limit: 10 });
    expect(yen).toMatchObject({ price: { amount: 1500, currency: 'JPY' }, fee: { amount: 120, currency: 'JPY' } });
    expect(dinar).toMatchObject({ price: { amount: 12345, currency: 'KWD' }, fee: { amount: 0, currency: 'KWD' } });
  });

  it('an unknown currency leaves the amount null and warns; it never throws', async () => {
    const logs: string[] = [];
    const { tk } = setup(
      { 'GET /events/1/ticket_classes/10/': json({ ...baseClass, id: '10', event_id: '1', cost: { value: 100, currency: 'XXZ' }, fee: null }) },
      { logs },
    );
    const ticketType = await tk.ticketTypes.get('1:10');
    expect(ticketType.price).toBeNull();
    expect(ticketType.fee).toBeNull();
    expect(logs.some((l) => l.startsWith('warn') && l.includes('XXZ'))).toBe(true);
  });

  it("reads the API Blueprint's nested cost { cost, fee, tax } as well as the flat fields of real payloads", async () => {
    const nested = {
      ...baseClass,
      id: '12',
      event_id: '1',
      fee: undefined,
      tax: undefined,
      actual_cost: undefined,
      actual_fee: undefined,
      cost: {
        cost: { value: 4500, currency: 'USD', major_value: '45.00', display: '$45.00' },
        fee: { value: 245, currency: 'USD', major_value: '2.45', display: '$2.45' },
        tax: { value: 0, currency: 'USD', major_value: '0.00', display: '$0.00' },
      },
    };
    const { tk } = setup({ 'GET /events/1/ticket_classes/12/': json(nested) });
    const ticketType = await tk.ticketTypes.get('1:12');
    expect(ticketType.price).toEqual({ amount: 4500, currency: 'USD' });
    expect(ticketType.fee).toEqual({ amount: 245, currency: 'USD' });
  });

  it('order money: fees = eventbrite_fee + payment_fee, discount from discount_amount when discounted', async () => {
    const m = (value: number) => ({ value, currency: 'EUR', major_value: 'x', display: 'x' });
    const discounted = {
      ...baseOrder,
      costs: { base_price: m(900), eventbrite_fee: m(80), payment_fee: m(20), tax: m(189), gross: m(1189), discount_amount: m(100), discount_type: 'coded' },
    };
    const { tk } = setup({ 'GET /orders/12345/': json(discounted) });
    const order = await tk.orders.get('12345');
    expect(order).toMatchObject({
      total: { amount: 1189, currency: 'EUR' },
      subtotal: { amount: 900, currency: 'EUR' },
      fees: { amount: 100, currency: 'EUR' },
      tax: { amount: 189, currency: 'EUR' },
      discount: { amount: 100, currency: 'EUR' },
    });
  });
});

describe('Eventbrite lenient wire schemas', () => {
  it('numeric ids come out as strings, and missing fields as null (never undefined)', async () => {
    const numeric = {
      ...baseAttendee,
      id: 1054226785,
      event_id: 51660376577,
      order_id: 846464739,
      ticket_class_id: 96509287,
      checked_in: undefined,
      barcodes: undefined,
      profile: { name: 'Ana' },
    };
    const { tk } = setup({ 'GET /events/51660376577/attendees/': page('attendees', [numeric]) });
    const [attendee] = (await tk.attendees.list({ eventId: '51660376577' })).data;
    expect(attendee).toMatchObject({
      id: '51660376577:1054226785',
      remoteId: '1054226785',
      eventId: '51660376577',
      orderId: '846464739',
      ticketTypeId: '51660376577:96509287',
      name: 'Ana',
      email: null,
      checkedIn: null,
      barcode: null,
    });
    expect(findUndefined(attendee)).toEqual([]);
  });

  it('the listings read items as Eventbrite sends them: numeric ids and left-out fields become strings and nulls', async () => {
    const { tk } = setup({
      [`GET /organizations/${ORG}/events/`]: page('events', [{ id: 77, name: { text: 'Sparse' }, status: 'live', series_id: 70 }]),
      'GET /events/77/ticket_classes/': page('ticket_classes', [{ id: 5, event_id: 77, cost: { currency: 'USD', value: 1000 } }]),
      'GET /events/77/orders/': page('orders', [
        { id: 9, event_id: 77, costs: { gross: { currency: 'USD', value: 1200 } }, attendees: [{ id: 1, ticket_class_id: 5 }, { id: 2, ticket_class_id: 5 }] },
      ]),
    });
    const [event] = (await tk.events.list()).data;
    const [ticketType] = (await tk.ticketTypes.list({ eventId: '77' })).data;
    const [order] = (await tk.orders.list({ eventId: '77' })).data;
    expect(event).toMatchObject({ id: '77', remoteId: '77', name: 'Sparse', description: null, url: null, isOnline: null, venue: null });
    expect(ticketType).toMatchObject({ id: '77:5', remoteId: '5', eventId: '77', name: null, description: null, price: { amount: 1000, currency: 'USD' }, fee: null, isFree: null, hidden: null });
    expect(order).toMatchObject({
      id: '9',
      remoteId: '9',
      eventId: '77',
      eventDateId: '77',
      buyer: { name: null, email: null, phone: null },
      total: { amount: 1200, currency: 'USD' },
      subtotal: null,
      fees: null,
      ticketCount: 2,
      lines: [{ ticketTypeId: '77:5', name: null, quantity: 2, unitPrice: null }],
    });
    for (const entity of [event, ticketType, order]) expect(findUndefined(entity)).toEqual([]);
  });

  it('an event without the fields Eventbrite leaves out when null normalizes with nulls', async () => {
    const sparse = { id: '77', name: { text: 'Sparse', html: 'Sparse' }, status: 'live' };
    const { tk } = setup({ 'GET /events/77/': json(sparse) });
    const event = await tk.events.get('77');
    expect(event).toEqual({
      id: '77',
      provider: 'eventbrite',
      remoteId: '77',
      createdAt: null,
      updatedAt: null,
      name: 'Sparse',
      description: null,
      slug: null,
      url: null,
      status: 'scheduled',
      statusRaw: 'live',
      timezone: null,
      start: null,
      end: null,
      currency: null,
      isOnline: null,
      venue: null,
      visibility: null,
      capacity: null,
      ticketingEnabled: null,
    });
  });
});
