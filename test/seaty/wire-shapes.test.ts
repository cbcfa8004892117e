/**
 * The page walk's hot path: Seaty's wire schemas describe what Seaty sends and change nothing, so the compiled accept
 * path (`fastParser`) takes real pages as they are and the walk never falls back to zod; ids that arrive as digits in
 * a string are read as the same integer; Seaty's canonical UTC times are checked without a regex, exactly as the
 * general time parser would read them.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { InvalidResponseError } from '../../src/core/errors.js';
import { compileAcceptor } from '../../src/core/fast-parse.js';
import { utcFromNaive } from '../../src/core/time.js';
import { seatyInstant } from '../../src/providers/seaty/normalize.js';
import * as wire from '../../src/providers/seaty/schemas.js';
import { createMockClient, type SeatySeeder } from '../../src/testing/index.js';
import { categories, client, date, event1024, fakeSeaty, json, order, paged } from './helpers.js';

const BASE = 'https://developer.seaty.co.uk/v1';

function emulatorWith(seed: (s: SeatySeeder) => void) {
  const mock = createMockClient({ provider: 'seaty', seed });
  return async (path: string): Promise<unknown> => {
    const res = await mock.fetch(`${BASE}${path}`, { headers: { authorization: `Bearer ${(mock.credentials as { apiKey: string }).apiKey}` } });
    expect(res.status, path).toBe(200);
    return res.json();
  };
}

describe('Seaty wire schemas: real pages pass the accept path as they are', () => {
  it('every list page and single record the emulator serves', async () => {
    let ids = { event: '', date: '', order: '' };
    const get = emulatorWith((s) => {
      const e = s.event({ name: 'Gala' });
      const d = s.eventDate({ eventId: e.id });
      const t = s.ticketType({ eventId: e.id, name: 'Adult' });
      const o = s.order({ eventId: e.id, eventDateId: d.id, lines: [{ ticketTypeId: t.id, quantity: 2 }], discount: { code: 'EARLY', amount: { amount: 100, currency: 'GBP' } } });
      s.order({ eventId: e.id, status: 'partially_refunded' });
      s.contact({ email: 'c@d.co', memberEmail: 'c@club.org' });
      ids = { event: e.id, date: d.id, order: o.id };
    });
    const lists: Array<[string, z.ZodType]> = [
      ['/events', wire.SeatyEventSchema],
      [`/events/${ids.event}/dates`, wire.SeatyEventDateSchema],
      [`/events/${ids.event}/ticket-categories`, wire.SeatyTicketCategorySchema],
      [`/dates/${ids.date}/orders`, wire.SeatyDateOrderSchema],
      [`/orders/${ids.order}/tickets`, wire.SeatyOrderTicketSchema],
      [`/orders/${ids.order}/payments`, wire.SeatyPaymentSchema],
      [`/orders/${ids.order}/discounts`, wire.SeatyDiscountSchema],
      ['/attendees', wire.SeatyAttendeeSchema],
    ];
    for (const [path, item] of lists) {
      const body = (await get(path)) as { data: unknown[] };
      expect(body.data.length, path).toBeGreaterThan(0);
      expect(compileAcceptor(wire.seatyListEnvelope(item))(body), path).toBe(true);
    }
    const singles: Array<[string, z.ZodType]> = [
      [`/events/${ids.event}`, wire.SeatyEventSchema],
      [`/dates/${ids.date}`, wire.SeatyEventDateDetailSchema],
      [`/orders/${ids.order}`, wire.SeatyOrderSchema],
      [`/dates/${ids.date}/summary`, wire.SeatyDateSummarySchema],
    ];
    for (const [path, schema] of singles) expect(compileAcceptor(schema)(await get(path)), path).toBe(true);
  });

  it('the documented payloads the adapter tests use', () => {
    const accepts = (schema: z.ZodType, items: unknown[]) => compileAcceptor(wire.seatyListEnvelope(schema))({ data: items, links: null, meta: null });
    expect(accepts(wire.SeatyEventSchema, [event1024])).toBe(true);
    expect(accepts(wire.SeatyEventDateSchema, [date(501), date(502, 1024, { end_date: null, suspend: null })])).toBe(true);
    expect(accepts(wire.SeatyTicketCategorySchema, categories)).toBe(true);
    expect(accepts(wire.SeatyDateOrderSchema, [order(10, 501), order(11, 501, { notes: 'door', balance: -50 })])).toBe(true);
    // An id sent as its digits is accepted as sent too (no transform: zod would return it unchanged).
    expect(accepts(wire.SeatyDateOrderSchema, [order(10, 501, { id: '10', event_date_id: '501' })])).toBe(true);
  });

  it('a payload zod must refuse still names the field (the accept path hands it to zod)', async () => {
    const { fetch } = fakeSeaty({
      'GET /v1/events/1024': () => json(event1024),
      'GET /v1/dates/501/orders': paged([order(10, 501), order(11, 501, { total: '35.00' })]),
    });
    const error = await client(fetch).orders.list({ eventDateId: '501', eventId: '1024' }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).issues.map((i) => (i as { path: unknown[] }).path)).toContainEqual(['data', 1, 'total']);
  });
});

describe('Seaty ids sent as strings of digits', () => {
  it('the native layer returns them as sent; the normalized layer reads them as the integer', async () => {
    const { fetch } = fakeSeaty({
      'GET /v1/events/1024': () => json(event1024),
      'GET /v1/dates/501/orders': paged([order(10, 501, { id: '0010', event_date_id: '501' })]),
    });
    const tk = client(fetch);
    expect((await tk.native.listDateOrders(501)).data[0]).toMatchObject({ id: '0010', event_date_id: '501' });
    const [normalized] = await tk.orders.list({ eventDateId: '501', eventId: '1024' }).toArray({ limit: 5 });
    expect(normalized).toMatchObject({ id: '10', remoteId: '10', eventDateId: '501', eventId: '1024' });
  });
});

describe('seatyInstant: the hand-written check of a canonical UTC time agrees with the general parser', () => {
  const cases = [
    '2026-03-02T10:00:00Z',
    '2024-02-29T00:00:00Z',
    '2026-02-29T00:00:00Z',
    '2026-04-31T12:00:00Z',
    '2026-12-31T23:59:59Z',
    '2026-13-01T00:00:00Z',
    '2026-00-10T00:00:00Z',
    '2026-01-00T00:00:00Z',
    '2026-01-10T24:00:00Z',
    '2026-01-10T10:60:00Z',
    '2026-01-10T10:00:60Z',
    '2026-01-10 10:00:00Z',
    '2026-01-1aT10:00:00Z',
    '2026/01/10T10:00:00Z',
    '2026-01-10T10:00:00z',
    '2026-01-10T10:00:00',
    '2026-01-10 10:00',
    '2026-01-10T10:00:00+01:00',
    '2026-01-10T10:00:00.123Z',
    '1900-02-29T00:00:00Z',
    '2a26-01-10T10:00:00Z',
    '20a6-01-10T10:00:00Z',
    '2026-1/-10T10:00:00Z',
    '2026-01-10T1:-00:00Z',
    '0000-01-01T00:00:00Z',
    '2000-02-29T00:00:00Z',
    '',
    'soon',
  ];
  it.each(cases)('%s', (value) => {
    expect(seatyInstant(value)).toBe(utcFromNaive(value));
  });
  it('missing values are null', () => {
    expect(seatyInstant(null)).toBeNull();
    expect(seatyInstant(undefined)).toBeNull();
  });
});
