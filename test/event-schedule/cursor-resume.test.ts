/**
 * A cursor resumes with or without `limit`. Event Schedule keeps the page size in the cursor;
 * these tests check it at the wire and over the emulator, including a server that serves fewer rows than asked for.
 */
import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../../src/core/errors.js';
import { createMockClient } from '../../src/testing/index.js';
import { BASE, esEvent, esSale, esSchedule, fakeVendor, json, makeClient, paged, type Handler } from './helpers.js';

const sales = Array.from({ length: 7 }, (_, i) => esSale({ id: `Sa${String(i + 1).padStart(6, '0')}` }));
const ids = sales.map((s) => s.id);

describe('Event Schedule: a cursor resumes at the same row with or without limit', () => {
  for (const [name, list] of [
    ['orders.list', (c: ReturnType<typeof makeClient>, p: { limit?: number; cursor?: string | null }) => c.orders.list(p)],
    ['native.listSales', (c: ReturnType<typeof makeClient>, p: { limit?: number; cursor?: string | null }) =>
      c.native.listSales({ per_page: p.limit, cursor: p.cursor })],
  ] as const) {
    it(`${name}: limit 2, then the cursor alone, with limit 3, or with limit 1`, async () => {
      const vendor = fakeVendor({ 'GET /api/sales': paged(sales, `${BASE}/sales`), 'GET /api/events/EvJazz01': () => json({ data: esEvent() }) });
      const client = makeClient(vendor.fetch);
      const first = await list(client, { limit: 2 });
      expect(first.data.map((o) => o.id)).toEqual(ids.slice(0, 2));
      for (const limit of [undefined, 3, 1]) {
        const rest: string[] = [];
        for await (const o of list(client, { cursor: first.nextCursor, limit })) rest.push(o.id);
        expect(rest, `limit ${limit}`).toEqual(ids.slice(2));
      }
    });
  }
});

describe('Event Schedule over the emulator with a capped page size (pageSize: 3)', () => {
  function seeded() {
    const mock = createMockClient({
      provider: 'event-schedule',
      pageSize: 3,
      client: { logLevel: 'off', maxRetries: 0 },
      seed: (s) => {
        const e = s.event({ name: 'Gala' });
        for (let i = 0; i < 9; i++) s.order({ eventId: e.id });
      },
    });
    return mock;
  }

  it('limit 2, resumed without limit: the 7 others, none skipped or repeated', async () => {
    const mock = seeded();
    const all = (await mock.client.orders.list().toArray({ limit: 100 })).map((o) => o.id);
    expect(all).toHaveLength(9);
    const first = await mock.client.orders.list({ limit: 2 });
    const rest = await mock.client.orders.list({ cursor: first.nextCursor }).toArray({ limit: 100 });
    expect(rest.map((o) => o.id)).toEqual(all.slice(2));
  });

  it('no limit (asked 100, served 3), resumed with limit 50 or 1: the 6 others, none skipped', async () => {
    const mock = seeded();
    const all = (await mock.client.orders.list().toArray({ limit: 100 })).map((o) => o.id);
    const first = await mock.client.orders.list();
    expect(first.data.map((o) => o.id)).toEqual(all.slice(0, 3));
    for (const limit of [50, 1, undefined]) {
      const rest = await mock.client.orders.list({ cursor: first.nextCursor, limit }).toArray({ limit: 100 });
      expect(rest.map((o) => o.id), `limit ${limit}`).toEqual(all.slice(3));
    }
  });
});

describe('Event Schedule: a page carries the attempts of its request', () => {
  /** The first request of a route answers 429 (Retry-After: 0), the next ones as `then` does. */
  const once429 = (then: Handler): Handler => (req, n) => (n === 1 ? json({ message: 'Too Many Attempts.' }, 429, { 'retry-after': '0' }) : then(req, n));
  const cases: Array<[string, string, (c: ReturnType<typeof makeClient>) => { withResponse(): Promise<{ attempts: AttemptRecord[]; data: { attempts: AttemptRecord[] } }> }]> = [
    ['orders.list', 'GET /api/sales', (c) => c.orders.list({ limit: 3 })],
    ['attendees.list', 'GET /api/sales', (c) => c.attendees.list({ limit: 3 })],
    ['native.listSales', 'GET /api/sales', (c) => c.native.listSales({ per_page: 3 })],
    ['events.list', 'GET /api/events', (c) => c.events.list({ limit: 3 })],
    ['eventDates.list', 'GET /api/events/EvJazz01', (c) => c.eventDates.list({ eventId: 'EvJazz01' })],
    ['ticketTypes.list', 'GET /api/events/EvJazz01', (c) => c.ticketTypes.list({ eventId: 'EvJazz01' })],
  ];
  for (const [name, route, list] of cases) {
    it(`${name}: a 429 then a 200 on the first page gives two attempts`, async () => {
      const routes: Record<string, Handler> = {
        'GET /api/sales': paged(sales, `${BASE}/sales`),
        'GET /api/events': paged([esEvent()], `${BASE}/events`),
        'GET /api/events/EvJazz01': () => json({ data: esEvent() }),
        'GET /api/schedules/live-music': () => json({ data: esSchedule() }),
      };
      routes[route] = once429(routes[route]!);
      const client = makeClient(fakeVendor(routes).fetch);
      const { attempts, data } = await list(client).withResponse();
      expect(attempts.map((a) => [a.attempt, a.status])).toEqual([
        [1, 429],
        [2, 200],
      ]);
      expect(data.attempts).toBe(attempts);
    });
  }
});
