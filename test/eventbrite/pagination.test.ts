/** Continuation paging (docs/vendors/eventbrite.md, Paging) at the wire. */
import { describe, expect, it } from 'vitest';
import { InvalidCursorError, InvalidResponseError } from '../../src/index.js';
import { nextPageState } from '../../src/providers/eventbrite/pagination.js';
import { ORG, ebError, fixture, json, setup, type SeenRequest } from './helpers.js';

const EVENTS = `GET /organizations/${ORG}/events/`;
const baseEvent = fixture('event.json');
const ev = (id: string) => ({ ...baseEvent, id });
const pg = (pagination: Record<string, unknown>, ids: string[]) => json({ pagination, events: ids.map(ev) });

function byContinuation(pages: Record<string, Response>) {
  return (req: SeenRequest) => (pages[req.query.continuation ?? ''] ?? ebError(400, 'BAD_CONTINUATION_TOKEN', 'bad token')).clone();
}

describe('nextPageState (docs/vendors/eventbrite.md, Paging)', () => {
  const p = (o: Record<string, unknown>) => ({ page_number: null, page_size: null, object_count: null, page_count: null, continuation: null, has_more_items: null, ...o }) as never;
  it('has_more_items wins when it is a boolean', () => {
    expect(nextPageState(p({ has_more_items: false, continuation: 'c' }), 5, null)).toBeNull();
    expect(nextPageState(p({ has_more_items: true, continuation: 'c', page_count: 1, page_number: 1 }), 5, null)).toEqual({ continuation: 'c' });
    expect(nextPageState(p({ has_more_items: true, page_number: 3 }), 5, null)).toEqual({ page: 4 });
  });
  it('else page_count, else an empty page', () => {
    expect(nextPageState(p({ page_number: 4, page_count: 4, continuation: 'c' }), 5, null)).toBeNull();
    expect(nextPageState(p({ page_number: 1, page_count: 4, continuation: 'c' }), 5, null)).toEqual({ continuation: 'c' });
    expect(nextPageState(p({ page_number: 1, page_count: 4 }), 5, null)).toEqual({ page: 2 });
    expect(nextPageState(p({ continuation: 'c' }), 0, null)).toBeNull();
    expect(nextPageState(p({ continuation: 'c' }), 3, null)).toEqual({ continuation: 'c' });
    expect(nextPageState(p({}), 3, { page: 2 })).toEqual({ page: 3 });
  });
  it('a response without a pagination object is a single page', () => {
    expect(nextPageState(null, 3, null)).toBeNull();
  });
});

describe('Eventbrite continuation paging', () => {
  it('follows continuation while has_more_items is true, with the same filters', async () => {
    const { tk, seen } = setup({
      [EVENTS]: byContinuation({
        '': pg({ page_number: 1, page_size: 2, has_more_items: true, continuation: 'tok-2' }, ['1', '2']),
        'tok-2': pg({ page_number: 2, page_size: 2, has_more_items: true, continuation: 'tok-3' }, ['3', '4']),
        'tok-3': pg({ page_number: 3, page_size: 2, has_more_items: false, continuation: 'tok-4' }, ['5']),
      }),
    });
    const ids: string[] = [];
    for await (const event of tk.events.list({ limit: 2 })) ids.push(event.id);
    expect(ids).toEqual(['1', '2', '3', '4', '5']);
    expect(seen.map((r) => r.query)).toEqual([
      { show_series_parent: 'true', status: 'all', expand: 'venue', page_size: '2' },
      { show_series_parent: 'true', status: 'all', expand: 'venue', page_size: '2', continuation: 'tok-2' },
      { show_series_parent: 'true', status: 'all', expand: 'venue', page_size: '2', continuation: 'tok-3' },
    ]);
  });

  it('without has_more_items, stops at page_count (the subcategories capture shape)', async () => {
    const { tk, seen } = setup({
      [EVENTS]: byContinuation({
        '': pg({ page_number: 1, page_size: 1, page_count: 2, object_count: 2, continuation: 'c2' }, ['1']),
        c2: pg({ page_number: 2, page_size: 1, page_count: 2, object_count: 2, continuation: 'c3' }, ['2']),
      }),
    });
    const all = await tk.events.list().toArray({ limit: 100 });
    expect(all.map((e) => e.id)).toEqual(['1', '2']);
    expect(seen).toHaveLength(2);
  });

  it('with page_count only and no continuation, asks for page=n+1', async () => {
    const { tk, seen } = setup({
      [EVENTS]: (req) =>
        req.query.page === '2'
          ? pg({ page_number: 2, page_size: 1, page_count: 2 }, ['b'])
          : pg({ page_number: 1, page_size: 1, page_count: 2 }, ['a']),
    });
    const all = await tk.events.list().toArray({ limit: 100 });
    expect(all.map((e) => e.id)).toEqual(['a', 'b']);
    expect(seen.map((r) => r.query.page ?? null)).toEqual([null, '2']);
  });

  it('with neither has_more_items nor page_count, stops on an empty page', async () => {
    const { tk, seen } = setup({
      [EVENTS]: byContinuation({
        '': pg({ page_number: 1, continuation: 'n1' }, ['1']),
        n1: pg({ page_number: 2, continuation: 'n2' }, []),
      }),
    });
    const all = await tk.events.list().toArray({ limit: 100 });
    expect(all.map((e) => e.id)).toEqual(['1']);
    expect(seen).toHaveLength(2);
  });

  it('never loops on a repeating token', async () => {
    const { tk, seen } = setup({
      [EVENTS]: pg({ page_number: 1, has_more_items: true, continuation: 'same' }, ['1']),
    });
    const ids: string[] = [];
    const error = await (async () => {
      for await (const event of tk.events.list()) ids.push(event.id);
    })().catch((e: any) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toMatch(/same/);
    expect(ids).toEqual(['1', '1']);
    expect(seen).toHaveLength(2);
  });

  it('BAD_CONTINUATION_TOKEN becomes an InvalidCursorError', async () => {
    const { tk } = setup({
      [EVENTS]: byContinuation({ '': pg({ page_number: 1, has_more_items: true, continuation: 'expired' }, ['1']) }),
    });
    const first = await tk.events.list();
    const error = await first.getNextPage().catch((e: any) => e);
    expect(error).toBeInstanceOf(InvalidCursorError);
    expect(error).toMatchObject({ vendorCode: 'BAD_CONTINUATION_TOKEN', status: 400, provider: 'eventbrite' });
  });

  it('BAD_PAGE after page 1 ends the list', async () => {
    const { tk } = setup({
      [EVENTS]: (req) => (req.query.page === '2' ? ebError(400, 'BAD_PAGE', 'no such page') : pg({ page_number: 1 }, ['1'])),
    });
    const all = await tk.events.list().toArray({ limit: 100 });
    expect(all.map((e) => e.id)).toEqual(['1']);
  });

  it('resumes from a saved cursor, with or without a page size', async () => {
    const { tk, seen } = setup({
      [EVENTS]: byContinuation({
        '': pg({ page_number: 1, has_more_items: true, continuation: 'k2' }, ['1']),
        k2: pg({ page_number: 2, has_more_items: false }, ['2']),
      }),
    });
    const first = await tk.events.list({ limit: 1 });
    expect(first.hasNextPage()).toBe(true);
    const resumed = await tk.events.list({ cursor: first.nextCursor });
    expect(resumed.data.map((e) => e.id)).toEqual(['2']);
    expect(resumed.hasNextPage()).toBe(false);
    // The same request, as the vendor asks: the token is counted in the page size it was made with.
    expect(seen[1]!.query).toMatchObject({ continuation: 'k2', page_size: '1' });
  });

  it('a cursor of another listing is refused before any request', async () => {
    const { tk, seen } = setup({
      [EVENTS]: pg({ page_number: 1, has_more_items: true, continuation: 'k2' }, ['1']),
    });
    const first = await tk.events.list();
    const error = await tk.orders.list({ cursor: first.nextCursor }).catch((e: any) => e);
    expect(error).toBeInstanceOf(InvalidCursorError);
    expect(seen).toHaveLength(1);
  });

  it('caps page_size at the maximum and sends it only where the endpoint takes it', async () => {
    const { tk, seen } = setup({
      [EVENTS]: pg({ page_number: 1, has_more_items: false }, []),
      'GET /events/1/orders/': json({ pagination: { page_number: 1, has_more_items: false }, orders: [] }),
    });
    await tk.events.list({ limit: 5_000 });
    await tk.orders.list({ eventId: '1', limit: 10 });
    expect(seen[0]!.query.page_size).toBe('100');
    expect(seen[1]!.query.page_size).toBeUndefined();
    expect(tk.capabilities.pageSize).toEqual({ default: 50, max: 100 });
  });

  it('a page that fails carries resumeCursor and itemsYielded', async () => {
    const { tk } = setup({
      [EVENTS]: (req) =>
        req.query.continuation === 'k2'
          ? ebError(500, 'INTERNAL_ERROR', 'boom')
          : pg({ page_number: 1, has_more_items: true, continuation: 'k2' }, ['1', '2']),
    });
    const seenIds: string[] = [];
    const error = await (async () => {
      for await (const e of tk.events.list()) seenIds.push(e.id);
    })().catch((e: any) => e);
    expect(seenIds).toEqual(['1', '2']);
    expect(error.code).toBe('server');
    expect(error.itemsYielded).toBe(2);
    expect(typeof error.resumeCursor).toBe('string');
  });
});
