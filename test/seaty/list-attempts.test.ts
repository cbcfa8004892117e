/** `withResponse().attempts` of a list, and `page.attempts`: the tries of the request whose response the page carries. */
import { describe, expect, it } from 'vitest';
import type { PagePromise } from '../../src/core/pagination.js';
import type { SeatyClient } from '../../src/providers/seaty/index.js';
import { categories, client, date, event1024, fakeSeaty, json, order, paged, type Handler } from './helpers.js';

/** The first request of a route answers 429 (Retry-After: 0), the next ones as `then` does. */
const once429 = (then: Handler): Handler => (req, n) =>
  n === 1 ? json({ error: { code: 'rate_limited', message: 'slow down' } }, 429, { 'retry-after': '0' }) : then(req, n);

function vendor(throttled: string) {
  const routes: Record<string, Handler> = {
    'GET /v1/events': paged([1, 2, 3].map((i) => ({ ...event1024, id: 2000 + i }))),
    'GET /v1/events/1024': () => json(event1024),
    'GET /v1/events/1024/dates': paged([date(501)]),
    'GET /v1/events/1024/ticket-categories': paged(categories),
    'GET /v1/dates/501/orders': paged([1, 2, 3].map((i) => order(i, 501))),
    'GET /v1/dates/501': () => json({ ...date(501), event_tag: 'spring-gala', event_name: 'Spring Gala' }),
    'GET /v1/attendees': paged([{ email: 'a@example.com', order_count: 1, allow_marketing: true }]),
  };
  routes[throttled] = once429(routes[throttled]!);
  return fakeSeaty(routes);
}

const cases: Array<[string, string, (c: SeatyClient) => PagePromise<unknown>]> = [
  ['events.list', 'GET /v1/events', (c) => c.events.list({ limit: 2 })],
  ['eventDates.list', 'GET /v1/events/1024/dates', (c) => c.eventDates.list({ eventId: '1024', limit: 2 })],
  ['ticketTypes.list', 'GET /v1/events/1024/ticket-categories', (c) => c.ticketTypes.list({ eventId: '1024', limit: 2 })],
  ['orders.list({ eventDateId })', 'GET /v1/dates/501/orders', (c) => c.orders.list({ eventDateId: '501', limit: 2 })],
  ['orders.list({ eventId })', 'GET /v1/dates/501/orders', (c) => c.orders.list({ eventId: '1024', limit: 2 })],
  ['contacts.list', 'GET /v1/attendees', (c) => c.contacts.list()],
  ['native.listEvents', 'GET /v1/events', (c) => c.native.listEvents({ limit: 2 })],
];

describe('Seaty: a page carries the attempts of its request', () => {
  for (const [name, route, list] of cases) {
    it(`${name}: a 429 then a 200 on the first page gives two attempts`, async () => {
      const { fetch, calls } = vendor(route);
      const c = client(fetch) as unknown as SeatyClient;
      const { data: page, attempts, response } = await list(c).withResponse();
      expect(attempts.map((a) => [a.attempt, a.status])).toEqual([
        [1, 429],
        [2, 200],
      ]);
      expect(page.attempts).toBe(attempts);
      expect(response?.status).toBe(200);
      expect(calls.filter((r) => `GET ${r.path}` === route)).toHaveLength(2);
      if (page.hasNextPage()) {
        const next = await page.getNextPage();
        expect(next.attempts.map((a) => a.status)).toEqual([200]);
      }
    });
  }
});
