/**
 * DESIGN section 5: "The page size (`limit`) is not a filter: a cursor resumes with or without it." A Seaty page
 * number is counted in a page size, so the cursor keeps that size: resuming without `limit`, or with another one,
 * neither skips nor repeats a record.
 */
import { describe, expect, it } from 'vitest';
import type { PagePromise } from '../../src/core/pagination.js';
import type { SeatyClient } from '../../src/providers/seaty/index.js';
import { createMockClient, type SeatySeeder } from '../../src/testing/index.js';
import { categories, client, date, event1024, fakeSeaty, json, order, paged } from './helpers.js';

type Listing = (c: SeatyClient, params: { limit?: number; cursor?: string | null }) => PagePromise<{ id: string }>;

/** An event with three dates: 501 has 7 orders, 502 none, 503 has 3. */
function vendor() {
  const ordersByDate: Record<number, ReturnType<typeof order>[]> = {
    501: [1, 2, 3, 4, 5, 6, 7].map((i) => order(i, 501)),
    502: [],
    503: [8, 9, 10].map((i) => order(i, 503)),
  };
  const events = [1, 2, 3, 4, 5].map((i) => ({ ...event1024, id: 1000 + i }));
  const people = [1, 2, 3, 4, 5, 6].map((i) => ({ email: `p${i}@example.com`, name: `P${i}`, order_count: 1, allow_marketing: true, member_email: null }));
  const manyCategories = [...categories, ...[4, 5].map((id) => ({ ...categories[0]!, id, name: `C${id}` }))];
  return fakeSeaty({
    'GET /v1/events': paged(events),
    'GET /v1/events/1024': () => json(event1024),
    'GET /v1/events/1024/dates': paged([501, 502, 503, 504, 505].map((id) => date(id))),
    'GET /v1/events/1024/ticket-categories': paged(manyCategories),
    'GET /v1/dates/(\\d+)/orders': (req) => {
      const id = Number(/\/dates\/(\d+)\//.exec(req.path)![1]);
      return paged(ordersByDate[id] ?? [])(req, 1);
    },
    'GET /v1/dates/501': () => json({ ...date(501), event_tag: 'spring-gala', event_name: 'Spring Gala' }),
    'GET /v1/attendees': paged(people),
  });
}

const listings: Array<[string, Listing, string[]]> = [
  ['events.list', (c, p) => c.events.list(p), ['1001', '1002', '1003', '1004', '1005']],
  ['eventDates.list', (c, p) => c.eventDates.list({ eventId: '1024', ...p }), ['501', '502', '503', '504', '505']],
  ['ticketTypes.list', (c, p) => c.ticketTypes.list({ eventId: '1024', ...p }), ['1024:1', '1024:2', '1024:3', '1024:4', '1024:5']],
  ['orders.list({ eventDateId })', (c, p) => c.orders.list({ eventDateId: '501', ...p }), ['1', '2', '3', '4', '5', '6', '7']],
  ['orders.list({ eventId }) (fan-out)', (c, p) => c.orders.list({ eventId: '1024', ...p }), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']],
  ['contacts.list', (c, p) => c.contacts.list(p), ['p1@example.com', 'p2@example.com', 'p3@example.com', 'p4@example.com', 'p5@example.com', 'p6@example.com']],
  ['native.listEvents', (c, p) => c.native.listEvents(p) as never, ['1001', '1002', '1003', '1004', '1005']],
  ['native.listDateOrders', (c, p) => c.native.listDateOrders('501', p) as never, ['1', '2', '3', '4', '5', '6', '7']],
  ['native.listAttendees', (c, p) => c.native.listAttendees(p) as never, ['p1@example.com', 'p2@example.com', 'p3@example.com', 'p4@example.com', 'p5@example.com', 'p6@example.com']],
];

/** Normalized ids; native rows by their `id`, or by `email` for native contacts (which have no id). */
const idOf = (item: { id?: unknown; email?: unknown }) => String(item.id !== undefined ? item.id : item.email);

describe('Seaty: a cursor resumes at the same record with or without limit', () => {
  for (const [name, list, all] of listings) {
    it(`${name}: limit 2, then the cursor alone, with limit 3 or with limit 1`, async () => {
      const { fetch, calls } = vendor();
      const c = client(fetch) as unknown as SeatyClient;
      const first = await list(c, { limit: 2 });
      expect(first.data.map(idOf)).toEqual(all.slice(0, 2));
      const cursor = first.nextCursor;
      expect(cursor).not.toBeNull();

      // The cursor alone: the very next record, then the rest, none skipped or repeated.
      const resumed = await list(c, { cursor });
      expect(resumed.data.map(idOf)[0]).toBe(all[2]);
      const orderCalls = calls.filter((r) => !/\/events\/1024$|\/dates\/501$/.test(r.path));
      expect(orderCalls.at(-1)!.query).toMatchObject({ per_page: '2' });
      const rest: string[] = [];
      for await (const item of list(c, { cursor })) rest.push(idOf(item));
      expect(rest).toEqual(all.slice(2));

      // Another limit: 3 does not divide the offset (2), so the cursor's size is kept; 1 does, so it is used.
      const three: string[] = [];
      for await (const item of list(c, { cursor, limit: 3 })) three.push(idOf(item));
      expect(three).toEqual(all.slice(2));
      const one = await list(c, { cursor, limit: 1 });
      expect(one.data.map(idOf)).toEqual([all[2]]);
      const ones: string[] = [];
      for await (const item of list(c, { cursor, limit: 1 })) ones.push(idOf(item));
      expect(ones).toEqual(all.slice(2));
    });
  }

  it('the fan-out keeps the cursor page size for the next dates too', async () => {
    const { fetch, calls } = vendor();
    const c = client(fetch);
    const first = await c.orders.list({ eventId: '1024', limit: 2 });
    calls.length = 0;
    const rest = await c.orders.list({ eventId: '1024', cursor: first.nextCursor }).toArray({ limit: 100 });
    expect(rest.map((o) => o.id)).toEqual(['3', '4', '5', '6', '7', '8', '9', '10']);
    const orderPages = calls.filter((r) => r.path.endsWith('/orders'));
    expect(orderPages.every((r) => r.query.per_page === '2')).toBe(true);
  });
});

describe('Seaty: resuming over the emulator with a capped page size', () => {
  function seeded(pageSize: number) {
    let eventId = '';
    let dateId = '';
    const mock = createMockClient({
      provider: 'seaty',
      pageSize,
      client: { logLevel: 'off' },
      seed: (s: SeatySeeder) => {
        const e = s.event({ name: 'Gala' });
        const d = s.eventDate({ eventId: e.id });
        for (let i = 0; i < 7; i++) s.order({ eventId: e.id, eventDateId: d.id });
        eventId = e.id;
        dateId = d.id;
      },
    });
    return { mock, eventId, dateId };
  }

  it('orders.list({ eventId }) with limit 2, resumed without limit: the 5 others, none skipped', async () => {
    const { mock, eventId } = seeded(3);
    const all = (await mock.client.orders.list({ eventId }).toArray({ limit: 100 })).map((o) => o.id);
    expect(all).toHaveLength(7);
    const first = await mock.client.orders.list({ eventId, limit: 2 });
    expect(first.data.map((o) => o.id)).toEqual(all.slice(0, 2));
    const rest = await mock.client.orders.list({ eventId, cursor: first.nextCursor }).toArray({ limit: 100 });
    expect(rest.map((o) => o.id)).toEqual(all.slice(2));
  });

  it('orders.list({ eventDateId }): a cursor made by a capped page resumes with another limit without a gap', async () => {
    const { mock, dateId } = seeded(3);
    const all = (await mock.client.orders.list({ eventDateId: dateId }).toArray({ limit: 100 })).map((o) => o.id);
    // Asked for 100, served 3: the cursor counts in 3, so limit 2 cannot shift it.
    const first = await mock.client.orders.list({ eventDateId: dateId });
    expect(first.data).toHaveLength(3);
    const rest = await mock.client.orders.list({ eventDateId: dateId, cursor: first.nextCursor, limit: 2 }).toArray({ limit: 100 });
    expect(rest.map((o) => o.id)).toEqual(all.slice(3));
    const resumed = await mock.client.orders.list({ eventDateId: dateId, cursor: first.nextCursor }).toArray({ limit: 100 });
    expect(resumed.map((o) => o.id)).toEqual(all.slice(3));
  });
});
