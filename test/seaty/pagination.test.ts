import { describe, expect, it } from 'vitest';
import { InvalidCursorError, PermissionDeniedError, UnsupportedCapabilityError } from '../../src/core/errors.js';
import { nextSeatyPage } from '../../src/providers/seaty/pagination.js';
import { SEATY_DATE_FANOUT } from '../../src/providers/seaty/resources/order-lists.js';
import { BASE, client, date, envelope, event1024, fakeSeaty, json, order, paged } from './helpers.js';

describe('Seaty paging (docs/vendors/seaty.md, Paging)', () => {
  it('walks page by page with per_page=100 by default and stops when links.next is null', async () => {
    const events = Array.from({ length: 230 }, (_, i) => ({ ...event1024, id: 2000 + i }));
    const { fetch, calls } = fakeSeaty({ 'GET /v1/events': paged(events) });
    const all = await client(fetch).events.list().toArray({ limit: 1000 });
    expect(all).toHaveLength(230);
    expect(calls.map((c) => c.query)).toEqual([
      { page: '1', per_page: '100' },
      { page: '2', per_page: '100' },
      { page: '3', per_page: '100' },
    ]);
  });

  it('limit asks for that page size, capped at 100; a cursor resumes with or without it', async () => {
    const events = Array.from({ length: 25 }, (_, i) => ({ ...event1024, id: 3000 + i }));
    const { fetch, calls } = fakeSeaty({ 'GET /v1/events': paged(events) });
    const c = client(fetch);
    const first = await c.events.list({ limit: 10 });
    expect(first.data).toHaveLength(10);
    expect(first.hasNextPage()).toBe(true);
    const second = await c.events.list({ cursor: first.nextCursor, limit: 10 });
    expect(second.data[0]!.id).toBe('3010');
    await c.events.list({ limit: 500 });
    expect(calls.at(-1)!.query.per_page).toBe('100');
    await expect(c.eventDates.list({ eventId: '1024', cursor: first.nextCursor })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('never follows a links.next on another host with the key: builds page + 1 on the base URL', async () => {
    const { fetch, calls } = fakeSeaty({
      'GET /v1/events': (req) => {
        const page = Number(req.query.page);
        const body = envelope([{ ...event1024, id: 1 }, { ...event1024, id: 2 }], page, 1, '/v1/events');
        if (page === 1) body.links.next = 'https://evil.example.net/v1/events?page=2&per_page=1';
        return json(body);
      },
    });
    const all = await client(fetch).events.list({ limit: 1 }).toArray({ limit: 10 });
    expect(all.map((e) => e.id)).toEqual(['1', '2']);
    expect(calls.map((c) => c.url.host)).toEqual(['developer.seaty.co.uk', 'developer.seaty.co.uk']);
    expect(calls[1]!.query).toEqual({ page: '2', per_page: '1' });
  });

  it('at the wire, without links: stops on a short page, or when meta.to reaches meta.total', async () => {
    const events = Array.from({ length: 5 }, (_, i) => ({ ...event1024, id: 4000 + i }));
    const noLinks = (withMeta: boolean) =>
      fakeSeaty({
        'GET /v1/events': (req) => {
          const { links: _links, meta, ...rest } = envelope(events, Number(req.query.page), Number(req.query.per_page), req.path);
          return json(withMeta ? { ...rest, meta } : rest);
        },
      });
    const bare = noLinks(false);
    expect(await client(bare.fetch).events.list({ limit: 2 }).toArray({ limit: 10 })).toHaveLength(5);
    expect(bare.calls.map((c) => c.query.page)).toEqual(['1', '2', '3']);
    // Exactly two full pages of 2 out of 4 records: meta.to >= meta.total ends it without a third request.
    events.pop();
    const meta = noLinks(true);
    expect(await client(meta.fetch).events.list({ limit: 2 }).toArray({ limit: 10 })).toHaveLength(4);
    expect(meta.calls.map((c) => c.query.page)).toEqual(['1', '2']);
  });

  it('falls back when links is missing (data shorter than per_page, meta.to >= meta.total, total 0)', () => {
    const base = BASE;
    expect(nextSeatyPage({ data: [1, 2] }, 1, 2, base).page).toBe(2);
    expect(nextSeatyPage({ data: [1] }, 1, 2, base).page).toBeNull();
    expect(nextSeatyPage({ data: [1, 2], meta: { to: 4, total: 4 } }, 2, 2, base).page).toBeNull();
    expect(nextSeatyPage({ data: [], meta: { total: 0 } }, 1, 2, base).page).toBeNull();
    expect(nextSeatyPage({ data: [1, 2], links: { next: null } }, 1, 2, base).page).toBeNull();
    // An empty page that still carries links.next is not the end.
    expect(nextSeatyPage({ data: [], links: { next: `${base}/events?page=3` } }, 2, 2, base).page).toBe(3);
    // links.last on our host bounds the walk.
    expect(nextSeatyPage({ data: [1], links: { next: `${base}/events?page=3`, last: `${base}/events?page=2` } }, 2, 1, base).page).toBeNull();
    expect(nextSeatyPage({ data: [1], links: { next: 'https://other.example/x?page=9' } }, 4, 1, base)).toEqual({
      page: 5,
      foreignNext: 'other.example',
    });
  });

  it('reads links exactly as the URL parser would, whether or not they take the plain-link fast path', () => {
    /** The reference: `links.next` read with the WHATWG URL parser only. */
    const reference = (link: string, page: number, base: string) => {
      let url: URL | null = null;
      try {
        url = new URL(link, base);
      } catch {
        url = null;
      }
      const baseHost = new URL(base).host;
      if (url && url.host === baseHost) {
        const value = url.searchParams.get('page');
        const n = value !== null && /^\d+$/.test(value) ? Number(value) : null;
        return { page: n !== null && n > page ? n : page + 1, foreignNext: null };
      }
      return { page: page + 1, foreignNext: url ? url.host : link };
    };
    const links = [
      `${BASE}/events?page=3&per_page=100`,
      `${BASE}/events?per_page=100&page=4`,
      `${BASE}/events?page=3&page=7`,
      `${BASE}/events?pages=9&page=3`,
      `${BASE}/events?page=`,
      `${BASE}/events?page`,
      `${BASE}/events?page=3a`,
      `${BASE}/events?page=%33`,
      `${BASE}/events?p%61ge=6`,
      `${BASE}/events?page=+3`,
      `${BASE}/events#page=8`,
      `${BASE}/events?x=1#page=8`,
      `${BASE}/events?page=3#x`,
      `${BASE}/events`,
      'https://DEVELOPER.seaty.co.uk/v1/events?page=5',
      'https://developer.seaty.co.uk:443/v1/events?page=5',
      'http://developer.seaty.co.uk/v1/events?page=5',
      'https://developer.seaty.co.uk.evil.example/v1/events?page=5',
      'https://developer.seaty.co.uk@evil.example/v1/events?page=5',
      'https://evil.example/developer.seaty.co.uk/?page=5',
      ' https://developer.seaty.co.uk/v1/events?page=5',
      'https://developer.seaty.co.uk/v1/events?page=5\t',
      'https://developer.seaty.co.uk\\evil.example/?page=5',
      '/v1/events?page=6',
      '?page=6',
      'events?page=6',
      'https://developer.seaty.co.uk/v1/events?page=99999999999999999999',
      'not a url at all ::',
      'https://',
    ];
    for (const base of [BASE, 'http://localhost:8080/v1']) {
      for (const link of links) {
        for (const page of [1, 4, 6]) {
          expect(nextSeatyPage({ data: [1], links: { next: link } }, page, 1, base), `${link} from page ${page} on ${base}`).toEqual(reference(link, page, base));
        }
      }
    }
  });
});

/** An event with three dates: 501 has 5 orders, 502 none, 503 has 3 (page size 2 → 3 + 0 + 2 pages). */
function fanOutVendor() {
  const ordersByDate: Record<number, ReturnType<typeof order>[]> = {
    501: [1, 2, 3, 4, 5].map((i) => order(i, 501)),
    502: [],
    503: [6, 7, 8].map((i) => order(i, 503)),
  };
  return fakeSeaty({
    'GET /v1/events/1024': () => json(event1024),
    'GET /v1/events/1024/dates': paged([date(501), date(502), date(503)]),
    'GET /v1/dates/(\\d+)/orders': (req) => {
      const id = Number(/\/dates\/(\d+)\//.exec(req.path)![1]);
      return paged(ordersByDate[id] ?? [])(req, 1);
    },
    'GET /v1/dates/503': () => json({ ...date(503), event_tag: 'spring-gala', event_name: 'Spring Gala' }),
  });
}

describe('Seaty orders: fan-out over the dates', () => {
  it('orders.list({ eventId }) yields every order of every date in date order, page by page; each page read once', async () => {
    const { fetch, calls } = fanOutVendor();
    const orders = await client(fetch).orders.list({ eventId: '1024', limit: 2 }).toArray({ limit: 100 });
    expect(orders.map((o) => o.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(orders.map((o) => o.eventDateId)).toEqual(['501', '501', '501', '501', '501', '503', '503', '503']);
    expect(orders.every((o) => o.eventId === '1024' && o.lines === null)).toBe(true);
    // Reaching the first date, the first pages of it and of the next dates are read together (SEATY_DATE_FANOUT).
    expect(calls.map((c) => `${c.path}?${c.query.page ?? ''}`)).toEqual([
      '/v1/events/1024?',
      '/v1/events/1024/dates?1',
      '/v1/dates/501/orders?1',
      '/v1/dates/502/orders?1',
      '/v1/dates/503/orders?1',
      '/v1/dates/501/orders?2',
      '/v1/dates/501/orders?3',
      '/v1/dates/503/orders?2',
    ]);
    expect(calls.filter((c) => c.path.endsWith('/orders')).every((c) => c.query.per_page === '2')).toBe(true);
  });

  it('first pages are read a few dates at a time (at most SEATY_DATE_FANOUT at once), in date order', async () => {
    const ids = Array.from({ length: 10 }, (_, i) => 600 + i);
    let inFlight = 0;
    let most = 0;
    const { fetch, calls } = fakeSeaty({
      'GET /v1/events/1024': () => json(event1024),
      'GET /v1/events/1024/dates': paged(ids.map((id) => date(id))),
      'GET /v1/dates/(\\d+)/orders': async (req) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight -= 1;
        const id = Number(/\/dates\/(\d+)\//.exec(req.path)![1]);
        return paged([order(id, id)])(req, 1);
      },
    });
    const orders = await client(fetch).orders.list({ eventId: '1024' }).toArray({ limit: 100 });
    expect(orders.map((o) => o.eventDateId)).toEqual(ids.map(String));
    expect(most).toBe(SEATY_DATE_FANOUT);
    expect(calls.filter((c) => c.path.endsWith('/orders'))).toHaveLength(ids.length);
  });

  it('a read ahead that fails fails the walk only at its date; the cursor there resumes with nothing lost or repeated', async () => {
    const ids = [701, 702, 703];
    let failNext = true;
    const { fetch } = fakeSeaty({
      'GET /v1/events/1024': () => json(event1024),
      'GET /v1/events/1024/dates': paged(ids.map((id) => date(id))),
      'GET /v1/dates/(\\d+)/orders': (req) => {
        const id = Number(/\/dates\/(\d+)\//.exec(req.path)![1]);
        if (id === 703 && failNext) {
          failNext = false;
          return json({ error: { code: "forbidden", message: "no" } }, 403);
        }
        return paged([order(id, id)])(req, 1);
      },
    });
    const c = client(fetch);
    const p1 = await c.orders.list({ eventId: '1024' });
    expect(p1.data.map((o) => o.eventDateId)).toEqual(['701']);
    const p2 = await p1.getNextPage();
    expect(p2.data.map((o) => o.eventDateId)).toEqual(['702']);
    await expect(p2.getNextPage()).rejects.toBeInstanceOf(PermissionDeniedError);
    const rest = await c.orders.list({ eventId: '1024', cursor: p2.nextCursor }).toArray({ limit: 10 });
    expect(rest.map((o) => o.eventDateId)).toEqual(['703']);
  });

  it('a walk stopped early leaves no unhandled rejection behind from pages read ahead', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const { fetch } = fakeSeaty({
        'GET /v1/events/1024': () => json(event1024),
        'GET /v1/events/1024/dates': paged([date(801), date(802)]),
        'GET /v1/dates/(\\d+)/orders': (req) =>
          req.path.includes('/802/') ? json({ error: { code: "server_error", message: "x" } }, 500) : paged([order(1, 801)])(req, 1),
      });
      for await (const o of client(fetch, { maxRetries: 0 }).orders.list({ eventId: '1024' })) {
        expect(o.eventDateId).toBe('801');
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('a cursor resumes mid-fan-out (same date, next page; and at the next date) without re-reading earlier pages', async () => {
    const { fetch, calls } = fanOutVendor();
    const c = client(fetch);
    const p1 = await c.orders.list({ eventId: '1024', limit: 2 });
    const p2 = await p1.getNextPage();
    expect(p2.data.map((o) => o.id)).toEqual(['3', '4']);
    calls.length = 0;
    // Later, from the saved cursor (a new listing): date 501 page 3, then 503.
    const rest = await c.orders.list({ eventId: '1024', cursor: p2.nextCursor, limit: 2 }).toArray({ limit: 100 });
    expect(rest.map((o) => o.id)).toEqual(['5', '6', '7', '8']);
    expect(calls.map((r) => `${r.path}?${r.query.page ?? ''}`)).toEqual([
      '/v1/events/1024/dates?1',
      '/v1/dates/501/orders?3',
      '/v1/dates/502/orders?1',
      '/v1/dates/503/orders?1',
      '/v1/dates/503/orders?2',
    ]);
    // The cursor carries the currency: no second event read.
    expect(rest[0]!.total).toEqual({ amount: 3500, currency: 'GBP' });
  });

  it('a failed page carries a resumeCursor that resumes mid-fan-out', async () => {
    let failNext = true;
    const base = fanOutVendor();
    const { fetch } = fakeSeaty({
      'GET /v1/events/1024': () => json(event1024),
      'GET /v1/events/1024/dates': paged([date(501), date(502), date(503)]),
      'GET /v1/dates/(\\d+)/orders': async (req) => {
        if (req.path === '/v1/dates/503/orders' && failNext) {
          failNext = false;
          return json({ error: { code: 'not_found', message: 'gone' } }, 404);
        }
        const res = await base.fetch(req.url.toString(), { headers: req.headers });
        return { status: res.status, body: await res.json() };
      },
    });
    const c = client(fetch);
    const seen: string[] = [];
    let resume: string | null | undefined;
    try {
      for await (const o of c.orders.list({ eventId: '1024', limit: 2 })) seen.push(o.id);
    } catch (error) {
      resume = (error as { resumeCursor?: string | null }).resumeCursor;
      expect((error as { itemsYielded?: number }).itemsYielded).toBe(5);
    }
    expect(seen).toEqual(['1', '2', '3', '4', '5']);
    const rest = await c.orders.list({ eventId: '1024', limit: 2, cursor: resume }).toArray({ limit: 10 });
    expect(rest.map((o) => o.id)).toEqual(['6', '7', '8']);
  });

  it('prefetch: 1 walks the fan-out in the same order, with the same requests, one page ahead at most', async () => {
    const plain = fanOutVendor();
    const ahead = fanOutVendor();
    const ids = async (fetch: typeof globalThis.fetch, options?: { prefetch: 1 }) => {
      const out: string[] = [];
      for await (const o of client(fetch).orders.list({ eventId: '1024', limit: 2 }, options)) out.push(o.id);
      return out;
    };
    expect(await ids(ahead.fetch, { prefetch: 1 })).toEqual(await ids(plain.fetch));
    const sent = (calls: typeof plain.calls) => calls.map((c) => `${c.path}?${c.query.page ?? ''}`).sort();
    expect(sent(ahead.calls)).toEqual(sent(plain.calls));
  });

  it('orders.list({ eventDateId }) lists one date (reading the date for its event, and the event for its currency)', async () => {
    const { fetch, calls } = fanOutVendor();
    const orders = await client(fetch).orders.list({ eventDateId: '503' }).toArray({ limit: 10 });
    expect(orders.map((o) => [o.id, o.eventId, o.eventDateId])).toEqual([
      ['6', '1024', '503'],
      ['7', '1024', '503'],
      ['8', '1024', '503'],
    ]);
    expect(calls.map((c) => c.path)).toEqual(['/v1/dates/503', '/v1/events/1024', '/v1/dates/503/orders']);
  });

  it('orders.list() without a scope, or with a filter Seaty lacks, throws UnsupportedCapabilityError and sends nothing', async () => {
    const { fetch, calls } = fanOutVendor();
    const c = client(fetch);
    const error = await c.orders.list().then(() => null, (e: unknown) => e as UnsupportedCapabilityError);
    expect(error).toBeInstanceOf(UnsupportedCapabilityError);
    expect(error!.message).toContain('eventId');
    expect(error!.message).toContain('eventDateId');
    await expect(c.orders.list({ eventId: '1024', updatedSince: '2026-01-01T00:00:00Z' })).rejects.toBeInstanceOf(UnsupportedCapabilityError);
    await expect(c.orders.list({ eventId: '1024', status: 'paid' })).rejects.toBeInstanceOf(UnsupportedCapabilityError);
    expect(calls).toHaveLength(0);
  });
});
