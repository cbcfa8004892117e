/**
 * The hot path of a listing (docs/vendors/equaticket.md, Paging): the pages Equaticket sends are accepted as they are
 * by the compiled accept path (never handed to zod, never copied), ids may be numbers on the wire and are strings in
 * the model, and the regex-free instant reader agrees with the core one.
 */
import { describe, expect, it } from 'vitest';
import { compileAcceptor } from '../../src/core/fast-parse.js';
import { toUtcInstant } from '../../src/core/time.js';
import { createClient } from '../../src/index.js';
import { utcInstant } from '../../src/providers/equaticket/normalize.js';
import {
  EqAttendeePageSchema,
  EqEventPageSchema,
  EqEventSchema,
  EqOrderPageSchema,
  EqOrderSchema,
  EqTicketTypePageSchema,
  EqWebhookPageSchema,
  parseOrderPage,
} from '../../src/providers/equaticket/schemas.js';
import { createMockClient } from '../../src/testing/index.js';
import { json } from '../helpers/wire.js';
import { list, setup, wireAttendee, wireEvent, wireOrder, wireTicketType } from './helpers.js';

/** Every list endpoint's first page from the emulator, as the vendor's wire format (not re-parsed). */
async function emulatorPages(): Promise<Record<string, unknown>> {
  let eventId = '';
  const mock = createMockClient({
    provider: 'equaticket',
    seed: (s) => {
      const event = s.event({ name: 'Arena' });
      eventId = event.remoteId;
      const ga = s.ticketType({ eventId: event.id, name: 'GA', price: { amount: 2500, currency: 'USD' } });
      s.order({ eventId: event.id, lines: [{ ticketTypeId: ga.id, quantity: 2 }], buyer: { phone: '+15550100' } });
      s.order({ eventId: event.id, status: 'refunded' });
      s.attendee({ eventId: event.id, checkedIn: true });
      s.webhook();
    },
  });
  const get = async (path: string) => {
    const response = await mock.fetch(new Request(`https://app.equaticket.com/api/v1${path}`, { headers: { authorization: `Bearer ${mock.credentials.apiKey}` } }));
    expect(response.status).toBe(200);
    return (await response.json()) as unknown;
  };
  return {
    events: await get('/events'),
    ticketTypes: await get(`/events/${eventId}/ticket-types`),
    orders: await get(`/events/${eventId}/orders`),
    attendees: await get('/attendees'),
    webhooks: await get('/webhooks'),
  };
}

describe('the accept path takes the pages Equaticket sends as they are', () => {
  it('every page of the emulator passes compileAcceptor (so a walk never falls back to zod)', async () => {
    const pages = await emulatorPages();
    const schemas = { events: EqEventPageSchema, ticketTypes: EqTicketTypePageSchema, orders: EqOrderPageSchema, attendees: EqAttendeePageSchema, webhooks: EqWebhookPageSchema };
    for (const [name, schema] of Object.entries(schemas)) {
      const page = pages[name] as { data: unknown[] };
      expect(page.data.length, name).toBeGreaterThan(0);
      expect(compileAcceptor(schema)(page), name).toBe(true);
    }
  });

  it('the wire objects of the adapter tests pass too, numeric ids included', () => {
    const page = { livemode: false, data: [wireOrder, { ...wireOrder, id: 42, event_id: 7, tickets: [{ ticket_type_id: 9, quantity: 1, price: 100 }] }], has_more: false, next_cursor: null };
    expect(compileAcceptor(EqOrderPageSchema)(page)).toBe(true);
    expect(parseOrderPage(page)).toBe(page);
    expect(compileAcceptor(EqEventPageSchema)({ livemode: true, data: [wireEvent], has_more: true, next_cursor: 'c' })).toBe(true);
    expect(compileAcceptor(EqTicketTypePageSchema)({ data: [wireTicketType] })).toBe(true);
    expect(compileAcceptor(EqAttendeePageSchema)({ data: [wireAttendee, { ...wireAttendee, id: undefined, ticket_id: 77 }] })).toBe(true);
  });

  it('what zod would refuse is not accepted, and zod names the field', () => {
    const accept = compileAcceptor(EqOrderSchema);
    expect(accept({ ...wireOrder, id: '' })).toBe(false);
    expect(accept({ ...wireOrder, id: null, order_id: null })).toBe(false);
    expect(accept({ ...wireOrder, total_amount: 1.5 })).toBe(false);
    expect(compileAcceptor(EqEventSchema)({ ...wireEvent, id: { uuid: 'x' } })).toBe(false);
    expect(() => parseOrderPage({ data: [{ ...wireOrder, total_amount: '50' }] })).toThrow(/total_amount/);
  });
});

describe('ids on the wire and in the model', () => {
  it('a number id is kept as sent by the native layer and written as a string by the normalizers', async () => {
    const order = { ...wireOrder, id: 42, event_id: 7, tickets: [{ ticket_type_id: 9, ticket_type_name: 'GA', quantity: 1, price: 2500 }] };
    const { tk, native } = setup([list([order]), list([order]), json({ ...wireEvent, id: 7 })]);
    const normalized = (await tk.orders.list()).data[0]!;
    expect(normalized).toMatchObject({ id: '42', remoteId: '42', eventId: '7', eventDateId: '7', lines: [{ ticketTypeId: '7:9' }] });
    expect((await native.listOrders()).data[0]!.id).toBe(42);
    expect(await tk.events.get('7')).toMatchObject({ id: '7', remoteId: '7' });
  });

  it('a status that is an Object.prototype key maps to unknown (kept raw), and is no order filter', async () => {
    const { tk, seen } = setup([list([{ ...wireOrder, status: 'constructor' }])]);
    expect((await tk.orders.list()).data[0]).toMatchObject({ status: 'unknown', statusRaw: 'constructor' });
    await expect(tk.orders.list({ status: 'constructor' as never })).rejects.toThrow(/cannot filter orders by "constructor"/);
    expect(seen).toHaveLength(1);
  });

  it('a wrapped single object with a bad field names it under data', async () => {
    const { tk } = setup([json({ livemode: false, data: { ...wireEvent, id: '' } })]);
    await expect(tk.events.get(wireEvent.id)).rejects.toMatchObject({ code: 'invalid_response', message: expect.stringMatching(/data\.id/) });
  });
});

describe('utcInstant', () => {
  it('agrees with toUtcInstant on canonical, offset, fractional, impossible and malformed instants', () => {
    const samples = [
      '2026-03-01T10:00:00Z', '2024-02-29T23:59:59Z', '2023-02-29T00:00:00Z', '2026-04-31T00:00:00Z', '2026-12-31T24:00:00Z',
      '2026-13-01T00:00:00Z', '2026-00-10T00:00:00Z', '2026-01-00T00:00:00Z', '2026-01-01T00:60:00Z', '2026-01-01T00:00:60Z',
      '2026-01-01T00:00:00z', '2026-01-01 00:00:00Z', '2026-01-01T00:00:00.000Z', '2026-01-01T01:00:00+01:00', '2026-01-01T00:00:00',
      '1900-02-29T00:00:00Z', '2000-02-29T00:00:00Z', '2026-01-01T0a:00:00Z', '-026-01-01T00:00:00Z', '2026-1/-01T00:00:00Z', '0000-01-01T00:00:00Z', '２026-01-01T00:00:00Z', ' 2026-01-01T00:00:00Z', '', 'soon', null, undefined,
    ];
    for (const value of samples) expect(utcInstant(value), String(value)).toBe(toUtcInstant(value));
    // Every day of a leap and a common year, at the edges of the clock.
    for (const year of [2023, 2024]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 0; day <= 32; day++) {
          for (const time of ['00:00:00', '23:59:59']) {
            const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${time}Z`;
            expect(utcInstant(value), value).toBe(toUtcInstant(value));
          }
        }
      }
    }
  });

  it('is what the normalizers use for every timestamp', async () => {
    const client = createClient({ provider: 'equaticket', apiKey: 'sk_test_x', fetch: (async () => json(wireEvent)) as typeof fetch });
    expect(await client.events.get(wireEvent.id)).toMatchObject({ start: '2026-09-15T18:00:00Z', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-02T00:00:00Z' });
  });
});
