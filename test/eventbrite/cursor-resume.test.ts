/**
 * A cursor resumes with or without `limit`. Eventbrite counts both its continuation tokens (a real
 * one is base64 of `{"page": 2}`) and its page numbers in the `page_size` of the first request, so a cursor keeps that
 * size and the resuming request repeats it. Also: a page carries the attempts of its request.
 */
import { describe, expect, it } from 'vitest';
import { createMockClient } from '../../src/testing/index.js';
import { ORG, ebError, fixture, json, setup, setupTyped, type SeenRequest } from './helpers.js';

const EVENTS = `GET /organizations/${ORG}/events/`;
const baseEvent = fixture('event.json');
const all = ['1', '2', '3', '4', '5'];

/** Page-number paging only (no continuation): page n of `page_size` (default 50), with page_count. */
function byPageNumber(req: SeenRequest) {
  const size = Number(req.query.page_size ?? 50);
  const page = Number(req.query.page ?? 1);
  const ids = all.slice((page - 1) * size, page * size);
  if (page > 1 && ids.length === 0) return ebError(400, 'BAD_PAGE', 'no such page');
  return json({
    pagination: { page_number: page, page_size: size, page_count: Math.ceil(all.length / size), object_count: all.length },
    events: ids.map((id) => ({ ...baseEvent, id })),
  });
}

describe('Eventbrite: a cursor resumes at the same event with or without limit', () => {
  it('page numbers: limit 2, then the cursor alone or with limit 3, neither skips nor repeats', async () => {
    const { tk, seen } = setup({ [EVENTS]: byPageNumber });
    const first = await tk.events.list({ limit: 2 });
    expect(first.data.map((e) => e.id)).toEqual(['1', '2']);
    for (const limit of [undefined, 3]) {
      const rest = await tk.events.list({ cursor: first.nextCursor, limit }).toArray({ limit: 100 });
      expect(rest.map((e) => e.id), `limit ${limit}`).toEqual(['3', '4', '5']);
    }
    // Every resumed request repeats the page size the cursor was made with.
    expect(seen.slice(1).every((r) => r.query.page_size === '2')).toBe(true);
  });

  it('a cursor made without page_size resumes without one, even when the resuming call passes limit', async () => {
    const { tk, seen } = setup({
      [EVENTS]: (req) =>
        json({
          pagination: { page_number: Number(req.query.page ?? 1), page_size: 50, page_count: 2 },
          events: [{ ...baseEvent, id: req.query.page ?? '1' }],
        }),
    });
    const first = await tk.events.list();
    const resumed = await tk.events.list({ cursor: first.nextCursor, limit: 10 });
    expect(resumed.data.map((e) => e.id)).toEqual(['2']);
    expect(seen[1]!.query.page).toBe('2');
    expect(seen[1]!.query.page_size).toBeUndefined();
  });

  it('over the emulator (continuation tokens, pageSize 3): limit 2, resumed without limit, all the others', async () => {
    const mock = createMockClient({
      provider: 'eventbrite',
      pageSize: 3,
      client: { logLevel: 'off', maxRetries: 0 },
      seed: (s) => {
        for (let i = 0; i < 7; i++) s.event({ name: `E${i}` });
      },
    });
    const ids = (await mock.client.events.list().toArray({ limit: 100 })).map((e) => e.id);
    expect(ids).toHaveLength(7);
    const first = await mock.client.events.list({ limit: 2 });
    const rest = await mock.client.events.list({ cursor: first.nextCursor }).toArray({ limit: 100 });
    expect(rest.map((e) => e.id)).toEqual(ids.slice(2));
  });
});

describe('Eventbrite: a page carries the attempts of its request', () => {
  const throttledOnce = (then: (req: SeenRequest) => Response) => {
    let n = 0;
    const limited = () =>
      json({ status_code: 429, error: 'HIT_RATE_LIMIT', error_description: 'slow down' }, { status: 429, headers: { 'retry-after': '0' } });
    return (req: SeenRequest) => (n++ === 0 ? limited() : then(req));
  };

  it('events.list, orders.list, attendees.list, a single event date and native.listEvents: 429 then 200 → two attempts', async () => {
    const list = (key: string) => () => json({ pagination: { page_number: 1, page_size: 50, has_more_items: false }, [key]: [] });
    for (const [route, call] of [
      [EVENTS, (eb: ReturnType<typeof setupTyped>['eb']) => eb.events.list()],
      [`GET /organizations/${ORG}/orders/`, (eb: ReturnType<typeof setupTyped>['eb']) => eb.orders.list()],
      [`GET /organizations/${ORG}/attendees/`, (eb: ReturnType<typeof setupTyped>['eb']) => eb.attendees.list()],
      ['GET /events/77/', (eb: ReturnType<typeof setupTyped>['eb']) => eb.eventDates.list({ eventId: '77' })],
      [EVENTS, (eb: ReturnType<typeof setupTyped>['eb']) => eb.native.listEvents()],
    ] as const) {
      const answer = route === 'GET /events/77/' ? () => json({ ...baseEvent, id: '77' }) : list(route.includes('orders') ? 'orders' : route.includes('attendees') ? 'attendees' : 'events');
      const { eb } = setupTyped({ [route]: throttledOnce(answer) }, { extra: { maxRetries: 1, maxRetryAfterMs: 60_000 } });
      const { attempts, data } = await (call(eb) as { withResponse(): Promise<{ attempts: Array<{ status: number | null }>; data: { attempts: unknown } }> }).withResponse();
      expect(attempts.map((a) => a.status), route).toEqual([429, 200]);
      expect(data.attempts).toBe(attempts);
    }
  });
});
