import { describe, expect, it } from 'vitest';
import { createClient, InvalidCursorError, InvalidResponseError, ServerError, ValidationError, type Order } from '../../src/index.js';
import { encodeCursor } from '../../src/core/pagination.js';
import { json, scriptedFetch, type SeenRequest } from '../helpers/wire.js';

const KEY = 'sk_test_pagination';
const order = (n: number) => ({
  id: `ord-${n}`,
  event_id: 'evt-1',
  order_number: `EQ-${n}`,
  total_amount: 1000 + n,
  currency: 'usd',
  status: 'confirmed',
  created_at: '2026-01-01T00:00:00Z',
});
const page = (ids: number[], next: string | null) =>
  json({ livemode: false, data: ids.map(order), has_more: next !== null, next_cursor: next });

/** A fake Equaticket that serves pages keyed by the cursor it receives. */
function pagedFetch(pages: Record<string, Response | ((r: SeenRequest) => Response)>) {
  return scriptedFetch([
    (req) => {
      const key = req.query.cursor ?? 'first';
      const answer = pages[key];
      if (!answer) return json({ error: { code: 'not_found', message: `no page ${key}` } }, { status: 404 });
      return typeof answer === 'function' ? answer(req) : answer.clone();
    },
  ]);
}

function client(fetch: typeof globalThis.fetch, extra: Record<string, unknown> = {}) {
  return createClient({ provider: 'equaticket', apiKey: KEY, fetch, logLevel: 'off', maxRetries: 0, ...extra });
}

describe('pagination', () => {
  it('an awaited list is one page with a cursor that continues it', async () => {
    const { fetch, seen } = pagedFetch({ first: page([1, 2], 'c2'), c2: page([3], null) });
    const tk = client(fetch);
    const first = await tk.orders.list({ limit: 2 });
    expect(first.data.map((o) => o.id)).toEqual(['ord-1', 'ord-2']);
    expect(first.hasNextPage()).toBe(true);
    expect(seen[0]!.query).toEqual({ limit: '2' });
    const second = await first.getNextPage();
    expect(second.data.map((o) => o.id)).toEqual(['ord-3']);
    expect(second.hasNextPage()).toBe(false);
    expect(second.nextCursor).toBeNull();
    expect(seen[1]!.query).toEqual({ limit: '2', cursor: 'c2' });
  });

  it('for await yields every item across pages, sending the same filters each time', async () => {
    const { fetch, seen } = pagedFetch({ first: page([1, 2], 'c2'), c2: page([3, 4], 'c3'), c3: page([5], null) });
    const ids: string[] = [];
    for await (const o of client(fetch).orders.list({ status: 'paid', buyerEmail: 'a@b.co' })) ids.push(o.id);
    expect(ids).toEqual(['ord-1', 'ord-2', 'ord-3', 'ord-4', 'ord-5']);
    expect(seen.map((r) => r.query.status)).toEqual(['confirmed', 'confirmed', 'confirmed']);
    expect(seen.map((r) => r.query.buyer_email)).toEqual(['a@b.co', 'a@b.co', 'a@b.co']);
    expect(seen.map((r) => r.query.limit)).toEqual(['50', '50', '50']);
  });

  it('does not stop on an empty page that still carries a cursor', async () => {
    const { fetch } = pagedFetch({ first: page([1], 'c2'), c2: page([], 'c3'), c3: page([2], null) });
    const ids: string[] = [];
    for await (const o of client(fetch).orders.list()) ids.push(o.id);
    expect(ids).toEqual(['ord-1', 'ord-2']);
  });

  it('stops fetching when the loop breaks', async () => {
    const { fetch, seen } = pagedFetch({ first: page([1, 2], 'c2'), c2: page([3, 4], 'c3'), c3: page([5], null) });
    for await (const o of client(fetch).orders.list()) {
      if (o.id === 'ord-3') break;
    }
    expect(seen).toHaveLength(2);
  });

  it('a page that fails after its retries throws with resumeCursor and itemsYielded; the cursor resumes there', async () => {
    let failPage3 = true;
    const { fetch } = pagedFetch({
      first: page([1, 2], 'c2'),
      c2: page([3, 4], 'c3'),
      c3: () => (failPage3 ? json({ error: { code: 'internal_error', message: 'boom' } }, { status: 500 }) : page([5], null)),
    });
    const tk = client(fetch);
    const ids: string[] = [];
    let error: ServerError | null = null;
    try {
      for await (const o of tk.orders.list()) ids.push(o.id);
    } catch (e) {
      error = e as ServerError;
    }
    expect(error).toBeInstanceOf(ServerError);
    expect(error!.itemsYielded).toBe(4);
    expect(ids).toHaveLength(4);
    failPage3 = false;
    const rest: string[] = [];
    for await (const o of tk.orders.list({ cursor: error!.resumeCursor })) rest.push(o.id);
    expect(rest).toEqual(['ord-5']);
  });

  it('a cursor resumes with or without a page size', async () => {
    const { fetch, seen } = pagedFetch({ first: page([1], 'c2'), c2: page([2], null) });
    const tk = client(fetch);
    const first = await tk.orders.list({ limit: 1 });
    const resumed = await tk.orders.list({ cursor: first.nextCursor });
    expect(resumed.data.map((o) => o.id)).toEqual(['ord-2']);
    expect(seen[1]!.query).toEqual({ limit: '50', cursor: 'c2' });
  });

  it('a cursor from another resource, filter set or provider throws InvalidCursorError before any request', async () => {
    const { fetch, seen } = pagedFetch({ first: page([1], 'c2') });
    const tk = client(fetch);
    const ordersCursor = (await tk.orders.list({ status: 'paid' })).nextCursor!;
    expect(seen).toHaveLength(1);

    await expect(tk.attendees.list({ cursor: ordersCursor })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(tk.orders.list({ cursor: ordersCursor, status: 'refunded' })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(tk.orders.list({ cursor: ordersCursor })).rejects.toBeInstanceOf(InvalidCursorError);
    const foreign = encodeCursor('eventbrite', 'orders', { eventId: null, status: null, buyerEmail: null }, 'tok');
    await expect(tk.orders.list({ cursor: foreign })).rejects.toThrow(/eventbrite/);
    await expect(tk.orders.list({ cursor: 'garbage!' })).rejects.toBeInstanceOf(InvalidCursorError);
    let iterated = 0;
    await expect(async () => {
      for await (const _ of tk.orders.list({ cursor: foreign })) iterated++;
    }).rejects.toBeInstanceOf(InvalidCursorError);
    expect(iterated).toBe(0);
    expect(seen).toHaveLength(1);
  });

  it('detects a cursor that repeats instead of looping forever', async () => {
    const { fetch, seen } = pagedFetch({ first: page([1], 'same'), same: page([2], 'same') });
    const ids: string[] = [];
    const error = await (async () => {
      for await (const o of client(fetch).orders.list()) ids.push(o.id);
    })().catch((e) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(ids).toEqual(['ord-1', 'ord-2']);
    expect(seen).toHaveLength(2);
  });

  it('pages() yields pages and toArray requires a limit', async () => {
    const { fetch } = pagedFetch({ first: page([1, 2], 'c2'), c2: page([3], null) });
    const tk = client(fetch);
    const sizes: number[] = [];
    for await (const p of tk.orders.list().pages()) sizes.push(p.data.length);
    expect(sizes).toEqual([2, 1]);
    expect((await tk.orders.list().toArray({ limit: 2 })).map((o: Order) => o.id)).toEqual(['ord-1', 'ord-2']);
    expect(await tk.orders.list().toArray({ limit: 100 })).toHaveLength(3);
    await expect(tk.orders.list().toArray(undefined as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.orders.list().toArray({ limt: 5 } as never)).rejects.toThrow(/"limt".*did you mean "limit"/);
  });

  it('iterating after awaiting reuses the first page instead of fetching it again', async () => {
    const { fetch, seen } = pagedFetch({ first: page([1], 'c2'), c2: page([2], null) });
    const list = client(fetch).orders.list();
    await list;
    const ids: string[] = [];
    for await (const o of list) ids.push(o.id);
    expect(ids).toEqual(['ord-1', 'ord-2']);
    expect(seen).toHaveLength(2);
  });

  it('refuses a limit that is not a positive integer before any request', async () => {
    const { fetch, seen } = pagedFetch({ first: page([1], null) });
    const tk = client(fetch);
    for (const limit of [0, -5, 2.5, 'ten' as never]) {
      const error = await tk.orders.list({ limit }).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields[0]!.field).toBe('limit');
    }
    expect(seen).toHaveLength(0);
  });

  it('caps limit at the vendor maximum', async () => {
    const { fetch, seen } = pagedFetch({ first: page([1], null) });
    await client(fetch).orders.list({ limit: 10_000 });
    expect(seen[0]!.query.limit).toBe('100');
  });
});

describe('prefetch: 1', () => {
  const threePages = () => pagedFetch({ first: page([1, 2], 'c2'), c2: page([3, 4], 'c3'), c3: page([5], null) });

  it('starts the next page while the caller handles the current one; same items in the same order', async () => {
    const { fetch, seen } = threePages();
    const requestsWhileHandling: number[] = [];
    const ids: string[] = [];
    for await (const p of client(fetch).orders.list({}, { prefetch: 1 }).pages()) {
      await new Promise((resolve) => setImmediate(resolve)); // the caller's own async work on the page
      requestsWhileHandling.push(seen.length);
      ids.push(...p.data.map((o) => o.id));
    }
    expect(ids).toEqual(['ord-1', 'ord-2', 'ord-3', 'ord-4', 'ord-5']);
    // While page 1 is handled, page 2's request has been sent; while page 3 (the last) is handled, nothing more.
    expect(requestsWhileHandling).toEqual([2, 3, 3]);
    const plain: string[] = [];
    for await (const o of client(threePages().fetch).orders.list()) plain.push(o.id);
    expect(plain).toEqual(ids);
  });

  it('the page fetched ahead is cancelled when the loop ends early', async () => {
    let aheadSignal: AbortSignal | null = null;
    const { fetch } = pagedFetch({
      first: page([1, 2], 'c2'),
      c2: (req) => {
        aheadSignal = req.signal;
        return page([3], null);
      },
    });
    for await (const o of client(fetch).orders.list({}, { prefetch: 1 })) {
      if (o.id === 'ord-1') break;
    }
    expect(aheadSignal).not.toBeNull();
    expect(aheadSignal!.aborted).toBe(true);
  });

  it('a failing page fetched ahead throws where it belongs, with the cursor that resumes it', async () => {
    const { fetch } = pagedFetch({ first: page([1, 2], 'c2'), c2: json({ error: { code: 'server_error', message: 'x' } }, { status: 500 }) });
    const ids: string[] = [];
    const error = await (async () => {
      for await (const o of client(fetch).orders.list({}, { prefetch: 1 })) ids.push(o.id);
    })().catch((e: unknown) => e as ServerError);
    expect(ids).toEqual(['ord-1', 'ord-2']);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).itemsYielded).toBe(2);
    const resumed = await client(pagedFetch({ c2: page([3], null) }).fetch).orders.list({ cursor: (error as ServerError).resumeCursor }).toArray({ limit: 10 });
    expect(resumed.map((o) => o.id)).toEqual(['ord-3']);
  });

  it('refuses a prefetch that is not 0 or 1, before any request', async () => {
    const { fetch, seen } = threePages();
    await expect(client(fetch).orders.list({}, { prefetch: 3 as never }).toArray({ limit: 1 })).rejects.toBeInstanceOf(ValidationError);
    expect(seen).toHaveLength(0);
  });
});

describe('cursors are encoded only when read', () => {
  it('a walk that never reads nextCursor still ends and resumes correctly; a read cursor continues the listing', async () => {
    const { fetch } = pagedFetch({ first: page([1, 2], 'c2'), c2: page([3], null) });
    const tk = client(fetch);
    const first = await tk.orders.list({ limit: 2 });
    expect(first.hasNextPage()).toBe(true);
    const next = await first.getNextPage();
    expect(next.data.map((o) => o.id)).toEqual(['ord-3']);
    expect(next.hasNextPage()).toBe(false);
    expect(next.nextCursor).toBeNull();
    const again = await tk.orders.list({ cursor: first.nextCursor }).toArray({ limit: 5 });
    expect(again.map((o) => o.id)).toEqual(['ord-3']);
  });
});

describe('singlePage', () => {
  it('one request, no next page, the load gets the call options; a failure is a typed error', async () => {
    const { singlePage } = await import('../../src/core/pagination.js');
    const seen: unknown[] = [];
    const list = singlePage<number>({
      provider: 'seaty',
      resource: 'eventDates',
      filters: { eventId: '1' },
      options: { timeout: 5 },
      load: async (options) => {
        seen.push(options);
        return { items: [1, 2] };
      },
    });
    const page = await list;
    expect(page.data).toEqual([1, 2]);
    expect(page.hasNextPage()).toBe(false);
    expect(seen).toEqual([{ timeout: 5 }]);
    const failing = singlePage<number>({ provider: 'seaty', resource: 'eventDates', filters: {}, load: () => Promise.reject(new Error('x')) });
    await expect(failing.toArray({ limit: 5 })).rejects.toBeInstanceOf(InvalidResponseError);
  });
});
