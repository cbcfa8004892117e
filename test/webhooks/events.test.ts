/** Every documented webhook type of the three vendors → its normalized event, built by the adapters' normalizers. */
import { describe, expect, it } from 'vitest';
import { verifyWebhook, webhookDedupeKey, type WebhookEvent } from '../../src/webhooks/index.js';
import { EQ_SECRET, ES_SECRET, T, equaticketDelivery, eventScheduleDelivery, fixtureJson } from './helpers.js';

const NOW = T * 1000;
const SALE_SECRET = 'tkt-access-7f3a9c2e1b';
const ORDER_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const EVENT_ID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';

async function equaticket(envelope: unknown): Promise<WebhookEvent> {
  return verifyWebhook({ provider: 'equaticket', ...equaticketDelivery(envelope), secret: EQ_SECRET, now: NOW });
}
async function eventSchedule(type: string, data: unknown): Promise<WebhookEvent> {
  return verifyWebhook({ provider: 'event-schedule', ...eventScheduleDelivery(type, data), secret: ES_SECRET });
}
async function eventbrite(action: string, apiUrl: string | undefined): Promise<WebhookEvent> {
  const body = fixtureJson('eventbrite/order.placed.json');
  body.config.action = action;
  if (apiUrl === undefined) delete body.api_url;
  else body.api_url = apiUrl;
  return verifyWebhook({ provider: 'eventbrite', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
}

describe('Equaticket: the four documented types', () => {
  it('order.created → order.created with the normalized Order (paid: it fires on payment confirmation)', async () => {
    const event = await equaticket(fixtureJson('equaticket/order.created.json'));
    expect(event).toMatchObject({ provider: 'equaticket', type: 'order.created', typeRaw: 'order.created', id: 'evt_1a2b3c4d5e6f', occurredAt: '2026-04-14T10:00:00Z', warnings: [] });
    if (event.type !== 'order.created') throw new Error('narrowing');
    expect(event.data).toMatchObject({
      id: ORDER_ID,
      provider: 'equaticket',
      remoteId: ORDER_ID,
      eventId: EVENT_ID,
      reference: 'EQ-1234',
      status: 'paid',
      statusRaw: null,
      buyer: { name: 'Jane Smith', email: 'jane@example.com', phone: null },
      total: { amount: 2500, currency: 'USD' },
    });
    expect(event.data).not.toHaveProperty('raw');
    expect(event.ref).toEqual({ kind: 'order', id: ORDER_ID, remoteId: ORDER_ID, eventId: EVENT_ID, url: null });
    expect(webhookDedupeKey(event)).toBe('equaticket:evt_1a2b3c4d5e6f');
  });

  it('order.refunded (no amount) → data null and the order ref to resolve; the status stays in raw', async () => {
    const event = await equaticket(fixtureJson('equaticket/order.refunded.json'));
    expect(event).toMatchObject({ type: 'order.refunded', data: null, ref: { kind: 'order', id: ORDER_ID, eventId: EVENT_ID } });
    expect((event.raw as any).data.status).toBe('partially_refunded');
  });

  it('event.sold_out → data null and the event ref', async () => {
    const event = await equaticket(fixtureJson('equaticket/event.sold_out.json'));
    expect(event).toMatchObject({ type: 'event.sold_out', data: null, ref: { kind: 'event', id: EVENT_ID, remoteId: EVENT_ID, eventId: EVENT_ID } });
  });

  it('ticket.checked_in → attendee.checked_in with the normalized Attendee, checked in', async () => {
    const event = await equaticket(fixtureJson('equaticket/ticket.checked_in.json'));
    expect(event.type).toBe('attendee.checked_in');
    if (event.type !== 'attendee.checked_in') throw new Error('narrowing');
    expect(event.data).toMatchObject({
      id: '9b2d7a1e-0c43-4f7e-8d6a-2f1e3c4b5a69',
      eventId: EVENT_ID,
      orderId: ORDER_ID,
      name: 'Jane Smith',
      barcode: 'ABCD1234',
      checkedIn: true,
    });
    // the documented part alone (the example is cut off after buyer_name) is enough
    const minimal = fixtureJson('equaticket/ticket.checked_in.json');
    minimal.data = { ticket_id: 'tk-1', ticket_code: 'ZZ', event_id: EVENT_ID, buyer_name: 'A' };
    expect((await equaticket(minimal)).data).toMatchObject({ id: 'tk-1', orderId: null, checkedIn: true });
  });

  it('an unknown type passes through as unknown with its payload; a known type with an unreadable payload gives data null and a warning', async () => {
    const unknown = await equaticket({ id: 'evt_9', type: 'payout.paid', created_at: '2026-04-14T10:00:00.000Z', data: { amount: 1 } });
    expect(unknown).toMatchObject({ type: 'unknown', typeRaw: 'payout.paid', id: 'evt_9', data: { amount: 1 }, ref: null });
    const broken = await equaticket({ id: 'evt_10', type: 'order.created', created_at: 'yesterday', data: { buyer_name: 'x' } });
    expect(broken).toMatchObject({ type: 'order.created', data: null, occurredAt: null });
    expect(broken.warnings[0]).toContain('data.id');
  });
});

describe('Event Schedule: every documented type', () => {
  const sale = fixtureJson('event-schedule/sale.json');
  const esEvent = fixtureJson('event-schedule/event.json');
  const saleTypes = {
    'sale.created': 'order.created',
    'sale.paid': 'order.paid',
    'sale.refunded': 'order.refunded',
    'sale.cancelled': 'order.cancelled',
    'installment.paid': 'order.installment_paid',
    'installment.failed': 'order.installment_failed',
    'ticket.scanned': 'order.checked_in',
    'ticket.booked': 'order.booked',
    'ticket.booking_cancelled': 'order.booking_cancelled',
  } as const;

  for (const [raw, type] of Object.entries(saleTypes)) {
    it(`${raw} → ${type}: the sale as an Order, its secret nowhere`, async () => {
      const event = await eventSchedule(raw, sale);
      expect(event).toMatchObject({ provider: 'event-schedule', type, typeRaw: raw, id: null, occurredAt: '2026-09-15T18:30:00Z' });
      expect(event.data).toMatchObject({
        id: 'Xk3PqR',
        remoteId: 'Xk3PqR',
        eventId: 'Lm9TzQ',
        status: 'paid',
        buyer: { name: 'Jane Smith', email: 'jane@example.com', phone: null },
        ticketCount: 2,
        lines: [{ ticketTypeId: 'Lm9TzQ:Tk1aaa', name: 'General Admission', quantity: 2 }],
        // a sale carries no currency (it is the event's): resolveWebhook gives the amounts
        total: null,
      });
      expect(event.ref).toMatchObject({ kind: 'order', id: 'Xk3PqR', eventId: 'Lm9TzQ' });
      expect(JSON.stringify(event)).not.toContain(SALE_SECRET);
      expect((event.raw as any).data.secret).toBe('[redacted]');
      expect(webhookDedupeKey(event)).toBe(`event-schedule:${raw}:Xk3PqR:2026-09-15T18:30:00Z`);
    });
  }

  for (const type of ['event.created', 'event.updated', 'event.deleted', 'event.cancelled'] as const) {
    it(`${type} → ${type}: the normalized Event`, async () => {
      const event = await eventSchedule(type, esEvent);
      expect(event.type).toBe(type);
      expect(event.data).toMatchObject({
        id: 'Lm9TzQ',
        provider: 'event-schedule',
        name: 'Jazz Night',
        status: 'scheduled',
        start: '2026-09-15T18:00:00Z',
        end: '2026-09-15T21:00:00Z',
        currency: 'USD',
        venue: { remoteId: 'Vn4AbC', name: 'Blue Note' },
        timezone: null,
      });
      expect(event.ref).toMatchObject({ kind: 'event', id: 'Lm9TzQ' });
    });
  }

  it('feedback.submitted → feedback.submitted with its own small record', async () => {
    const event = await eventSchedule('feedback.submitted', fixtureJson('event-schedule/feedback.json'));
    expect(event).toMatchObject({
      type: 'feedback.submitted',
      data: { eventId: 'Lm9TzQ', eventName: 'Jazz Night', eventDate: '2026-09-15', name: 'Jane Smith', email: 'jane@example.com', rating: 5, comment: 'Wonderful evening' },
      ref: { kind: 'event', id: 'Lm9TzQ' },
    });
  });

  it('the signed body names the type, not the unsigned header; unknown types pass through (secret still redacted)', async () => {
    const { body, headers } = eventScheduleDelivery('sale.refunded', sale);
    const event = await verifyWebhook({ provider: 'event-schedule', body, headers: { ...headers, 'X-Webhook-Event': 'sale.paid' }, secret: ES_SECRET });
    expect(event.type).toBe('order.refunded');
    const unknown = await eventSchedule('waitlist.joined', sale);
    expect(unknown).toMatchObject({ type: 'unknown', typeRaw: 'waitlist.joined', ref: null });
    expect(JSON.stringify(unknown)).not.toContain(SALE_SECRET);
  });
});

describe('Eventbrite: every documented action (unsigned; data null, ids from api_url)', () => {
  const BASE = 'https://www.eventbriteapi.com/v3';
  const cases: Array<[string, string, string, Record<string, unknown>]> = [
    ['order.placed', 'order.created', `${BASE}/orders/1234567890/`, { kind: 'order', id: '1234567890', remoteId: '1234567890', eventId: null }],
    ['order.refunded', 'order.refunded', `${BASE}/orders/11/`, { kind: 'order', id: '11' }],
    ['order.updated', 'order.updated', `${BASE}/orders/12/`, { kind: 'order', id: '12' }],
    ['event.created', 'event.created', `${BASE}/events/77/`, { kind: 'event', id: '77', eventId: '77' }],
    ['event.published', 'event.published', `${BASE}/events/77/`, { kind: 'event', id: '77' }],
    ['event.unpublished', 'event.unpublished', `${BASE}/events/77/`, { kind: 'event', id: '77' }],
    ['event.updated', 'event.updated', `${BASE}/series/78/`, { kind: 'event', id: 'series:78', remoteId: '78' }],
    ['attendee.checked_in', 'attendee.checked_in', `${BASE}/events/77/attendees/690507907-1/`, { kind: 'attendee', id: '77:690507907-1', remoteId: '690507907-1', eventId: '77' }],
    ['attendee.checked_out', 'attendee.checked_out', `${BASE}/events/77/attendees/5/`, { kind: 'attendee', id: '77:5' }],
    ['attendee.updated', 'attendee.updated', `${BASE}/events/77/attendees/5/`, { kind: 'attendee', id: '77:5' }],
    ['ticket_class.created', 'ticket_type.created', `${BASE}/events/77/ticket_classes/9/`, { kind: 'ticket_type', id: '77:9', eventId: '77' }],
    ['ticket_class.updated', 'ticket_type.updated', `${BASE}/events/77/ticket_classes/9/`, { kind: 'ticket_type', id: '77:9' }],
    ['ticket_class.deleted', 'ticket_type.deleted', `${BASE}/events/77/ticket_classes/9/`, { kind: 'ticket_type', id: '77:9' }],
    ['organizer.updated', 'organizer.updated', `${BASE}/organizers/31/`, { kind: 'organizer', id: '31' }],
    ['venue.updated', 'venue.updated', `${BASE}/venues/41/`, { kind: 'venue', id: '41' }],
  ];
  for (const [action, type, apiUrl, ref] of cases) {
    it(`${action} → ${type}`, async () => {
      const event = await eventbrite(action, apiUrl);
      expect(event).toMatchObject({ provider: 'eventbrite', type, typeRaw: action, id: null, occurredAt: null, data: null, ref: { ...ref, url: apiUrl } });
      expect(webhookDedupeKey(event)).toBeNull();
    });
  }

  it('the receiving URL is redacted from raw; the test ping and new actions are unknown; a path of another kind gives no ids', async () => {
    const event = await eventbrite('order.placed', `${BASE}/orders/1/`);
    expect(JSON.stringify(event)).not.toContain('hooks.example.com');
    expect((event.raw as any).config).toEqual({ action: 'order.placed', endpoint_url: '[redacted]', user_id: '282837394521', webhook_id: '4562097' });
    expect(await eventbrite('test', `${BASE}/users/me/`)).toMatchObject({ type: 'unknown', typeRaw: 'test', ref: null });
    expect((await eventbrite('order.placed', `${BASE}/events/1/`)).ref).toMatchObject({ kind: 'order', id: null, url: `${BASE}/events/1/` });
    const missing = await eventbrite('order.placed', undefined);
    expect(missing.ref).toMatchObject({ id: null, url: null });
    expect(missing.warnings[0]).toContain('api_url');
  });
});
