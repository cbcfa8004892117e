import { describe, expect, it } from 'vitest';
import { InvalidCursorError, ValidationError } from '../../src/core/errors.js';
import { BASE, esEvent, esSale, esSchedule, fakeVendor, json, makeClient, paged, pageOf } from './helpers.js';

const sales = Array.from({ length: 7 }, (_, i) => esSale({ id: `Sa${String(i + 1).padStart(6, '0')}` }));

describe('Event Schedule paging (page / per_page / meta)', () => {
  it('walks page after page until current_page >= last_page, with per_page sent every time', async () => {
    const vendor = fakeVendor({ 'GET /api/sales': paged(sales, `${BASE}/sales`), 'GET /api/events/EvJazz01': () => json({ data: esEvent() }) });
    const client = makeClient(vendor.fetch);
    const orders = await client.orders.list({ limit: 3 }).toArray({ limit: 100 });
    expect(orders.map((o) => o.id)).toEqual(sales.map((s) => s.id));
    const pages = vendor.calls.filter((c) => c.path === '/api/sales').map((c) => c.query);
    expect(pages).toEqual([
      { page: '1', per_page: '3' },
      { page: '2', per_page: '3' },
      { page: '3', per_page: '3' },
    ]);
    // The event is fetched once for the whole walk (currency), not once per sale.
    expect(vendor.calls.filter((c) => c.path === '/api/events/EvJazz01')).toHaveLength(1);
  });

  it('one page: data, nextCursor, hasNextPage, getNextPage; a cursor resumes with or without limit', async () => {
    const vendor = fakeVendor({ 'GET /api/sales': paged(sales, `${BASE}/sales`), 'GET /api/events/EvJazz01': () => json({ data: esEvent() }) });
    const client = makeClient(vendor.fetch);
    const first = await client.orders.list({ limit: 5 });
    expect(first.data).toHaveLength(5);
    expect(first.hasNextPage()).toBe(true);
    const second = await first.getNextPage();
    expect(second.data.map((o) => o.id)).toEqual(['Sa000006', 'Sa000007']);
    expect(second.hasNextPage()).toBe(false);
    const resumed = await client.orders.list({ cursor: first.nextCursor! });
    expect(resumed.data.map((o) => o.id)).toEqual(['Sa000006', 'Sa000007']);
    // The cursor keeps the page size it was counted in (a page number means nothing without it).
    expect(vendor.calls.filter((c) => c.path === '/api/sales').at(-1)!.query).toEqual({ page: '2', per_page: '5' });
    // A different limit is used when the resume offset (5 rows) divides by it.
    const byOne = await client.orders.list({ cursor: first.nextCursor!, limit: 1 });
    expect(byOne.data.map((o) => o.id)).toEqual(['Sa000006']);
    expect(vendor.calls.filter((c) => c.path === '/api/sales').at(-1)!.query).toEqual({ page: '6', per_page: '1' });
  });

  it('a cursor from another resource or filter set throws InvalidCursorError before any request', async () => {
    const vendor = fakeVendor({ 'GET /api/sales': paged(sales, `${BASE}/sales`), 'GET /api/events/EvJazz01': () => json({ data: esEvent() }) });
    const client = makeClient(vendor.fetch);
    const first = await client.orders.list({ limit: 2 });
    const before = vendor.calls.length;
    await expect(client.orders.list({ status: 'paid', cursor: first.nextCursor! })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(client.attendees.list({ cursor: first.nextCursor! })).rejects.toBeInstanceOf(InvalidCursorError);
    expect(vendor.calls.length).toBe(before);
  });

  it('drops rows that shifted onto the next page, and stops on an empty page', async () => {
    const a = esSale({ id: 'SaAaaaaa' });
    const b = esSale({ id: 'SaBbbbbb' });
    const c = esSale({ id: 'SaCccccc' });
    const vendor = fakeVendor({
      'GET /api/events/EvJazz01': () => json({ data: esEvent() }),
      'GET /api/sales': (req) => {
        const page = Number(req.query.page);
        // A new sale arrived between page 1 and page 2: `b` shifts onto page 2.
        if (page === 1) return json({ data: [a, b], meta: { current_page: 1, from: 1, last_page: 3, per_page: 2, to: 2, total: 5, path: '' } });
        if (page === 2) return json({ data: [b, c], meta: { current_page: 2, from: 3, last_page: 3, per_page: 2, to: 4, total: 6, path: '' } });
        return json({ data: [], meta: { current_page: 3, from: null, last_page: 4, per_page: 2, to: null, total: 6, path: '' } });
      },
    });
    const ids = (await makeClient(vendor.fetch).orders.list({ limit: 2 }).toArray({ limit: 100 })).map((o) => o.id);
    expect(ids).toEqual(['SaAaaaaa', 'SaBbbbbb', 'SaCccccc']);
    expect(vendor.calls.filter((c) => c.path === '/api/sales')).toHaveLength(3);
  });

  it('a meta without last_page (the seed page shows only current_page and total) still pages to the end', async () => {
    const vendor = fakeVendor({
      'GET /api/events/EvJazz01': () => json({ data: esEvent() }),
      'GET /api/sales': (req) => {
        const { data, meta } = pageOf(sales, Number(req.query.page), Number(req.query.per_page));
        return json({ data, meta: { current_page: meta.current_page, total: meta.total } });
      },
    });
    const orders = await makeClient(vendor.fetch).orders.list({ limit: 3 }).toArray({ limit: 100 });
    expect(orders.map((o) => o.id)).toEqual(sales.map((s) => s.id));
    expect(vendor.calls.filter((c) => c.path === '/api/sales').map((c) => c.query.page)).toEqual(['1', '2', '3']);
  });

  it('normalized limit above 500 asks for 500 (the vendor maximum)', async () => {
    const vendor = fakeVendor({ 'GET /api/events': paged([], `${BASE}/events`) });
    await makeClient(vendor.fetch).events.list({ limit: 1000 });
    expect(vendor.calls[0]!.query).toEqual({ page: '1', per_page: '500' });
  });

  it('native per_page above 500 is a ValidationError before any request', async () => {
    const vendor = fakeVendor({ 'GET /api/events': paged([]) });
    const client = makeClient(vendor.fetch);
    const error = await client.native.listEvents({ per_page: 501 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields[0]!.field).toBe('per_page');
    await expect(client.native.listSales({ per_page: 0 }).toArray({ limit: 1 })).rejects.toBeInstanceOf(ValidationError);
    expect(vendor.calls).toEqual([]);
  });

  it('native lists send booleans as 1/0 and start at a given page', async () => {
    const vendor = fakeVendor({ 'GET /api/events': paged([esEvent()]) , 'GET /api/fan-content': paged([]) });
    const client = makeClient(vendor.fetch);
    const page = await client.native.listEvents({ tickets_enabled: true, rsvp_enabled: false, starts_after: '2026-03-01', per_page: 50, page: 1 });
    expect(page.data[0]!.tickets![0]!.price).toBe('25.000');
    expect(vendor.calls[0]!.query).toEqual({ tickets_enabled: '1', rsvp_enabled: '0', starts_after: '2026-03-01', page: '1', per_page: '50' });
    await client.native.listFanContent({ is_approved: false });
    expect(vendor.calls[1]!.query).toMatchObject({ is_approved: '0' });
  });

  it('native schedule list reads the 7-field meta; groups and categories are plain lists', async () => {
    const vendor = fakeVendor({
      'GET /api/schedules': () => json(pageOf([esSchedule()], 1, 100, `${BASE}/schedules`)),
      'GET /api/schedules/live-music/groups': () => json({ data: [{ id: 'GrMain01', name: 'Main Stage', slug: 'main-stage', color: '#FF5733' }] }),
    });
    const client = makeClient(vendor.fetch);
    const schedules = await client.native.listSchedules({ type: 'venue' }).toArray({ limit: 10 });
    expect(schedules[0]).toMatchObject({ subdomain: 'live-music', show_phone: false, timezone: 'America/New_York' });
    expect(await client.native.listGroups('live-music')).toEqual([{ id: 'GrMain01', name: 'Main Stage', slug: 'main-stage', color: '#FF5733' }]);
  });

  it('a failing page carries resumeCursor and itemsYielded', async () => {
    const vendor = fakeVendor({
      'GET /api/events/EvJazz01': () => json({ data: esEvent() }),
      'GET /api/sales': (req) => (req.query.page === '2' ? json({ error: 'Unauthorized' }, 403) : paged(sales)(req, 1)),
    });
    const client = makeClient(vendor.fetch);
    const seen: string[] = [];
    const error = await (async () => {
      for await (const order of client.orders.list({ limit: 3 })) seen.push(order.id);
    })().catch((e: unknown) => e);
    expect(seen).toHaveLength(3);
    expect(error).toMatchObject({ code: 'forbidden', itemsYielded: 3 });
    const resumeCursor = (error as { resumeCursor: string }).resumeCursor;
    expect(typeof resumeCursor).toBe('string');
  });
});
