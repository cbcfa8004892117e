/** A hand-written fake of Seaty's wire for adapter tests: routes by method + path, records every request. */
import { createSeatyClient, type SeatyConfig } from '../../src/providers/seaty/index.js';

export const BASE = 'https://developer.seaty.co.uk/v1';
export const KEY = 'sk_live_0123456789abcdef0123456789abcdef.sig0123456789abcdefghij';

export interface SeenRequest {
  method: string;
  url: URL;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
}

export type Reply = { status?: number; body?: unknown; headers?: Record<string, string> } | 'network-error';
export type Handler = (req: SeenRequest, n: number) => Reply | Promise<Reply>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Reply {
  return { status, body, headers };
}

/** A fake `fetch`: `routes` maps `"GET /v1/events"` (or a RegExp source on that string) to a handler. */
export function fakeSeaty(routes: Record<string, Handler>) {
  const calls: SeenRequest[] = [];
  const counts = new Map<string, number>();
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input as RequestInfo, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    const headers: Record<string, string> = {};
    request.headers.forEach((v, k) => (headers[k] = v));
    const seen: SeenRequest = {
      method: request.method,
      url,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams.entries()),
      headers,
      body: text ? JSON.parse(text) : undefined,
    };
    calls.push(seen);
    const key = `${seen.method} ${seen.path}`;
    const entry = Object.entries(routes).find(([pattern]) => pattern === key || new RegExp(`^${pattern}$`).test(key));
    if (!entry) return new Response(JSON.stringify({ error: { code: 'not_found', message: `no route ${key}` } }), { status: 404 });
    const n = (counts.get(entry[0]) ?? 0) + 1;
    counts.set(entry[0], n);
    const reply = await entry[1](seen, n);
    if (reply === 'network-error') throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } });
    const body = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    return new Response(body, {
      status: reply.status ?? 200,
      headers: { 'content-type': 'application/json', ...(reply.headers ?? {}) },
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

/** The documented list envelope for page `page` of `all` records, `perPage` at a time, with absolute links. */
export function envelope<T>(all: T[], page: number, perPage: number, path: string, base = BASE) {
  const total = all.length;
  const last = Math.max(1, Math.ceil(total / perPage));
  const data = all.slice((page - 1) * perPage, page * perPage);
  const link = (p: number) => `${base}${path.replace(/^\/v1/, '')}?page=${p}&per_page=${perPage}`;
  return {
    data,
    links: { first: link(1), last: link(last), prev: page > 1 ? link(page - 1) : null, next: page < last ? link(page + 1) : null },
    meta: {
      current_page: page,
      per_page: perPage,
      from: data.length ? (page - 1) * perPage + 1 : null,
      to: data.length ? (page - 1) * perPage + data.length : null,
      total,
      path,
    },
  };
}

/** A handler serving `all` with the documented paging (page/per_page from the query, per_page capped at 100). */
export function paged<T>(all: T[]): Handler {
  return (req) => {
    const page = Number(req.query.page ?? 1);
    const perPage = Math.min(100, Number(req.query.per_page ?? 10));
    return json(envelope(all, page, perPage, req.path));
  };
}

export function client(fetch: typeof globalThis.fetch, extra: Partial<SeatyConfig> = {}) {
  // Pacing is tested on its own (pace.test.ts); these fakes answer at once, so pacing would only sleep in real time.
  return createSeatyClient({ apiKey: KEY, fetch, logLevel: 'off', rateLimit: false, ...extra });
}

export const event1024 = {
  id: 1024,
  tag: 'spring-gala',
  name: 'Spring Gala',
  organisation_id: 7,
  type: 'Theatre',
  description: 'An evening of music',
  date_created: '2026-01-10T09:30:00Z',
  time_zone_id: 'Europe/London',
  venue_id: 55,
  tour_id: null,
  currency_symbol: '£',
  unlisted: false,
  private: false,
  ticketing_enabled: true,
  buying_enabled: true,
};

export function date(id: number, eventId = 1024, extra: Record<string, unknown> = {}) {
  return {
    id,
    event_id: eventId,
    date: '2026-05-01T19:30:00Z',
    end_date: '2026-05-01T22:00:00Z',
    time_type: 1,
    name: `Night ${id}`,
    sold_out: false,
    suspend: false,
    ...extra,
  };
}

export function order(id: number, dateId: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    order_guid: `G-${id}`,
    date: '2026-03-02T10:00:00Z',
    email: `buyer${id}@example.com`,
    attendee_name: `Buyer ${id}`,
    event_date_id: dateId,
    allow_marketing: true,
    ticket_count: 2,
    tickets_subtotal: 3700,
    discount_total: 200,
    total: 3500,
    amount_paid: 3500,
    amount_refunded: 0,
    balance: 0,
    notes: null,
    event_name: 'Spring Gala',
    date_of_event: '2026-05-01T19:30:00Z',
    ...extra,
  };
}

export const categories = [
  { id: 1, name: 'Adult', description: null, price: 1850, people: 1, sort_index: 1, limit: 10, minimum_per_order: null, hidden: false },
  { id: 2, name: 'Family', description: '2 adults + 2 children', price: 5000, people: 4, sort_index: 2, limit: null, minimum_per_order: 1, hidden: false },
  { id: 3, name: 'Comp', description: null, price: 0, people: 1, sort_index: 3, limit: null, minimum_per_order: null, hidden: true },
];
